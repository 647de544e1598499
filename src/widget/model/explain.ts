/**
 * How a figure was worked out: the engine's own explanation texts for the
 * figure and the steps behind it, and every rule it used with its sources,
 * flagging values that are unconfirmed or derived.
 */
import { explain as workingOf, notConfirmedOf, provenanceOf, type Evaluation, type ScenarioEvaluation, type ScenarioField, type UsedRule } from "../../engine/index.js";
import type { Period } from "../attributes.js";
import { money, perPeriod, signedMoney } from "../format.js";
import { inPeriod, type WeeklyKey } from "./period.js";
import type { RowKey } from "./table.js";

export interface Working {
  readonly label: string;
  readonly text: string;
}

export interface RuleNote {
  readonly key: string;
  readonly rule: UsedRule;
  readonly confirmed: boolean;
}

export interface ExplanationView {
  readonly steps: readonly Working[];
  readonly rules: readonly RuleNote[];
}

const STEPS: Record<RowKey, readonly [ScenarioField, string][]> = {
  takeHome: [["grossWeekly", "Pay before deductions"], ["pensionWeekly", "Pension"], ["incomeTaxWeekly", "Income tax"], ["niWeekly", "National Insurance"], ["takeHomeWeekly", "Take-home pay"]],
  partnerTakeHome: [
    ["partnerGrossWeekly", "Partner's pay before deductions"],
    ["partnerPensionWeekly", "Pension"],
    ["partnerIncomeTaxWeekly", "Income tax"],
    ["partnerNiWeekly", "National Insurance"],
    ["partnerTakeHomeWeekly", "Partner's take-home pay"],
  ],
  housingBenefit: [["housingBenefitWeekly", "Housing Benefit"]],
  uc: [
    ["ucMaximumMonthly", "Maximum Universal Credit"],
    ["ucEarningsMonthly", "Earnings counted"],
    ["ucTaperMonthly", "Earnings taper"],
    ["unearnedIncomeMonthly", "Other income counted"],
    ["tariffIncomeMonthly", "Savings"],
    ["benefitCapReductionMonthly", "Benefit cap"],
    ["ucMonthly", "Universal Credit a month"],
  ],
  esa: [["esaWeekly", "New Style ESA"]],
  jsa: [["jsaWeekly", "New Style JSA"]],
  carersAllowance: [["carersAllowanceWeekly", "Carer's Allowance"]],
  childBenefit: [["childBenefitWeekly", "Child Benefit"]],
  disability: [["pipWeekly", "PIP, ADP or DLA"]],
  scottishChildPayment: [["scottishChildPaymentWeekly", "Scottish Child Payment"]],
  netIncome: [["netIncomeWeekly", "Net income"]],
  betterOff: [],
  councilTaxDue: [["councilTaxWeekly", "Council tax"], ["councilTaxReductionWeekly", "Council Tax Reduction"]],
  workCosts: [["workCostsWeekly", "Work costs"]],
  betterOffAfterCosts: [["councilTaxWeekly", "Council tax"], ["councilTaxReductionWeekly", "Council Tax Reduction"], ["workCostsWeekly", "Work costs"]],
  passportedValue: [["passportedValueWeekly", "Help in kind"]],
  betterOffIncludingPassported: [["passportedValueWeekly", "Help in kind"]],
};

/** Figures whose rules a row rests on, where more than its own steps. */
const RULES_OF: Partial<Record<RowKey, readonly ScenarioField[]>> = {
  betterOffIncludingPassported: ["netIncomeWeekly", "councilTaxWeekly", "councilTaxReductionWeekly", "workCostsWeekly", "passportedValueWeekly"],
};

/** The better-off rows: their working starts from net income, in and out of work. */
const LADDER: readonly RowKey[] = ["betterOff", "betterOffAfterCosts", "betterOffIncludingPassported"];

export const isConfirmed = (u: UsedRule) => u.status === "confirmed" || u.status === "corroborated";

