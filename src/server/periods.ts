/**
 * Reporting periods. Summaries are given for whole calendar quarters only
 * (January–March, April–June, July–September, October–December), or a run of
 * them: `from` must be a quarter's first month and `to` a quarter's last. A
 * month on its own, or a range cutting a quarter, is never summarised, so no
 * figure for part of a quarter can be had by asking twice and subtracting
 * (PRIVACY.md, "Suppression of small numbers").
 */
import type { Problem } from "./errors.js";

/** "2026-Q2" for "2026-05". */
export function quarterOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The first and last months of a quarter ("2026-Q2" → "2026-04", "2026-06"). */
export function quarterMonths(quarter: string): [first: string, last: string] {
  const [y, q] = quarter.split("-Q").map(Number) as [number, number];
  const mm = (m: number) => `${y}-${String(m).padStart(2, "0")}`;
  return [mm(q * 3 - 2), mm(q * 3)];
}

/** Every quarter from the one holding `fromMonth` to the one holding `toMonth`. */
export function quarterSpan(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  let [y, q] = quarterOf(fromMonth).split("-Q").map(Number) as [number, number];
  const [ty, tq] = quarterOf(toMonth).split("-Q").map(Number) as [number, number];
  while ((y < ty || (y === ty && q <= tq)) && out.length < 400) {
    out.push(`${y}-Q${q}`);
    if (++q > 4) [y, q] = [y + 1, 1];
  }
  return out;
}

const QUARTER_FIRST = new Set(["01", "04", "07", "10"]);
const QUARTER_LAST = new Set(["03", "06", "09", "12"]);

/** Problems with a requested period: `from` must start a quarter, `to` must end one. */
export function periodProblems(from: string | undefined, to: string | undefined): Problem[] {
  const problems: Problem[] = [];
  if (from && !QUARTER_FIRST.has(from.slice(5)))
    problems.push({ path: "from", message: `${from} does not start a calendar quarter: summaries are for whole quarters, so from must be January, April, July or October (e.g. ${from.slice(0, 5)}${[...QUARTER_FIRST].filter((m) => m <= from.slice(5)).pop()})` });
  if (to && !QUARTER_LAST.has(to.slice(5)))
    problems.push({ path: "to", message: `${to} does not end a calendar quarter: summaries are for whole quarters, so to must be March, June, September or December (e.g. ${to.slice(0, 5)}${[...QUARTER_LAST].find((m) => m >= to.slice(5))})` });
  if (from && to && from > to) problems.push({ path: "from", message: `${from} is after to (${to})` });
  return problems;
}
