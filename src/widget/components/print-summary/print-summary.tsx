/**
 * The take-home summary: what to tell DWP and when, the date and the rules
 * used. With the headline and the comparison table it is what the print
 * stylesheet keeps; no answers about the person are printed.
 */
import type { Result, ScenarioResult } from "../../../engine/index.js";
import { hours, longDateOf } from "../../format.js";
import { adviceFor } from "../../model/advice.js";
import { todayIso } from "../../model/rules-choice.js";
import { HelpNotes } from "./help-notes.js";

interface Props {
  readonly result: Result;
  readonly scenario: ScenarioResult;
}

export function PrintSummary({ result, scenario }: Props) {
  const advice = adviceFor(result, scenario);
  const tax = result.rules.taxYear;
  return (
    <section class="print-summary" part="print-summary" aria-labelledby="tell-dwp-title">
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
