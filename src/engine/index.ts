/**
 * The engine's public face: `calculate(household, rules)`.
 * Pure: no DOM, no clock, no I/O. Rates come only from `rules`.
 */
import { D, ZERO, weeklyToMonthly, monthlyToWeekly, str2, type Money } from "./money.js";
import type { Rules } from "../rules/compose.js";
import type { Household, InputProblem } from "./household.js";
import { prepare, figuresAt, otherBenefitsWeekly, type Prepared, type Figures } from "./calculate.js";
import { explainScenario } from "./explain-scenario.js";
import { scenarioFlags, conditionalityRegime, type FlagKind, type Regime } from "./thresholds.js";
import type { Step, InputValue } from "./explain.js";
import { schoolMealsWarnings } from "./passported.js";

export { parseHousehold, Household } from "./household.js";
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
  /** Council tax a week after any single person discount, the reduction, and what is left to pay ("0.00" when no council tax was given). */
  readonly councilTaxWeekly: string;
  readonly councilTaxReductionWeekly: string;
  readonly councilTaxDueWeekly: string;
  /** Value of free NHS prescriptions, dental and sight tests, Healthy Start / Best Start Foods and free school meals kept at these hours. */
  readonly passportedValueWeekly: string;
  /** The breakdown of passportedValueWeekly. */
  readonly passportedPrescriptionsWeekly: string;
  readonly passportedDentalWeekly: string;
  readonly passportedOpticalWeekly: string;
  readonly passportedHealthyStartWeekly: string;
  readonly passportedBestStartFoodsWeekly: string;
  readonly passportedFreeSchoolMealsWeekly: string;
  readonly betterOffAfterCouncilTaxWeekly: string;
  readonly betterOffIncludingPassportedWeekly: string;
  readonly betterOffIncludingPassportedMonthly: string;
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
  readonly councilTaxDueWeekly: string;
  readonly passportedValueWeekly: string;
  readonly betterOffIncludingPassportedWeekly: string;
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
  const scheme = h.councilTax?.scheme;
  if (scheme?.type === "preset" && !r.councilTaxReductionEnglandPresets.schemes[scheme.id]) {
    const ids = Object.keys(r.councilTaxReductionEnglandPresets.schemes);
    problems.push({ path: "councilTax.scheme.id", message: `no council scheme "${scheme.id}" in the ${r.meta.taxYear} rules; presets: ${ids.join(", ") || "none"}` });
  }
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
  w.push(...schoolMealsWarnings(h, r));
  return w;
}

const gatherRules = (steps: readonly Step[]): Set<object> => {
  const s = new Set<object>();
  for (const st of steps) for (const leaf of st.rules) s.add(leaf);
  return s;
};

const renderInput = (v: InputValue): string => (D.isDecimal(v) ? (v as Money).toFixed() : String(v));

/** The better-off ladder: cash income; then council tax; then work costs; then passported help. */
export function betterOffLadder(f: Figures, base: Figures) {
  const cash = f.netIncome.minus(base.netIncome);
  const afterCouncilTax = f.councilTax && base.councilTax ? cash.minus(f.councilTax.due.minus(base.councilTax.due)) : cash;
  const afterCosts = f.workCosts.isZero() ? afterCouncilTax : afterCouncilTax.minus(f.workCosts);
  const includingPassported = f.passported && base.passported ? afterCosts.plus(f.passported.total.minus(base.passported.total)) : afterCosts;
  return { cash, afterCouncilTax, afterCosts, includingPassported };
}

