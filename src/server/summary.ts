/**
 * Team and trust-wide summaries from the stored aggregates, with small
 * numbers controlled. Pure: aggregates in, JSON-ready summary out.
 *
 * Disclosure control (threshold N, default 5; PRIVACY.md gives the reasoning):
 *  - every count below N, zero included, is shown as "fewer than N": a zero
 *    is never told apart from a small number;
 *  - every other count is rounded to the nearest 5 (3 and 4 up, 1 and 2
 *    down), each figure on its own, from the true figure (so totals are not
 *    sums of the rounded parts, and a difference of rounded figures is only
 *    ever known to within a few either way);
 *  - a number of hours with fewer than N results is left out (its hours may
 *    be a particular job offer's) and nothing says how many were left out;
 *  - the worse-off reasons listed are those with at least N results;
 *  - quartiles and the median of weekly gains only for hours levels whose
 *    results, as shown, are at least 4 × N, rounded to the nearest £5; never
 *    a minimum or a maximum (each would be one person's figure);
 *  - if the whole period has fewer than N calculations, only that is said;
 *  - periods are whole calendar quarters (periods.ts), and no month, first
 *    or last month is ever given.
 */
import { REASON_LABELS } from "../records/codes.js";
import type { Aggregates } from "./db/records-repository.js";
import { GainCounts } from "./db/histogram.js";
import { quarterMonths, quarterOf, quarterSpan } from "./periods.js";

/** A count (rounded to the nearest 5), or the words shown instead of it. */
export type Figure = number | string;

/** Counts are rounded to a multiple of this. */
export const ROUNDING_BASE = 5;
/** Quartiles need this many times the small-number threshold. */
export const QUARTILE_FACTOR = 4;

export const fewerThan = (n: number) => `fewer than ${n}`;

/** A count as served: "fewer than N" below N (0 included), else rounded to the nearest 5. */
export function shownCount(c: number, n: number): Figure {
  return c < n ? fewerThan(n) : ROUNDING_BASE * Math.round(c / ROUNDING_BASE);
}

/** £ rounded to the nearest 5, halves away from zero. */
const roundPounds = (x: number) => Math.sign(x) * ROUNDING_BASE * Math.round(Math.abs(x) / ROUNDING_BASE) + 0;

export interface HoursSummary {
  readonly hours: string;
  /** Results (calculations that compared this number of hours), rounded to the nearest 5. */
  readonly results: number;
  readonly better: Figure;
  readonly worse: Figure;
  readonly same: Figure;
  /** Weekly better-off amount after work costs, to the nearest £5; null below 4 × N results. */
  readonly weeklyGain: { readonly lowerQuartile: number; readonly median: number; readonly upperQuartile: number } | null;
}

export interface Reason {
  readonly code: string;
  readonly label: string;
  readonly results: number;
}

export interface Summary {
  readonly calculations: Figure;
  /** Calculations by calendar quarter ("2026-Q2"): every quarter of the period asked for, or (ends left open) from the first to the last quarter with at least N. */
  readonly quarters: { readonly quarter: string; readonly calculations: Figure }[];
  /** Hours levels with at least N results, ascending. */
  readonly hours: HoursSummary[];
  /** Worse-off results (all hours), and the reasons with at least N of them. */
  readonly worseOff: { readonly results: Figure; readonly reasons: Reason[] };
}

export interface Period {
  /** First month of the first quarter asked for (YYYY-MM), or null: from the first records kept. */
  readonly from: string | null;
  /** Last month of the last quarter asked for, or null: up to now. */
  readonly to: string | null;
  readonly smallNumberThreshold: number;
}

export type TeamSummary = { readonly team: string } & Period & Summary;

export interface TeamRow {
  readonly team: string;
  readonly calculations: Figure;
  readonly hours: HoursSummary[];
}

export type TrustSummary = Period & { readonly teams: TeamRow[]; readonly trust: Summary };

const totalOf = (a: Aggregates) => a.months.reduce((s, [, c]) => s + c, 0);

