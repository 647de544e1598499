/**
 * The only place figures become text. Engine figures are decimal strings;
 * they are checked and signed with decimal.js and written with
 * Intl.NumberFormat (en-GB), whatever the browser's own language.
 */
import { D } from "../base/money.js";
import type { Period } from "./attributes.js";

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholePounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

// Intl formats a decimal string exactly where supported (ES2023); older
// browsers go through Number, which is exact for pounds and pence at 2 d.p.
const fmt = (f: Intl.NumberFormat, s: string) => f.format(s as unknown as number);

/** "£1,234.50"; negative amounts with a true minus sign: "−£5.00". */
export function money(amount: string): string {
  const d = new D(amount);
  return `${d.isNegative() && !d.isZero() ? "−" : ""}${fmt(pounds, d.abs().toFixed(2))}`;
}

/** "£1,235" (axis labels). */
export function moneyWhole(amount: string): string {
  const d = new D(amount);
  return `${d.isNegative() && !d.isZero() ? "−" : ""}${fmt(wholePounds, d.abs().toFixed(0))}`;
}

/** "+£93.60", "−£5.00", "£0.00": a change, with its sign in text, not colour. */
export function signedMoney(amount: string): string {
  const d = new D(amount);
  if (d.isZero()) return money("0");
  return `${d.isNegative() ? "−" : "+"}${fmt(pounds, d.abs().toFixed(2))}`;
}

/** "37.5", "16". */
export function hours(h: string): string {
  return fmt(plain, new D(h).toFixed());
}

export const hoursLabel = (h: string): string => (new D(h).isZero() ? "Not working" : `${hours(h)} hours`);

export const perPeriod = (p: Period): string => (p === "week" ? "a week" : "a month");

/** "23 November 2026" from "2026-11-23". */
export function longDateOf(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

/** A rule value with its unit, e.g. "£12.34 a month", "40%", "20 hours a week". */
export function ruleValue(value: unknown, unit: string): string | null {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "string" && typeof value !== "number") return null;
  const v = String(value);
  switch (unit) {
    case "GBP/month": return `${money(v)} a month`;
    case "GBP/week": return `${money(v)} a week`;
    case "GBP/fortnight": return `${money(v)} a fortnight`;
    case "GBP/4 weeks": return `${money(v)} for 4 weeks`;
    case "GBP/year": return `${money(v)} a year`;
    case "GBP/hour": return `${money(v)} an hour`;
    case "GBP/item": return `${money(v)} an item`;
    case "GBP": return money(v);
    case "ratio": return `${fmt(plain, new D(v).times(100).toFixed())}%`;
    case "hours/week": return `${hours(v)} hours a week`;
    default: return `${v} ${unit}`;
  }
}