function figures(p: Prepared, f: Figures, base: Figures | null): ScenarioFigures {
  const ladder = betterOffLadder(f, base ?? f);
  const betterOff = ladder.cash;
  const betterOffAfter = ladder.afterCosts;
  const ct = f.councilTax;
  const pp = f.passported;
  return {
    hours: String(f.hours),
    grossWeekly: str2(f.gross),
    incomeTaxWeekly: str2(f.incomeTax),
    niWeekly: str2(f.ni),
    pensionWeekly: str2(f.pension.paidWeekly),
    takeHomeWeekly: str2(f.takeHome),
    takeHomeMonthly: str2(weeklyToMonthly(f.takeHome)),
    ucEarningsMonthly: str2(f.ucEarnings),
    ucMaximumMonthly: str2(f.ucMaximum),
    ucBeforeCapMonthly: str2(f.ucBeforeCap),
    ucTaperMonthly: str2(f.taper),
    workAllowanceMonthly: str2(p.workAllowance ? p.workAllowance.amount : ZERO),
    unearnedIncomeMonthly: str2(f.unearned),
    tariffIncomeMonthly: str2(p.tariffIncome.amount),
    childcareElementMonthly: str2(f.childcare.amount),
    ucMonthly: str2(f.uc),
    ucWeekly: str2(f.ucWeekly),
    benefitCapReductionMonthly: str2(f.capReduction),
    esaWeekly: str2(f.esaWeekly),
    jsaWeekly: str2(f.jsaWeekly),
    carersAllowanceWeekly: str2(f.caWeekly),
    childBenefitWeekly: str2(p.childBenefit.amount),
    pipWeekly: str2(p.disability.amount),
    scottishChildPaymentWeekly: str2(f.scp.amount),
    netIncomeWeekly: str2(f.netIncome),
    netIncomeMonthly: str2(weeklyToMonthly(f.netIncome)),
    betterOffWeekly: str2(betterOff),
    betterOffMonthly: str2(weeklyToMonthly(betterOff)),
    workCostsWeekly: str2(f.workCosts),
    betterOffAfterCostsWeekly: str2(betterOffAfter),
    betterOffAfterCostsMonthly: str2(weeklyToMonthly(betterOffAfter)),
    councilTaxWeekly: str2(p.councilTax ? p.councilTax.liability.amount : ZERO),
    councilTaxReductionWeekly: str2(ct ? ct.reduction : ZERO),
    councilTaxDueWeekly: str2(ct ? ct.due : ZERO),
    passportedValueWeekly: str2(pp ? pp.total : ZERO),
    passportedPrescriptionsWeekly: str2(pp ? pp.prescriptionsWeekly : ZERO),
    passportedDentalWeekly: str2(pp ? pp.dentalWeekly : ZERO),
    passportedOpticalWeekly: str2(pp ? pp.opticalWeekly : ZERO),
    passportedHealthyStartWeekly: str2(pp ? pp.healthyStartWeekly : ZERO),
    passportedBestStartFoodsWeekly: str2(pp ? pp.bestStartFoodsWeekly : ZERO),
    passportedFreeSchoolMealsWeekly: str2(pp ? pp.freeSchoolMealsWeekly : ZERO),
    betterOffAfterCouncilTaxWeekly: str2(ladder.afterCouncilTax),
    betterOffIncludingPassportedWeekly: str2(ladder.includingPassported),
    betterOffIncludingPassportedMonthly: str2(weeklyToMonthly(ladder.includingPassported)),
  };
}

