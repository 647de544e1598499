/**
 * Team and trust-wide summaries from the stored aggregates, with small
 * numbers suppressed. Pure: aggregates in, JSON-ready summary out.
 *
 * Suppression (threshold N, default 5):
 *  - a count from 1 to N-1 is shown as "fewer than N";
 *  - in each hours level's better/worse/same row, once a count is suppressed,
 *    a 0 beside it is too (else the hidden count could be worked out from
 *    the total), and if only one count would still be hidden, the smaller of
 *    the other two is shown as "not shown" for the same reason;
 *  - an hours level with fewer than N results is left out altogether (its
 *    hours may be a particular job offer's), and only how many were left out
 *    is given; medians and quartiles are given only for levels shown;
 *  - if the whole period has fewer than N calculations, only that is said.
 * No minimum or maximum is ever given: each would be one person's figure.
 */
import { REASON_LABELS } from "../records/codes.js";
import type { Aggregates } from "./db/records-repository.js";
import { GainCounts } from "./db/histogram.js";

/** A count, or the text shown instead of it. */
export type Figure = number | string;

export const NOT_SHOWN = "not shown";
export const fewerThan = (n: number) => `fewer than ${n}`;

export interface HoursSummary {
  readonly hours: string;
  /** Results (calculations that compared this number of hours). */
  readonly results: number;
  readonly better: Figure;
  readonly worse: Figure;
  readonly same: Figure;
  /** Weekly better-off amount after work costs, whole pounds. */
  readonly weeklyGain: { readonly lowerQuartile: number; readonly median: number; readonly upperQuartile: number };
}

export interface Reason {
  readonly code: string;
  readonly label: string;
  readonly results: Figure;
}

export interface Summary {
  readonly calculations: Figure;
  /** First and last month with calculations in the period (null if none). */
  readonly firstMonth: string | null;
  readonly lastMonth: string | null;
  /** Calculations by month, every month from firstMonth to lastMonth. */
  readonly months: { readonly month: string; readonly calculations: Figure }[];
  /** Hours levels with at least N results, ascending. */
  readonly hours: HoursSummary[];
  /** Hours levels left out because each had fewer than N results. */
  readonly hoursNotShown: number;
  readonly worseOff: { readonly results: Figure; readonly reasons: Reason[] };
}

export interface Period {
  readonly from: string | null;
  readonly to: string | null;
  readonly smallNumberThreshold: number;
}

export type TeamSummary = { readonly team: string } & Period & Summary;

export interface TeamRow {
  readonly team: string;
  readonly calculations: Figure;
  readonly hours: HoursSummary[];
  readonly hoursNotShown: number;
}

export type TrustSummary = Period & { readonly teams: TeamRow[]; readonly trust: Summary };

export function summarise(a: Aggregates, n: number): Summary {
  const small = (c: number): Figure => (c > 0 && c < n ? fewerThan(n) : c);
  const total = a.months.reduce((s, [, c]) => s + c, 0);
  const firstMonth = a.months[0]?.[0] ?? null;
  const lastMonth = a.months[a.months.length - 1]?.[0] ?? null;
  if (total < n)
    return { calculations: small(total), firstMonth, lastMonth, months: [], hours: [], hoursNotShown: 0, worseOff: { results: total ? fewerThan(n) : 0, reasons: [] } };
  const byMonth = new Map(a.months);
  const months = firstMonth && lastMonth ? monthSpan(firstMonth, lastMonth).map((m) => ({ month: m, calculations: small(byMonth.get(m) ?? 0) })) : [];
  const { shown, notShown, worse } = hoursRows(a.hours, n);
  const reasons = [...a.reasons]
    .filter(([, c]) => c > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([code, c]) => ({ code, label: REASON_LABELS[code] ?? code, results: small(c) }));
  return { calculations: total, firstMonth, lastMonth, months, hours: shown, hoursNotShown: notShown, worseOff: { results: small(worse), reasons } };
}

export function teamRow(team: string, a: Aggregates, n: number): TeamRow {
  const total = a.months.reduce((s, [, c]) => s + c, 0);
  if (total < n) return { team, calculations: total > 0 ? fewerThan(n) : 0, hours: [], hoursNotShown: 0 };
  const { shown, notShown } = hoursRows(a.hours, n);
  return { team, calculations: total, hours: shown, hoursNotShown: notShown };
}

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
  let notShown = 0;
  let worse = 0;
  for (const [h, g] of [...hours].sort((x, y) => Number(x[0]) - Number(y[0]))) {
    if (g.total === 0) continue;
    const o = g.outcomes();
    worse += o.worse;
    if (g.total < n) {
      notShown++;
      continue;
    }
    shown.push({
      hours: h,
      results: g.total,
      ...suppressRow(o, n),
      weeklyGain: { lowerQuartile: g.quantile(0.25), median: g.quantile(0.5), upperQuartile: g.quantile(0.75) },
    });
  }
  return { shown, notShown, worse };
}

/** Suppress a better/worse/same row whose total is shown (see the module comment). */
export function suppressRow(row: { better: number; worse: number; same: number }, n: number): { better: Figure; worse: Figure; same: Figure } {
  const keys = ["better", "worse", "same"] as const;
  const hidden = new Set(keys.filter((k) => row[k] > 0 && row[k] < n));
  if (hidden.size) for (const k of keys) if (row[k] === 0) hidden.add(k);
  const secondary = new Set<(typeof keys)[number]>();
  if (hidden.size === 1) {
    // Hide the smaller of the other two; on a tie "same", then "worse" (the headline's "better" stays).
    const rank = { same: 0, worse: 1, better: 2 };
    const others = keys.filter((k) => !hidden.has(k)).sort((x, y) => row[x] - row[y] || rank[x] - rank[y]);
    secondary.add(others[0]!);
  }
  const show = (k: (typeof keys)[number]): Figure => (hidden.has(k) ? fewerThan(n) : secondary.has(k) ? NOT_SHOWN : row[k]);
  return { better: show("better"), worse: show("worse"), same: show("same") };
}

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function monthSpan(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
    if (out.length > 1200) break;
  }
  return out;
}
