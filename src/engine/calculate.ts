/**
 * In work versus out of work: the whole household, for each number of hours.
 *
 * `prepare()` works out everything that does not depend on hours once; then
 * `scenario()` is cheap enough to run for every half hour from 0 to 50.
 */
import { D, ZERO, roundPenny, max0, weeklyToMonthly, monthlyToWeekly, type Money } from "./money.js";
import { step, gbp, pct, type Step } from "./explain.js";
import type { Rules } from "../rules/load.js";
import type { Household } from "./household.js";
import { weeklyIncomeTax, incomeTaxLeaves } from "./tax/income-tax.js";
import { weeklyEmployeeNi } from "./tax/national-insurance.js";
import { pensionContribution, type PensionContribution } from "./tax/pension.js";
import {
  standardAllowance,
  childElements,
  disabledChildAdditions,
  healthElement,
  carerElements,
  housingElement,
  childcareElement,
  type HealthElement,
} from "./universal-credit/elements.js";
import { tariffIncome, workAllowance } from "./universal-credit/means-test.js";
import {
  esaRate,
  jsaRate,
  carersAllowanceRate,
  esaInWork,
  jsaInWork,
  carersAllowanceInWork,
  caName,
  type WorkTest,
} from "./benefits/contributory.js";
import { disabilityBenefits, childBenefit, scottishChildPayment } from "./benefits/non-means-tested.js";
import { benefitCapLevel, alwaysExemptFromCap, type CapExemption } from "./benefit-cap.js";

export interface Prepared {
  readonly h: Household;
  readonly r: Rules;
  readonly couple: boolean;
  readonly standardAllowance: Step;
  readonly childElements: Step;
  readonly childrenLimited: number;
  readonly disabledChild: Step;
  readonly health: HealthElement;
  readonly carer: Step;
  readonly housing: Step;
  /** Sum of the elements above (monthly). */
  readonly baseMaximum: Money;
  readonly childcareInWork: Step;
  readonly childcareOutOfWork: Step;
  readonly workAllowance: Step | null;
  readonly tariffIncome: Step;
  readonly capitalOverLimit: boolean;
  readonly childBenefit: Step;
  readonly childBenefitMonthly: Money;
  readonly disability: Step;
  readonly capLevel: Step;
  readonly capExemptAlways: CapExemption | null;
  readonly esaRates: readonly Step[];
  readonly jsaRates: readonly Step[];
  readonly caRates: readonly Step[];
  readonly minimumWage: Step;
}

export function prepare(h: Household, r: Rules): Prepared {
  const sa = standardAllowance(h, r);
  const ce = childElements(h, r);
  const dca = disabledChildAdditions(h, r);
  const health = healthElement(h, r);
  const carer = carerElements(h, r, health);
  const housing = housingElement(h, r);
  const baseMaximum = sa.amount.plus(ce.total.amount).plus(dca.amount).plus(health.step.amount).plus(carer.amount).plus(housing.amount);
  const cb = childBenefit(h, r);
  const uc = r.universalCredit;
  return {
    h,
    r,
    couple: h.adults.length === 2,
    standardAllowance: sa,
    childElements: ce.total,
    childrenLimited: ce.limited,
    disabledChild: dca,
    health,
    carer,
    housing,
    baseMaximum,
    childcareInWork: childcareElement(h, r, true),
    childcareOutOfWork: childcareElement(h, r, false),
    workAllowance: workAllowance(h, r, health, housing),
    tariffIncome: tariffIncome(h, r),
    capitalOverLimit: h.capital.greaterThan(uc.capital.upperLimit.value),
    childBenefit: cb,
    childBenefitMonthly: weeklyToMonthly(cb.amount),
    disability: disabilityBenefits(h, r),
    capLevel: benefitCapLevel(h, r),
    capExemptAlways: alwaysExemptFromCap(h, r, health, carer),
    esaRates: h.adults.map((a) => esaRate(a, r)),
    jsaRates: h.adults.map((a) => jsaRate(a, r)),
    caRates: h.adults.map((a) => carersAllowanceRate(a, h, r)),
    minimumWage: minimumWageFor(h, r),
  };
}

