/**
 * A pay period: how much pay one payday brings, and the thresholds that
 * employee NI and auto-enrolment use for it.
 *
 * - NI is worked per earnings period (SSCBA 1992 s8), with the primary
 *   threshold and upper earnings limit for that period (Social Security
 *   (Contributions) Regulations 2001 reg 11: the month's figures are written
 *   in reg 11; for a multiple of a week, the yearly figure ÷ 52 × the weeks,
 *   rounded up to the next whole pound, so four weeks' primary threshold is
 *   £967, not 4 × £242).
 * - Auto-enrolment uses the trigger and qualifying earnings band for the pay
 *   reference period (Pensions Act 2008 ss 3, 13, 15), as published.
 * - Income tax: the annual liability on the period's taxable pay × the
 *   periods in a year, ÷ the periods, to the penny (non-cumulative; a steady
 *   job's cumulative PAYE gives the same yearly total).
 * The values are rule values (rules/uk/<tax-year>.json); only the choice of
 * which one is here.
 */
import type { Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";
import type { PayFrequency } from "../household.js";

export type PayPeriodKind = "week" | "fortnight" | "fourWeeks" | "month";

export interface PayPeriod {
  readonly kind: PayPeriodKind;
  /** Paydays in a year: 52, 26, 13 or 12. */
  readonly perYear: number;
  /** Weeks in the period (1, 2 or 4); 0 for a month. */
  readonly weeks: number;
  /** "a week", "a fortnight", "every 4 weeks", "a month". */
  readonly per: string;
}

const WEEK: PayPeriod = { kind: "week", perYear: 52, weeks: 1, per: "a week" };
const FORTNIGHT: PayPeriod = { kind: "fortnight", perYear: 26, weeks: 2, per: "a fortnight" };
const FOUR_WEEKS: PayPeriod = { kind: "fourWeeks", perYear: 13, weeks: 4, per: "every 4 weeks" };
const MONTH: PayPeriod = { kind: "month", perYear: 12, weeks: 0, per: "a month" };

const OF: Record<PayFrequency, PayPeriod> = { weekly: WEEK, fortnightly: FORTNIGHT, fourWeekly: FOUR_WEEKS, monthly: MONTH, lastWorkingDay: MONTH };

export const payPeriodOf = (f: PayFrequency): PayPeriod => OF[f];

/** A rule value (the object is what explanations cite). */
type Leaf = { readonly value: Money };

/** The NI primary threshold and upper earnings limit for a pay period. */
export function niThresholds(kind: PayPeriodKind, r: Rules): { readonly primaryThreshold: Leaf; readonly upperEarningsLimit: Leaf } {
  const ni = r.nationalInsurance;
  switch (kind) {
    case "week": return { primaryThreshold: ni.primaryThresholdWeekly, upperEarningsLimit: ni.upperEarningsLimitWeekly };
    case "fortnight": return { primaryThreshold: ni.primaryThresholdFortnightly, upperEarningsLimit: ni.upperEarningsLimitFortnightly };
    case "fourWeeks": return { primaryThreshold: ni.primaryThresholdFourWeekly, upperEarningsLimit: ni.upperEarningsLimitFourWeekly };
    case "month": return { primaryThreshold: ni.primaryThresholdMonthly, upperEarningsLimit: ni.upperEarningsLimitMonthly };
  }
}

export interface AutoEnrolmentBand {
  readonly trigger: Leaf;
  readonly lower: Leaf;
  readonly upper: Leaf;
}

/** The auto-enrolment earnings trigger and qualifying earnings band for a pay reference period. */
export function autoEnrolmentBand(kind: PayPeriodKind, r: Rules): AutoEnrolmentBand {
  const ae = r.autoEnrolment;
  switch (kind) {
    case "week": return { trigger: ae.earningsTriggerWeekly, lower: ae.qualifyingEarningsLowerWeekly, upper: ae.qualifyingEarningsUpperWeekly };
    case "fortnight": return { trigger: ae.earningsTriggerFortnightly, lower: ae.qualifyingEarningsLowerFortnightly, upper: ae.qualifyingEarningsUpperFortnightly };
    case "fourWeeks": return { trigger: ae.earningsTriggerFourWeekly, lower: ae.qualifyingEarningsLowerFourWeekly, upper: ae.qualifyingEarningsUpperFourWeekly };
    case "month": return { trigger: ae.earningsTriggerMonthly, lower: ae.qualifyingEarningsLowerMonthly, upper: ae.qualifyingEarningsUpperMonthly };
  }
}
