/**
 * What `calculate()` gives back: the public types of a result. The figures of
 * a scenario are listed once, in fields.ts.
 */
import type { FlagCode, FlagKind, Regime } from "./flags.js";
import type { ScenarioFigures } from "./fields.js";
import type { JobEndsCode } from "./if-job-ends.js";

export type { ScenarioFigures };

export interface Explanation {
  readonly text: string;
  /** Keys of the rule values used, e.g. "universalCredit.taperRate"; details in `rules.used`. */
  readonly rules: readonly string[];
  readonly inputs: Readonly<Record<string, string>>;
}

export interface ThresholdFlag {
  readonly code: FlagCode;
  readonly kind: FlagKind;
  readonly text: string;
  readonly rules: readonly string[];
}

/**
 * One UC assessment period of a scenario: UC on the wages received in it
 * (README, "Assessment periods"). Money as decimal strings, a month.
 */
export interface AssessmentPeriod {
  /** First and last day (YYYY-MM-DD). */
  readonly start: string;
  readonly end: string;
  /** The day this period's UC is paid by: within 7 days of its last day (UC (Claims and Payments) Regs 2013 reg 47). */
  readonly ucPaymentDate: string;
  /** Paydays of the person offered the job received in the period, and counted in it (monthly pay may be moved to keep one a month, reg 61(6)). */
  readonly paydays: number;
  readonly paymentsCounted: number;
  /** The same for a partner with a job (0 otherwise). */
  readonly partnerPaydays: number;
  readonly partnerPaymentsCounted: number;
  /** The household's earned income counted in the period (after tax, NI and gross pension), before surplus earnings. */
  readonly earningsMonthly: string;
  /** Surplus earnings brought forward from the period before and counted as earned income (reg 54A). */
  readonly surplusEarningsMonthly: string;
  readonly ucBeforeCapMonthly: string;
  readonly benefitCapReductionMonthly: string;
  /** UC for the period. */
  readonly ucMonthly: string;
  /** This period's UC less the average month's (the scenario's ucMonthly). */
  readonly ucDifferenceMonthly: string;
  /** Surplus earnings carried into the next period. */
  readonly surplusEarningsCarriedForwardMonthly: string;
  /** Why this period's UC is what it is, in plain English. */
  readonly text: string;
}

/** A line explaining an amount in a week of the first months, or something that helps. */
export interface FirstMonthsNote {
  /** What it is about: "wages", "universalCredit", "esa", "jsa", "carersAllowance", what ends or starts ("prescriptions": help with health costs; "councilTaxReduction"), or (what helps) "tellDwp", "budgetingAdvance", "firstPayday". */
  readonly source: string;
  /** Written the first time it is read (a getter, not an own property: copy it by name, not by spreading); JSON output has it. */
  readonly text: string;
  /** Keys of the rule values behind it; their sources and statuses are in `rules.used`. */
  readonly rules: readonly string[];
}

/** One week of the first months in work (first-months.ts). Money as decimal strings: what arrives that week. */
export interface FirstMonthsWeek {
  /** First and last day (YYYY-MM-DD); week 1 starts on the job's start date. */
  readonly weekStart: string;
  readonly weekEnd: string;
  /** Money arriving this week, by source: take-home wages on paydays, UC on its payment dates, New Style ESA/JSA fortnightly, Carer's Allowance for the week. */
  readonly amounts: { readonly wages: string; readonly universalCredit: string; readonly esa: string; readonly jsa: string; readonly carersAllowance: string };
  readonly total: string;
  /** Total received from the start date to the end of this week. */
  readonly cumulative: string;
  /** That, less the same for not working (the baseline); "0.00" for the baseline itself. */
  readonly cumulativeAgainstNotWorking: string;
  /** The tightest week(s): where the money received since the start falls furthest below not working. */
  readonly tightest: boolean;
  /** Each amount this week, explained, with its rules. */
  readonly notes: readonly FirstMonthsNote[];
}