function scenarioResult(p: Prepared, f: Figures, base: Figures, used: Set<object>): ScenarioResult {
  const r = p.r;
  const s = explainScenario(p, f);
  const flags = scenarioFlags(p, base, f, s);
  const reg = conditionalityRegime(p, f);
  for (const leaf of reg.rules) used.add(leaf);
  // Which steps explain which figure. Rule keys are gathered now (cheap); the
  // plain-English text is written only when someone reads `explanations`
  // (the widget recalculates on every keystroke but opens one explanation at a time).
  const sources: [string, readonly Step[], (() => string)?][] = [
    ["grossWeekly", [s.gross]],
    ["incomeTaxWeekly", [s.incomeTax]],
    ["niWeekly", [s.ni]],
    ["pensionWeekly", [s.pension]],
    ["takeHomeWeekly", [s.takeHome]],
    ["ucEarningsMonthly", [s.ucEarnings]],
    ["ucMaximumMonthly", [s.ucMaximum, p.standardAllowance, p.childElements, p.disabledChild, p.health.step, p.carer, p.housing, f.childcare]],
    ["ucTaperMonthly", [s.taper]],
    ["unearnedIncomeMonthly", [s.unearned]],
    ["tariffIncomeMonthly", [p.tariffIncome]],
    ["ucMonthly", [s.uc, s.ucBeforeCap, s.taper, s.capReduction]],
    ["benefitCapReductionMonthly", [s.capReduction]],
    ["esaWeekly", s.esa, () => joinTexts(s.esa, "New Style ESA")],
    ["jsaWeekly", s.jsa, () => joinTexts(s.jsa, "New Style JSA")],
    ["carersAllowanceWeekly", s.ca, () => joinTexts(s.ca, p.caName)],
    ["childBenefitWeekly", [p.childBenefit]],
    ["pipWeekly", [p.disability]],
    ["scottishChildPaymentWeekly", [f.scp]],
    ["netIncomeWeekly", [s.netIncome]],
    ["workCostsWeekly", [s.workCosts]],
    ...(p.councilTax && f.councilTax
      ? ([
          ["councilTaxWeekly", [p.councilTax.liability]],
          ["councilTaxReductionWeekly", [stepOf(f.councilTax.reduction, f.councilTax.rules, f.councilTax.text)]],
        ] as [string, readonly Step[]][])
      : []),
    ...(f.passported ? ([["passportedValueWeekly", [stepOf(f.passported.total, p.passported!.rules, f.passported.text)]]] as [string, readonly Step[]][]) : []),
  ];
  for (const [, steps] of sources) for (const st of steps) for (const leaf of st.rules) used.add(leaf);
  const result = {
    ...figures(p, f, f === base ? null : base),
    isBaseline: f === base,
    conditionality: { regime: reg.regime, text: reg.text },
    thresholds: flags.map((fl): ThresholdFlag => {
      fl.rules.forEach((l) => used.add(l));
      let text: string | undefined;
      // The text is written the first time it is read (a table row, JSON output), not for every keystroke.
      return Object.defineProperty({ code: fl.code, kind: fl.kind, rules: fl.rules.map((l) => r.describe(l).key) }, "text", {
        enumerable: true,
        get: () => (text ??= fl.text()),
      }) as unknown as ThresholdFlag;
    }),
  } as Omit<ScenarioResult, "explanations">;
  let memo: Record<string, Explanation> | undefined;
  return Object.defineProperty(result, "explanations", {
    enumerable: true,
    get: () => (memo ??= Object.fromEntries(sources.map(([field, steps, text]) => [field, explainSteps(r, steps, text)]))),
  }) as ScenarioResult;
}

const stepOf = (amount: Money, rules: readonly object[], text: () => string): Step => ({ amount, rules, inputs: {}, text });

function joinTexts(steps: readonly Step[], what: string): string {
  const nonZero = steps.filter((x) => !x.amount.isZero());
  return nonZero.length ? nonZero.map((x) => x.text()).join("; ") : steps.length === 1 ? steps[0]!.text() : `no ${what}`;
}

function explainSteps(r: Rules, steps: readonly Step[], text?: () => string): Explanation {
  const main = steps[0]!;
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(main.inputs)) inputs[k] = renderInput(v);
  const keys = [...gatherRules(steps)].map((l) => r.describe(l).key);
  return { text: text ? text() : main.text(), rules: [...new Set(keys)], inputs };
}

function sweepPoint(p: Prepared, f: Figures, base: Figures): SweepPoint {
  const ladder = betterOffLadder(f, base);
  const afterCosts = ladder.afterCosts === ladder.cash ? null : str2(ladder.afterCosts);
  const cash = str2(ladder.cash);
  return {
    hours: String(f.hours),
    takeHomeWeekly: str2(f.takeHome),
    ucWeekly: str2(f.ucWeekly),
    esaJsaWeekly: str2(f.jsaWeekly.isZero() ? f.esaWeekly : f.esaWeekly.plus(f.jsaWeekly)),
    otherBenefitsWeekly: str2(otherBenefitsWeekly(p, f)),
    netIncomeWeekly: str2(f.netIncome),
    betterOffWeekly: cash,
    betterOffAfterCostsWeekly: afterCosts ?? cash,
    councilTaxDueWeekly: f.councilTax ? str2(f.councilTax.due) : "0.00",
    passportedValueWeekly: f.passported ? str2(f.passported.total) : "0.00",
    betterOffIncludingPassportedWeekly: ladder.includingPassported === ladder.afterCosts ? (afterCosts ?? cash) : str2(ladder.includingPassported),
  };
}

