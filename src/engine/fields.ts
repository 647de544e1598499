/**
 * The figures of a scenario, each written once: its name in the output, a
 * label, its unit, the same figure in the other period where the engine gives
 * both, and whether it can fall below zero. The result's type, the `calc`
 * contract, the README's output table (checked by a test) and the property
 * tests all come from this list. No zod and no decimal.js.
 */

export type FieldUnit = "hours" | "GBP/week" | "GBP/month";

export interface FieldSpec {
  readonly label: string;
  readonly unit: FieldUnit;
  /** "amount": pay, an award, a deduction or a cost, never below zero; "difference": a change against not working, which can be. */
  readonly sign: "amount" | "difference";
  /** The same figure a month (for a weekly one) or a week (for a monthly one). */
  readonly pair?: string;
  /** In the `calc` contract that the worked examples check figure by figure. */
  readonly contract?: true;
}

const w = /* @__NO_SIDE_EFFECTS__ */ <E extends Partial<FieldSpec> = object>(label: string, sign: FieldSpec["sign"] = "amount", extra?: E): FieldSpec & E => ({ label, unit: "GBP/week", sign, ...extra }) as FieldSpec & E;
const m = /* @__NO_SIDE_EFFECTS__ */ <E extends Partial<FieldSpec> = object>(label: string, sign: FieldSpec["sign"] = "amount", extra?: E): FieldSpec & E => ({ label, unit: "GBP/month", sign, ...extra }) as FieldSpec & E;
const C = { contract: true } as const;

export const SCENARIO_FIELD_SPECS = {
  hours: { label: "Hours a week", unit: "hours", sign: "amount", contract: true } as FieldSpec & typeof C & { readonly unit: "hours" },
  grossWeekly: w("Pay before deductions", "amount", C),
  incomeTaxWeekly: w("Income tax", "amount", C),
  niWeekly: w("National Insurance", "amount", C),
  pensionWeekly: w("Workplace pension taken from pay", "amount", C),
  takeHomeWeekly: w("Take-home pay", "amount", { ...C, pair: "takeHomeMonthly" }),
  takeHomeMonthly: m("Take-home pay", "amount", { pair: "takeHomeWeekly" }),
  partnerGrossWeekly: w("Partner's pay before deductions"),
  partnerIncomeTaxWeekly: w("Partner's income tax"),
  partnerNiWeekly: w("Partner's National Insurance"),
  partnerPensionWeekly: w("Partner's workplace pension taken from pay"),
  partnerTakeHomeWeekly: w("Partner's take-home pay", "amount", { pair: "partnerTakeHomeMonthly" }),
  partnerTakeHomeMonthly: m("Partner's take-home pay", "amount", { pair: "partnerTakeHomeWeekly" }),
  partnerEsaWeekly: w("Partner's New Style ESA"),
  partnerJsaWeekly: w("Partner's New Style JSA"),
  partnerCarersAllowanceWeekly: w("Partner's Carer's Allowance or Carer Support Payment"),
  ucEarningsMonthly: m("Earnings UC counts", "amount", C),
  ucMaximumMonthly: m("UC maximum amount", "amount", C),
  ucBeforeCapMonthly: m("UC before the benefit cap"),
  ucTaperMonthly: m("UC taper on earnings"),
  workAllowanceMonthly: m("UC work allowance"),
  unearnedIncomeMonthly: m("Unearned income UC deducts"),
  tariffIncomeMonthly: m("Tariff income from savings"),
  childcareElementMonthly: m("UC childcare costs element"),
  ucMonthly: m("Universal Credit", "amount", { ...C, pair: "ucWeekly" }),
  ucWeekly: w("Universal Credit", "amount", { pair: "ucMonthly" }),
  benefitCapReductionMonthly: m("Benefit cap reduction", "amount", C),
  esaWeekly: w("New Style ESA", "amount", C),
  jsaWeekly: w("New Style JSA", "amount", C),
  carersAllowanceWeekly: w("Carer's Allowance or Carer Support Payment", "amount", C),
  childBenefitWeekly: w("Child Benefit", "amount", C),
  pipWeekly: w("PIP, ADP or DLA", "amount", C),
  scottishChildPaymentWeekly: w("Scottish Child Payment", "amount", C),
  housingBenefitWeekly: w("Housing Benefit"),
  netIncomeWeekly: w("Net income", "amount", { ...C, pair: "netIncomeMonthly" }),
  netIncomeMonthly: m("Net income", "amount", { pair: "netIncomeWeekly" }),
  betterOffWeekly: w("Better off than not working", "difference", { ...C, pair: "betterOffMonthly" }),
  betterOffMonthly: m("Better off than not working", "difference", { pair: "betterOffWeekly" }),
  workCostsWeekly: w("Work costs (travel, childcare, other)"),
  betterOffAfterCostsWeekly: w("Better off after council tax and work costs", "difference", { pair: "betterOffAfterCostsMonthly" }),
  betterOffAfterCostsMonthly: m("Better off after council tax and work costs", "difference", { pair: "betterOffAfterCostsWeekly" }),
  councilTaxWeekly: w("Council tax before any reduction"),
  councilTaxReductionWeekly: w("Council Tax Reduction"),
  councilTaxDueWeekly: w("Council tax to pay"),
  passportedValueWeekly: w("Value of help in kind"),
  passportedPrescriptionsWeekly: w("Free NHS prescriptions"),
  passportedDentalWeekly: w("Free NHS dental treatment"),
  passportedOpticalWeekly: w("Free sight tests and glasses vouchers"),
  passportedHealthyStartWeekly: w("Healthy Start"),
  passportedBestStartFoodsWeekly: w("Best Start Foods"),
  passportedFreeSchoolMealsWeekly: w("Free school meals"),
  betterOffAfterCouncilTaxWeekly: w("Better off after council tax", "difference"),
  betterOffIncludingPassportedWeekly: w("Better off including help in kind", "difference", { pair: "betterOffIncludingPassportedMonthly" }),
  betterOffIncludingPassportedMonthly: m("Better off including help in kind", "difference", { pair: "betterOffIncludingPassportedWeekly" }),
} as const satisfies Record<string, FieldSpec>;

export type ScenarioField = keyof typeof SCENARIO_FIELD_SPECS;

/** Every figure of a scenario, in the order above. */
export const SCENARIO_FIELD_NAMES = /* @__PURE__ */ Object.keys(SCENARIO_FIELD_SPECS) as readonly ScenarioField[];

type ContractField = { [K in ScenarioField]: (typeof SCENARIO_FIELD_SPECS)[K] extends { contract: true } ? K : never }[ScenarioField];

/** The `calc` contract's figures: the ones the worked examples check. */
export const SCENARIO_FIELDS = /* @__PURE__ */ SCENARIO_FIELD_NAMES.filter((f) => "contract" in SCENARIO_FIELD_SPECS[f]) as readonly ContractField[];

/** Figures that are never below zero. */
export const NON_NEGATIVE_FIELDS = /* @__PURE__ */ SCENARIO_FIELD_NAMES.filter((f) => SCENARIO_FIELD_SPECS[f].sign === "amount");

/**
 * A scenario's figures, typed from the list above: money as `M` and hours as
 * `H`. `evaluate()` gives Money and a number of hours; `calc` and the JSON
 * form give decimal strings for both.
 */
export type ScenarioFiguresOf<M, H> = { readonly [K in ScenarioField]: (typeof SCENARIO_FIELD_SPECS)[K]["unit"] extends "hours" ? H : M };

/** A scenario's figures as decimal strings, as `calc` writes them. */
export type ScenarioFigures = ScenarioFiguresOf<string, string>;

