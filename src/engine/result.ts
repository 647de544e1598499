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

export interface ScenarioResult extends ScenarioFigures {
  readonly isBaseline: boolean;
  readonly conditionality: { readonly regime: Regime; readonly text: string };
  readonly thresholds: readonly ThresholdFlag[];
  readonly explanations: Readonly<Record<string, Explanation>>;
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
