/**
 * What changes at each number of hours, in plain English with the rule
 * behind it: cliff edges, cap, tapers, tax starting, conditionality.
 */
import { autoEnrolmentBand } from "./tax/pay-period.js";
import { weeklyToMonthly } from "../base/money.js";
import { gbp } from "./explain.js";
import type { Prepared, Figures } from "./calculate.js";
import type { ScenarioSteps } from "./explain-scenario.js";
import type { FlagCode, FlagKind, Regime } from "./flags.js";

export type { FlagCode, FlagKind, Regime };

export interface Flag {
  /** Machine-readable code, stable across versions (e.g. "esa-ends-hours"). */
  readonly code: FlagCode;
  readonly kind: FlagKind;
  /** Written when read: most flags of most calculations are never shown. */
  readonly text: () => string;
  /** Rule leaves behind it (turned into keys in the output). */
  readonly rules: readonly object[];
}


const REGIME_TEXT: Record<Regime, string> = {
  "no-work-related-requirements": "no work-related requirements",
  "work-focused-interview": "work-focused interviews only",
  "work-preparation": "work preparation",
  "intensive-work-search": "intensive work search",
  "light-touch": "light touch (earnings above the administrative earnings threshold)",
  "working-enough": "no work search (earnings above the conditionality earnings threshold)",
};

/**
 * The UC conditionality regime the household's situation and gross earnings
 * imply (UC Regulations 2013 regs 89-99; the administrative earnings
 * threshold, SI 2024/536). A guide: the work coach decides.
 */
export function conditionalityRegime(p: Prepared, f: Figures): { regime: Regime; text: string; rules: object[] } {
  const { h, r } = p;
  const c = r.conditionality;
  const youngest = h.children.length ? Math.min(...h.children.map((k) => k.age)) : null;
  if (p.health.kind === "lcwra" || h.adults.some((a) => a.carer)) return wrap("no-work-related-requirements", []);
  if (!p.couple && youngest !== null && youngest < 1) return wrap("no-work-related-requirements", []);
  if (!p.couple && youngest !== null && youngest < 3) return wrap("work-focused-interview", []);
  if (p.health.kind === "lcw") return wrap("work-preparation", []);
  // A couple's combined earnings (reg 99(6)(b)).
  const grossMonthly = weeklyToMonthly(f.people.length > 1 ? f.claimant.gross.plus(f.people[1]!.gross) : f.claimant.gross);
  const aet = p.couple ? c.administrativeEarningsThresholdCouple : c.administrativeEarningsThresholdSingle;
  if (grossMonthly.lessThan(aet.value)) return wrap("intensive-work-search", [aet]);
  if (!p.couple && grossMonthly.greaterThanOrEqualTo(c.conditionalityEarningsThresholdSingle.value))
    return wrap("working-enough", [c.conditionalityEarningsThresholdSingle]);
  return wrap("light-touch", [aet]);

  function wrap(regime: Regime, rules: object[]) {
    return { regime, text: REGIME_TEXT[regime], rules };
  }
}