/**
 * `range`: the period asked for. The quarters listed run from its first
 * quarter (if open: the first with at least N calculations) to its last (if
 * open: the last with at least N), so where the list starts or ends never
 * tells a quarter with a few calculations from one with none.
 */
export function summarise(a: Aggregates, n: number, range: { from?: string | undefined; to?: string | undefined } = {}): Summary {
  const total = totalOf(a);
  if (total < n) return { calculations: fewerThan(n), quarters: [], hours: [], worseOff: { results: fewerThan(n), reasons: [] } };
  const byQuarter = new Map<string, number>();
  for (const [m, c] of a.months) byQuarter.set(quarterOf(m), (byQuarter.get(quarterOf(m)) ?? 0) + c);
  const shownQuarters = [...byQuarter].filter(([, c]) => c >= n).map(([q]) => q).sort();
  const first = range.from ? quarterOf(range.from) : shownQuarters[0];
  const last = range.to ? quarterOf(range.to) : shownQuarters[shownQuarters.length - 1];
  const quarters = first && last ? quarterSpan(quarterMonths(first)[0], quarterMonths(last)[0]).map((q) => ({ quarter: q, calculations: shownCount(byQuarter.get(q) ?? 0, n) })) : [];
  const { shown, worse } = hoursRows(a.hours, n);
  const reasons = [...a.reasons]
    .filter(([, c]) => c >= n)
    .map(([code, c]) => ({ code, label: REASON_LABELS[code] ?? code, results: shownCount(c, n) as number }))
    // By the figure shown, then by code: never by a true count that is not shown.
    .sort((x, y) => y.results - x.results || x.code.localeCompare(y.code));
  return { calculations: shownCount(total, n), quarters, hours: shown, worseOff: { results: shownCount(worse, n), reasons } };
}

export function teamRow(team: string, a: Aggregates, n: number): TeamRow {
  const total = totalOf(a);
  if (total < n) return { team, calculations: fewerThan(n), hours: [] };
  return { team, calculations: shownCount(total, n), hours: hoursRows(a.hours, n).shown };
}

export const EMPTY_AGGREGATES: Aggregates = { months: [], hours: new Map(), reasons: new Map() };

/** Every team's aggregates added together. */
export function pool(all: Iterable<Aggregates>): Aggregates {
  const months = new Map<string, number>();
  const hours = new Map<string, GainCounts>();
  const reasons = new Map<string, number>();
  for (const a of all) {
    for (const [m, c] of a.months) months.set(m, (months.get(m) ?? 0) + c);
    for (const [h, g] of a.hours) {
      let p = hours.get(h);
      if (!p) hours.set(h, (p = new GainCounts()));
      p.add(g);
    }
    for (const [code, c] of a.reasons) reasons.set(code, (reasons.get(code) ?? 0) + c);
  }
  return { months: [...months].sort((x, y) => x[0].localeCompare(y[0])), hours, reasons };
}

function hoursRows(hours: ReadonlyMap<string, GainCounts>, n: number) {
  const shown: HoursSummary[] = [];
  let worse = 0;
  for (const [h, g] of [...hours].sort((x, y) => Number(x[0]) - Number(y[0]))) {
    if (g.total === 0) continue;
    const o = g.outcomes();
    worse += o.worse;
    if (g.total < n) continue;
    shown.push({
      hours: h,
      results: shownCount(g.total, n) as number,
      better: shownCount(o.better, n),
      worse: shownCount(o.worse, n),
      same: shownCount(o.same, n),
      // Decided on the figure shown, so whether quartiles appear says nothing more about the count.
      weeklyGain:
        (shownCount(g.total, n) as number) >= QUARTILE_FACTOR * n
          ? { lowerQuartile: roundPounds(g.quantile(0.25)), median: roundPounds(g.quantile(0.5)), upperQuartile: roundPounds(g.quantile(0.75)) }
          : null,
    });
  }
  return { shown, worse };
}
