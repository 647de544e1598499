/**
 * The engine's public face: `calculate(household, rules)`.
 * Pure: no DOM, no clock, no I/O. Rates come only from `rules`.
 */
import { D, ZERO, weeklyToMonthly, monthlyToWeekly, str2, type Money } from "./money.js";
import type { Rules } from "../rules/load.js";
import type { Household, InputProblem } from "./household.js";
import { prepare, scenario, type Prepared, type ScenarioState } from "./calculate.js";
import { scenarioFlags, conditionalityRegime, type FlagKind, type Regime } from "./thresholds.js";
import type { Step, InputValue } from "./explain.js";

export { parseHousehold, householdJsonSchema, Household } from "./household.js";
export type { HouseholdInput, InputProblem } from "./household.js";

export const ENGINE_VERSION = "0.1.0";

export interface Explanation {
  readonly text: string;
  /** Keys of the rule values used, e.g. "universalCredit.taperRate"; details in `rules.used`. */
  readonly rules: readonly string[];
  readonly inputs: Readonly<Record<string, string>>;
}

export interface ThresholdFlag {
  readonly code: string;
  readonly kind: FlagKind;
  readonly text: string;
  readonly rules: readonly string[];
}

/** Field names required by the `calc` contract, all decimal strings. */
export const SCENARIO_FIELDS = [
  "hours",
  "grossWeekly",
  "incomeTaxWeekly",
  "niWeekly",
  "pensionWeekly",
  "takeHomeWeekly",
  "ucEarningsMonthly",
  "ucMaximumMonthly",
  "ucMonthly",
  "benefitCapReductionMonthly",
  "esaWeekly",
  "jsaWeekly",
  "carersAllowanceWeekly",
  "childBenefitWeekly",
  "pipWeekly",
  "scottishChildPaymentWeekly",
  "netIncomeWeekly",
  "betterOffWeekly",
] as const;

export type ScenarioFigures = Record<(typeof SCENARIO_FIELDS)[number], string> & {
  readonly takeHomeMonthly: string;
  readonly ucWeekly: string;
  readonly ucBeforeCapMonthly: string;
  readonly ucTaperMonthly: string;
  readonly workAllowanceMonthly: string;
  readonly unearnedIncomeMonthly: string;
  readonly tariffIncomeMonthly: string;
  readonly childcareElementMonthly: string;
  readonly netIncomeMonthly: string;
  readonly betterOffMonthly: string;
  readonly workCostsWeekly: string;
  readonly betterOffAfterCostsWeekly: string;
  readonly betterOffAfterCostsMonthly: string;
};

export interface ScenarioResult extends ScenarioFigures {
  readonly isBaseline: boolean;
  readonly conditionality: { readonly regime: Regime; readonly text: string };
  readonly thresholds: readonly ThresholdFlag[];
  readonly explanations: Readonly<Record<string, Explanation>>;
}

export interface SweepPoint {
  readonly hours: string;
  readonly takeHomeWeekly: string;
  readonly ucWeekly: string;
  readonly esaJsaWeekly: string;
  readonly otherBenefitsWeekly: string;
  readonly netIncomeWeekly: string;
  readonly betterOffWeekly: string;
  readonly betterOffAfterCostsWeekly: string;
}

export interface Marker {
  readonly code: string;
  /** First sweep point (hours) at which the change is seen. */
  readonly hours: string;
  readonly text: string;
}

export interface UsedRule {
  readonly value: unknown;
  readonly unit: string;
  readonly status: "confirmed" | "corroborated" | "unconfirmed" | "derived";
  readonly note?: string | undefined;
  readonly sources: readonly { title: string; href: string }[];
}

export interface Result {
  readonly engineVersion: string;
  readonly id?: string;
  readonly rules: {
    readonly id: string;
    readonly jurisdiction: string;
    readonly taxYear: string;
    readonly asOf: string;
    /** Every rule value the figures below rest on, with its source and status. */
    readonly used: Readonly<Record<string, UsedRule>>;
    /** Keys of values used that are unconfirmed or derived rather than published. */
    readonly notConfirmed: readonly string[];
  };
  readonly region: string;
  readonly baseline: ScenarioResult;
  readonly scenarios: readonly ScenarioResult[];
  readonly sweep: readonly SweepPoint[];
  readonly markers: readonly Marker[];
  readonly warnings: readonly string[];
}

export interface CalculateOptions {
  /** Sweep from 0 to `sweepMaxHours` in `sweepStepHours` steps (default 0 to 50 in half hours). */
  readonly sweepMaxHours?: number;
  readonly sweepStepHours?: number;
}

