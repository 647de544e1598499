/**
 * The dashboard: loads the team's (or the trust's) summary and shows the
 * headline, better-off rates by hours, the reasons behind worse-off
 * results, the monthly trend, and the print and CSV tools.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Summary } from "../../server/summary.js";
import { loadSummary, type Loaded } from "../api.js";
import type { DashboardConfig } from "../attributes.js";
import { headline, period } from "../format.js";
import { HoursChart } from "./hours-chart.js";
import { MonthChart } from "./month-chart.js";
import { Reasons } from "./reasons.js";
import { TeamsTable } from "./teams-table.js";
import { Toolbar } from "./toolbar.js";

export interface TeamResultsProps {
  readonly config: DashboardConfig;
  /** Bumped to load the figures again. */
  readonly refreshes?: number;
  readonly fetch?: typeof fetch;
  readonly print?: () => void;
  readonly onRefresh?: () => void;
  readonly onError?: (message: string) => void;
}

type State = { status: "loading" } | { status: "error"; message: string } | { status: "loaded"; data: Loaded };

export function TeamResults({ config, refreshes = 0, fetch: f, print = () => window.print(), onRefresh, onError }: TeamResultsProps) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [own, setOwn] = useState(0);
  const key = JSON.stringify(config);
  useEffect(() => {
    if (!config.loadable) return;
    let current = true;
    loadSummary(config, f)
      .then((data) => current && setState({ status: "loaded", data }))
      .catch((e: unknown) => {
        if (!current) return;
        const message = e instanceof Error ? e.message : String(e);
        setState({ status: "error", message });
        onError?.(message);
      });
    return () => void (current = false);
  }, [key, refreshes, own]);

  const title = config.team ? `Team results: ${config.team}` : "Team results across the trust";
  const refresh = () => {
    setOwn((n) => n + 1);
    onRefresh?.();
  };
  return (
    <div class="results" part="results">
      <h2>{title}</h2>
      {config.problems.length > 0 && (
        <div class="error" role="alert">
          <p class="error__title">Some settings of this page could not be used</p>
          <ul>
            {config.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {config.loadable && state.status === "loading" && <p role="status">Loading the results…</p>}
      {state.status === "error" && (
        <div class="error" role="alert">
          <p class="error__title">The results could not be shown</p>
          <p>{state.message}</p>
        </div>
      )}
      {state.status === "loaded" && (
        <Loaded data={state.data} config={config} toolbar={<Toolbar config={config} onRefresh={refresh} print={print} {...(f ? { fetch: f } : {})} />} />
      )}
    </div>
  );
}

function Loaded({ data, config, toolbar }: { data: Loaded; config: DashboardConfig; toolbar: ComponentChildren }) {
  const s: Summary = data.kind === "team" ? data.summary : data.summary.trust;
  const n = data.summary.smallNumberThreshold;
  const id = `bo-${config.team ?? "trust"}`;
  return (
    <>
      <p class="headline" part="headline" aria-live="polite">
        {headline(s, n, config.from, config.to)}
      </p>
      {toolbar}
      {s.hours.length > 0 && (
        <section aria-labelledby={`${id}-hours`}>
          <h3 id={`${id}-hours`}>Better off, by hours of work</h3>
          <HoursChart hours={s.hours} id={`${id}-hours-chart`} />
          <p class="hint">A number of hours compared fewer than {n} times is not shown.</p>
        </section>
      )}
      {typeof s.calculations === "number" && s.calculations >= n && (
        <section aria-labelledby={`${id}-reasons`}>
          <h3 id={`${id}-reasons`}>Why some were worse off</h3>
          <Reasons reasons={s.worseOff.reasons} results={s.worseOff.results} />
        </section>
      )}
      {s.quarters.length > 0 && (
        <section aria-labelledby={`${id}-months`}>
          <h3 id={`${id}-months`}>Calculations by quarter</h3>
          <MonthChart quarters={s.quarters} id={`${id}-months-chart`} />
        </section>
      )}
      {data.kind === "trust" && data.summary.teams.length > 0 && (
        <section aria-labelledby={`${id}-teams`}>
          <h3 id={`${id}-teams`}>Each team</h3>
          <TeamsTable teams={data.summary.teams} />
        </section>
      )}
      <p class="hint">
        Figures {period(s, config.from, config.to) || "so far"}. Any figure resting on fewer than {n} calculations is shown as “fewer than {n}” (or not shown), and other counts are rounded to
        the nearest 5, so that no one can be picked out. Gains are a week, after work costs, to the nearest £5.
      </p>
    </>
  );
}