export interface FirstMonths {
  readonly startDate: string;
  /** 13 weeks from the start date. */
  readonly weeks: readonly FirstMonthsWeek[];
  /** Plain statements of what helps (empty for the baseline). */
  readonly whatHelps: readonly FirstMonthsNote[];
}

export interface ScenarioResult extends ScenarioFigures {
  readonly isBaseline: boolean;
  /** The first 13 weeks from `job.startDate`, week by week; only when a start date is given. */
  readonly firstMonths?: FirstMonths;
  /** The next 12 assessment periods, each on the pay received in it; the figures above are the average month. */
  readonly assessmentPeriods: readonly AssessmentPeriod[];
  /** One pay period's pay and deductions for each person whose pay frequency was given (present-pay.ts). */
  readonly payPeriods?: PayPeriods;
  readonly conditionality: { readonly regime: Regime; readonly text: string };
  readonly thresholds: readonly ThresholdFlag[];
  readonly explanations: Readonly<Record<string, Explanation>>;
}

/** One person's pay for one pay period, as decimal strings (the weekly fields are worked from these). */
export interface PayPeriodResult {
  readonly payFrequency: string;
  /** 52, 26, 13 or 12. */
  readonly periodsPerYear: number;
  readonly grossPay: string;
  readonly incomeTax: string;
  readonly ni: string;
  /** Taken from pay. */
  readonly pension: string;
  readonly takeHome: string;
  /** What UC counts from one payday: after tax, NI and the gross pension contribution. */
  readonly ucEarnings: string;
}

export interface PayPeriods {
  readonly claimant: PayPeriodResult | null;
  readonly partner: PayPeriodResult | null;
}

export interface SweepPoint {
  readonly hours: string;
  readonly takeHomeWeekly: string;
  readonly ucWeekly: string;
  readonly esaJsaWeekly: string;
  readonly otherBenefitsWeekly: string;
  readonly netIncomeWeekly: string;
  readonly betterOffWeekly: string;
  readonly betterOffAfterCostsWeekly: string;
  readonly councilTaxDueWeekly: string;
  readonly passportedValueWeekly: string;
  readonly betterOffIncludingPassportedWeekly: string;
}

export interface Marker {
  readonly code: string;
  /** First sweep point (hours) at which the change is seen. */
  readonly hours: string;
  readonly text: string;
}

export interface UsedRule {
  readonly value: unknown;
  readonly unit: string;
  readonly status: "confirmed" | "corroborated" | "unconfirmed" | "derived";
  readonly note?: string | undefined;
  readonly sources: readonly { title: string; href: string }[];
}

export interface Result {
  readonly engineVersion: string;
  readonly id?: string;
  readonly rules: {
    readonly id: string;
    readonly jurisdiction: string;
    readonly taxYear: string;
    readonly asOf: string;
    /** Every rule value the figures below rest on, with its source and status. */
    readonly used: Readonly<Record<string, UsedRule>>;
    /** Keys of values used that are unconfirmed or derived rather than published. */
    readonly notConfirmed: readonly string[];
  };
  readonly region: string;
  readonly baseline: ScenarioResult;
  readonly scenarios: readonly ScenarioResult[];
  readonly sweep: readonly SweepPoint[];
  readonly markers: readonly Marker[];
  /** What happens to the household's benefits if the job ends, with the rules behind each statement. */
  readonly ifJobEnds: readonly JobEndsStatement[];
  readonly warnings: readonly string[];
}

/** One thing that happens if the job ends, for this household (if-job-ends.ts). */
export interface JobEndsStatement {
  readonly code: JobEndsCode;
  readonly text: string;
  /** Keys of the rule values behind it; their sources and statuses are in `rules.used`. */
  readonly rules: readonly string[];
}

export interface CalculateOptions {
  /** Sweep from 0 to `sweepMaxHours` in `sweepStepHours` steps (default 0 to 50 in half hours). */
  readonly sweepMaxHours?: number;
  readonly sweepStepHours?: number;
}
