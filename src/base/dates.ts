/**
 * Calendar dates, written as ISO strings (YYYY-MM-DD) and months (YYYY-MM):
 * the one place the project does date arithmetic. No zod, no decimal.js: the
 * engine, the rules, the interview, the records and the service all use it.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Written YYYY-MM-DD and a real calendar date (no 31 April). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The same day `years` years later (earlier if negative); 29 February stays as written. */
export const addYears = (iso: string, years: number): string => `${String(Number(iso.slice(0, 4)) + years).padStart(4, "0")}${iso.slice(4)}`;

/** Age in whole years on `on` of someone born on `birth`. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const DAY_MS = 86_400_000;
const utc = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** Days from `from` to `to` (negative if `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / DAY_MS);

/** Today as YYYY-MM-DD in the local time zone of the machine or browser. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The month a record is stamped with: the calendar month in the UK
 * (Europe/London), so a calculation at 00:30 on 1 May BST counts in May.
 * Only the year and month are kept: never the day or the time.
 */
let london: Intl.DateTimeFormat | null = null;

export function monthOf(date: Date): string {
  // Made once: building an Intl.DateTimeFormat costs far more than using one.
  london ??= new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit" });
  const parts = london.formatToParts(date);
  const year = parts.find((p) => p.type === "year")!.value;
  const month = parts.find((p) => p.type === "month")!.value;
  return `${year}-${month}`;
}

/** The month `n` months before `month` (YYYY-MM). */
export function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
