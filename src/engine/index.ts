/**
 * The engine's public face: `evaluate(household, rules)` (plain data, Money)
 * and `calculate(household, rules)` (the same as JSON, as `calc` writes it).
 * Pure: no DOM, no clock, no I/O. Rates come only from `rules`.
 *
 *   household.ts   the input and its checks (zod)      calculate.ts  figures per person and household
 *   checks.ts      checks against the rules, warnings   present.ts    figures as a result gives them
 *   provenance.ts  the rule values a result rests on    result.ts     the result's types
 *   on-request.ts  texts written when asked for         json.ts       the JSON form
 *   fields.ts      the scenario figures, listed once    flags.ts      the threshold flag codes
 *   pay-cycles.ts  assessment periods and paydays       assessment-periods.ts  UC period by period
 */
import { monthlyToWeekly, weeklyToMonthly, type Money } from "../base/money.js";
import type { Rules } from "../rules/compose.js";
import type { Household } from "./household.js";
import { prepare, figuresAt } from "./calculate.js";
import type { Figures } from "./figures.js";
import { warningsFor } from "./checks.js";
import { ladderSteps, markersFrom, scenarioEvaluation, sweepPoint } from "./present.js";
import { ifJobEnds } from "./if-job-ends.js";
import { planPayCycles } from "./pay-cycles.js";
import { firstMonthsFor, firstMonthsRules } from "./first-months.js";
import { keepEvaluation, once } from "./on-request.js";
import { toJson } from "./json.js";
import type { CalculateOptions, Evaluation, FirstMonthsOf, Result, RulesInfo } from "./result.js";

export { parseHousehold, Household } from "./household.js";
export type { HouseholdInput, InputProblem } from "./household.js";
export { checkAgainstRules } from "./checks.js";
export { betterOffLadder, ladderSteps } from "./present.js";
export { explain, explanationsOf, explainedFields, flagText, periodText, noteText, firstMonthsOf, provenanceOf, notConfirmedOf } from "./on-request.js";
export { toJson } from "./json.js";
export { FLAG_CODES, REGIMES, type FlagCode, type FlagKind, type Regime } from "./flags.js";
export { SCENARIO_FIELD_SPECS, SCENARIO_FIELD_NAMES, SCENARIO_FIELDS, NON_NEGATIVE_FIELDS, type ScenarioField, type FieldSpec } from "./fields.js";
export { minimumWageFor, type MinimumWage } from "./minimum-wage.js";
export { bornBefore2017AprilFromAge } from "./born-before-2017.js";
export { JOB_ENDS_CODES, type JobEndsCode } from "./if-job-ends.js";
export type * from "./result.js";
export type { Money };

export const ENGINE_VERSION = "0.1.0";

/**
 * Work out a household's income out of work and in work at each number of
 * hours in `household.job.hours`, plus a sweep for charts: plain data with
 * Money amounts. Texts that cost time to write come from on-request.ts.
 */
export function evaluate(h: Household, r: Rules, opts: CalculateOptions = {}): Evaluation {
  const p = prepare(h, r);
  const used = new Set<object>();
  const cache = new Map<number, Figures>();
  const at = (hours: number) => {
    let f = cache.get(hours);
    if (!f) cache.set(hours, (f = figuresAt(p, hours)));
    return f;
  };
  const base = at(0);
  // The next 12 assessment periods and the paydays in them, from the job's start date, else the household's
  // date, else the rules' date: the same dates for every scenario.
  // (The claim's day of the month, if not given, stays the day of the household's or the rules' date.)
  const cycles = planPayCycles(h, h.job.startDate ?? h.date ?? r.meta.asOf, r.universalCredit.paymentDaysAfterPeriod.value, h.date ?? r.meta.asOf);
  // Week by week from the start date, only when one is given: worked out the first time it is asked
  // for (`calc` output; the widget recalculates on every keystroke). The rule values are gathered now.
  const start = h.job.startDate;
  let baseWeeks: (() => FirstMonthsOf<Money>) | undefined;
  if (start) {
    baseWeeks = once(() => firstMonthsFor(p, base, base, start, cycles.startDay, null, new Set()));
    firstMonthsRules(p, base, base, false, used);
  }
  const baseline = scenarioEvaluation(p, base, base, used, cycles, baseWeeks);
  const scenarios = h.job.hours.map((hours) => {
    if (hours === 0) return baseline;
    const f = at(hours);
    if (!start) return scenarioEvaluation(p, f, base, used, cycles);
    firstMonthsRules(p, f, base, true, used);
    return scenarioEvaluation(p, f, base, used, cycles, () => firstMonthsFor(p, f, base, start, cycles.startDay, baseWeeks!(), new Set()));
  });
  const maxH = opts.sweepMaxHours ?? 50;
  const stepH = opts.sweepStepHours ?? 0.5;
  const states: Figures[] = [];
  for (let i = 0; i * stepH <= maxH + 1e-9; i++) states.push(at(Math.round(i * stepH * 100) / 100));
  const sweep = states.map((s) => sweepPoint(p, s, base));
  for (const x of p.people) for (const rate of [x.esaRate, x.jsaRate, x.caRate]) rate.rules.forEach((l) => used.add(l));
  const jobEnds = ifJobEnds(p, base).map((s) => {
    s.rules.forEach((l) => used.add(l));
    return { code: s.code, text: s.text, rules: s.rules.map((l) => r.describe(l).key) };
  });
  const rules: RulesInfo = { id: r.meta.id, jurisdiction: r.meta.jurisdiction, taxYear: r.meta.taxYear, asOf: r.meta.asOf };
  const e: Evaluation = {
    engineVersion: ENGINE_VERSION,
    ...(h.id ? { id: h.id } : {}),
    rules,
    region: h.region,
    baseline,
    scenarios,
    sweep,
    markers: markersFrom(states, p),
    ifJobEnds: jobEnds,
    warnings: warningsFor(h, r, p),
    ladder: ladderSteps([baseline, ...scenarios]),
  };
  // Which rule values the figures rest on, with their sources: gathered from every step
  // already, written out only when asked for (the widget asks when a figure is opened).
  keepEvaluation(e, r, used);
  return e;
}

/** The same as JSON, as `calc` writes it: decimal strings, every text written. */
export const calculate = (h: Household, r: Rules, opts: CalculateOptions = {}): Result => toJson(evaluate(h, r, opts));

export { monthlyToWeekly, weeklyToMonthly };