export function scenarioFlags(p: Prepared, base: Figures, f: Figures, st: ScenarioSteps): Flag[] {
  const { h, r } = p;
  const out: Flag[] = [];
  const add = (code: FlagCode, kind: FlagKind, text: () => string, rules: readonly object[] = []) => out.push({ code, kind, text, rules });
  if (f.hours === 0) {
    if (p.capitalOverLimit) add("uc-capital-over-limit", "warning", () => st.ucBeforeCap.text(), st.ucBeforeCap.rules);
    if (f.capReduction.greaterThan(0)) add("benefit-cap-applies", "loss", () => st.capReduction.text(), st.capReduction.rules);
    return out;
  }
  const claimant = h.adults[0]!;
  const e = r.newStyleEsa;
  // New Style ESA
  if (base.claimant.esa.greaterThan(0)) {
    if (f.claimant.esaEndedBy === "hours")
      add("esa-ends-hours", "loss", () => `New Style ESA stops: permitted work must be under ${e.permittedWorkHoursLimit.value} hours a week`, [e.permittedWorkHoursLimit]);
    else if (f.claimant.esaEndedBy === "earnings")
      add("esa-ends-permitted-work-limit", "loss", () => st.esa[0]!.text(), [e.permittedWorkHigherLimit]);
    else
      add("esa-permitted-work", "info", () => `New Style ESA continues as permitted work (under ${e.permittedWorkHoursLimit.value} hours and within ${gbp(e.permittedWorkHigherLimit.value)} a week): tell DWP before starting (form PW1)`, [e.permittedWorkHoursLimit, e.permittedWorkHigherLimit]);
  }
  // New Style JSA
  const j = r.newStyleJsa;
  if (base.claimant.jsa.greaterThan(0)) {
    if (f.claimant.jsaEndedBy === "hours") add("jsa-ends-hours", "loss", () => `New Style JSA stops at ${j.hoursLimit.value} hours' work a week or more`, [j.hoursLimit]);
    else if (f.claimant.jsaEndedBy === "earnings") add("jsa-ends-earnings", "loss", () => `New Style JSA reduced to nil: earnings above the ${gbp(j.earningsDisregard.value)} disregard come off it pound for pound`, [j.earningsDisregard]);
    else if (f.claimant.jsa.lessThan(base.claimant.jsa)) add("jsa-reduced", "change", () => st.jsa[0]!.text(), [j.earningsDisregard]);
  }
  // Carer's Allowance
  if (base.claimant.ca.greaterThan(0) && f.claimant.caLost) add("carers-allowance-lost", "loss", () => st.ca[0]!.text(), st.ca[0]!.rules);
  else if (base.claimant.ca.greaterThan(0)) add("carers-allowance-kept", "info", () => `${p.caName} continues: earnings are within the limit. Tell the Carer's Allowance Unit about the job.`, st.ca[0]!.rules);
  // Benefit cap
  const baseCapped = base.capReduction.greaterThan(0);
  if (f.capReduction.greaterThan(0)) add("benefit-cap-applies", "loss", () => st.capReduction.text(), st.capReduction.rules);
  else if (f.capExemption?.code === "earnings")
    add(baseCapped ? "benefit-cap-lifted-by-earnings" : "benefit-cap-earnings-exemption", baseCapped ? "gain" : "info", () => `No benefit cap: ${f.capExemption!.text()}`, f.capExemption.rules);
  else if (baseCapped) add("benefit-cap-lifted", "gain", () => st.capReduction.text(), st.capReduction.rules);
  if (base.capExemption?.code === "esa-support" && f.capExemption?.code !== "esa-support" && f.capReduction.greaterThan(0))
    add("benefit-cap-exemption-lost", "loss", () => "The benefit cap exemption from ESA's support component ends with ESA", []);
  // UC
  if (p.capitalOverLimit) add("uc-capital-over-limit", "warning", () => st.ucBeforeCap.text(), st.ucBeforeCap.rules);
  else if (base.uc.greaterThan(0) && f.uc.isZero())
    add("uc-nil", "loss", () => "Universal Credit is tapered to nil at these earnings. If earnings fall again, UC can restart; reclaim within 6 months.", [r.universalCredit.taperRate]);
  // Housing Benefit (supported or temporary accommodation): the maximum while UC is awarded, then means-tested.
  const hb = f.housingBenefit;
  const baseHb = base.housingBenefit;
  if (hb && baseHb && baseHb.amount.greaterThan(0)) {
    if (hb.amount.isZero()) add("housing-benefit-ends", "loss", () => `Housing Benefit stops: ${hb.text()}`, hb.rules);
    else if (hb.amount.lessThan(baseHb.amount))
      add("housing-benefit-falls", "loss", () => `Housing Benefit falls from ${gbp(baseHb.amount)} to ${gbp(hb.amount)} a week: ${hb.text()}`, hb.rules);
  }
  if (f.childcare.amount.greaterThan(0)) add("uc-childcare-element", "gain", () => `UC childcare costs element starts: ${f.childcare.text()}`, f.childcare.rules);
  // Scottish Child Payment
  if (base.scp.amount.greaterThan(0) && f.scp.amount.isZero()) add("scottish-child-payment-ends", "loss", () => "Scottish Child Payment stops because UC stops", f.scp.rules);
  // Conditionality
  const reg = conditionalityRegime(p, f);
  add(`conditionality-${reg.regime}`, "info", () => `UC conditionality: ${reg.text}`, reg.rules);
  // Tax, NI, pension
  if (f.claimant.incomeTax.greaterThan(0)) add("income-tax-paid", base.claimant.incomeTax.isZero() ? "change" : "info", () => `Income tax is paid: ${st.incomeTax.text()}`, st.incomeTax.rules);
  if (f.claimant.ni.greaterThan(0)) add("national-insurance-paid", "change", () => `National Insurance is paid: ${st.ni.text()}`, st.ni.rules);
  const ae = r.autoEnrolment;
  // The trigger for the pay reference period: a week's, or the pay period's where a pay frequency is given.
  const q = f.claimant.period;
  const trigger = q ? autoEnrolmentBand(q.pay.kind, r).trigger : ae.earningsTriggerWeekly;
  const per = q ? q.pay.per : "a week";
  if ((q ? q.gross : f.claimant.gross).greaterThan(trigger.value) && claimant.age >= ae.minimumAge.value && claimant.age < r.statePension.minimumAge.value)
    add(
      "auto-enrolment",
      "info", () => `Pay is above the ${gbp(trigger.value)} ${per} auto-enrolment trigger: the employer must enrol the worker in a workplace pension (they may opt out)${h.job.pension === "none" ? "; no contribution is assumed here" : ""}`,
      [trigger, ae.minimumAge]);
  // Council Tax Reduction
  if (f.councilTax && base.councilTax && base.councilTax.reduction.greaterThan(0)) {
    if (f.councilTax.reduction.isZero()) add("council-tax-reduction-ends", "loss", () => `Council Tax Reduction ends: ${f.councilTax!.text()}`, f.councilTax.rules);
    else if (f.councilTax.reduction.lessThan(base.councilTax.reduction))
      add("council-tax-reduction-falls", "change", () => `Council Tax Reduction falls from ${gbp(base.councilTax!.reduction)} to ${gbp(f.councilTax!.reduction)} a week: ${f.councilTax!.text()}`, f.councilTax.rules);
  }
  // Passported help
  const pp = f.passported;
  const bp = base.passported;
  if (pp && bp && p.passported) {
    if (bp.healthHelp && !pp.healthHelp && (!bp.prescriptionsWeekly.isZero() || !bp.dentalWeekly.isZero() || !bp.opticalWeekly.isZero()))
      add("help-with-health-costs-lost", "loss", () => `Free NHS prescriptions, dental treatment and sight tests stop: ${pp.text()}`, [p.passported.healthLimitLeaf]);
    if (bp.foodHelp && !pp.foodHelp && !bp.healthyStartWeekly.isZero()) add("healthy-start-lost", "loss", () => "Healthy Start stops: take-home pay is over the limit, or UC has stopped", [r.healthyStart.ucTakeHomeLimit]);
    if (bp.foodHelp && !pp.foodHelp && !bp.bestStartFoodsWeekly.isZero()) add("best-start-foods-lost", "loss", () => "Best Start Foods stops because UC stops", []);
    if (bp.schoolMeals && !pp.schoolMeals) add("free-school-meals-lost", "loss", () => `Free school meals stop: ${pp.text()}`, []);
  }
  // High Income Child Benefit Charge: outside this calculator's usual range, but flagged.
  const cb = r.childBenefit;
  if (p.childBenefit.amount.greaterThan(0) && f.claimant.payForTax.plus(f.claimant.taxableBenefits).times(52).greaterThan(cb.highIncomeChargeThreshold.value))
    add("high-income-child-benefit-charge", "warning", () => `Income over ${gbp(cb.highIncomeChargeThreshold.value)} a year: the High Income Child Benefit Charge claws back some or all Child Benefit through tax (not included here)`, [cb.highIncomeChargeThreshold]);
  // Minimum wage
  if (h.job.hourlyWage.lessThan(p.minimumWage.amount))
    add("below-minimum-wage", "warning", () => `${gbp(h.job.hourlyWage)} an hour is below the ${p.minimumWage.text()}`, p.minimumWage.rules);
  return out;
}