/** Where, along the sweep, something switches on or off. */
function markersFrom(states: readonly Figures[], p: Prepared): Marker[] {
  const m: Marker[] = [];
  const watch: [string, (f: Figures) => boolean, string][] = [
    ["esa-ends", (f) => f.esa[0]!.greaterThan(0), "New Style ESA stops"],
    ["jsa-ends", (f) => f.jsa[0]!.greaterThan(0), "New Style JSA stops"],
    ["carers-allowance-lost", (f) => f.ca[0]!.greaterThan(0), `${p.caName} stops`],
    ["benefit-cap-lifted", (f) => f.capReduction.greaterThan(0), "benefit cap no longer applies"],
    ["benefit-cap-earnings-exemption", (f) => f.capExemption?.code !== "earnings", "earnings reach the benefit cap exemption"],
    ["uc-nil", (f) => f.uc.greaterThan(0), "Universal Credit tapered to nil"],
    ["scottish-child-payment-ends", (f) => f.scp.amount.greaterThan(0), "Scottish Child Payment stops"],
    ["income-tax-starts", (f) => f.incomeTax.isZero(), "income tax starts"],
    ["national-insurance-starts", (f) => f.ni.isZero(), "National Insurance starts"],
    ["help-with-health-costs-lost", (f) => f.passported?.healthHelp === true, "free NHS prescriptions, dental and sight tests stop"],
    ["healthy-start-lost", (f) => f.passported?.foodHelp === true && !f.passported.healthyStartWeekly.isZero(), "Healthy Start stops"],
    ["best-start-foods-lost", (f) => f.passported?.foodHelp === true && !f.passported.bestStartFoodsWeekly.isZero(), "Best Start Foods stops"],
    ["free-school-meals-lost", (f) => f.passported?.schoolMeals === true, "free school meals stop"],
    ["council-tax-reduction-ends", (f) => f.councilTax !== null && f.councilTax.reduction.greaterThan(0), "Council Tax Reduction ends"],
  ];
  for (const [code, on, text] of watch) {
    for (let i = 1; i < states.length; i++) {
      if (on(states[i - 1]!) && !on(states[i]!)) {
        m.push({ code, hours: String(states[i]!.hours), text });
        break;
      }
    }
  }
  return m;
}

function usedRulesOf(used: Set<object>, r: Rules): { used: Record<string, UsedRule>; notConfirmed: string[] } {
  const byKey: Record<string, UsedRule> = {};
  const notConfirmed: string[] = [];
  for (const leaf of used) {
    const d = r.describe(leaf);
    if (byKey[d.key]) continue;
    const value = (leaf as { value: unknown }).value;
    byKey[d.key] = {
      value: D.isDecimal(value)
        ? (value as Money).toFixed()
        : Array.isArray(value)
          ? value.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, D.isDecimal(v) ? (v as Money).toFixed() : v])))
          : value,
      unit: d.unit,
      status: d.status,
      // Read from the rules when asked: in the widget the sources and notes arrive after the values.
      get note() {
        return d.note;
      },
      get sources() {
        return d.sources;
      },
    };
    if (d.status === "unconfirmed" || d.status === "derived") notConfirmed.push(d.key);
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = Object.fromEntries(Object.entries(byKey).sort(([a], [b]) => byName(a, b)));
  return { used: sorted, notConfirmed: notConfirmed.sort(byName) };
}

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
  const baseline = scenarioResult(p, base, base, used);
  const scenarios = h.job.hours.map((hours) => (hours === 0 ? baseline : scenarioResult(p, at(hours), base, used)));
  const maxH = opts.sweepMaxHours ?? 50;
  const stepH = opts.sweepStepHours ?? 0.5;
  const states: Figures[] = [];
  for (let i = 0; i * stepH <= maxH + 1e-9; i++) states.push(at(Math.round(i * stepH * 100) / 100));
  const sweep = states.map((s) => sweepPoint(p, s, base));
  for (const rate of [...p.esaRates, ...p.jsaRates, ...p.caRates]) rate.rules.forEach((l) => used.add(l));
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
    warnings: warningsFor(h, r, p),
  };
}

export { monthlyToWeekly, weeklyToMonthly };
