/**
 * How a figure was worked out: the engine's own explanation texts for the
 * figure and the steps behind it, and every rule it used with its sources,
 * flagging values that are unconfirmed or derived.
 */
import type { Result, ScenarioResult, UsedRule } from "../../engine/index.js";
import type { Period } from "../attributes.js";
import { money, perPeriod, signedMoney } from "../format.js";
import { inPeriod } from "./period.js";
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

const STEPS: Record<RowKey, readonly [string, string][]> = {
  takeHome: [["grossWeekly", "Pay before deductions"], ["pensionWeekly", "Pension"], ["incomeTaxWeekly", "Income tax"], ["niWeekly", "National Insurance"], ["takeHomeWeekly", "Take-home pay"]],
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
  workCosts: [["workCostsWeekly", "Work costs"]],
  betterOffAfterCosts: [["workCostsWeekly", "Work costs"]],
};

const isConfirmed = (u: UsedRule) => u.status === "confirmed" || u.status === "corroborated";

export function explain(r: Result, s: ScenarioResult, row: RowKey, period: Period): ExplanationView {
  const steps: Working[] = [];
  if (row === "betterOff" || row === "betterOffAfterCosts") {
    const net = money(inPeriod(s, "netIncomeWeekly", period));
    const base = money(inPeriod(r.baseline, "netIncomeWeekly", period));
    const change = signedMoney(inPeriod(s, "betterOffWeekly", period));
    steps.push({ label: "Better off", text: `${net} net income working − ${base} not working = ${change} ${perPeriod(period)}` });
  }
  for (const [field, label] of STEPS[row]) {
    const e = s.explanations[field];
    if (e) steps.push({ label, text: e.text });
  }
  if (row === "betterOffAfterCosts") {
    const change = signedMoney(inPeriod(s, "betterOffAfterCostsWeekly", period));
    steps.push({ label: "After work costs", text: `${signedMoney(inPeriod(s, "betterOffWeekly", period))} − ${money(inPeriod(s, "workCostsWeekly", period))} work costs = ${change} ${perPeriod(period)}` });
  }
  const rules = ruleKeys(s, row).flatMap((key) => {
    const rule = r.rules.used[key];
    return rule ? [{ key, rule, confirmed: isConfirmed(rule) }] : [];
  });
  return { steps, rules };
}

/** Keys of the rules behind a row's figure (from the engine's explanations). */
export function ruleKeys(s: ScenarioResult, row: RowKey): string[] {
  const fields = row === "betterOff" || row === "betterOffAfterCosts" ? ["netIncomeWeekly", ...STEPS[row].map((x) => x[0])] : STEPS[row].map((x) => x[0]);
  const keys = new Set<string>();
  for (const f of fields) for (const k of s.explanations[f]?.rules ?? []) keys.add(k);
  return [...keys];
}

/** Whether any rule behind a figure is unconfirmed or derived (marked in the table). */
export function restsOnUnconfirmed(r: Result, s: ScenarioResult, row: RowKey): boolean {
  return ruleKeys(s, row).some((k) => r.rules.notConfirmed.includes(k));
}
