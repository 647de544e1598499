import { D, ZERO, roundPenny, max0, type Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";
import type { Pension } from "../household.js";
import { autoEnrolmentBand, type PayPeriodKind } from "./pay-period.js";

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

/** The same for one pay period (a week, a fortnight, four weeks or a month). */
export interface PeriodPensionContribution {
  readonly paid: Money;
  readonly gross: Money;
  readonly beforeTax: Money;
  readonly enrolled: boolean;
  readonly reason: string;
}

const NONE = (reason: string): PeriodPensionContribution => ({ paid: ZERO, gross: ZERO, beforeTax: ZERO, enrolled: false, reason });
const NO_PENSION = NONE("no workplace pension chosen");

/**
 * The worker's workplace pension contribution for one pay period's pay.
 * Auto-enrolment minimum: 5% of qualifying earnings (between the lower and
 * upper limits of the band for the pay reference period), only for a worker
 * aged 22 or over (and under State Pension age) earning more than the
 * period's trigger (Pensions Act 2008 ss 3, 13, 15, 20). Relief at source:
 * the worker pays 80% of the gross from net pay and the scheme claims
 * basic-rate relief.
 */
export function periodPensionContribution(grossInPeriod: Money, pension: Pension, age: number, kind: PayPeriodKind, r: Rules): PeriodPensionContribution {
  if (pension === "none") return NO_PENSION;
  const ae = r.autoEnrolment;
  const band = autoEnrolmentBand(kind, r);
  const type = typeof pension === "string" ? pension : pension.type;
  let grossContribution: Money;
  if (typeof pension === "string") {
    if (age < ae.minimumAge.value) return NONE(`not auto-enrolled: under ${ae.minimumAge.value}`);
    if (age >= r.statePension.minimumAge.value) return NONE("not auto-enrolled: State Pension age");
    if (!grossInPeriod.greaterThan(band.trigger.value)) return NONE("not auto-enrolled: pay not above the earnings trigger");
    const qualifying = max0(D.min(grossInPeriod, band.upper.value).minus(band.lower.value));
    grossContribution = qualifying.times(ae.minimumEmployeeRate.value);
  } else {
    const base = pension.basis === "allEarnings" ? grossInPeriod : max0(D.min(grossInPeriod, band.upper.value).minus(band.lower.value));
    grossContribution = base.times(pension.employeePercent).div(100);
  }
  const gross = roundPenny(grossContribution);
  if (type === "netPay") return { paid: gross, gross, beforeTax: gross, enrolled: true, reason: "net pay arrangement" };
  const paid = roundPenny(grossContribution.times(D.sub(1, ae.reliefAtSourceRate.value)));
  return { paid, gross, beforeTax: ZERO, enrolled: true, reason: "relief at source" };
}

const WEEKLY_NONE = new Map<string, PensionContribution>();
const WEEKLY_NO_PENSION: PensionContribution = { paidWeekly: ZERO, grossWeekly: ZERO, beforeTaxWeekly: ZERO, enrolled: false, reason: NO_PENSION.reason };

/** The worker's contribution for a week's pay (the worked examples' convention when no pay frequency is given). */
export function pensionContribution(grossWeekly: Money, pension: Pension, age: number, r: Rules): PensionContribution {
  if (pension === "none") return WEEKLY_NO_PENSION;
  const c = periodPensionContribution(grossWeekly, pension, age, "week", r);
  if (!c.enrolled) {
    let none = WEEKLY_NONE.get(c.reason);
    if (!none) WEEKLY_NONE.set(c.reason, (none = { paidWeekly: ZERO, grossWeekly: ZERO, beforeTaxWeekly: ZERO, enrolled: false, reason: c.reason }));
    return none;
  }
  return { paidWeekly: c.paid, grossWeekly: c.gross, beforeTaxWeekly: c.beforeTax, enrolled: true, reason: c.reason };
}
