/**
 * The headline in plain words: "Working 16 hours a week at £12.71 an hour,
 * you would be £91.51 a week better off", or worse off with why.
 */
import type { Result, ScenarioResult } from "../../engine/index.js";
import { D, type Money } from "../../engine/money.js";
import type { Rules } from "../../rules/load.js";
import type { Period } from "../attributes.js";
import { hours, money, perPeriod } from "../format.js";
import { inPeriod } from "./period.js";

export interface Headline {
  readonly scenario: ScenarioResult;
  readonly text: string;
  readonly direction: "better" | "worse" | "same";
  /** Amount better (or worse) off, positive, in the period. */
  readonly amount: string;
  /** Why worse off: the engine's "loss" flags at these hours. */
  readonly reasons: readonly string[];
  /** "After £10.00 a week of work costs, …", when there are any. */
  readonly afterCosts?: string;
}

/**
 * The scenario to describe: the job's hours if given, else the first at or
 * above the permitted work hours limit in the rules (16), else the last.
 */
export function headlineScenario(r: Result, rules: Rules, jobHours?: number): ScenarioResult | undefined {
  const working = r.scenarios.filter((s) => !s.isBaseline);
  if (jobHours !== undefined) {
    const s = working.find((x) => new D(x.hours).equals(jobHours));
    if (s) return s;
  }
  const limit = rules.newStyleEsa.permittedWorkHoursLimit.value;
  return working.find((s) => new D(s.hours).greaterThanOrEqualTo(limit)) ?? working[working.length - 1];
}

const verdict = (amount: Money, p: Period): [Headline["direction"], string] =>
  amount.isZero() ? ["same", "no better or worse off"] : [amount.isNegative() ? "worse" : "better", `${money(amount.abs().toFixed(2))} ${perPeriod(p)} ${amount.isNegative() ? "worse" : "better"} off`];

export function headline(s: ScenarioResult, period: Period): Headline {
  const wage = s.explanations.grossWeekly?.inputs.hourlyWage;
  const at = wage ? ` at ${money(wage)} an hour` : "";
  const change = new D(inPeriod(s, "betterOffWeekly", period));
  const [direction, words] = verdict(change, period);
  const reasons = direction === "worse" ? s.thresholds.filter((f) => f.kind === "loss").map((f) => f.text) : [];
  const costs = new D(inPeriod(s, "workCostsWeekly", period));
  const after = costs.isZero()
    ? undefined
    : `After ${money(costs.toFixed(2))} ${perPeriod(period)} of work costs, you would be ${verdict(new D(inPeriod(s, "betterOffAfterCostsWeekly", period)), period)[1]}.`;
  return {
    scenario: s,
    text: `Working ${hours(s.hours)} hours a week${at}, you would be ${words}.`,
    direction,
    amount: change.abs().toFixed(2),
    reasons,
    ...(after ? { afterCosts: after } : {}),
  };
}
