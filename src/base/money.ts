import Decimal from "decimal.js";

/**
 * Our own Decimal constructor. A clone, so that a host page calling
 * `Decimal.set()` on the global decimal.js cannot change our precision or
 * rounding. 20 significant digits: amounts are at most 9 digits of pounds
 * with pence, rates a few decimal places; the only inexact results are the
 * ÷ 12 and ÷ 52 conversions, which are rounded to the penny straight away and
 * whose repeating decimals cannot sit within 10⁻¹⁰ of a half penny. A shorter
 * precision makes every operation cheaper (the sweep runs 101 scenarios).
 */
export const D = Decimal.clone({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO: Money = new D(0);

export const money = (v: Decimal.Value): Money => new D(v);

/**
 * Round to the penny: "where the calculation of an amount would result in a
 * fraction of a penny, that fraction is to be disregarded if it is less than
 * half a penny and otherwise treated as a penny" — Universal Credit
 * Regulations 2013 reg 6(1). The same half-up rule is used for every figure
 * the worked-example conventions round (tax, NI, pension, conversions).
 */
export const roundPenny = (m: Money): Money => m.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** A fraction of a penny disregarded (rounded down), where the law says so. */
export const roundPennyDown = (m: Money): Money => m.toDecimalPlaces(2, Decimal.ROUND_DOWN);

export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/**
 * Weekly amount to a monthly (assessment period) amount: multiply by 52 and
 * divide by 12 — UC Regulations 2013 reg 73(1)(a) (unearned income paid
 * weekly), the same factor reg 82 and reg 99 use. Rounded to the penny.
 */
export const weeklyToMonthly = (w: Money): Money => roundPenny(w.times(WEEKS_PER_YEAR).div(MONTHS_PER_YEAR));

/** Monthly amount to a weekly equivalent: × 12 / 52, rounded to the penny. */
export const monthlyToWeekly = (m: Money): Money => roundPenny(m.times(MONTHS_PER_YEAR).div(WEEKS_PER_YEAR));

export const max0 = (m: Money): Money => (m.isNegative() ? ZERO : m);

export const sum = (xs: readonly Money[]): Money => xs.reduce((a, b) => a.plus(b), ZERO);

/** Fixed two-decimal string, the form every money figure takes in output. */
export const str2 = (m: Money): string => {
  if (m.isZero()) return "0.00";
  // Almost every figure is already in pence: pad its plain string rather than
  // round it again (toFixed allocates and rounds; the sweep writes 800 of these).
  if (m.decimalPlaces() > 2 || m.e > 14) return m.toFixed(2);
  const s = m.toString();
  const dot = s.indexOf(".");
  return dot < 0 ? `${s}.00` : dot === s.length - 2 ? `${s}0` : s;
};
