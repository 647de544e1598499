/**
 * The first three months in work (issue 14), for the hours the headline
 * describes: the engine's `firstMonths` (13 weeks from `job.startDate`)
 * turned into what the section draws: amounts by source as text, plain
 * sentences for the totals and the tightest weeks, each amount's note with
 * its rules (sources from `rules.used`, filled in by `loadProvenance`), and
 * the chart's geometry.
 *
 * This is the only module that reads the engine's first-months amounts
 * (`amountOf` below): a change in how the engine gives money (decimal
 * strings now) is made here. Nothing is added up here apart from the
 * chart's stacking, which only places bars.
 */
import type { FirstMonths, FirstMonthsNote, Result, ScenarioResult } from "../../engine/index.js";
import { D } from "../../base/money.js";
import { money, moneyWhole, signedMoney } from "../format.js";
import { isConfirmed, type RuleNote } from "./explain.js";

/** An engine amount as the decimal string the formatters take (the one place engine money is read). */
const amountOf = (x: string): string => x;
const valueOf = (x: string): number => Number(amountOf(x));

export type Source = keyof FirstMonths["weeks"][number]["amounts"];

/** The sources, in the order they are stacked and shown; each has its own pattern as well as colour. */
export const SOURCES: readonly { readonly key: Source; readonly label: string; readonly pattern: string }[] = [
  { key: "wages", label: "Take-home pay", pattern: "solid" },
  { key: "universalCredit", label: "Universal Credit", pattern: "stripes" },
  { key: "esa", label: "New Style ESA", pattern: "dots" },
  { key: "jsa", label: "New Style JSA", pattern: "rings" },
  { key: "carersAllowance", label: "Carer's Allowance", pattern: "grid" },
];

const LABEL: Record<string, string> = {
  ...Object.fromEntries(SOURCES.map((s) => [s.key, s.label])),
  prescriptions: "Help with health costs",
  councilTaxReduction: "Council tax reduction",
};

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const d = (iso: string) => Number(iso.slice(8, 10));
const m = (iso: string) => Number(iso.slice(5, 7)) - 1;
const y = (iso: string) => iso.slice(0, 4);

/** "13 Apr to 19 Apr 2026", "28 Dec 2026 to 3 Jan 2027". */
export const weekDates = (from: string, to: string): string => `${d(from)} ${SHORT[m(from)]}${y(from) === y(to) ? "" : ` ${y(from)}`} to ${d(to)} ${SHORT[m(to)]} ${y(to)}`;
/** "13 April 2026". */
export const longDate = (iso: string): string => `${d(iso)} ${LONG[m(iso)]} ${y(iso)}`;

/** Notes about something that ends or starts, not money arriving. */
const CHANGES = new Set(["prescriptions", "councilTaxReduction"]);

export interface NoteView {
  /** The engine's source: "wages", "universalCredit", "prescriptions", ... */
  readonly source: string;
  /** "Universal Credit", "Help with health costs": what the note is about. */
  readonly about: string;
  readonly text: string;
  readonly rules: readonly RuleNote[];
  readonly notConfirmed: boolean;
}

export interface WeekView {
  /** 1 to 13. */
  readonly n: number;
  readonly dates: string;
  /** The amount from each source shown (the section's columns), as text. */
  readonly amounts: readonly string[];
  readonly total: string;
  /** Received since the start date, less the same for not working: "+£120.00", "−£35.50". */
  readonly against: string;
  readonly tightest: boolean;
  readonly notes: readonly NoteView[];
}

export interface FirstMonthsView {
  readonly start: string;
  /** The sources with money in some week, in SOURCES order: the table's columns and the chart's series. */
  readonly columns: typeof SOURCES;
  readonly weeks: readonly WeekView[];
  /** "Over the 13 weeks from 13 April 2026, £x arrives: £y more than not working." */
  readonly summary: string;
  /** The tightest weeks in plain words, or "" when no week falls below not working. */
  readonly tightest: string;
  readonly helps: readonly NoteView[];
  /** What ends or starts (help with health costs, council tax reduction), in the weeks it changes. */
  readonly changes: readonly { readonly week: number; readonly dates: string; readonly note: NoteView }[];
  /** Numbers for the chart only: each week's amount from each column's source, in pounds. */
  readonly values: readonly (readonly number[])[];
}

function notesOf(r: Result, notes: readonly FirstMonthsNote[]): NoteView[] {
  return notes.map((n) => {
    const rules = n.rules.flatMap((key) => {
      const rule = r.rules.used[key];
      return rule ? [{ key, rule, confirmed: isConfirmed(rule) }] : [];
    });
    const text = n.text.charAt(0).toUpperCase() + n.text.slice(1);
    return { source: n.source, about: LABEL[n.source] ?? "", text: /[.!?]$/.test(text) ? text : `${text}.`, rules, notConfirmed: rules.some((x) => !x.confirmed) };
  });
}