/**
 * Checks that need the rules (State Pension age, dates of birth implied by
 * ages). Returns problems in the same form as input validation.
 */
export function checkAgainstRules(h: Household, r: Rules): InputProblem[] {
  const problems: InputProblem[] = [];
  const spa = r.statePension.minimumAge.value;
  if (h.adults[0]!.age >= spa)
    problems.push({ path: "adults.0.age", message: `this calculator is for people under State Pension age (${spa}); at ${h.adults[0]!.age} Pension Credit rules apply instead of UC` });
  if (h.taxYear && h.date && !(r.meta.taxYear === h.taxYear))
    problems.push({ path: "date", message: `${h.date} is not in tax year ${h.taxYear}` });
  const youngestPossible = ageOnDate("2017-04-05", r.meta.asOf);
  h.children.forEach((c, i) => {
    if (c.bornBefore2017April && c.age < youngestPossible)
      problems.push({ path: `children.${i}.bornBefore2017April`, message: `a child aged ${c.age} cannot have been born before 6 April 2017 (such a child is at least ${youngestPossible} on ${r.meta.asOf})` });
  });
  return problems;
}

function ageOnDate(birth: string, on: string): number {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function warningsFor(h: Household, r: Rules, p: Prepared): string[] {
  const w: string[] = [];
  // A child this old on the last day of the rules' year must have been born before 6 April 2017.
  const yearEnd = `${Number(r.meta.taxYear.slice(0, 4)) + 1}-04-05`;
  const oldestPossibleAfter = ageOnDate("2017-04-06", yearEnd);
  h.children.forEach((c, i) => {
    if (!c.bornBefore2017April && c.age > oldestPossibleAfter)
      w.push(
        `children.${i}: a child aged ${c.age} was born before 6 April 2017, but bornBefore2017April is not set; if this is the eldest child, the first child element would be the higher rate and the two-child limit would not count them.`,
      );
  });
  if (p.childrenLimited > 0) w.push(`${p.childrenLimited} child${p.childrenLimited > 1 ? "ren get" : " gets"} no UC child element because of the two-child limit.`);
  if (h.adults.length === 2 && h.childcareMonthly.greaterThan(0))
    w.push("The UC childcare costs element needs both partners in paid work; this calculation assumes only the person offered the job works.");
  if (h.children.some((c) => c.disability)) w.push("A child's own DLA or Child Disability Payment is not included in net income (it is the same in and out of work).");
  return w;
}

const gatherRules = (steps: readonly Step[]): Set<object> => {
  const s = new Set<object>();
  for (const st of steps) for (const leaf of st.rules) s.add(leaf);
  return s;
};

function explanation(r: Rules, st: Step, used: Set<object>): Explanation {
  for (const leaf of st.rules) used.add(leaf);
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(st.inputs)) inputs[k] = renderInput(v);
  return { text: st.text(), rules: st.rules.map((l) => r.describe(l).key), inputs };
}

const renderInput = (v: InputValue): string => (D.isDecimal(v) ? (v as Money).toFixed() : String(v));

function figures(p: Prepared, s: ScenarioState, base: ScenarioState | null): ScenarioFigures {
  const netBase = base ? base.netIncome.amount : s.netIncome.amount;
  const betterOff = s.netIncome.amount.minus(netBase);
  const betterOffAfter = betterOff.minus(s.workCosts.amount);
  return {
    hours: new D(s.hours).toFixed(),
    grossWeekly: str2(s.gross.amount),
    incomeTaxWeekly: str2(s.incomeTax.amount),
    niWeekly: str2(s.ni.amount),
    pensionWeekly: str2(s.pension.paidWeekly),
    takeHomeWeekly: str2(s.takeHome.amount),
    takeHomeMonthly: str2(weeklyToMonthly(s.takeHome.amount)),
    ucEarningsMonthly: str2(s.ucEarnings.amount),
    ucMaximumMonthly: str2(s.ucMaximum.amount),
    ucBeforeCapMonthly: str2(s.ucBeforeCap.amount),
    ucTaperMonthly: str2(s.taper.amount),
    workAllowanceMonthly: str2(p.workAllowance ? p.workAllowance.amount : ZERO),
    unearnedIncomeMonthly: str2(s.unearned.amount),
    tariffIncomeMonthly: str2(p.tariffIncome.amount),
    childcareElementMonthly: str2(s.childcare.amount),
    ucMonthly: str2(s.uc.amount),
    ucWeekly: str2(s.ucWeekly),
    benefitCapReductionMonthly: str2(s.capReduction.amount),
    esaWeekly: str2(s.esaWeekly),
    jsaWeekly: str2(s.jsaWeekly),
    carersAllowanceWeekly: str2(s.caWeekly),
    childBenefitWeekly: str2(p.childBenefit.amount),
    pipWeekly: str2(p.disability.amount),
    scottishChildPaymentWeekly: str2(s.scp.amount),
    netIncomeWeekly: str2(s.netIncome.amount),
    netIncomeMonthly: str2(weeklyToMonthly(s.netIncome.amount)),
    betterOffWeekly: str2(betterOff),
    betterOffMonthly: str2(weeklyToMonthly(betterOff)),
    workCostsWeekly: str2(s.workCosts.amount),
    betterOffAfterCostsWeekly: str2(betterOffAfter),
    betterOffAfterCostsMonthly: str2(weeklyToMonthly(betterOffAfter)),
  };
}

