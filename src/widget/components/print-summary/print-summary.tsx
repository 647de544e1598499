/**
 * The take-home summary: the assumptions the figures rest on (amounts and
 * answers, not who the person is), what to tell DWP and when, the date and
 * the rules used. With the headline, the comparison table and the chart it
 * is what the print stylesheet keeps.
 */
import type { Result, ScenarioResult } from "../../../engine/index.js";
import { hours, longDateOf } from "../../format.js";
import { adviceFor } from "../../model/advice.js";
import { todayIso } from "../../model/rules-choice.js";
import type { Mode } from "../../attributes.js";
import { assumptionsOf } from "../../model/assumptions.js";
import { HelpNotes } from "./help-notes.js";
import { FirstMonthsPrint } from "../first-months/first-months.js";

interface Props {
  readonly result: Result;
  readonly scenario: ScenarioResult;
  /** The engine input the figures came from, and what quick mode did not ask. */
  readonly input?: Record<string, unknown>;
  readonly mode?: Mode;
  readonly leftOut?: readonly string[];
  /** The reading of "Not sure" answers the figures show, in words ("" when nothing was unsure). */
  readonly reading?: string;
  /** What the figures leave out (council tax when the scheme is not known). */
  readonly notes?: readonly string[];
}

export function PrintSummary({ result, scenario, input, mode = "full", leftOut = [], reading = "", notes = [] }: Props) {
  const advice = adviceFor(result, scenario);
  const tax = result.rules.taxYear;
  const assumptions = input ? assumptionsOf(input, mode, leftOut, notes.length > 0) : [];
  return (
    <section class="print-summary" part="print-summary" aria-labelledby="tell-dwp-title">
      {assumptions.length ? (
        <div class="assumptions">
          <h3 class="section__title" id="assumptions-title">
            What these figures assume
          </h3>
          {reading ? <p>The figures shown assume: {reading}.</p> : null}

          <dl class="assumptions__list">
            {assumptions.map((x) => (
              <div class="assumptions__item" key={x.label}>
                <dt>{x.label}</dt>
                <dd>{x.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <h3 class="section__title" id="tell-dwp-title">
        What to tell DWP and when, if you work {hours(scenario.hours)} hours
      </h3>
      <dl class="advice">
        {advice.map((a) => (
          <div class="advice__item" key={`${a.who}-${a.when}`}>
            <dt>
              <strong>{a.who}</strong>: {a.when.charAt(0).toLowerCase() + a.when.slice(1)}
            </dt>
            <dd>{a.what}</dd>
          </div>
        ))}
      </dl>
      <HelpNotes result={result} scenario={scenario} />
      <FirstMonthsPrint result={result} scenario={scenario} />
      <p class="hint">
        Worked out on {longDateOf(todayIso())} with the rates for {tax.slice(0, 4)} to {tax.slice(0, 2)}
        {tax.slice(5)} (rules {result.rules.id}, calculator {result.engineVersion}). A guide, not a decision: DWP, HMRC and the council decide
        what is paid.
      </p>
      <button type="button" class="button button--secondary no-print" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </section>
  );
}
