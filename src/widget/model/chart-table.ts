/**
 * The chart's table alternative: which columns (the chart's series, net
 * income and the better-off ladder the comparison table shows) and which
 * rows (whole hours, and every hour a marker falls on).
 */
import type { Evaluation, Money, SweepPointOf } from "../../engine/index.js";
import type { Period } from "../attributes.js";
import type { ChartMarker } from "./chart.js";
import { SERIES } from "./chart.js";
import { forPeriod } from "./period.js";
import { afterLabel, type Ladder } from "./table.js";

type SweepPoint = SweepPointOf<Money, number>;
type Key = Exclude<keyof SweepPoint, "hours">;

export interface SweepColumn {
  readonly key: Key;
  readonly label: (l: Ladder) => string;
  readonly when: (l: Ladder) => boolean;
  readonly change?: boolean;
  readonly value: (p: SweepPoint, period: Period) => Money;
}

const column = (key: Key, label: string | ((l: Ladder) => string), when: (l: Ladder) => boolean = () => true, change = false): SweepColumn => ({
  key,
  label: typeof label === "string" ? () => label : label,
  when,
  change,
  value: (p, period) => forPeriod(p[key], period),
});

export const SWEEP_COLUMNS: readonly SweepColumn[] = [
  ...SERIES.map((s) => column(s.key, s.label)),
  column("netIncomeWeekly", "Net income"),
  column("betterOffWeekly", "Better off", undefined, true),
  column("councilTaxDueWeekly", "Council tax to pay", (l) => l.councilTax),
  column("betterOffAfterCostsWeekly", afterLabel, (l) => l.afterDiffers || l.costs, true),
  column("passportedValueWeekly", "Value of help in kind", (l) => l.help !== ""),
  column("betterOffIncludingPassportedWeekly", "Better off including help in kind", (l) => l.help !== "" && l.helpDiffers, true),
];

export interface SweepRow {
  readonly point: SweepPoint;
  readonly marks: readonly ChartMarker[];
}

export function sweepRows(r: Evaluation, markers: readonly ChartMarker[]): SweepRow[] {
  const at = new Set(markers.map((m) => Number(m.hours)));
  return r.sweep
    .filter((p) => Number.isInteger(p.hours) || at.has(p.hours))
    .map((point) => ({ point, marks: markers.filter((m) => Number(m.hours) === point.hours) }));
}
