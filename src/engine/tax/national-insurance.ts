import { ZERO, roundPenny, type Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";

/**
 * Employee (primary) Class 1 NI for one weekly pay period: the main rate on
 * pay between the primary threshold and the upper earnings limit, the upper
 * rate above it; rounded to the penny. Worked per pay period, not
 * cumulatively (SSCBA 1992 s8). Net-pay pension contributions do not reduce
 * NI-able pay.
 */
export function weeklyEmployeeNi(grossWeekly: Money, r: Rules): Money {
  const ni = r.nationalInsurance;
  if (!grossWeekly.greaterThan(ni.primaryThresholdWeekly.value)) return ZERO;
  const ueL = ni.upperEarningsLimitWeekly.value;
  if (!grossWeekly.greaterThan(ueL)) return roundPenny(grossWeekly.minus(ni.primaryThresholdWeekly.value).times(ni.mainRate.value));
  const main = ueL.minus(ni.primaryThresholdWeekly.value).times(ni.mainRate.value);
  const upper = grossWeekly.minus(ueL).times(ni.upperRate.value);
  return roundPenny(main.plus(upper));
}
