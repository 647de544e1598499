/**
 * How one figure was worked out: the engine's working, each rule used with
 * its value and sources, and a visible note where a rate is unconfirmed or
 * derived. Takes focus when it opens; "Back to the results" returns it.
 */
import { useEffect, useRef } from "preact/hooks";
import type { Evaluation, ScenarioEvaluation } from "../../../engine/index.js";
import type { Period } from "../../attributes.js";
import { hoursLabel, money, perPeriod, signedMoney } from "../../format.js";
import { explain } from "../../model/explain.js";
import { inPeriod } from "../../model/period.js";
import { ROWS, type RowKey } from "../../model/table.js";
import { RuleList } from "./rule-list.js";

interface Props {
  readonly result: Evaluation;
  readonly scenario: ScenarioEvaluation;
  readonly row: RowKey;
  readonly label: string;
  readonly period: Period;
  readonly onClose: () => void;
}

export function ExplanationPanel({ result, scenario, row, label, period, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [scenario, row]);
  const def = ROWS.find((r) => r.key === row)!;
  const value = inPeriod(scenario, def.weekly, period);
  const view = explain(result, scenario, row, period);
  return (
    <section class="explanation" id="explanation" part="explanation" aria-labelledby="explanation-title">
      <h3 class="explanation__title" id="explanation-title" tabIndex={-1} ref={heading}>
        {label}, {hoursLabel(scenario.hours).toLowerCase()}: {def.change ? signedMoney(value) : money(value)} {perPeriod(period)}
      </h3>
      <h4 class="explanation__subtitle">How it was worked out</h4>
      <dl class="working">
        {view.steps.map((s) => (
          <div class="working__row" key={s.label}>
            <dt>{s.label}</dt>
            <dd>{s.text}</dd>
          </div>
        ))}
      </dl>
      <RuleList rules={view.rules} />
      <button type="button" id="explanation-close" class="button button--secondary" onClick={onClose}>
        Back to the results
      </button>
    </section>
  );
}