function minimumWageFor(h: Household, r: Rules): Step {
  const mw = r.minimumWage;
  const age = h.adults[0]!.age;
  const leaf = h.job.apprentice && age < 19 ? mw.apprentice : age >= mw.nationalLivingWageAge.value ? mw.age21OrOver : age >= mw.adultRateAge.value ? mw.age18To20 : mw.under18;
  const name = leaf === mw.apprentice ? "apprentice rate" : leaf === mw.age21OrOver ? "National Living Wage" : leaf === mw.age18To20 ? "18 to 20 rate" : "under-18 rate";
  return step(leaf.value, [leaf], { age }, () => `minimum wage for age ${age}: ${gbp(leaf.value)} an hour (${name})`);
}

/** Everything worked out for one number of hours. */
export interface ScenarioState {
  readonly hours: number;
  readonly gross: Step;
  readonly pension: PensionContribution;
  readonly pensionStep: Step;
  readonly ni: Step;
  readonly taxOnEarningsAlone: Money;
  readonly incomeTax: Step;
  readonly takeHome: Step;
  readonly workTest: WorkTest;
  readonly esa: readonly Step[];
  readonly esaEndedBy: "hours" | "earnings" | undefined;
  readonly jsa: readonly Step[];
  readonly jsaEndedBy: "hours" | "earnings" | undefined;
  readonly ca: readonly Step[];
  readonly caLost: boolean;
  readonly esaWeekly: Money;
  readonly jsaWeekly: Money;
  readonly caWeekly: Money;
  readonly ucEarnings: Step;
  readonly childcare: Step;
  readonly ucMaximum: Step;
  readonly taper: Step;
  readonly unearned: Step;
  readonly ucBeforeCap: Step;
  readonly capExemption: CapExemption | null;
  readonly capReduction: Step;
  readonly uc: Step;
  readonly ucWeekly: Money;
  readonly scp: Step;
  readonly netIncome: Step;
  readonly workCosts: Step;
}

