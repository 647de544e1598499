/**
 * The engine's public face: `calculate(household, rules)`.
 * Pure: no DOM, no clock, no I/O. Rates come only from `rules`.
 *
 *   household.ts   the input and its checks (zod)      calculate.ts  figures per person and household
 *   checks.ts      checks against the rules, warnings   present.ts    figures as a result shows them
 *   provenance.ts  the rule values a result rests on    result.ts     the result's types
 *   fields.ts      the scenario figures, listed once    flags.ts      the threshold flag codes
 *   pay-cycles.ts  assessment periods and paydays       assessment-periods.ts  UC period by period
 */
import { monthlyToWeekly, weeklyToMonthly } from "../base/money.js";
import type { Rules } from "../rules/compose.js";
import type { Household } from "./household.js";
import { prepare, figuresAt, type Figures } from "./calculate.js";
import { warningsFor } from "./checks.js";
import { markersFrom, scenarioResult, sweepPoint } from "./present.js";
import { usedRulesOf } from "./provenance.js";
import { ifJobEnds } from "./if-job-ends.js";
import { planPayCycles } from "./pay-cycles.js";
import { firstMonthsFor, firstMonthsRules } from "./first-months.js";
import type { CalculateOptions, FirstMonths, Result, ScenarioResult, UsedRule } from "./result.js";

export { parseHousehold, Household } from "./household.js";
export type { HouseholdInput, InputProblem } from "./household.js";
export { checkAgainstRules } from "./checks.js";
export { betterOffLadder } from "./present.js";
export { FLAG_CODES, REGIMES, type FlagCode, type FlagKind, type Regime } from "./flags.js";
export { SCENARIO_FIELD_SPECS, SCENARIO_FIELD_NAMES, SCENARIO_FIELDS, NON_NEGATIVE_FIELDS, type ScenarioField, type FieldSpec } from "./fields.js";
export { minimumWageFor, type MinimumWage } from "./minimum-wage.js";
export { bornBefore2017AprilFromAge } from "./born-before-2017.js";
export { JOB_ENDS_CODES, type JobEndsCode } from "./if-job-ends.js";
export type * from "./result.js";

export const ENGINE_VERSION = "0.1.0";

/**
 * Calculate a household's income out of work and in work at each number of
 * hours in `household.job.hours`, plus a sweep for charts.
 */
export function calculate(h: Household, r: Rules, opts: CalculateOptions = {}): Result {
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
  const baseline = scenarioResult(p, base, base, used, cycles);
  const scenarios = h.job.hours.map((hours) => (hours === 0 ? baseline : scenarioResult(p, at(hours), base, used, cycles)));
  // Week by week from the start date, only when one is given: worked out the first time it is read
  // (`calc` output; the widget recalculates on every keystroke). The rule values are gathered now.
  if (h.job.startDate) {
    const start = h.job.startDate;
    let outOfWork: FirstMonths | undefined;
    const baseWeeks = () => (outOfWork ??= firstMonthsFor(p, base, base, start, cycles.startDay, null, new Set()));
    const lazy = (s: ScenarioResult, get: () => FirstMonths) => {
      let memo: FirstMonths | undefined;
      Object.defineProperty(s, "firstMonths", { enumerable: true, get: () => (memo ??= get()) });
    };
    firstMonthsRules(p, base, base, false, used);
    lazy(baseline, baseWeeks);
    h.job.hours.forEach((hours, i) => {
      if (hours === 0) return;
      const f = at(hours);
      firstMonthsRules(p, f, base, true, used);
      lazy(scenarios[i]!, () => firstMonthsFor(p, f, base, start, cycles.startDay, baseWeeks(), new Set()));
    });
  }
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
  // Which rule values the figures rest on, with their sources: gathered from every step
  // already, written out only when read (the widget reads them when a figure is opened).
  let provenance: { used: Record<string, UsedRule>; notConfirmed: string[] } | undefined;
  const describeUsed = () => (provenance ??= usedRulesOf(used, r));
  const rulesInfo = { id: r.meta.id, jurisdiction: r.meta.jurisdiction, taxYear: r.meta.taxYear, asOf: r.meta.asOf } as Result["rules"];
  Object.defineProperties(rulesInfo, {
    used: { enumerable: true, get: () => describeUsed().used },
    notConfirmed: { enumerable: true, get: () => describeUsed().notConfirmed },
  });
  return {
    engineVersion: ENGINE_VERSION,
    ...(h.id ? { id: h.id } : {}),
    rules: rulesInfo,
    region: h.region,
    baseline,
    scenarios,
    sweep,
    markers: markersFrom(states, p),
    ifJobEnds: jobEnds,
    warnings: warningsFor(h, r, p),
  };
}

export { monthlyToWeekly, weeklyToMonthly };
