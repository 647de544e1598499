/**
 * What the engine gives back, in two forms of one shape:
 *  - `evaluate()`: an `Evaluation`, plain data with Money (decimal.js) amounts
 *    and hours as numbers, for callers in the same process (the widget). Texts
 *    that cost time to write (explanations, flag and period texts, the first
 *    months, provenance) are not in it: on-request.ts writes them when asked.
 *  - `calculate()`: a `Result`, the same as JSON (decimal strings, every text
 *    written), for `calc`, events and records (json.ts).
 * The figures of a scenario are listed once, in fields.ts.
 */
import type { Money } from "../base/money.js";
import type { FlagCode, FlagKind, Regime } from "./flags.js";
import type { ScenarioFigures, ScenarioFiguresOf } from "./fields.js";
import type { JobEndsCode } from "./if-job-ends.js";

export type { ScenarioFigures, ScenarioFiguresOf };

export interface Explanation {
  readonly text: string;
  /** Keys of the rule values used, e.g. "universalCredit.taperRate"; details in `rules.used`. */
  readonly rules: readonly string[];
  readonly inputs: Readonly<Record<string, string>>;
}

/** A threshold flag as `evaluate()` gives it: its text is `flagText(flag)`. */
export interface FlagOf {
  readonly code: FlagCode;
  readonly kind: FlagKind;
  readonly rules: readonly string[];
}

export interface ThresholdFlag extends FlagOf {
  readonly text: string;
}

/**
 * One UC assessment period of a scenario: UC on the wages received in it
 * (README, "Assessment periods"), amounts a month. As `evaluate()` gives it
 * (Money) its text is `periodText(period)`; as JSON (decimal strings) it carries it.
 */
export interface AssessmentPeriodOf<M> {
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
  readonly earningsMonthly: M;
  /** Surplus earnings brought forward from the period before and counted as earned income (reg 54A). */
  readonly surplusEarningsMonthly: M;
  readonly ucBeforeCapMonthly: M;
  readonly benefitCapReductionMonthly: M;
  /** UC for the period. */
  readonly ucMonthly: M;
  /** This period's UC less the average month's (the scenario's ucMonthly). */
  readonly ucDifferenceMonthly: M;
  /** Surplus earnings carried into the next period. */
  readonly surplusEarningsCarriedForwardMonthly: M;
}

export interface AssessmentPeriod extends AssessmentPeriodOf<string> {
  /** Why this period's UC is what it is, in plain English. */
  readonly text: string;
}

/** A line explaining an amount in a week of the first months, as `firstMonthsOf()` gives it: its text is `noteText(note)`. */
export interface FirstMonthsNoteOf {
  /** What it is about: "wages", "universalCredit", "esa", "jsa", "carersAllowance", what ends or starts ("prescriptions": help with health costs; "councilTaxReduction"), or (what helps) "tellDwp", "budgetingAdvance", "firstPayday". */
  readonly source: string;
  /** Keys of the rule values behind it; their sources and statuses are in `rules.used`. */
  readonly rules: readonly string[];
}

/** A line explaining an amount in a week of the first months, or something that helps. */
export interface FirstMonthsNote extends FirstMonthsNoteOf {
  readonly text: string;
}

/** One week of the first months in work (first-months.ts): what arrives that week. */
export interface FirstMonthsWeekOf<M, N extends FirstMonthsNoteOf = FirstMonthsNoteOf> {
  /** First and last day (YYYY-MM-DD); week 1 starts on the job's start date. */
  readonly weekStart: string;
  readonly weekEnd: string;
  /** Money arriving this week, by source: take-home wages on paydays, UC on its payment dates, New Style ESA/JSA fortnightly, Carer's Allowance for the week. */
  readonly amounts: { readonly wages: M; readonly universalCredit: M; readonly esa: M; readonly jsa: M; readonly carersAllowance: M };
  readonly total: M;
  /** Total received from the start date to the end of this week. */
  readonly cumulative: M;
  /** That, less the same for not working (the baseline); zero for the baseline itself. */
  readonly cumulativeAgainstNotWorking: M;
  /** The tightest week(s): where the money received since the start falls furthest below not working. */
  readonly tightest: boolean;
  /** Each amount this week, explained, with its rules. */
  readonly notes: readonly N[];
}

export interface FirstMonthsOf<M, N extends FirstMonthsNoteOf = FirstMonthsNoteOf> {
  readonly startDate: string;
  /** 13 weeks from the start date. */
  readonly weeks: readonly FirstMonthsWeekOf<M, N>[];
  /** Plain statements of what helps (empty for the baseline). */
  readonly whatHelps: readonly N[];
}

/** The first months as JSON: money as decimal strings, every note with its text. */
export type FirstMonthsWeek = FirstMonthsWeekOf<string, FirstMonthsNote>;
export type FirstMonths = FirstMonthsOf<string, FirstMonthsNote>;

