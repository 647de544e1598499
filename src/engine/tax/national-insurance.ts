import { ZERO, roundPenny, type Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";
import { niThresholds, type PayPeriodKind } from "./pay-period.js";

/**
 * Employee (primary) Class 1 NI for one pay period: the main rate on pay
 * between the primary threshold and the upper earnings limit for that
 * period, the upper rate above it; rounded to the penny. Worked per pay
 * period, not cumulatively (SSCBA 1992 s8), with the thresholds for the pay
 * period (Social Security (Contributions) Regulations 2001 reg 11).
 * Net-pay pension contributions do not reduce NI-able pay.
 */
export function employeeNi(grossInPeriod: Money, kind: PayPeriodKind, r: Rules): Money {
  const ni = r.nationalInsurance;
  // (Picked without building an object: this runs at every point of the sweep.)
  const pt = (kind === "week" ? ni.primaryThresholdWeekly : niThresholds(kind, r).primaryThreshold).value;
  if (!grossInPeriod.greaterThan(pt)) return ZERO;
  const ueL = (kind === "week" ? ni.upperEarningsLimitWeekly : niThresholds(kind, r).upperEarningsLimit).value;
  if (!grossInPeriod.greaterThan(ueL)) return roundPenny(grossInPeriod.minus(pt).times(ni.mainRate.value));
  const main = ueL.minus(pt).times(ni.mainRate.value);
  const upper = grossInPeriod.minus(ueL).times(ni.upperRate.value);
  return roundPenny(main.plus(upper));
}

/** NI for one weekly pay period (the worked examples' convention when no pay frequency is given). */
export const weeklyEmployeeNi = (grossWeekly: Money, r: Rules): Money => employeeNi(grossWeekly, "week", r);
