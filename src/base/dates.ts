/**
 * Calendar dates, written as ISO strings (YYYY-MM-DD): the one place the
 * project does date arithmetic (UK calendar months, for record stamps, are in
 * months.ts beside it). No zod, no decimal.js: the
 * engine, the rules, the interview, the records and the service all use it.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 864e5;

/** Written YYYY-MM-DD and a real calendar date (no 31 April). */
export const isIsoDate = (s: string): boolean => ISO_DATE.test(s) && new Date(Date.parse(s) || 0).toISOString().startsWith(s);

/** The same day `years` years later (earlier if negative); 29 February stays as written. */
export const addYears = (iso: string, years: number): string => String(+iso.slice(0, 4) + years).padStart(4, "0") + iso.slice(4);

/** Age in whole years on `on` of someone born on `birth` (a birthday not yet reached this year does not count). */
export const ageOn = (birth: string, on: string): number => +on.slice(0, 4) - +birth.slice(0, 4) - (on.slice(5) < birth.slice(5) ? 1 : 0);

/** Days from `from` to `to` (negative if `to` is earlier): ISO dates parse as UTC midnight. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Today as YYYY-MM-DD in the local time zone of the machine or browser. */
export const todayIso = (now = new Date()): string => new Date(now.getTime() - now.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
