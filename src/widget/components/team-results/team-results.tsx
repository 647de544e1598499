/**
 * Team results (issue 4) in the calculator: shown under the results when the
 * page sets both `team` and `records-endpoint`; not shown at all when it sets
 * neither (most pages); a quiet note when only one is set or one cannot be
 * used. The record is made by src/records (anonymise, describeRecord) and
 * sent through its IndexedDB outbox and client: see team-record.tsx and
 * use-team-record.ts.
 */
import { useEffect } from "preact/hooks";
import { recordsClient } from "../../../records/client.js";
import { TeamCode } from "../../../records/schema.js";
import type { WidgetConfig } from "../../attributes.js";
import { sessionStore } from "../../model/storage.js";
import type { Success } from "../calculator/use-calculator.js";
import { fingerprint } from "./record-memory.js";
import { TeamRecord } from "./team-record.js";

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
  if (!team && !endpoint) return null;
  const problem = setupProblem(team, endpoint);
  if (problem || !team || !endpoint)
    return (
      <section class="team-results no-print" aria-labelledby="team-results-title">
        <h3 class="section__title" id="team-results-title">
          Team results
        </h3>
        <p class="hint">{problem}</p>
      </section>
    );
  const fp = fingerprint(outcome.input, team, endpoint);
  return (
    <TeamRecord
      key={fp}
      fp={fp}
      input={outcome.input}
      result={outcome.result}
      team={team}
      endpoint={endpoint}
      store={config.noPersist ? null : sessionStore()}
      auto={config.autoRecord}
      stale={stale}
      delayMs={delayMs}
    />
  );
}

/** Why this page's team-results settings cannot be used, in words for the adviser (who can pass them on). */
export function setupProblem(team: string | undefined, endpoint: string | undefined): string | null {
  const fix = "Calculations cannot be added to team results from this page until whoever looks after the page fixes this.";
  if (!team) return `This page gives an address for team results but no team code. ${fix}`;
  if (!endpoint) return `This page gives a team code but no address to send team results to. ${fix}`;
  if (!TeamCode.safeParse(team).success) return `The page's team code "${team}" is not valid: it must be 1 to 40 lower-case letters, digits and hyphens. ${fix}`;
  try {
    new URL(endpoint, document.baseURI);
  } catch {
    return `The page's address for team results, "${endpoint}", is not a web address. ${fix}`;
  }
  return null;
}

/**
 * Start the page's records client when team results are set up, so records
 * left waiting in the outbox (offline, the service down, a reload) are sent
 * as soon as the calculator loads, before any new calculation.
 */
export function useRecordsOutbox(config: WidgetConfig): void {
  const on = !!config.team && !!config.recordsEndpoint;
  useEffect(() => {
    if (on) recordsClient().catch(() => undefined); // no IndexedDB: the panel says so when asked to add a record
  }, [on]);
}
