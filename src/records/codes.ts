/**
 * The closed vocabularies of an anonymised record: every value a record can
 * hold is one of these (apart from the random id, the team code, the month,
 * the rules id and whole-pound amounts). No zod here, so the widget and the
 * dashboard can import the labels without the schema.
 *
 * Changing any list below changes what is stored: bump RECORD_SCHEMA_VERSION
 * in schema.ts and update src/records/PRIVACY.md.
 */

import { REGIONS, TENURES, type Region, type Tenure } from "../engine/terms.js";
import type { FlagCode, FlagKind } from "../engine/flags.js";

export { REGIONS, TENURES, type Region, type Tenure };
export const ADULTS = ["single", "couple"] as const;
/** Number of children, capped: "3+" is three or more. */
export const CHILDREN = ["0", "1", "2", "3+"] as const;
/**
 * The claimant's age, only as the bands the rules use: 21 is where the
 * National Living Wage starts, 25 where the UC standard allowance rises. The
 * under-18 and 18-20 minimum-wage bands are merged because few people that
 * young are referred to adult IPS teams, and a rare band would point to them.
 */
export const AGE_BANDS = ["16-to-20", "21-to-24", "25-plus"] as const;
/** The UC health element in the household, if any (LCWRA replaces LCW). */
export const HEALTH = ["none", "lcw", "lcwra"] as const;
/** Benefits in payment before work (the out-of-work baseline), as the engine found them. */
export const BENEFITS_BEFORE = [
  "universal-credit",
  "new-style-esa",
  "new-style-jsa",
  "carers-allowance",
  "child-benefit",
  "scottish-child-payment",
] as const;
/**
 * Hourly wage bands, in pounds: the lower bound is included, the upper one
 * is not ("12-to-13" is £12.00 to £12.99). Narrow where most IPS job offers
 * sit (around the National Living Wage), wide and open-ended above, so a
 * rare high wage falls in a band shared with others. Bands are written with
 * "to", never as "12-13", which a spreadsheet would turn into a date.
 */
export const WAGE_BANDS = ["under-12", "12-to-13", "13-to-14", "14-to-16", "16-to-20", "20-plus"] as const;
/** [band, lowest wage in it] in ascending order. */
export const WAGE_BAND_FLOORS: readonly (readonly [WageBand, number])[] = [
  ["under-12", 0],
  ["12-to-13", 12],
  ["13-to-14", 13],
  ["14-to-16", 14],
  ["16-to-20", 16],
  ["20-plus", 20],
];
export const OUTCOMES = ["better", "worse", "same"] as const;
/** Weekly better-off amounts beyond ±£1,000 are recorded as ±1000 (top-coding). */
export const BETTER_OFF_LIMIT = 1000;

export type Adults = (typeof ADULTS)[number];
export type Children = (typeof CHILDREN)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Health = (typeof HEALTH)[number];
export type BenefitBefore = (typeof BENEFITS_BEFORE)[number];
export type WageBand = (typeof WAGE_BANDS)[number];
export type Outcome = (typeof OUTCOMES)[number];


/**
 * The engine's threshold flags that a record keeps: those that mark a change
 * in income at that number of hours. `reason: true` marks the ones that can
 * explain a worse-off result (the dashboard's "reasons").
 */
