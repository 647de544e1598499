/**
 * Every threshold flag the engine can raise, by code: the one list. Codes
 * are stable across versions (records and the dashboard store them). No zod
 * and no decimal.js, so the records' contract and the dashboard read it too.
 */

/** What a flag means for the household at those hours. */
export type FlagKind = "loss" | "gain" | "change" | "info" | "warning";

/** The UC conditionality regimes (UC Regulations 2013 regs 89-99), each a flag `conditionality-<regime>`. */
export const REGIMES = [
  "no-work-related-requirements",
  "work-focused-interview",
  "work-preparation",
  "intensive-work-search",
  "light-touch",
  "working-enough",
] as const;
export type Regime = (typeof REGIMES)[number];

export const FLAG_CODES = [
  "uc-capital-over-limit",
  "benefit-cap-applies",
  "esa-ends-hours",
  "esa-ends-permitted-work-limit",
  "esa-permitted-work",
  "jsa-ends-hours",
  "jsa-ends-earnings",
  "jsa-reduced",
  "carers-allowance-lost",
  "carers-allowance-kept",
  "benefit-cap-lifted-by-earnings",
  "benefit-cap-earnings-exemption",
  "benefit-cap-lifted",
  "benefit-cap-exemption-lost",
  "uc-nil",
  "housing-benefit-ends",
  "housing-benefit-falls",
  "uc-childcare-element",
  "scottish-child-payment-ends",
  .../* @__PURE__ */ REGIMES.map((r) => `conditionality-${r}` as const),
  "income-tax-paid",
  "national-insurance-paid",
  "auto-enrolment",
  "council-tax-reduction-ends",
  "council-tax-reduction-falls",
  "help-with-health-costs-lost",
  "healthy-start-lost",
  "best-start-foods-lost",
  "free-school-meals-lost",
  "high-income-child-benefit-charge",
  "below-minimum-wage",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];
