/** The only place the dashboard turns figures into words (en-GB, whatever the browser's language). */
import type { Figure, HoursSummary, Summary } from "../server/summary.js";

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

/** A count is a number, or the words shown instead of it ("fewer than 5", "not shown"). */
export const isCount = (f: Figure): f is number => typeof f === "number";

export const figure = (f: Figure): string => (isCount(f) ? whole.format(f) : f);

/** "£62", "−£20" (a true minus sign). */
export const pounds = (n: number): string => `${n < 0 ? "−" : ""}${money.format(Math.abs(n))}`;

/** "April 2026". */
export const monthName = (m: string): string => monthFormat.format(new Date(`${m}-01T00:00:00Z`));

/** "Apr 26" (chart labels). */
export const monthShort = (m: string): string => shortMonth.format(new Date(`${m}-01T00:00:00Z`));

/** "37.5 hours", "1 hour". */
export const hoursText = (h: string): string => `${h} ${h === "1" ? "hour" : "hours"}`;

/** "98%"; the share rounded down, so 41 of 42 is never shown as 100%. */
export const percent = (part: number, whole: number): string => `${Math.floor((part / whole) * 100)}%`;

/** "April to June 2026" for "2026-Q2". */
export const quarterName = (q: string): string => {
  const [y, n] = q.split("-Q").map(Number) as [number, number];
  const m = (k: number) => monthName(`${y}-${String(k).padStart(2, "0")}`).slice(0, -5);
  return `${m(n * 3 - 2)} to ${m(n * 3)} ${y}`;
};

/** "Q2 2026" (chart labels). */
export const quarterShort = (q: string): string => `${q.slice(5)} ${q.slice(0, 4)}`;

/** The first month of the first quarter shown ("2026-04"), or null. */
const firstMonth = (s: Pick<Summary, "quarters">): string | null => {
  const q = s.quarters[0]?.quarter;
  if (!q) return null;
  const [y, n] = q.split("-Q").map(Number) as [number, number];
  return `${y}-${String(n * 3 - 2).padStart(2, "0")}`;
};

/** The period in words: "since April 2026", "from April to June 2026", "up to June 2026". */
export function period(s: Pick<Summary, "quarters">, from?: string, to?: string): string {
  const start = from ?? firstMonth(s);
  if (to && start) {
    const [a, b] = [monthName(start), monthName(to)];
    return a === b ? `in ${a}` : a.slice(-4) === b.slice(-4) ? `from ${a.slice(0, -5)} to ${b}` : `from ${a} to ${b}`;
  }
  if (to) return `up to ${monthName(to)}`;
  return start ? `since ${monthName(start)}` : "";
}

/** The hours level the headline talks about: 16 hours if shown, else the level with most results. */
export function headlineHours(hours: readonly HoursSummary[]): HoursSummary | undefined {
  return hours.find((h) => h.hours === "16") ?? [...hours].sort((a, b) => b.results - a.results)[0];
}

/** "Of about 40 calculations since April 2026, about 40 showed the person better off working 16 hours a week." (Counts are rounded to the nearest 5.) */
export function headline(s: Summary, threshold: number, from?: string, to?: string): string {
  const when = period(s, from, to);
  const sp = when ? ` ${when}` : "";
  if (!isCount(s.calculations) || s.calculations < threshold)
    return `Fewer than ${threshold} calculations${sp} so far: figures appear once there are ${threshold} or more, so that no one can be picked out.`;
  const h = headlineHours(s.hours);
  const about = (f: Figure) => (isCount(f) ? `about ${figure(f)}` : figure(f));
  if (!h) return `Of ${about(s.calculations)} calculations${sp}, no number of hours was compared often enough to show.`;
  const of = h.results === s.calculations ? `Of ${about(h.results)} calculations${sp}` : `Of ${about(h.results)} calculations${sp} that looked at ${hoursText(h.hours)} a week`;
  if (!isCount(h.better)) return `${of}, the results at ${hoursText(h.hours)} a week are in the table below.`;
  return `${of}, ${about(h.better)} showed the person better off working ${hoursText(h.hours)} a week.`;
}