const list = (xs: readonly string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

/** The section for a scenario with work and a start date; null otherwise (no start date, or not working). */
export function firstMonthsView(r: Result, s: ScenarioResult): FirstMonthsView | null {
  const fm = s.isBaseline || new D(s.hours).isZero() ? undefined : s.firstMonths;
  if (!fm || !fm.weeks.length) return null;
  const columns = SOURCES.filter((c) => fm.weeks.some((w) => !new D(amountOf(w.amounts[c.key])).isZero()));
  const weeks = fm.weeks.map((w, i) => ({
    n: i + 1,
    dates: weekDates(w.weekStart, w.weekEnd),
    amounts: columns.map((c) => money(amountOf(w.amounts[c.key]))),
    total: money(amountOf(w.total)),
    against: signedMoney(amountOf(w.cumulativeAgainstNotWorking)),
    tightest: w.tightest,
    notes: notesOf(r, w.notes),
  }));
  const last = fm.weeks[fm.weeks.length - 1]!;
  const diff = new D(amountOf(last.cumulativeAgainstNotWorking));
  const summary = `Over the ${weeks.length} weeks from ${longDate(fm.startDate)}, ${money(amountOf(last.cumulative))} arrives: ${
    diff.isZero() ? "the same as not working" : `${money(diff.abs().toFixed(2))} ${diff.isNegative() ? "less" : "more"} than not working`
  }.`;
  const tight = fm.weeks.map((w, i) => (w.tightest ? i : -1)).filter((i) => i >= 0);
  const short = tight.length ? money(amountOf(fm.weeks[tight[0]!]!.cumulativeAgainstNotWorking).replace("-", "")) : "";
  const tightest = tight.length
    ? `The tightest ${tight.length > 1 ? "weeks are" : "week is"} ${list(tight.map((i) => `week ${i + 1} (${weeks[i]!.dates})`))}: by the end of ${
        tight.length > 1 ? "each" : "it"
      }, ${short} less has arrived since the start date than without the job.`
    : "";
  return {
    start: longDate(fm.startDate),
    columns,
    weeks,
    summary,
    tightest,
    helps: notesOf(r, fm.whatHelps),
    changes: weeks.flatMap((w) => w.notes.filter((n) => CHANGES.has(n.source)).map((note) => ({ week: w.n, dates: w.dates, note }))),
    values: fm.weeks.map((w) => columns.map((c) => Math.max(0, valueOf(w.amounts[c.key])))),
  };
}

export interface Bar {
  readonly x: number;
  readonly width: number;
  readonly segments: readonly { readonly key: Source; readonly pattern: string; readonly y: number; readonly height: number }[];
  /** Top of the bar (where "Tightest" is written). */
  readonly top: number;
}

export interface FirstMonthsChart {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly bars: readonly Bar[];
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly value: string }[];
}

/** A round step giving about four gridlines up to `max`. */
function niceStep(max: number): number {
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  return ([1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag) || 1;
}

/** The chart: one bar a week, stacked by source, drawn at `width` (no scaled-down text). */
export function firstMonthsChart(v: FirstMonthsView, width = 640): FirstMonthsChart {
  const left = width < 400 ? 52 : 64;
  // Room above the plot for the word "Tightest" over a bar.
  const top = 24;
  const plotHeight = Math.round(Math.min(260, Math.max(180, width * 0.4)));
  const plot = { left, top, right: width - 8, bottom: top + plotHeight };
  const height = plot.bottom + 44;
  const highest = Math.max(0, ...v.values.map((w) => w.reduce((a, b) => a + b, 0)));
  const step = niceStep(highest);
  const maxY = Math.max(step, Math.ceil(highest / step) * step);
  const yOf = (x: number) => plot.bottom - (x / maxY) * plotHeight;
  const slot = (plot.right - plot.left) / v.weeks.length;
  const barWidth = Math.max(6, Math.round(slot * 0.7));
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const bars = v.values.map((w, i) => {
    const x = r1(plot.left + slot * i + (slot - barWidth) / 2);
    let sum = 0;
    const segments = v.columns.flatMap((c, j) => {
      const a = w[j]!;
      if (a <= 0) return [];
      const y0 = yOf(sum);
      sum += a;
      const y1 = yOf(sum);
      return [{ key: c.key, pattern: c.pattern, y: r1(y1), height: r1(y0 - y1) }];
    });
    return { x, width: barWidth, segments, top: r1(yOf(sum)) };
  });
  const every = width < 400 ? 2 : 1;
  const xTicks = v.weeks.filter((_, i) => i % every === 0).map((w) => ({ x: r1(plot.left + slot * (w.n - 1) + slot / 2), label: String(w.n) }));
  const yTicks = [];
  for (let t = 0; t <= maxY + 1e-9; t += step) yTicks.push({ y: r1(yOf(t)), value: moneyWhole(String(t)) });
  return { width, height, plot, bars, xTicks, yTicks };
}
