/**
 * Team results (issue 4) in the calculator: shown under the results when the
 * page sets both `team` and `records-endpoint`; not shown at all when it sets
 * neither (most pages); a quiet note when only one is set or one cannot be
 * used. The panel itself, the records code (src/records: anonymise,
 * describeRecord, the IndexedDB outbox and client) are a chunk of their own
 * (team-panel.tsx), fetched only on pages that set team results up.
 */
import { useEffect, useState } from "preact/hooks";
import { TEAM_CODE } from "../../../records/team-code.js";
import type { WidgetConfig } from "../../attributes.js";
import type { Success } from "../../model/run.js";
import { loadTeamPanel, type TeamPanelModule } from "./load-team-panel.js";

/** `auto-record`: how long the results for one set of answers must stay on screen before they are recorded. */
export const AUTO_RECORD_DELAY_MS = 3000;

interface Props {
  readonly outcome: Success;
  readonly config: WidgetConfig;
  /** The results on screen are for earlier answers (some new answers need checking). */
  readonly stale: boolean;
  readonly delayMs?: number;
}

export function TeamResults({ outcome, config, stale, delayMs = AUTO_RECORD_DELAY_MS }: Props) {
  const { team, recordsEndpoint: endpoint } = config;
  const problem = team || endpoint ? setupProblem(team, endpoint) : null;
  const usable = !!team && !!endpoint && !problem;
  const [panel, setPanel] = useState<{ module?: TeamPanelModule; error?: string } | null>(null);
  useEffect(() => {
    if (!usable) return;
    let live = true;
    loadTeamPanel().then(
      (module) => live && setPanel({ module }),
      (e: unknown) => live && setPanel({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (live = false);
  }, [usable]);
  if (!team && !endpoint) return null;
  if (usable && panel?.module) return <panel.module.TeamPanel outcome={outcome} team={team} endpoint={endpoint} config={config} stale={stale} delayMs={delayMs} />;
  return (
    <section class="team-results no-print" aria-labelledby="team-results-title">
      <h3 class="section__title" id="team-results-title">
        Team results
      </h3>
      <p class="hint">
        {problem ?? (panel?.error ? `Team results could not be loaded (${panel.error}). Reload the page to try again; your answers are kept.` : "Loading team results…")}
      </p>
    </section>
  );
}

/** Why this page's team-results settings cannot be used, in words for the adviser (who can pass them on). */
export function setupProblem(team: string | undefined, endpoint: string | undefined): string | null {
  const fix = "Calculations cannot be added to team results from this page until whoever looks after the page fixes this.";
  if (!team) return `This page gives an address for team results but no team code. ${fix}`;
  if (!endpoint) return `This page gives a team code but no address to send team results to. ${fix}`;
  if (!TEAM_CODE.test(team)) return `The page's team code "${team}" is not valid: it must be 1 to 40 lower-case letters, digits and hyphens. ${fix}`;
  try {
    new URL(endpoint, document.baseURI);
  } catch {
    return `The page's address for team results, "${endpoint}", is not a web address. ${fix}`;
  }
  return null;
}