function scenarioResult(p: Prepared, s: ScenarioState, base: ScenarioState, used: Set<object>): ScenarioResult {
  const r = p.r;
  const ex = (st: Step) => explanation(r, st, used);
  const flags = scenarioFlags(p, base, s);
  const reg = conditionalityRegime(p, s);
  for (const leaf of reg.rules) used.add(leaf);
  const sumSteps = (steps: readonly Step[], what: string): Explanation => {
    const nonZero = steps.filter((x) => !x.amount.isZero());
    const rules = [...gatherRules(steps)];
    rules.forEach((l) => used.add(l));
    return { text: nonZero.length ? nonZero.map((x) => x.text()).join("; ") : `no ${what}`, rules: rules.map((l) => r.describe(l).key), inputs: {} };
  };
  return {
    ...figures(p, s, s === base ? null : base),
    isBaseline: s === base,
    conditionality: { regime: reg.regime, text: reg.text },
    thresholds: flags.map((f) => {
      f.rules.forEach((l) => used.add(l));
      return { code: f.code, kind: f.kind, text: f.text, rules: f.rules.map((l) => r.describe(l).key) };
    }),
    explanations: {
      grossWeekly: ex(s.gross),
      incomeTaxWeekly: ex(s.incomeTax),
      niWeekly: ex(s.ni),
      pensionWeekly: ex(s.pensionStep),
      takeHomeWeekly: ex(s.takeHome),
      ucEarningsMonthly: ex(s.ucEarnings),
      ucMaximumMonthly: { ...ex(s.ucMaximum), rules: [...gatherRules([p.standardAllowance, p.childElements, p.disabledChild, p.health.step, p.carer, p.housing, s.childcare])].map((l) => (used.add(l), r.describe(l).key)) },
      ucTaperMonthly: ex(s.taper),
      unearnedIncomeMonthly: ex(s.unearned),
      tariffIncomeMonthly: ex(p.tariffIncome),
      ucMonthly: { ...ex(s.uc), text: `${s.ucBeforeCap.text()}${s.capReduction.amount.isZero() ? "" : `; ${s.capReduction.text()}; ${s.uc.text()}`}`, rules: [...gatherRules([s.uc, s.ucBeforeCap, s.taper, s.capReduction])].map((l) => (used.add(l), r.describe(l).key)) },
      benefitCapReductionMonthly: ex(s.capReduction),
      esaWeekly: sumSteps(s.esa, "New Style ESA"),
      jsaWeekly: sumSteps(s.jsa, "New Style JSA"),
      carersAllowanceWeekly: sumSteps(s.ca, "Carer's Allowance"),
      childBenefitWeekly: ex(p.childBenefit),
      pipWeekly: ex(p.disability),
      scottishChildPaymentWeekly: ex(s.scp),
      netIncomeWeekly: ex(s.netIncome),
      workCostsWeekly: ex(s.workCosts),
    },
  };
}

function sweepPoint(p: Prepared, s: ScenarioState, base: ScenarioState): SweepPoint {
  const esaJsa = s.esaWeekly.plus(s.jsaWeekly);
  const other = s.netIncome.amount.minus(s.takeHome.amount).minus(s.ucWeekly).minus(esaJsa);
  const betterOff = s.netIncome.amount.minus(base.netIncome.amount);
  return {
    hours: new D(s.hours).toFixed(),
    takeHomeWeekly: str2(s.takeHome.amount),
    ucWeekly: str2(s.ucWeekly),
    esaJsaWeekly: str2(esaJsa),
    otherBenefitsWeekly: str2(other),
    netIncomeWeekly: str2(s.netIncome.amount),
    betterOffWeekly: str2(betterOff),
    betterOffAfterCostsWeekly: str2(betterOff.minus(s.workCosts.amount)),
  };
}

