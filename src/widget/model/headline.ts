/**
 * The headline in plain words: "Working 16 hours a week at £12.71 an hour,
 * you would be £91.51 a week better off", or worse off with why.
 */
import type { Result, ScenarioResult } from "../../engine/index.js";
import { D, type Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";
import type { Period } from "../attributes.js";
import { hours, money, perPeriod } from "../format.js";
import { helpName } from "./help-name.js";
import { inPeriod } from "./period.js";

export interface Headline {
  readonly scenario: ScenarioResult;
  readonly text: string;
  readonly direction: "better" | "worse" | "same";
  /** Amount better (or worse) off, positive, in the period. */
  readonly amount: string;
  /** Why worse off: the engine's "loss" flags at these hours. */
  readonly reasons: readonly string[];
  /** "After £10.00 a week of work costs, …" or "After council tax and …", when either changes the answer. */
  readonly afterCosts?: string;
  /** "Counting the value of help with health costs (help in kind, not cash), …", when there is help in kind. */
  readonly includingHelp?: string;
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

const given = (v: string | undefined) => v !== undefined && !new D(v).isZero();

/** What comes off the cash figure: council tax (when given and it changes anything) and work costs. */
function afterWhat(s: ScenarioResult, period: Period): string | undefined {
  const costs = given(s.workCostsWeekly) ? `${money(inPeriod(s, "workCostsWeekly", period))} ${perPeriod(period)} of work costs` : "";
  const councilTax = given(s.councilTaxWeekly) && s.betterOffAfterCouncilTaxWeekly !== undefined && !new D(s.betterOffAfterCouncilTaxWeekly).equals(s.betterOffWeekly);
  if (councilTax) return costs ? `council tax and ${costs}` : "council tax";
  return costs || undefined;
}

/** Help in kind, kept or lost, honestly: its value is not cash in hand. */
function includingHelp(s: ScenarioResult, period: Period, base: ScenarioResult | undefined): string | undefined {
  const help = helpName(base ? [base, s] : [s]);
  if (!help) return undefined;
  const now = new D(base?.passportedValueWeekly ?? "0");
  const working = new D(s.passportedValueWeekly);
  if (base && working.equals(now)) return `You would keep ${help}: it is worth the same in work.`;
  const total = verdict(new D(inPeriod(s, "betterOffIncludingPassportedWeekly", period)), period)[1];
  return base && working.lessThan(now)
    ? `You would lose some or all ${help}. Counting its value (help in kind, not cash), you would be ${total}.`
    : `Counting the value of ${help} (help in kind, not cash), you would be ${total}.`;
}

/**
 * The sentence for the scenario the headline describes; `base` (not
 * working) says whether there is help in kind to count.
 */
export function headline(s: ScenarioResult, period: Period, base?: ScenarioResult): Headline {
  const wage = s.explanations.grossWeekly?.inputs.hourlyWage;
  const at = wage ? ` at ${money(wage)} an hour` : "";
  const change = new D(inPeriod(s, "betterOffWeekly", period));
  const [direction, words] = verdict(change, period);
  const reasons = direction === "worse" ? s.thresholds.filter((f) => f.kind === "loss").map((f) => f.text) : [];
  const what = afterWhat(s, period);
  const after = what ? `After ${what}, you would be ${verdict(new D(inPeriod(s, "betterOffAfterCostsWeekly", period)), period)[1]}.` : undefined;
  const including = includingHelp(s, period, base);
  return {
    scenario: s,
    text: `Working ${hours(s.hours)} hours a week${at}, you would be ${words}.`,
    direction,
    amount: change.abs().toFixed(2),
    reasons,
    ...(after ? { afterCosts: after } : {}),
    ...(including ? { includingHelp: including } : {}),
  };
}
