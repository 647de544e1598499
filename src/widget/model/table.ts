/**
 * The comparison table: one column for not working and one per number of
 * hours; one row per figure. Rows for benefits nobody gets are left out.
 */
import type { Result, ScenarioResult } from "../../engine/index.js";
import { D } from "../../engine/money.js";
import type { Period } from "../attributes.js";
import { inPeriod, type WeeklyKey } from "./period.js";

export type RowKey =
  | "takeHome"
  | "uc"
  | "esa"
  | "jsa"
  | "carersAllowance"
  | "childBenefit"
  | "disability"
  | "scottishChildPayment"
  | "netIncome"
  | "betterOff"
  | "workCosts"
  | "betterOffAfterCosts";

export interface RowDef {
  readonly key: RowKey;
  readonly label: (r: Result) => string;
  readonly weekly: WeeklyKey;
  /** A change against not working (shown with + or −). */
  readonly change?: boolean;
  readonly total?: boolean;
  /** Always shown, even when every figure is zero. */
  readonly always?: boolean;
}

export const ROWS: readonly RowDef[] = [
  { key: "takeHome", label: () => "Take-home pay", weekly: "takeHomeWeekly", always: true },
  { key: "uc", label: () => "Universal Credit", weekly: "ucWeekly", always: true },
  { key: "esa", label: () => "New Style ESA", weekly: "esaWeekly" },
  { key: "jsa", label: () => "New Style JSA", weekly: "jsaWeekly" },
  { key: "carersAllowance", label: (r) => (r.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance"), weekly: "carersAllowanceWeekly" },
  { key: "childBenefit", label: () => "Child Benefit", weekly: "childBenefitWeekly" },
  { key: "disability", label: () => "PIP, ADP or DLA", weekly: "pipWeekly" },
  { key: "scottishChildPayment", label: () => "Scottish Child Payment", weekly: "scottishChildPaymentWeekly" },
  { key: "netIncome", label: () => "Net income", weekly: "netIncomeWeekly", total: true, always: true },
  { key: "betterOff", label: () => "Better off than not working", weekly: "betterOffWeekly", change: true, always: true },
  { key: "workCosts", label: () => "Work costs (travel, childcare, other)", weekly: "workCostsWeekly" },
  // With no work costs this would repeat "Better off": shown only beside work costs.
  { key: "betterOffAfterCosts", label: () => "Better off after work costs", weekly: "betterOffAfterCostsWeekly", change: true },
];

export interface Row {
  readonly def: RowDef;
  readonly label: string;
  /** Decimal strings in the period, one per column. */
  readonly values: readonly string[];
}

export interface Table {
  readonly columns: readonly ScenarioResult[];
  readonly rows: readonly Row[];
  /** Work costs were entered (otherwise better off after costs equals better off). */
  readonly hasCosts: boolean;
}

export function comparisonTable(r: Result, period: Period): Table {
  const columns = [r.baseline, ...r.scenarios.filter((s) => !s.isBaseline)];
  const hasCosts = columns.some((s) => !new D(s.workCostsWeekly).isZero());
  const rows = ROWS.flatMap((def) => {
    const values = columns.map((s) => inPeriod(s, def.weekly, period));
    if (def.key === "betterOffAfterCosts" ? !hasCosts : !def.always && values.every((v) => new D(v).isZero())) return [];
    return [{ def, label: def.label(r), values }];
  });
  return { columns, rows, hasCosts };
}
