/**
 * The comparison table: one column for not working and one per number of
 * hours; one row per figure. Rows for benefits nobody gets are left out, and
 * the better-off ladder (cash → after council tax and work costs → including
 * help in kind) shows a step only where it changes something.
 */
import type { Evaluation, FlagOf, LadderSteps, ScenarioEvaluation } from "../../engine/index.js";
import type { Period } from "../attributes.js";
import { helpName } from "./help-name.js";
import { inPeriodText, type WeeklyKey } from "./period.js";

export type RowKey =
  | "takeHome"
  | "partnerTakeHome"
  | "uc"
  | "housingBenefit"
  | "esa"
  | "jsa"
  | "carersAllowance"
  | "childBenefit"
  | "disability"
  | "scottishChildPayment"
  | "netIncome"
  | "betterOff"
  | "councilTaxDue"
  | "workCosts"
  | "betterOffAfterCosts"
  | "passportedValue"
  | "betterOffIncludingPassported";

/** What the whole result holds, for labels and for which rows to show: the engine's ladder steps, and the help in kind named. */
export interface Ladder extends LadderSteps {
  /** "help with health costs and Healthy Start", or "" when no help in kind is valued. */
  readonly help: string;
}

/** The figure whose working is open: its column, its row, and the id of the button that opened it (to return focus). */
export interface Selected {
  readonly col: number;
  readonly row: RowKey;
  readonly from: string;
}

export interface RowDef {
  readonly key: RowKey;
  readonly label: (r: Evaluation, l: Ladder) => string;
  readonly weekly: WeeklyKey;
  /** A change against not working (shown with + or −). */
  readonly change?: boolean;
  readonly total?: boolean;
  /** Always shown, even when every figure is zero. */
  readonly always?: boolean;
  /** Shown only when this holds (instead of "when some figure is not zero"). */
  readonly when?: (l: Ladder) => boolean;
}

export const afterLabel = (l: Ladder): string =>
  `Better off after ${l.councilTax && l.costs ? "council tax and work costs" : l.councilTax ? "council tax" : "work costs"}`;

export const ROWS: readonly RowDef[] = [
  { key: "takeHome", label: () => "Take-home pay", weekly: "takeHomeWeekly", always: true },
  { key: "partnerTakeHome", label: () => "Partner's take-home pay", weekly: "partnerTakeHomeWeekly" },
  { key: "uc", label: () => "Universal Credit", weekly: "ucWeekly", always: true },
  { key: "housingBenefit", label: () => "Housing Benefit", weekly: "housingBenefitWeekly" },
  { key: "esa", label: () => "New Style ESA", weekly: "esaWeekly" },
  { key: "jsa", label: () => "New Style JSA", weekly: "jsaWeekly" },
  { key: "carersAllowance", label: (r) => (r.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance"), weekly: "carersAllowanceWeekly" },
  { key: "childBenefit", label: () => "Child Benefit", weekly: "childBenefitWeekly" },
  { key: "disability", label: () => "PIP, ADP or DLA", weekly: "pipWeekly" },
  { key: "scottishChildPayment", label: () => "Scottish Child Payment", weekly: "scottishChildPaymentWeekly" },
  { key: "netIncome", label: () => "Net income", weekly: "netIncomeWeekly", total: true, always: true },
  { key: "betterOff", label: () => "Better off than not working", weekly: "betterOffWeekly", change: true, always: true },
  { key: "councilTaxDue", label: () => "Council tax to pay", weekly: "councilTaxDueWeekly", when: (l) => l.councilTax },
  { key: "workCosts", label: () => "Work costs (travel, childcare, other)", weekly: "workCostsWeekly" },
  // Each step of the ladder only where it says something the step before does not.
  { key: "betterOffAfterCosts", label: (_, l) => afterLabel(l), weekly: "betterOffAfterCostsWeekly", change: true, when: (l) => l.afterDiffers || l.costs },
  // Short headers; the note under the table says what the help in kind is.
  { key: "passportedValue", label: () => "Value of help in kind", weekly: "passportedValueWeekly", when: (l) => l.help !== "" },
  {
    key: "betterOffIncludingPassported",
    label: () => "Better off including help in kind",
    weekly: "betterOffIncludingPassportedWeekly",
    change: true,
    when: (l) => l.help !== "" && l.helpDiffers,
  },
];

export interface Row {
  readonly def: RowDef;
  readonly label: string;
  /** Decimal strings in the period, one per column. */
  readonly values: readonly string[];
}

export interface Table {
  readonly columns: readonly ScenarioEvaluation[];
  /** The engine's flags for each column that apply there (`flagsThatApply`). */
  readonly flags: readonly (readonly FlagOf[])[];
  readonly rows: readonly Row[];
  /** Work costs were entered (otherwise better off after costs equals better off). */
  readonly hasCosts: boolean;
  readonly ladder: Ladder;
}

/** The engine's ladder steps for the whole result, with the help in kind named. */
export const ladderOf = (r: Evaluation, columns: readonly ScenarioEvaluation[]): Ladder => ({ ...r.ladder, help: helpName(columns) });

export function comparisonTable(r: Evaluation, period: Period): Table {
  const columns = [r.baseline, ...r.scenarios.filter((s) => !s.isBaseline)];
  const ladder = ladderOf(r, columns);
  const rows = ROWS.flatMap((def) => {
    const shown = def.when ? def.when(ladder) : def.always || columns.some((s) => !s[def.weekly].isZero());
    if (!shown) return [];
    const values = columns.map((s) => inPeriodText(s, def.weekly, period));
    return [{ def, label: def.label(r, ladder), values }];
  });
  return { columns, rows, hasCosts: ladder.costs, ladder, flags: flagsThatApply(columns) };
}

/**
 * The engine's flags, each where it says something: UC conditionality and
 * benefit-cap notes only where Universal Credit is paid (with savings over
 * the limit, or UC tapered away, neither applies), conditionality only where
 * the requirements change from the hours before, and the savings warning
 * once, not working.
 */
export function flagsThatApply(columns: readonly ScenarioEvaluation[]): FlagOf[][] {
  let regime = "";
  return columns.map((s, i) => {
    const uc = !s.ucMonthly.isZero();
    return s.thresholds.filter((f) => {
      if (f.code.startsWith("conditionality-")) {
        if (!uc || f.code === regime) return false;
        regime = f.code;
        return true;
      }
      if (f.code.startsWith("benefit-cap") && f.kind === "info") return uc;
      if (f.code === "uc-capital-over-limit") return i === 0;
      return true;
    });
  });
}
