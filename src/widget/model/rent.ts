/**
 * Rent due weekly, fortnightly or four-weekly, as a monthly amount the way
 * Universal Credit converts it: UC Regulations 2013, Schedule 4 para 7 (payments at other than monthly intervals):
 * weekly × 52 ÷ 12, two-weekly × 26 ÷ 12, four-weekly × 13 ÷ 12; rounded to
 * the penny (reg 6(1)). Periods in a year, not rates.
 */
import { D, roundPenny } from "../../base/money.js";
import type { RentPeriod } from "./answers.js";

const PER_YEAR: Record<RentPeriod, number> = { week: 52, fortnight: 26, fourWeeks: 13, month: 12 };

/** Typed pounds (already forgiven for "£" and thousands commas) to a month; text that is not a number is passed on for the engine to name. */
export function rentMonthly(typed: string | undefined, period: RentPeriod): string | undefined {
  if (typed === undefined || period === "month" || !/^\d+(\.\d+)?$/.test(typed)) return typed;
  return roundPenny(new D(typed).times(PER_YEAR[period]).div(12)).toFixed(2);
}
