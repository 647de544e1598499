/**
 * In work versus out of work: the whole household, for each number of hours.
 *
 * `prepare()` works out everything that does not depend on hours once; then
 * `scenario()` is cheap enough to run for every half hour from 0 to 50.
 */
import { D, ZERO, roundPenny, max0, weeklyToMonthly, monthlyToWeekly, type Money } from "./money.js";
import { step, gbp, type Step } from "./explain.js";
import type { Rules } from "../rules/compose.js";
import type { Household } from "./household.js";
import { weeklyIncomeTaxAmount } from "./tax/income-tax.js";
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
  type EndedBy,
} from "./benefits/contributory.js";
import { disabilityBenefits, childBenefit, scottishChildPayment } from "./benefits/non-means-tested.js";
import { benefitCapLevel, alwaysExemptFromCap, type CapExemption } from "./benefit-cap.js";
import { planCouncilTax, councilTaxReduction, type CouncilTaxPlan, type CtrResult } from "./council-tax.js";
import { planPassported, passportedHelp, type PassportedPlan, type PassportedResult } from "./passported.js";

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
  readonly fixedWorkCostsWeekly: Money;
  /** Weekly benefit amount (as a string) → monthly: the same few amounts recur at every sweep point. */
  readonly monthlyOf: Map<Money, Money>;
  /** Council tax and the reduction scheme, if council tax was given. */
  readonly councilTax: CouncilTaxPlan | null;
  /** Help with health costs, Healthy Start, free school meals: what there is to lose, if anything. */
  readonly passported: PassportedPlan | null;
  /** UC elements for a child (child elements, disabled child additions), monthly: Scottish CTR counts them. */
  readonly ucChildElements: Money;
  /** LCW/LCWRA, carer and disabled child elements, monthly. */
  readonly ucOtherElements: Money;
  /** Scottish Child Payment with UC in payment, and without. */
  readonly scpWithUc: Step;
  readonly scpWithoutUc: Step;
  readonly childcareWeekly: Money;
  /** Travel, other costs and childcare paid, a week, while working. */
  readonly workCostsInWork: Money;
  readonly caName: string;
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
    monthlyOf: new Map(),
    councilTax: planCouncilTax(h, r, health.kind !== "none"),
    passported: planPassported(h, r, ce.total.amount.greaterThan(0), health.kind !== "none"),
    ucChildElements: ce.total.amount.plus(dca.amount),
    ucOtherElements: health.step.amount.plus(carer.amount).plus(dca.amount),
    scpWithUc: scottishChildPayment(h, r, true),
    scpWithoutUc: scottishChildPayment(h, r, false),
    minimumWage: minimumWageFor(h, r),
    fixedWorkCostsWeekly: h.job.travelCostsWeekly.plus(h.job.otherCostsWeekly),
    childcareWeekly: monthlyToWeekly(h.childcareMonthly),
    workCostsInWork: h.job.travelCostsWeekly.plus(h.job.otherCostsWeekly).plus(monthlyToWeekly(h.childcareMonthly)),
    caName: h.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance",
  };
}

function minimumWageFor(h: Household, r: Rules): Step {
  const mw = r.minimumWage;
  const age = h.adults[0]!.age;
  const leaf = h.job.apprentice && age < 19 ? mw.apprentice : age >= mw.nationalLivingWageAge.value ? mw.age21OrOver : age >= mw.adultRateAge.value ? mw.age18To20 : mw.under18;
  const name = leaf === mw.apprentice ? "apprentice rate" : leaf === mw.age21OrOver ? "National Living Wage" : leaf === mw.age18To20 ? "18 to 20 rate" : "under-18 rate";
  return step(leaf.value, [leaf], { age }, () => `minimum wage for age ${age}: ${gbp(leaf.value)} an hour (${name})`);
}

/**
 * Every figure for one number of hours, as plain amounts: what the sweep and
 * the charts need. No text is written here (see explain-scenario.ts), which
 * keeps the 101-point sweep fast enough to rerun on every keystroke.
 */
export interface Figures {
  readonly hours: number;
  readonly gross: Money;
  readonly pension: PensionContribution;
  readonly ni: Money;
  /** Pay that income tax is charged on (gross less net-pay pension contributions). */
  readonly payForTax: Money;
  /** ESA, JSA and CA of the person offered the job, taxed through PAYE beside the job. */
  readonly taxableBenefits: Money;
  readonly incomeTax: Money;
  readonly takeHome: Money;
  /** Earnings for the ESA/JSA/CA tests, if a test needed them. */
  readonly benefitTestEarnings: Money | undefined;
  readonly esa: readonly Money[];
  readonly esaEndedBy: EndedBy;
  readonly jsa: readonly Money[];
  readonly jsaEndedBy: EndedBy;
  readonly ca: readonly Money[];
  readonly caOverlap: readonly Money[];
  readonly caLost: boolean;
  readonly esaWeekly: Money;
  readonly jsaWeekly: Money;
  readonly caWeekly: Money;
  readonly ucNetWeekly: Money;
  readonly ucEarnings: Money;
  readonly childcare: Step;
  readonly ucMaximum: Money;
  readonly overAllowance: Money;
  readonly taper: Money;
  readonly unearned: Money;
  readonly rawUc: Money;
  readonly ucBeforeCap: Money;
  readonly capExemption: CapExemption | null;
  readonly capTotal: Money;
  readonly capReduction: Money;
  readonly uc: Money;
  readonly ucWeekly: Money;
  readonly scp: Step;
  readonly netIncome: Money;
  readonly workCosts: Money;
  readonly councilTax: CtrResult | null;
  readonly passported: PassportedResult | null;
}

