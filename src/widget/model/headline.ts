/**
 * The headline in plain words: which of the compared hours pays best,
 * whether work leaves the household better off once work costs (and council
 * tax) are counted — one measure for the verdict, the same in every
 * sentence — and what each step up in hours is worth for each extra hour.
 * Every amount is the engine's; the only arithmetic here is the per-hour
 * figure (the change in better-off ÷ the change in hours, to the penny).
 */
import { explain, flagText, type Evaluation, type ScenarioEvaluation } from "../../engine/index.js";
import { D, roundPenny, type Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";
import type { Period } from "../attributes.js";
import { hours, money, perPeriod } from "../format.js";
import { helpName } from "./help-name.js";
import { inPeriod, inPeriodText } from "./period.js";

/** Which better-off figure the verdict is: cash, or after council tax and work costs when either was given. */
export type Measure = "betterOffWeekly" | "betterOffAfterCostsWeekly";

export interface Headline {
  readonly scenario: ScenarioEvaluation;
  readonly text: string;
  readonly direction: "better" | "worse" | "same";
  /** Amount better (or worse) off by the verdict's measure, positive, in the period. */
  readonly amount: string;
  readonly measure: Measure;
  /** Why worse off: the engine's "loss" flags at these hours. */
  readonly reasons: readonly string[];
  /** "Before £10.00 a week of work costs, you would be …": the cash figure, when the verdict counts costs. */
  readonly afterCosts?: string;
  /** "Counting the value of help with health costs (help in kind, not cash), …", when there is help in kind. */
  readonly includingHelp?: string;
}

const differs = (s: ScenarioEvaluation) => !s.workCostsWeekly.isZero() || !s.betterOffAfterCostsWeekly.equals(s.betterOffWeekly);

/** After costs when any scenario has work costs or council tax that changes the answer, else cash. */
export function measureOf(scenarios: readonly ScenarioEvaluation[]): Measure {
  return scenarios.some(differs) ? "betterOffAfterCostsWeekly" : "betterOffWeekly";
}

const working = (r: Evaluation) => r.scenarios.filter((s) => !s.isBaseline);

/**
 * The scenario to describe: the job's hours if given, else whichever of the
 * compared hours leaves the household best off by the verdict's measure
 * (the fewer hours when two are equal). Never a fixed number of hours.
 */
export function headlineScenario(r: Evaluation, jobHours?: number): ScenarioEvaluation | undefined {
  const ws = working(r);
  if (jobHours !== undefined) {
    const s = ws.find((x) => x.hours === jobHours);
    if (s) return s;
  }
  return bestOf(ws, measureOf([r.baseline, ...ws]));
}

export function bestOf(ws: readonly ScenarioEvaluation[], m: Measure): ScenarioEvaluation | undefined {
  let best: ScenarioEvaluation | undefined;
  for (const s of ws) if (!best || s[m].greaterThan(best[m])) best = s;
  return best;
}

const verdict = (amount: Money, p: Period): [Headline["direction"], string] =>
  amount.isZero() ? ["same", "no better or worse off"] : [amount.isNegative() ? "worse" : "better", `${money(amount.abs())} ${perPeriod(p)} ${amount.isNegative() ? "worse" : "better"} off`];

/** What comes off the cash figure: council tax (when given and it changes anything) and work costs. */
function afterWhat(s: ScenarioEvaluation, period: Period): string | undefined {
  const costs = !s.workCostsWeekly.isZero() ? `${money(inPeriod(s, "workCostsWeekly", period))} ${perPeriod(period)} of work costs` : "";
  const councilTax = !s.councilTaxWeekly.isZero() && !s.betterOffAfterCouncilTaxWeekly.equals(s.betterOffWeekly);
  if (councilTax) return costs ? `council tax and ${costs}` : "council tax";
  return costs || undefined;
}

/** Help in kind, kept or lost, honestly: its value is not cash in hand. */
function includingHelp(s: ScenarioEvaluation, period: Period, base: ScenarioEvaluation | undefined): string | undefined {
  const help = helpName(base ? [base, s] : [s]);
  if (!help) return undefined;
  const now = base?.passportedValueWeekly;
  const working = s.passportedValueWeekly;
  if (now && working.equals(now)) return `You would keep ${help}: it is worth the same in work.`;
  const total = verdict(inPeriod(s, "betterOffIncludingPassportedWeekly", period), period)[1];
  return now && working.lessThan(now)
    ? `You would lose some or all ${help}. Counting its value (help in kind, not cash), you would be ${total}.`
    : `Counting the value of ${help} (help in kind, not cash), you would be ${total}.`;
}

/** "you would be £5.00 a week worse off after £25.00 a week of work costs" (the verdict, by its measure). */
export function verdictWords(s: ScenarioEvaluation, period: Period, measure: Measure): { direction: Headline["direction"]; words: string; amount: Money } {
  const amount = inPeriod(s, measure, period);
  const [direction, words] = verdict(amount, period);
  const what = measure === "betterOffAfterCostsWeekly" ? afterWhat(s, period) : undefined;
  return { direction, words: what ? `${words} after ${what}` : words, amount };
}

/**
 * The sentence for the scenario the headline describes; `base` (not
 * working) says whether there is help in kind to count; `measure` is the
 * verdict's figure for the whole result (by default, this scenario's own).
 */
export function headline(s: ScenarioEvaluation, period: Period, base?: ScenarioEvaluation, measure: Measure = measureOf([s])): Headline {
  const wage = explain(s, "grossWeekly")?.inputs.hourlyWage;
  const at = wage ? ` at ${money(wage)} an hour` : "";
  const v = verdictWords(s, period, measure);
  const reasons = v.direction === "worse" ? s.thresholds.filter((f) => f.kind === "loss").map(flagText) : [];
  const what = measure === "betterOffAfterCostsWeekly" ? afterWhat(s, period) : undefined;
  const after = what ? `Before ${what}, you would be ${verdict(inPeriod(s, "betterOffWeekly", period), period)[1]}.` : undefined;
  const including = includingHelp(s, period, base);
  return {
    scenario: s,
    text: `Working ${hours(s.hours)} hours a week${at}, you would be ${v.words}.`,
    direction: v.direction,
    amount: v.amount.abs().toFixed(2),
    measure,
    reasons,
    ...(after ? { afterCosts: after } : {}),
    ...(including ? { includingHelp: including } : {}),
  };
}

export interface HoursRow {
  readonly scenario: ScenarioEvaluation;
  /** Better off by the verdict's measure, in the period. */
  readonly value: string;
  /** Pounds kept of each extra hour since the hours before (the change in weekly better-off ÷ the change in hours), to the penny. */
  readonly perHour: string;
  /** The hours compared just before ("0" for the first). */
  readonly from: string;
  readonly best: boolean;
}

/** The "which hours" comparison: each compared number of hours, how much better off, and what each extra hour adds. */
export function whichHours(r: Evaluation, period: Period): { rows: HoursRow[]; measure: Measure; best?: ScenarioEvaluation } {
  const ws = working(r);
  const measure = measureOf([r.baseline, ...ws]);
  const best = bestOf(ws, measure);
  let prev: ScenarioEvaluation = r.baseline;
  const rows = ws.map((s) => {
    const gain = s[measure].minus(prev[measure]);
    const span = new D(s.hours).minus(prev.hours);
    const row = { scenario: s, value: inPeriodText(s, measure, period), perHour: span.isZero() ? "0.00" : roundPenny(gain.div(span)).toFixed(2), from: String(prev.hours), best: s === best };
    prev = s;
    return row;
  });
  return { rows, measure, ...(best ? { best } : {}) };
}
