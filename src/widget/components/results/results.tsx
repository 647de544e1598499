/**
 * The results: headline, comparison table (every figure can be opened to
 * show its working), chart with a table alternative, and the take-home
 * summary for printing.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Period, WidgetConfig } from "../../attributes.js";
import { perPeriod } from "../../format.js";
import { headline, headlineScenario, whichHours } from "../../model/headline.js";
import { comparisonTable, type Selected } from "../../model/table.js";
import type { Success } from "../../model/run.js";
import { ExplanationPanel } from "../explanation-panel/explanation-panel.js";
import { HeadlinePanel } from "../headline/headline.js";
import { IncomeChart } from "../income-chart/income-chart.js";
import { JobEnds } from "../job-ends/job-ends.js";
import { AssessmentPeriods } from "../assessment-periods/assessment-periods.js";
import { FirstMonths } from "../first-months/first-months.js";
import { PrintSummary } from "../print-summary/print-summary.js";
import { ResultsTable } from "../results-table/results-table.js";
import { TeamResults } from "../team-results/team-results.js";
import { Notices } from "./notices.js";
import { adoptResultStyles } from "../../results-styles.js";

export interface ResultsProps {
  readonly outcome: Success;
  readonly period: Period;
  /** The answers have changed in a way that needs checking: these results are for the earlier answers. */
  readonly stale: boolean;
  readonly focusKey: number;
  readonly onCheck: () => void;
  /** The element's settings: `team`, `records-endpoint` and `auto-record` switch on team results. */
  readonly config?: WidgetConfig;
  /** The calculator's width, measured (0 where it cannot be). */
  readonly width?: number;
}


export function Results({ outcome, period, stale, focusKey, onCheck, config, width = 0 }: ResultsProps) {
  const { rules } = outcome;
  const heading = useRef<HTMLHeadingElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  /** Which reading of "Not sure" answers the figures show. */
  const [pickRaw, setPick] = useState(0);
  const pick = pickRaw < outcome.readings.length ? pickRaw : 0;
  const result = outcome.readings[pick]?.result ?? outcome.result;
  // The results' styles come with them (the calculation chunk), before their first paint.
  useLayoutEffect(() => adoptResultStyles(heading.current?.getRootNode()), []);
  useEffect(() => {
    if (!focusKey) return;
    // The answer first: the results' heading at the top of the screen, so the headline is in view.
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView?.({ block: "start" });
  }, [focusKey]);
  const table = useMemo(() => comparisonTable(result, period), [result, period]);
  const which = useMemo(() => whichHours(result, period), [result, period]);
  const scenario = headlineScenario(result, outcome.jobHours);
  const h = scenario ? headline(scenario, period, result.baseline, which.measure) : null;
  const open = (s: Selected) => setSelected(s);
  const close = () => {
    const from = selected?.from;
    setSelected(null);
    if (from) requestAnimationFrame(() => (heading.current?.getRootNode() as Document | ShadowRoot | undefined)?.getElementById(from)?.focus());
  };
  const col = selected ? table.columns[selected.col] : undefined;
  return (
    <section class="results" part="result" aria-labelledby="results-title">
      <h2 class="title" id="results-title" tabIndex={-1} ref={heading}>
        Results
      </h2>
      {h ? (
        <HeadlinePanel
          headline={h}
          col={table.columns.indexOf(h.scenario)}
          expanded={selected?.from === "headline-explain"}
          onOpen={open}
          period={period}
          rows={which.rows}
          best={which.best}
          readings={outcome.readings}
          unsure={outcome.unsure}
          pick={pick}
          onPick={setPick}
        />
      ) : null}
      <Notices result={result} stale={stale} onCheck={onCheck} notes={outcome.notes} />
      <ResultsTable result={result} table={table} period={period} selected={selected} onOpen={open} width={width} />
      {selected && col ? (
        <ExplanationPanel result={result} scenario={col} row={selected.row} period={period} label={table.rows.find((r) => r.def.key === selected.row)?.label ?? ""} onClose={close} />
      ) : null}
      <IncomeChart result={result} period={period} width={width} />
      {scenario ? <AssessmentPeriods scenario={scenario} width={width} /> : null}
      {scenario ? <FirstMonths result={result} scenario={scenario} width={width} /> : null}
      <JobEnds result={result} />
      {scenario ? (
        <PrintSummary
          result={result}
          scenario={scenario}
          input={(outcome.readings[pick]?.input ?? outcome.input) as Record<string, unknown>}
          mode={outcome.mode}
          leftOut={outcome.leftOut}
          notes={outcome.notes}
          reading={outcome.readings.length > 1 ? (outcome.readings[pick]?.says.join("; ") ?? "") : ""}
        />
      ) : null}
      {config ? <TeamResults outcome={outcome} config={config} stale={stale} /> : null}
      <p class="hint">Amounts are {perPeriod(period)}. Net income is after tax and National Insurance, before rent.</p>
    </section>
  );
}