/** What the widget stacks in the chart: take-home pay, UC, ESA/JSA, everything else. */
export const otherBenefitsWeekly = (p: Prepared, f: Figures): Money => add(add(add(p.childBenefit.amount, p.disability.amount), f.caWeekly), f.scp.amount);

export function figuresAt(p: Prepared, hours: number): Figures {
  const { h, r } = p;
  const claimant = h.adults[0]!;

  // Pay, pension and NI.
  const gross = roundPenny(h.job.hourlyWage.times(hours));
  const pension = pensionContribution(gross, h.job.pension, claimant.age, r);
  const ni = weeklyEmployeeNi(gross, r);
  const payForTax = pension.beforeTaxWeekly.isZero() ? gross : gross.minus(pension.beforeTaxWeekly);

  // ESA/JSA/CA tests use earnings net of the tax on the earnings alone; worked out only if a test asks.
  let testEarnings: Money | undefined;
  const net = (): Money =>
    (testEarnings ??= roundPenny(minusNonZero(gross, hours > 0 ? weeklyIncomeTaxAmount(payForTax, h.region, r) : ZERO, ni, pension.paidWeekly.times(HALF))));

  // The person offered the job may lose ESA, JSA or CA; a partner's are unchanged.
  const esa0 = esaInWork(p.esaRates[0]!.amount, hours, net, r);
  const jsa0 = jsaInWork(p.jsaRates[0]!.amount, hours, net, r);
  const esa = p.esaRates.map((x, i) => (i === 0 ? esa0.amount : x.amount));
  const jsa = p.jsaRates.map((x, i) => (i === 0 ? jsa0.amount : x.amount));
  let caLost = false;
  const caOverlap = esa.map((e, i) => (e.isZero() ? jsa[i]! : jsa[i]!.isZero() ? e : e.plus(jsa[i]!)));
  const ca = p.caRates.map((x, i) => {
    const res = carersAllowanceInWork(x.amount, i === 0 ? hours : 0, net, caOverlap[i]!, h, r);
    if (i === 0) caLost = res.lost;
    return res.amount;
  });
  const esaWeekly = sumNonZero(esa);
  const jsaWeekly = sumNonZero(jsa);
  const caWeekly = sumNonZero(ca);

  // Income tax: PAYE on the job also collects the tax on taxable benefits that continue beside it.
  const taxableBenefits = add(add(esa[0]!, jsa[0]!), ca[0]!);
  const incomeTax = hours > 0 ? weeklyIncomeTaxAmount(taxableBenefits.isZero() ? payForTax : payForTax.plus(taxableBenefits), h.region, r) : ZERO;
  const takeHome = minusNonZero(gross, incomeTax, ni, pension.paidWeekly);

  // Universal Credit for the assessment period.
  const ucNetWeekly = pension.grossWeekly.equals(pension.paidWeekly) ? max0(takeHome) : max0(minusNonZero(gross, incomeTax, ni, pension.grossWeekly));
  const ucEarnings = ucNetWeekly.isZero() ? ZERO : weeklyToMonthly(ucNetWeekly);
  const childcare = hours > 0 ? p.childcareInWork : p.childcareOutOfWork;
  const ucMaximum = childcare.amount.isZero() ? p.baseMaximum : p.baseMaximum.plus(childcare.amount);
  const wa = p.workAllowance;
  const overAllowance = wa ? max0(ucEarnings.minus(wa.amount)) : ucEarnings;
  // Rounded to the penny where it is produced (reg 6), as the worked examples do.
  const taper = overAllowance.isZero() ? ZERO : roundPenny(overAllowance.times(r.universalCredit.taperRate.value));
  let unearned = ZERO;
  for (const list of [esa, jsa, ca]) for (const x of list) if (!x.isZero()) unearned = unearned.plus(monthly(p, x));
  const rawUc = minusNonZero(ucMaximum, taper, unearned, p.tariffIncome.amount);
  const ucBeforeCap = p.capitalOverLimit ? ZERO : roundPenny(max0(rawUc));

  // Benefit cap (regs 78-83): exemptions first, then the excess over the cap, less any childcare element.
  const esaSupport = h.adults.some((a, i) => a.newStyleEsa?.phase === "main" && a.newStyleEsa.group === "support" && !esa[i]!.isZero());
  const capExemption: CapExemption | null =
    p.capExemptAlways ??
    (esaSupport ? { code: "esa-support", text: () => "ESA with the support component is paid", rules: [] } : null) ??
    (caWeekly.greaterThan(0) ? { code: "carers-allowance", text: () => `${p.caName} is paid`, rules: [] } : null) ??
    (ucEarnings.greaterThanOrEqualTo(r.benefitCap.earningsExemption.value)
      ? {
          code: "earnings",
          text: () => `earnings of ${gbp(ucEarnings)} a month reach the ${gbp(r.benefitCap.earningsExemption.value)} earnings exemption`,
          rules: [r.benefitCap.earningsExemption],
        }
      : null);
  const capApplies = !capExemption && !ucBeforeCap.isZero();
  let capTotal = ZERO;
  let capReduction = ZERO;
  if (capApplies) {
    capTotal = ucBeforeCap.plus(p.childBenefitMonthly);
    for (const list of [esa, jsa]) for (const x of list) if (!x.isZero()) capTotal = capTotal.plus(monthly(p, x));
    capReduction = D.min(max0(capTotal.minus(p.capLevel.amount).minus(childcare.amount)), ucBeforeCap);
  }
  let uc = capReduction.isZero() ? ucBeforeCap : ucBeforeCap.minus(capReduction);
  if (uc.greaterThan(0) && uc.lessThan(r.universalCredit.minimumAward.value)) uc = ZERO;
  const ucWeekly = uc.isZero() ? ZERO : monthlyToWeekly(uc);
  const scp = uc.isZero() ? p.scpWithoutUc : p.scpWithUc;

  const netIncome = add(add(add(add(add(add(add(takeHome, ucWeekly), p.childBenefit.amount), p.disability.amount), esaWeekly), jsaWeekly), caWeekly), scp.amount);
  const workCosts = hours > 0 ? p.workCostsInWork : ZERO;
  const councilTax = p.councilTax
    ? councilTaxReduction(p.councilTax, {
        ucAward: uc,
        ucMaximum,
        ucEarnings,
        // UC's unearned income includes tariff income from capital (reg 72).
        ucUnearned: p.tariffIncome.amount.isZero() ? unearned : unearned.plus(p.tariffIncome.amount),
        ucChildRelated: p.ucChildElements.plus(childcare.amount),
        ucChildElements: p.childElements.amount,
        ucCapped: !capReduction.isZero(),
        ucHousing: p.housing.amount,
        ucNonStandardElements: p.ucOtherElements.plus(childcare.amount),
        hours,
      })
    : null;
  const passported = p.passported ? passportedHelp(p.passported, r, uc.greaterThan(0), ucEarnings, scp.amount.greaterThan(0)) : null;
  return {
    hours,
    gross,
    pension,
    ni,
    payForTax,
    taxableBenefits,
    incomeTax,
    takeHome,
    // A plain property (not a getter): objects with accessors are slower in V8, and
    // every test that needs these earnings has run by now.
    benefitTestEarnings: testEarnings,
    esa,
    esaEndedBy: esa0.endedBy,
    jsa,
    jsaEndedBy: jsa0.endedBy,
    ca,
    caOverlap,
    caLost,
    esaWeekly,
    jsaWeekly,
    caWeekly,
    ucNetWeekly,
    ucEarnings,
    childcare,
    ucMaximum,
    overAllowance,
    taper,
    unearned,
    rawUc,
    ucBeforeCap,
    capExemption,
    capTotal,
    capReduction,
    uc,
    ucWeekly,
    scp,
    netIncome,
    workCosts,
    councilTax,
    passported,
  };
}

const HALF = new D("0.5");

/**
 * Weekly benefit → monthly (× 52 ÷ 12, to the penny). A benefit paid at its
 * full rate is the same Decimal object at every sweep point, so its monthly
 * figure is remembered by identity; reduced amounts are simply converted.
 */
function monthly(p: Prepared, weekly: Money): Money {
  let m = p.monthlyOf.get(weekly);
  if (!m) {
    m = weeklyToMonthly(weekly);
    if (p.monthlyOf.size < 64) p.monthlyOf.set(weekly, m);
  }
  return m;
}

/** a − b − c …, skipping zeros (every Decimal operation costs; the sweep runs 101 times). */
function minusNonZero(a: Money, ...bs: Money[]): Money {
  let x = a;
  for (const b of bs) if (!b.isZero()) x = x.minus(b);
  return x;
}

/** a + b, with no Decimal work when either is nil. */
const add = (a: Money, b: Money): Money => (b.isZero() ? a : a.isZero() ? b : a.plus(b));

function sumNonZero(xs: readonly Money[]): Money {
  let s = ZERO;
  for (const x of xs) if (!x.isZero()) s = s.isZero() ? x : s.plus(x);
  return s;
}

export { monthly as monthlyEquivalent };