/** Where, along the sweep, something switches on or off. */
function markersFrom(states: readonly ScenarioState[], p: Prepared): Marker[] {
  const m: Marker[] = [];
  const watch: [string, (s: ScenarioState) => boolean, string][] = [
    ["esa-ends", (s) => s.esa[0]!.amount.greaterThan(0), "New Style ESA stops"],
    ["jsa-ends", (s) => s.jsa[0]!.amount.greaterThan(0), "New Style JSA stops"],
    ["carers-allowance-lost", (s) => s.ca[0]!.amount.greaterThan(0), `${p.h.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance"} stops`],
    ["benefit-cap-lifted", (s) => s.capReduction.amount.greaterThan(0), "benefit cap no longer applies"],
    ["benefit-cap-earnings-exemption", (s) => s.capExemption?.code !== "earnings", "earnings reach the benefit cap exemption"],
    ["uc-nil", (s) => s.uc.amount.greaterThan(0), "Universal Credit tapered to nil"],
    ["scottish-child-payment-ends", (s) => s.scp.amount.greaterThan(0), "Scottish Child Payment stops"],
    ["income-tax-starts", (s) => s.incomeTax.amount.isZero(), "income tax starts"],
    ["national-insurance-starts", (s) => s.ni.amount.isZero(), "National Insurance starts"],
  ];
  for (const [code, on, text] of watch) {
    for (let i = 1; i < states.length; i++) {
      if (on(states[i - 1]!) && !on(states[i]!)) {
        m.push({ code, hours: new D(states[i]!.hours).toFixed(), text });
        break;
      }
    }
  }
  return m;
}

/**
 * Calculate a household's income out of work and in work at each number of
 * hours in `household.job.hours`, plus a sweep for charts.
 */
export function calculate(h: Household, r: Rules, opts: CalculateOptions = {}): Result {
  const p = prepare(h, r);
  const used = new Set<object>();
  const cache = new Map<number, ScenarioState>();
  const at = (hours: number) => {
    let s = cache.get(hours);
    if (!s) cache.set(hours, (s = scenario(p, hours)));
    return s;
  };
  const base = at(0);
  const baseline = scenarioResult(p, base, base, used);
  const scenarios = h.job.hours.map((hours) => (hours === 0 ? baseline : scenarioResult(p, at(hours), base, used)));
  const maxH = opts.sweepMaxHours ?? 50;
  const stepH = opts.sweepStepHours ?? 0.5;
  const states: ScenarioState[] = [];
  for (let i = 0; i * stepH <= maxH + 1e-9; i++) states.push(at(Math.round(i * stepH * 100) / 100));
  const sweep = states.map((s) => sweepPoint(p, s, base));
  for (const s of states) for (const st of [s.esa, s.jsa, s.ca]) for (const x of st) x.rules.forEach((l) => used.add(l));
  const usedRules: Record<string, UsedRule> = {};
  const notConfirmed: string[] = [];
  for (const leaf of used) {
    const d = r.describe(leaf);
    if (usedRules[d.key]) continue;
    const value = (leaf as { value: unknown }).value;
    usedRules[d.key] = {
      value: D.isDecimal(value) ? (value as Money).toFixed() : Array.isArray(value) ? value.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, D.isDecimal(v) ? (v as Money).toFixed() : v]))) : value,
      unit: d.unit,
      status: d.status,
      ...(d.note ? { note: d.note } : {}),
      sources: d.sources,
    };
    if (d.status === "unconfirmed" || d.status === "derived") notConfirmed.push(d.key);
  }
  const sortedUsed = Object.fromEntries(Object.entries(usedRules).sort(([a], [b]) => a.localeCompare(b)));
  return {
    engineVersion: ENGINE_VERSION,
    ...(h.id ? { id: h.id } : {}),
    rules: { id: r.meta.id, jurisdiction: r.meta.jurisdiction, taxYear: r.meta.taxYear, asOf: r.meta.asOf, used: sortedUsed, notConfirmed: notConfirmed.sort() },
    region: h.region,
    baseline,
    scenarios,
    sweep,
    markers: markersFrom(states, p),
    warnings: warningsFor(h, r, p),
  };
}

export { monthlyToWeekly, weeklyToMonthly };
