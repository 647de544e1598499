import { D, ZERO, roundPenny, max0, type Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";
import type { Pension } from "../household.js";

export interface PensionContribution {
  /** Taken from pay each week. */
  readonly paidWeekly: Money;
  /** The gross contribution (including basic-rate relief) that UC deducts from earnings (UC Regs reg 55(5)(c); HL8845). */
  readonly grossWeekly: Money;
  /** Deducted from pay before tax (net pay arrangement); zero for relief at source. */
  readonly beforeTaxWeekly: Money;
  readonly enrolled: boolean;
  readonly reason: string;
}

const NONE = (reason: string): PensionContribution => ({ paidWeekly: ZERO, grossWeekly: ZERO, beforeTaxWeekly: ZERO, enrolled: false, reason });
const NO_PENSION = NONE("no workplace pension chosen");

/**
 * The worker's workplace pension contribution for a week's pay.
 * Auto-enrolment minimum: 5% of qualifying earnings (between the lower and
 * upper limits of the band), only for a worker aged 22 or over (and under
 * State Pension age) earning more than the weekly trigger (Pensions Act 2008
 * ss 3, 13, 20). Relief at source: the worker pays 80% of the gross from net
 * pay and the scheme claims basic-rate relief.
 */
export function pensionContribution(grossWeekly: Money, pension: Pension, age: number, r: Rules): PensionContribution {
  if (pension === "none") return NO_PENSION;
  const ae = r.autoEnrolment;
  const type = typeof pension === "string" ? pension : pension.type;
  let grossContribution: Money;
  if (typeof pension === "string") {
    if (age < ae.minimumAge.value) return NONE(`not auto-enrolled: under ${ae.minimumAge.value}`);
    if (age >= r.statePension.minimumAge.value) return NONE("not auto-enrolled: State Pension age");
    if (!grossWeekly.greaterThan(ae.earningsTriggerWeekly.value)) return NONE("not auto-enrolled: pay not above the earnings trigger");
    const qualifying = max0(D.min(grossWeekly, ae.qualifyingEarningsUpperWeekly.value).minus(ae.qualifyingEarningsLowerWeekly.value));
    grossContribution = qualifying.times(ae.minimumEmployeeRate.value);
  } else {
    const base =
      pension.basis === "allEarnings"
        ? grossWeekly
        : max0(D.min(grossWeekly, ae.qualifyingEarningsUpperWeekly.value).minus(ae.qualifyingEarningsLowerWeekly.value));
    grossContribution = base.times(pension.employeePercent).div(100);
  }
  const gross = roundPenny(grossContribution);
  if (type === "netPay") return { paidWeekly: gross, grossWeekly: gross, beforeTaxWeekly: gross, enrolled: true, reason: "net pay arrangement" };
  const paid = roundPenny(grossContribution.times(D.sub(1, ae.reliefAtSourceRate.value)));
  return { paidWeekly: paid, grossWeekly: gross, beforeTaxWeekly: ZERO, enrolled: true, reason: "relief at source" };
}