export function explain(r: Evaluation, s: ScenarioEvaluation, row: RowKey, period: Period): ExplanationView {
  const steps: Working[] = [];
  const v = (x: ScenarioEvaluation, k: WeeklyKey) => inPeriod(x, k, period);
  const per = perPeriod(period);
  if (LADDER.includes(row))
    steps.push({ label: "Better off", text: `${money(v(s, "netIncomeWeekly"))} net income working − ${money(v(r.baseline, "netIncomeWeekly"))} not working = ${signedMoney(v(s, "betterOffWeekly"))} ${per}` });
  if (row === "betterOffIncludingPassported") steps.push(...afterCosts(r, s, period));
  for (const [field, label] of STEPS[row]) {
    const e = workingOf(s, field);
    if (e) steps.push({ label, text: e.text });
  }
  if (row === "councilTaxDue" && workingOf(s, "councilTaxWeekly"))
    steps.push({ label: "To pay", text: `${money(v(s, "councilTaxWeekly"))} − ${money(v(s, "councilTaxReductionWeekly"))} reduction = ${money(v(s, "councilTaxDueWeekly"))} ${per}` });
  if (row === "passportedValue" || row === "betterOffIncludingPassported") steps.push(...helpParts(s, period));
  if (row === "betterOffAfterCosts") steps.push(...afterCosts(r, s, period));
  if (row === "betterOffIncludingPassported")
    steps.push({
      label: "Including help in kind",
      text: `${signedMoney(v(s, "betterOffAfterCostsWeekly"))} + (${money(v(s, "passportedValueWeekly"))} help working − ${money(v(r.baseline, "passportedValueWeekly"))} not working) = ${signedMoney(v(s, "betterOffIncludingPassportedWeekly"))} ${per}`,
    });
  const used = provenanceOf(r).used;
  const rules = ruleKeys(s, row, r).flatMap((key) => {
    const rule = used[key];
    return rule ? [{ key, rule, confirmed: isConfirmed(rule) }] : [];
  });
  return { steps, rules };
}

const PARTS: readonly [WeeklyKey, string][] = [
  ["passportedPrescriptionsWeekly", "Free NHS prescriptions"],
  ["passportedDentalWeekly", "Free NHS dental treatment"],
  ["passportedOpticalWeekly", "Free sight tests and glasses"],
  ["passportedHealthyStartWeekly", "Healthy Start"],
  ["passportedBestStartFoodsWeekly", "Best Start Foods"],
  ["passportedFreeSchoolMealsWeekly", "Free school meals"],
];

/** The value of each kind of help kept at these hours (the engine's breakdown). */
function helpParts(s: ScenarioEvaluation, period: Period): Working[] {
  return PARTS.filter(([k]) => !s[k].isZero()).map(([k, label]) => ({ label, text: `worth ${money(inPeriod(s, k, period))} ${perPeriod(period)}` }));
}

/** Better off, then less the change in council tax to pay, then less work costs: the engine's own figures at each step. */
function afterCosts(r: Evaluation, s: ScenarioEvaluation, period: Period): Working[] {
  const v = (x: ScenarioEvaluation, k: WeeklyKey) => inPeriod(x, k, period);
  const per = perPeriod(period);
  const out: Working[] = [];
  if (!s.councilTaxWeekly.isZero())
    out.push({
      label: "After council tax",
      text: `${signedMoney(v(s, "betterOffWeekly"))} − (${money(v(s, "councilTaxDueWeekly"))} council tax to pay working − ${money(v(r.baseline, "councilTaxDueWeekly"))} not working) = ${signedMoney(v(s, "betterOffAfterCouncilTaxWeekly"))} ${per}`,
    });
  if (!s.workCostsWeekly.isZero())
    out.push({
      label: "After work costs",
      text: `${signedMoney(v(s, "betterOffAfterCouncilTaxWeekly"))} − ${money(v(s, "workCostsWeekly"))} work costs = ${signedMoney(v(s, "betterOffAfterCostsWeekly"))} ${per}`,
    });
  return out;
}

/** Rules about children, which the engine reads (to find there are none) for a household without children. */
const ABOUT_CHILDREN = /\.(child|twoChild|disabledChild|firstChild|eldestChild|additionalChild|capOneChild|capTwoOrMoreChildren)/;

/** Whether the household has children: the child-related rules apply only then. */
const hasChildren = (r: Evaluation) => !r.baseline.childBenefitWeekly.isZero() || !r.baseline.childcareElementMonthly.isZero();

/** Keys of the rules behind a row's figure (from the engine's explanations), only those that applied. */
export function ruleKeys(s: ScenarioEvaluation, row: RowKey, r?: Evaluation): string[] {
  const fields = RULES_OF[row] ?? (LADDER.includes(row) ? ["netIncomeWeekly", ...STEPS[row].map((x) => x[0])] : STEPS[row].map((x) => x[0]));
  const keys = new Set<string>();
  const children = r ? hasChildren(r) : true;
  for (const f of fields) for (const k of workingOf(s, f)?.rules ?? []) if (children || !ABOUT_CHILDREN.test(k)) keys.add(k);
  return [...keys];
}

/** Whether any rule behind a figure is unconfirmed or derived (marked in the table). */
export function restsOnUnconfirmed(r: Evaluation, s: ScenarioEvaluation, row: RowKey): boolean {
  const notConfirmed = notConfirmedOf(r);
  return ruleKeys(s, row).some((k) => notConfirmed.includes(k));
}