/** What a scenario has besides its figures, in either form. */
interface ScenarioParts<Period, Flag> {
  readonly isBaseline: boolean;
  /** The next 12 assessment periods, each on the pay received in it; the figures above are the average month. */
  readonly assessmentPeriods: readonly Period[];
  readonly conditionality: { readonly regime: Regime; readonly text: string };
  readonly thresholds: readonly Flag[];
}

/** One person's pay for one pay period (the weekly fields are worked from these). */
export interface PayPeriodOf<M> {
  readonly payFrequency: string;
  /** 52, 26, 13 or 12. */
  readonly periodsPerYear: number;
  readonly grossPay: M;
  readonly incomeTax: M;
  readonly ni: M;
  /** Taken from pay. */
  readonly pension: M;
  readonly takeHome: M;
  /** What UC counts from one payday: after tax, NI and the gross pension contribution. */
  readonly ucEarnings: M;
}

export interface PayPeriodsOf<M> {
  readonly claimant: PayPeriodOf<M> | null;
  readonly partner: PayPeriodOf<M> | null;
}

/** As JSON: decimal strings. */
export type PayPeriodResult = PayPeriodOf<string>;
export type PayPeriods = PayPeriodsOf<string>;

/**
 * One scenario as `evaluate()` gives it. Its explanations are
 * `explain(scenario, field)`; its first months `firstMonthsOf(scenario)`.
 */
export interface ScenarioEvaluation extends ScenarioFiguresOf<Money, number>, ScenarioParts<AssessmentPeriodOf<Money>, FlagOf> {
  /** One pay period's pay and deductions for each person whose pay frequency was given (present-pay.ts). */
  readonly payPeriods?: PayPeriodsOf<Money>;
}

export interface ScenarioResult extends ScenarioFigures, ScenarioParts<AssessmentPeriod, ThresholdFlag> {
  readonly payPeriods?: PayPeriods;
  readonly explanations: Readonly<Record<string, Explanation>>;
  /** The first 13 weeks from `job.startDate`, week by week; only when a start date is given. */
  readonly firstMonths?: FirstMonths;
}

export interface SweepPointOf<M, H> {
  readonly hours: H;
  readonly takeHomeWeekly: M;
  readonly ucWeekly: M;
  readonly esaJsaWeekly: M;
  readonly otherBenefitsWeekly: M;
  readonly netIncomeWeekly: M;
  readonly betterOffWeekly: M;
  readonly betterOffAfterCostsWeekly: M;
  readonly councilTaxDueWeekly: M;
  readonly passportedValueWeekly: M;
  readonly betterOffIncludingPassportedWeekly: M;
}

export type SweepPoint = SweepPointOf<string, string>;

export interface MarkerOf<H> {
  readonly code: string;
  /** First sweep point (hours) at which the change is seen. */
  readonly hours: H;
  readonly text: string;
}

export type Marker = MarkerOf<string>;

export interface UsedRule {
  readonly value: unknown;
  readonly unit: string;
  readonly status: "confirmed" | "corroborated" | "unconfirmed" | "derived";
  readonly note?: string | undefined;
  readonly sources: readonly { title: string; href: string }[];
}

/** Which rule values the figures rest on (`provenanceOf(evaluation)`; `rules.used` and `rules.notConfirmed` in JSON). */
export interface Provenance {
  /** Every rule value the figures below rest on, with its source and status. */
  readonly used: Readonly<Record<string, UsedRule>>;
  /** Keys of values used that are unconfirmed or derived rather than published. */
  readonly notConfirmed: readonly string[];
}

export interface RulesInfo {
  readonly id: string;
  readonly jurisdiction: string;
  readonly taxYear: string;
  readonly asOf: string;
}

interface ResultOf<Scenario, M, H, Rules> {
  readonly engineVersion: string;
  readonly id?: string;
  readonly rules: Rules;
  readonly region: string;
  readonly baseline: Scenario;
  readonly scenarios: readonly Scenario[];
  readonly sweep: readonly SweepPointOf<M, H>[];
  readonly markers: readonly MarkerOf<H>[];
  /** What happens to the household's benefits if the job ends, with the rules behind each statement. */
  readonly ifJobEnds: readonly JobEndsStatement[];
  readonly warnings: readonly string[];
}

/** Which steps of the better-off ladder (cash → after council tax and work costs → including help in kind) say something, over all the scenarios. */
export interface LadderSteps {
  /** Council tax was given (a bill above nil). */
  readonly councilTax: boolean;
  /** Work costs (travel, other, childcare) were given. */
  readonly costs: boolean;
  /** After council tax and work costs differs from cash somewhere. */
  readonly afterDiffers: boolean;
  /** Including help in kind differs from after costs somewhere. */
  readonly helpDiffers: boolean;
}

/** `evaluate()`: plain data, Money amounts, no texts that cost time to write (on-request.ts). */
export type Evaluation = ResultOf<ScenarioEvaluation, Money, number, RulesInfo> & {
  /** Not in the JSON form: a reader of it can tell from the figures. */
  readonly ladder: LadderSteps;
};

/** `calculate()`: the JSON form (json.ts), as `calc` writes it. */
export type Result = ResultOf<ScenarioResult, string, string, RulesInfo & Provenance>;

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