export const RECORDED_FLAGS = {
  "esa-ends-hours": { kind: "loss", reason: true, label: "New Style ESA stops (16 hours or more)" },
  "esa-ends-permitted-work-limit": { kind: "loss", reason: true, label: "New Style ESA stops (earnings over the permitted work limit)" },
  "jsa-ends-hours": { kind: "loss", reason: true, label: "New Style JSA stops (16 hours or more)" },
  "jsa-ends-earnings": { kind: "loss", reason: true, label: "New Style JSA reduced to nil by earnings" },
  "jsa-reduced": { kind: "change", reason: true, label: "New Style JSA reduced by earnings" },
  "carers-allowance-lost": { kind: "loss", reason: true, label: "Carer's Allowance stops (earnings over the limit)" },
  "benefit-cap-applies": { kind: "loss", reason: true, label: "The benefit cap applies" },
  "benefit-cap-exemption-lost": { kind: "loss", reason: true, label: "Benefit cap exemption lost when ESA ends" },
  "uc-nil": { kind: "loss", reason: true, label: "Universal Credit tapered to nil" },
  "housing-benefit-ends": { kind: "loss", reason: true, label: "Housing Benefit stops (supported or temporary accommodation)" },
  "housing-benefit-falls": { kind: "loss", reason: true, label: "Housing Benefit falls when Universal Credit ends (supported or temporary accommodation)" },
  "scottish-child-payment-ends": { kind: "loss", reason: true, label: "Scottish Child Payment stops" },
  "council-tax-reduction-ends": { kind: "loss", reason: true, label: "Council Tax Reduction stops" },
  "council-tax-reduction-falls": { kind: "change", reason: true, label: "Council Tax Reduction falls" },
  "help-with-health-costs-lost": { kind: "loss", reason: true, label: "Free prescriptions, dental treatment and sight tests stop" },
  "free-school-meals-lost": { kind: "loss", reason: true, label: "Free school meals stop" },
  "below-minimum-wage": { kind: "warning", reason: true, label: "Wage below the minimum wage" },
  "benefit-cap-lifted": { kind: "gain", reason: false, label: "Benefit cap no longer applies" },
  "benefit-cap-lifted-by-earnings": { kind: "gain", reason: false, label: "Benefit cap lifted by earnings" },
  "uc-childcare-element": { kind: "gain", reason: false, label: "UC childcare costs element starts" },
  "income-tax-paid": { kind: "change", reason: false, label: "Income tax is paid" },
  "national-insurance-paid": { kind: "change", reason: false, label: "National Insurance is paid" },
} as const satisfies Partial<Record<FlagCode, { kind: Exclude<FlagKind, "info">; reason: boolean; label: string }>>;

export type RecordedFlag = keyof typeof RECORDED_FLAGS;
export const RECORDED_FLAG_CODES = Object.keys(RECORDED_FLAGS) as [RecordedFlag, ...RecordedFlag[]];

/**
 * Engine flags deliberately left out of records, and why:
 *  - conditionality-*: the UC conditionality regime reveals more than the
 *    record's coarse facts (a lone parent's youngest child under 1 or under
 *    3, a health assessment outcome), and changes no income;
 *  - uc-capital-over-limit: reveals savings over £16,000, a rare and
 *    sensitive financial fact;
 *  - high-income-child-benefit-charge: reveals an income over the charge's
 *    threshold (£60,000 a year), equally rare and sensitive, and the figures
 *    do not include the charge;
 *  - healthy-start-lost, best-start-foods-lost: reveal a pregnancy or a
 *    child under 4 (Healthy Start) or under 3 (Best Start Foods); pregnancy
 *    is health information, which a record must not carry;
 *  - esa-permitted-work, carers-allowance-kept, benefit-cap-earnings-exemption,
 *    auto-enrolment: information only; nothing changes at that point (and the
 *    first two follow from the benefits before and the hours).
 */
export const NOT_RECORDED_FLAGS = [
  "conditionality-no-work-related-requirements",
  "conditionality-work-focused-interview",
  "conditionality-work-preparation",
  "conditionality-intensive-work-search",
  "conditionality-light-touch",
  "conditionality-working-enough",
  "uc-capital-over-limit",
  "high-income-child-benefit-charge",
  "healthy-start-lost",
  "best-start-foods-lost",
  "esa-permitted-work",
  "carers-allowance-kept",
  "benefit-cap-earnings-exemption",
  "auto-enrolment",
] as const satisfies readonly FlagCode[];
export type NotRecordedFlag = (typeof NOT_RECORDED_FLAGS)[number];

/** Every engine flag is either recorded or left out on purpose: a new flag code fails the type check until it is put in one list. */
type Unclassified = Exclude<FlagCode, RecordedFlag | NotRecordedFlag>;
export const EVERY_FLAG_CLASSIFIED: [Unclassified] extends [never] ? true : { unclassified: Unclassified } = true;

export const isRecordedFlag = (code: string): code is RecordedFlag => code in RECORDED_FLAGS;
export const isNotRecordedFlag = (code: string): boolean => (NOT_RECORDED_FLAGS as readonly string[]).includes(code);

/** Pseudo-reason for a worse-off result with no recorded reason flag (e.g. work costs, a small loss of UC). */
export const NO_FLAGGED_REASON = "none-flagged";

export const REASON_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(RECORDED_FLAGS).filter(([, f]) => f.reason).map(([code, f]) => [code, f.label])),
  [NO_FLAGGED_REASON]: "No single change flagged (for example work costs, or Universal Credit tapering away)",
};

export const isReasonCode = (code: string): boolean => code in RECORDED_FLAGS && RECORDED_FLAGS[code as RecordedFlag].reason;