export function scenario(p: Prepared, hours: number): ScenarioState {
  const { h, r } = p;
  const claimant = h.adults[0]!;
  const wage = h.job.hourlyWage;

  // Pay, pension, NI and tax on the earnings alone (for the ESA/JSA/CA earnings tests).
  const grossAmount = roundPenny(wage.times(hours));
  const gross = step(grossAmount, [], { hourlyWage: wage, hours }, () => `${gbp(wage)} an hour × ${hours} hours = ${gbp(grossAmount)}`);
  const pension = pensionContribution(grossAmount, h.job.pension, claimant.age, r);
  const pensionStep = step(pension.paidWeekly, pensionRules(p, pension), { grossContribution: pension.grossWeekly }, () =>
    pension.enrolled
      ? `${gbp(pension.paidWeekly)} workplace pension from pay (${pension.reason}${pension.grossWeekly.equals(pension.paidWeekly) ? "" : `; ${gbp(pension.grossWeekly)} with basic-rate relief`})`
      : `no pension contribution (${pension.reason})`,
  );
  const niAmount = weeklyEmployeeNi(grossAmount, r);
  const ni = step(niAmount, niRules(r), { gross: grossAmount }, () =>
    niAmount.isZero()
      ? `no National Insurance: ${gbp(grossAmount)} is not above the ${gbp(r.nationalInsurance.primaryThresholdWeekly.value)} a week primary threshold`
      : `${pct(r.nationalInsurance.mainRate.value)} of pay above ${gbp(r.nationalInsurance.primaryThresholdWeekly.value)} a week = ${gbp(niAmount)}`,
  );
  const payForTax = grossAmount.minus(pension.beforeTaxWeekly);
  const taxAlone = hours > 0 ? weeklyIncomeTax(payForTax, h.region, r).weekly : ZERO;
  const workTest: WorkTest = { hours, netEarnings: grossAmount.minus(taxAlone).minus(niAmount).minus(pension.paidWeekly.div(2)) };

  // ESA, JSA and Carer's Allowance: the person offered the job may lose them; a partner's are unchanged.
  let esaEndedBy: "hours" | "earnings" | undefined;
  let jsaEndedBy: "hours" | "earnings" | undefined;
  const esa = p.esaRates.map((rate, i) => {
    if (i > 0) return rate;
    const res = esaInWork(rate, workTest, r);
    esaEndedBy = res.endedBy;
    return res.step;
  });
  const jsa = p.jsaRates.map((rate, i) => {
    if (i > 0) return rate;
    const res = jsaInWork(rate, workTest, r);
    jsaEndedBy = res.endedBy;
    return res.step;
  });
  let caLost = false;
  const ca = p.caRates.map((rate, i) => {
    const overlap = esa[i]!.amount.plus(jsa[i]!.amount);
    const res = carersAllowanceInWork(rate, i === 0 ? workTest : { hours: 0, netEarnings: ZERO }, overlap, h, r);
    if (i === 0) caLost = res.lost;
    return res.step;
  });
  const esaWeekly = esa.reduce((s, x) => s.plus(x.amount), ZERO);
  const jsaWeekly = jsa.reduce((s, x) => s.plus(x.amount), ZERO);
  const caWeekly = ca.reduce((s, x) => s.plus(x.amount), ZERO);

  // Income tax: PAYE on the job also collects the tax on taxable benefits that continue beside it.
  const taxableBenefits = esa[0]!.amount.plus(jsa[0]!.amount).plus(ca[0]!.amount);
  const taxCalc = hours > 0 ? weeklyIncomeTax(payForTax.plus(taxableBenefits), h.region, r) : null;
  const taxAmount = taxCalc ? taxCalc.weekly : ZERO;
  const incomeTax = step(taxAmount, incomeTaxLeaves(h.region, r), { taxablePayWeekly: payForTax, taxableBenefitsWeekly: taxableBenefits }, () => {
    if (!taxCalc) return "no income tax: no earnings";
    const annual = payForTax.plus(taxableBenefits).times(52);
    const what = taxableBenefits.isZero() ? `${gbp(payForTax)} taxable pay` : `${gbp(payForTax)} taxable pay + ${gbp(taxableBenefits)} taxable benefits`;
    if (taxAmount.isZero()) return `no income tax: ${what} a week is ${gbp(annual)} a year, within the ${gbp(taxCalc.year.personalAllowance)} personal allowance`;
    const bands = taxCalc.year.byBand.map((b) => `${pct(b.rate)} on ${gbp(b.taxed)}`).join(" + ");
    return `${what} a week × 52 = ${gbp(annual)} a year; less the ${gbp(taxCalc.year.personalAllowance)} personal allowance: ${bands} = ${gbp(taxCalc.year.total)} a year ÷ 52 = ${gbp(taxAmount)} a week`;
  });
  const takeHomeAmount = grossAmount.minus(taxAmount).minus(niAmount).minus(pension.paidWeekly);
  const takeHome = step(takeHomeAmount, [], {}, () =>
    `${gbp(grossAmount)} gross − ${gbp(taxAmount)} tax − ${gbp(niAmount)} NI${pension.paidWeekly.isZero() ? "" : ` − ${gbp(pension.paidWeekly)} pension`} = ${gbp(takeHomeAmount)}`,
  );

  // Universal Credit for the assessment period.
  const ucNetWeekly = max0(grossAmount.minus(taxAmount).minus(niAmount).minus(pension.grossWeekly));
  const ucEarningsAmount = weeklyToMonthly(ucNetWeekly);
  const ucEarnings = step(ucEarningsAmount, [], { netWeekly: ucNetWeekly }, () =>
    hours === 0
      ? "no earnings"
      : `earnings after tax, NI${pension.grossWeekly.isZero() ? "" : " and pension (gross)"}: ${gbp(ucNetWeekly)} a week × 52 ÷ 12 = ${gbp(ucEarningsAmount)} a month`,
  );
  const childcare = hours > 0 ? p.childcareInWork : p.childcareOutOfWork;
  const maximumAmount = p.baseMaximum.plus(childcare.amount);
  const ucMaximum = step(maximumAmount, [], {}, () =>
    [p.standardAllowance, p.childElements, p.disabledChild, p.health.step, p.carer, p.housing, childcare]
      .filter((s) => !s.amount.isZero())
      .map((s) => s.text())
      .join("; ") + ` — maximum amount ${gbp(maximumAmount)}`,
  );
  const wa = p.workAllowance;
  const overAllowance = max0(ucEarningsAmount.minus(wa ? wa.amount : ZERO));
  const taperRate = r.universalCredit.taperRate;
  // Rounded to the penny where it is produced (reg 6), as the worked examples do.
  const taperAmount = roundPenny(overAllowance.times(taperRate.value));
  const taper = step(taperAmount, [taperRate, ...(wa ? wa.rules : [])], { earnings: ucEarningsAmount, workAllowance: wa ? wa.amount : ZERO }, () =>
    ucEarningsAmount.isZero()
      ? "no earnings to taper"
      : wa
        ? `${gbp(wa.amount)} work allowance, then ${pct(taperRate.value)} of ${gbp(overAllowance)} (${gbp(ucEarningsAmount)} − ${gbp(wa.amount)}) = ${gbp(taperAmount)}`
        : `no work allowance (no children and no LCW/LCWRA): ${pct(taperRate.value)} of ${gbp(ucEarningsAmount)} = ${gbp(taperAmount)}`,
  );
  const unearnedParts: [string, Money][] = [];
  h.adults.forEach((_, i) => {
    const who = h.adults.length > 1 ? (i === 0 ? "claimant's " : "partner's ") : "";
    if (!esa[i]!.amount.isZero()) unearnedParts.push([`${who}New Style ESA`, weeklyToMonthly(esa[i]!.amount)]);
    if (!jsa[i]!.amount.isZero()) unearnedParts.push([`${who}New Style JSA`, weeklyToMonthly(jsa[i]!.amount)]);
    if (!ca[i]!.amount.isZero()) unearnedParts.push([`${who}${caName(h)}`, weeklyToMonthly(ca[i]!.amount)]);
  });
  const unearnedAmount = unearnedParts.reduce((s, [, m]) => s.plus(m), ZERO);
  const unearned = step(unearnedAmount, [], {}, () =>
    unearnedParts.length
      ? `unearned income, deducted in full: ${unearnedParts.map(([n, m]) => `${gbp(m)} ${n}`).join(" + ")} (weekly × 52 ÷ 12)`
      : "no unearned income",
  );
  const rawUc = maximumAmount.minus(taperAmount).minus(unearnedAmount).minus(p.tariffIncome.amount);
  const ucBeforeCapAmount = p.capitalOverLimit ? ZERO : roundPenny(max0(rawUc));
  const ucBeforeCap = step(ucBeforeCapAmount, p.capitalOverLimit ? [r.universalCredit.capital.upperLimit] : [], {}, () =>
    p.capitalOverLimit
      ? `no UC: savings of ${gbp(h.capital)} are over the ${gbp(r.universalCredit.capital.upperLimit.value)} limit`
      : `${gbp(maximumAmount)} − ${gbp(taperAmount)} earnings taper${unearnedAmount.isZero() ? "" : ` − ${gbp(unearnedAmount)} unearned income`}${
          p.tariffIncome.amount.isZero() ? "" : ` − ${gbp(p.tariffIncome.amount)} tariff income`
        } = ${rawUc.isNegative() ? `${gbp(roundPenny(rawUc))}, so nil` : gbp(ucBeforeCapAmount)}`,
  );

  // Benefit cap.
  const esaSupport = h.adults.some((a, i) => a.newStyleEsa?.phase === "main" && a.newStyleEsa.group === "support" && !esa[i]!.amount.isZero());
  const capExemption: CapExemption | null =
    p.capExemptAlways ??
    (esaSupport ? { code: "esa-support", text: "ESA with the support component is paid", rules: [] } : null) ??
    (caWeekly.greaterThan(0) ? { code: "carers-allowance", text: `${caName(h)} is paid`, rules: [] } : null) ??
    (ucEarningsAmount.greaterThanOrEqualTo(r.benefitCap.earningsExemption.value)
      ? {
          code: "earnings",
          text: `earnings of ${gbp(ucEarningsAmount)} a month reach the ${gbp(r.benefitCap.earningsExemption.value)} earnings exemption`,
          rules: [r.benefitCap.earningsExemption],
        }
      : null);
  const cb = p.childBenefitMonthly;
  const esaMonthly = esa.reduce((s, x) => s.plus(weeklyToMonthly(x.amount)), ZERO);
  const jsaMonthly = jsa.reduce((s, x) => s.plus(weeklyToMonthly(x.amount)), ZERO);
  const capTotal = ucBeforeCapAmount.plus(cb).plus(esaMonthly).plus(jsaMonthly);
  const capExcess = max0(capTotal.minus(p.capLevel.amount).minus(childcare.amount));
  const capAmount = capExemption || ucBeforeCapAmount.isZero() ? ZERO : D.min(capExcess, ucBeforeCapAmount);
  const capReduction = step(capAmount, capExemption ? capExemption.rules : [...p.capLevel.rules], { welfareBenefits: capTotal }, () =>
    capExemption
      ? `no benefit cap: ${capExemption.text}`
      : capAmount.isZero()
        ? `benefits of ${gbp(capTotal)} a month are within the ${gbp(p.capLevel.amount)} benefit cap`
        : `benefit cap: UC ${gbp(ucBeforeCapAmount)} + Child Benefit ${gbp(cb)}${esaMonthly.isZero() ? "" : ` + ESA ${gbp(esaMonthly)}`}${
            jsaMonthly.isZero() ? "" : ` + JSA ${gbp(jsaMonthly)}`
          } = ${gbp(capTotal)}, which is ${gbp(capTotal.minus(p.capLevel.amount))} over the ${gbp(p.capLevel.amount)} cap${
            childcare.amount.isZero() ? "" : ` (less the ${gbp(childcare.amount)} childcare element)`
          }`,
  );
  let ucAmount = ucBeforeCapAmount.minus(capAmount);
  const minAward = r.universalCredit.minimumAward;
  const belowMinimum = ucAmount.greaterThan(0) && ucAmount.lessThan(minAward.value);
  if (belowMinimum) ucAmount = ZERO;
  const uc = step(ucAmount, [minAward], {}, () =>
    capAmount.isZero() ? ucBeforeCap.text() : `${gbp(ucBeforeCapAmount)} − ${gbp(capAmount)} benefit cap = ${gbp(ucAmount)}`,
  );
  const ucWeekly = monthlyToWeekly(ucAmount);
  const scp = scottishChildPayment(h, r, ucAmount.greaterThan(0));

  const parts: [string, Money][] = [
    ["take-home pay", takeHomeAmount],
    ["Universal Credit", ucWeekly],
    ["Child Benefit", p.childBenefit.amount],
    ["PIP/ADP/DLA", p.disability.amount],
    ["New Style ESA", esaWeekly],
    ["New Style JSA", jsaWeekly],
    [caName(h), caWeekly],
    ["Scottish Child Payment", scp.amount],
  ];
  const netAmount = parts.reduce((s, [, m]) => s.plus(m), ZERO);
  const netIncome = step(netAmount, [], {}, () =>
    parts
      .filter(([, m]) => !m.isZero())
      .map(([n, m]) => `${gbp(m)} ${n}`)
      .join(" + ") + ` = ${gbp(netAmount)} a week (before housing costs)`,
  );
  const childcareWeekly = hours > 0 ? monthlyToWeekly(h.childcareMonthly) : ZERO;
  const costsAmount = hours > 0 ? h.job.travelCostsWeekly.plus(h.job.otherCostsWeekly).plus(childcareWeekly) : ZERO;
  const workCosts = step(costsAmount, [], {}, () =>
    hours === 0
      ? "no work costs out of work"
      : `${gbp(h.job.travelCostsWeekly)} travel + ${gbp(h.job.otherCostsWeekly)} other costs + ${gbp(childcareWeekly)} childcare paid (${gbp(h.childcareMonthly)} a month × 12 ÷ 52) = ${gbp(costsAmount)} a week`,
  );

  return {
    hours,
    gross,
    pension,
    pensionStep,
    ni,
    taxOnEarningsAlone: taxAlone,
    incomeTax,
    takeHome,
    workTest,
    esa,
    esaEndedBy,
    jsa,
    jsaEndedBy,
    ca,
    caLost,
    esaWeekly,
    jsaWeekly,
    caWeekly,
    ucEarnings,
    childcare,
    ucMaximum,
    taper,
    unearned,
    ucBeforeCap,
    capExemption,
    capReduction,
    uc,
    ucWeekly,
    scp,
    netIncome,
    workCosts,
  };
}

function pensionRules(p: Prepared, pension: PensionContribution): object[] {
  if (p.h.job.pension === "none") return [];
  const ae = p.r.autoEnrolment;
  return [ae.qualifyingEarningsLowerWeekly, ae.qualifyingEarningsUpperWeekly, ae.minimumEmployeeRate, ae.earningsTriggerWeekly, ae.minimumAge, ...(pension.reason === "relief at source" ? [ae.reliefAtSourceRate] : [])];
}

function niRules(r: Rules): object[] {
  const ni = r.nationalInsurance;
  return [ni.primaryThresholdWeekly, ni.upperEarningsLimitWeekly, ni.mainRate, ni.upperRate];
}
