/**
 * In work versus out of work: the whole household, for each number of hours.
 *
 * `prepare()` works out everything that does not depend on hours once; then
 * `figuresAt()` is cheap enough to run for every half hour from 0 to 50.
 *
 * Figures are per person, then for the household: each adult's own pay, tax,
 * NI and pension, and the personal benefits (New Style ESA and JSA, Carer's
 * Allowance) that their own hours and earnings decide; then the household's
 * Universal Credit on the earnings of both, the benefit cap, council tax and
 * help in kind. The first adult is the person offered the job: the scenarios
 * vary their hours; anyone else's figures are the same in every scenario and
 * are worked out once. The shapes of these figures are in figures.ts.
 */
import { D, ZERO, roundPenny, roundPennyDown, max0, weeklyToMonthly, monthlyToWeekly, WEEKS_PER_YEAR, MONTHS_PER_YEAR, type Money } from "../base/money.js";
import { step, gbp, type Step } from "./explain.js";
import type { Rules } from "../rules/compose.js";
import type { Adult, Household, PartnerJob, PayFrequency, Pension } from "./household.js";
import { periodIncomeTaxAmount, weeklyIncomeTaxAmount } from "./tax/income-tax.js";
import { employeeNi, weeklyEmployeeNi } from "./tax/national-insurance.js";
import { pensionContribution, periodPensionContribution, type PensionContribution, type PeriodPensionContribution } from "./tax/pension.js";
import { payPeriodOf, type PayPeriod } from "./tax/pay-period.js";
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
import { ucAward, monthlyEquivalent as monthly } from "./universal-credit/award.js";
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
import { planCouncilTax, councilTaxReduction, type CouncilTaxPlan, type CtrIncome, type CtrResult } from "./council-tax.js";
import { minimumWageFor } from "./minimum-wage.js";
import type { Figures, PersonFigures, Prepared, PreparedPerson } from "./figures.js";
import { planPassported, passportedHelp, type PassportedPlan, type PassportedResult } from "./passported.js";
import { planHousingBenefit, housingBenefitAt, type HousingBenefitPlan, type HousingBenefitResult } from "./housing-benefit.js";

export function prepare(h: Household, r: Rules): Prepared {
  const sa = standardAllowance(h, r);
  const ce = childElements(h, r);
  const dca = disabledChildAdditions(h, r);
  const health = healthElement(h, r);
  const carer = carerElements(h, r, health);
  const housing = housingElement(h, r);
  const hbPlan = planHousingBenefit(h, r);
  const maximumParts = [sa, ce.total, dca, health.step, carer, housing];
  let baseMaximum = ZERO;
  for (const part of maximumParts) baseMaximum = add(baseMaximum, part.amount);
  const cb = childBenefit(h, r);
  const uc = r.universalCredit;
  const people = h.adults.map((adult) => ({ adult, esaRate: esaRate(adult, r), jsaRate: jsaRate(adult, r), caRate: carersAllowanceRate(adult, h, r), fixed: null as PersonFigures | null }));
  // Someone not offered the job works the same hours (their own job's, or none) in every scenario.
  for (let i = 1; i < people.length; i++) {
    const job = people[i]!.adult.job;
    people[i]!.fixed = job
      ? personAt(h, r, people[i]!, job.hours, partnerGrossWeekly(job), job.pension, job.payFrequency, job.monthlyPay)
      : personAt(h, r, people[i]!, 0, ZERO, "none", undefined);
  }
  const partnerWorks = people.length > 1 && people[1]!.fixed!.hours > 0;
  return {
    h,
    r,
    couple: h.adults.length === 2,
    partnerWorks,
    people,
    standardAllowance: sa,
    childElements: ce.total,
    childrenLimited: ce.limited,
    disabledChild: dca,
    health,
    carer,
    housing,
    maximumParts,
    baseMaximum,
    childcareInWork: childcareElement(h, r, true, partnerWorks),
    childcareOutOfWork: childcareElement(h, r, false, partnerWorks),
    workAllowance: workAllowance(h, r, health, housing, hbPlan?.tenure === "temporary" && hbPlan.maximumPaid.greaterThan(0)),
    tariffIncome: tariffIncome(h, r),
    capitalOverLimit: h.capital.greaterThan(uc.capital.upperLimit.value),
    childBenefit: cb,
    childBenefitMonthly: weeklyToMonthly(cb.amount),
    disability: disabilityBenefits(h, r),
    capLevel: benefitCapLevel(h, r),
    capExemptAlways: alwaysExemptFromCap(h, r, health, carer),
    monthlyOf: new Map(),
    councilTax: planCouncilTax(h, r, health.kind !== "none"),
    passported: planPassported(h, r, ce.total.amount.greaterThan(0), health.kind !== "none"),
    ucChildElements: ce.total.amount.plus(dca.amount),
    ucOtherElements: health.step.amount.plus(carer.amount).plus(dca.amount),
    scpWithUc: scottishChildPayment(h, r, true),
    scpWithoutUc: scottishChildPayment(h, r, false),
    minimumWage: minimumWageStep(h, r),
    fixedWorkCostsWeekly: h.job.travelCostsWeekly.plus(h.job.otherCostsWeekly),
    childcareWeekly: monthlyToWeekly(h.childcareMonthly),
    workCostsInWork: h.job.travelCostsWeekly.plus(h.job.otherCostsWeekly).plus(monthlyToWeekly(h.childcareMonthly)),
    caName: h.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance",
    housingBenefit: hbPlan,
  };
}

/** A partner's pay a week before deductions: the hourly wage × hours, the weekly pay, or the monthly pay × 12 ÷ 52, each to the penny. */
export function partnerGrossWeekly(job: PartnerJob): Money {
  if (job.hourlyWage) return roundPenny(job.hourlyWage.times(job.hours));
  if (job.weeklyPay) return job.weeklyPay;
  return monthlyToWeekly(job.monthlyPay!);
}

/**
 * Pay before deductions for one pay period, from the pay a week: × 1, 2 or
 * 4, or × 52 ÷ 12 to the penny for a month (the monthly pay itself, where
 * that was what was given).
 */
export function grossInPeriod(weekly: Money, period: PayPeriod, monthlyPay?: Money): Money {
  if (period.weeks === 0) return monthlyPay ?? weeklyToMonthly(weekly);
  return period.weeks === 1 ? weekly : weekly.times(period.weeks);
}

function minimumWageStep(h: Household, r: Rules): Step {
  const age = h.adults[0]!.age;
  const mw = minimumWageFor(age, h.job.apprentice, r);
  return step(mw.hourly, [mw.leaf, r.minimumWage.apprenticeRateAgeLimit], { age }, () => `minimum wage for age ${age}: ${gbp(mw.hourly)} an hour (${mw.name})`);
}

/**
 * Take-home pay a month: with a pay frequency, the pay period's × periods a
 * year ÷ 12, to the penny (a month's own for monthly pay); else the week's
 * × 52 ÷ 12.
 */
export function takeHomeMonthlyOf(x: PersonFigures): Money {
  const q = x.period;
  if (!q) return weeklyToMonthly(x.takeHome);
  return q.pay.weeks === 0 || q.takeHome.isZero() ? q.takeHome : roundPenny(q.takeHome.times(q.pay.perYear).div(MONTHS));
}

/**
/** What council tax reduction looks at in a scenario (or one assessment period of it: first-months.ts). */
export function ctrIncomeOf(
  p: Prepared,
  x: { uc: Money; ucMaximum: Money; ucEarnings: Money; unearned: Money; childcare: Money; capReduction: Money; hours: number; people: readonly PersonFigures[] },
): CtrIncome {
  return {
    ucAward: x.uc,
    ucMaximum: x.ucMaximum,
    ucEarnings: x.ucEarnings,
    // UC's unearned income includes tariff income from capital (reg 72).
    ucUnearned: p.tariffIncome.amount.isZero() ? x.unearned : x.unearned.plus(p.tariffIncome.amount),
    ucChildRelated: p.ucChildElements.plus(x.childcare),
    ucChildcare: x.childcare,
    ucChildElements: p.childElements.amount,
    ucCapped: !x.capReduction.isZero(),
    ucHousing: p.housing.amount,
    ucNonStandardElements: p.ucOtherElements.plus(x.childcare),
    // Anyone's hours of work: the earnings disregard applies to a couple's earnings whoever earns them.
    hours: x.people.length === 1 ? x.hours : x.hours + x.people[1]!.hours,
  };
}

/**
 * What net income (a week, before housing costs) is made of, by name: the
 * sum is the figure and the list is its working, so the two cannot differ.
 */
export function netIncomeParts(p: Prepared, f: Pick<Figures, "takeHome" | "ucWeekly" | "esaWeekly" | "jsaWeekly" | "caWeekly" | "scp" | "housingBenefit">): [string, Money][] {
  return [
    ["take-home pay", f.takeHome],
    ["Universal Credit", f.ucWeekly],
    // Before housing costs, as DWP's HBAI measure counts it: UC's housing element is in UC, so HB counts too.
    ["Housing Benefit", f.housingBenefit ? f.housingBenefit.amount : ZERO],
    ["Child Benefit", p.childBenefit.amount],
    ["PIP/ADP/DLA", p.disability.amount],
    ["New Style ESA", f.esaWeekly],
    ["New Style JSA", f.jsaWeekly],
    [p.caName, f.caWeekly],
    ["Scottish Child Payment", f.scp.amount],
  ];
}

/** What the widget stacks in the chart: take-home pay, UC, ESA/JSA, everything else. */
export const otherBenefitsWeekly = (p: Prepared, f: Figures): Money =>
  add(add(add(add(p.childBenefit.amount, p.disability.amount), f.caWeekly), f.scp.amount), f.housingBenefit ? f.housingBenefit.amount : ZERO);

/**
 * New Style ESA, New Style JSA and Carer's Allowance beside a job, each on its
 * own earnings test; `exact` gives the weekly earnings net of the tax on the
 * earnings alone, worked out only if a test asks. The earnings the tests used
 * are read after them (`tested`), as plain values.
 */
function benefitTests(h: Household, r: Rules, pp: Omit<PreparedPerson, "fixed">, hours: number, exact: () => Money) {
  let exactEarnings: Money | undefined;
  const ex = (): Money => (exactEarnings ??= exact());
  const tested: { net?: Money; jsaNet?: Money } = {};
  const net = (): Money => (tested.net ??= roundPenny(ex()));
  // JSA Regs 2013 reg 53: a fraction of a penny in the earnings is disregarded (counting it would be against the claimant).
  const jsaNet = (): Money => (tested.jsaNet ??= roundPennyDown(ex()));
  const esa = esaInWork(pp.esaRate.amount, hours, net, r);
  const jsa = jsaInWork(pp.jsaRate.amount, hours, jsaNet, r);
  const caOverlap = add(esa.amount, jsa.amount);
  const ca = carersAllowanceInWork(pp.caRate.amount, hours, net, caOverlap, h, r);
  return { esa, jsa, ca, caOverlap, taxableBenefits: add(caOverlap, ca.amount), tested };
}

type BenefitTests = ReturnType<typeof benefitTests>;
type PayFigures = Pick<PersonFigures, "hours" | "gross" | "pension" | "ni" | "payForTax" | "incomeTax" | "takeHome" | "ucNetWeekly" | "ucNetMonthly" | "period">;

/**
 * One person's figures from their pay and their benefit tests, for both pay
 * conventions. Each property written out in one literal: a spread in its
 * middle made every sweep point about 1% slower (callgrind), and one at its
 * start a quarter slower. The tests have all run, so their earnings are read
 * as plain properties (objects with getters are slower in V8).
 */
function personFigures(pay: PayFigures, t: BenefitTests): PersonFigures {
  return {
    hours: pay.hours,
    gross: pay.gross,
    pension: pay.pension,
    ni: pay.ni,
    payForTax: pay.payForTax,
    taxableBenefits: t.taxableBenefits,
    incomeTax: pay.incomeTax,
    takeHome: pay.takeHome,
    benefitTestEarnings: t.tested.net,
    jsaTestEarnings: t.tested.jsaNet,
    esa: t.esa.amount,
    esaEndedBy: t.esa.endedBy,
    jsa: t.jsa.amount,
    jsaEndedBy: t.jsa.endedBy,
    jsaExcessEarnings: t.jsa.excess,
    ca: t.ca.amount,
    caOverlap: t.caOverlap,
    caLost: t.ca.lost,
    ucNetWeekly: pay.ucNetWeekly,
    ucNetMonthly: pay.ucNetMonthly,
    period: pay.period,
  };
}

/**
 * One adult's pay, deductions and personal benefits at `hours` a week of work
 * for `gross` a week, paid at `frequency` (not given: the weekly convention).
 */
function personAt(
  h: Household,
  r: Rules,
  pp: Omit<PreparedPerson, "fixed">,
  hours: number,
  gross: Money,
  pensionChoice: Pension,
  frequency: PayFrequency | undefined,
  monthlyPay?: Money,
): PersonFigures {
  if (frequency && hours > 0) return personPerPeriod(h, r, pp, hours, gross, pensionChoice, frequency, monthlyPay);
  const pension = pensionContribution(gross, pensionChoice, pp.adult.age, r);
  const ni = gross.isZero() ? ZERO : weeklyEmployeeNi(gross, r);
  const payForTax = pension.beforeTaxWeekly.isZero() ? gross : gross.minus(pension.beforeTaxWeekly);

  // ESA/JSA/CA tests use earnings net of the tax on the earnings alone; worked out only if a test asks.
  const tests = benefitTests(h, r, pp, hours, () =>
    minusNonZero(gross, hours > 0 ? weeklyIncomeTaxAmount(payForTax, h.region, r) : ZERO, ni, pension.paidWeekly.times(HALF)),
  );

  // Income tax: PAYE on the job also collects the tax on taxable benefits that continue beside it.
  const { taxableBenefits } = tests;
  const incomeTax = hours > 0 ? weeklyIncomeTaxAmount(taxableBenefits.isZero() ? payForTax : payForTax.plus(taxableBenefits), h.region, r) : ZERO;
  const takeHome = minusNonZero(gross, incomeTax, ni, pension.paidWeekly);
  const ucNetWeekly = pension.grossWeekly.equals(pension.paidWeekly) ? max0(takeHome) : max0(minusNonZero(gross, incomeTax, ni, pension.grossWeekly));
  const ucNetMonthly = ucNetWeekly.isZero() ? ZERO : weeklyToMonthly(ucNetWeekly);
  return personFigures({ hours, gross, pension, ni, payForTax, incomeTax, takeHome, ucNetWeekly, ucNetMonthly, period: null }, tests);
}

/**
 * The same, paid at an explicit frequency: tax, NI and pension worked on one
 * pay period's pay (NI with the period's thresholds, the pension on the pay
 * reference period's band, income tax as the annual liability on the
 * period's taxable pay × periods a year ÷ periods), then each weekly figure
 * as the period's × periods a year ÷ 52, to the penny.
 */
function personPerPeriod(
  h: Household,
  r: Rules,
  pp: Omit<PreparedPerson, "fixed">,
  hours: number,
  grossWeekly: Money,
  pensionChoice: Pension,
  frequency: PayFrequency,
  monthlyPay: Money | undefined,
): PersonFigures {
  const pay = payPeriodOf(frequency);
  const n = pay.perYear;
  const toWeek = (x: Money): Money => (x.isZero() || pay.weeks === 1 ? x : roundPenny(x.times(n).div(WEEKS)));
  const gross = grossInPeriod(grossWeekly, pay, monthlyPay);
  const pension = periodPensionContribution(gross, pensionChoice, pp.adult.age, pay.kind, r);
  const ni = employeeNi(gross, pay.kind, r);
  const payForTax = pension.beforeTax.isZero() ? gross : gross.minus(pension.beforeTax);
  const annualPay = payForTax.times(n);

  // ESA/JSA/CA tests: the period's earnings net of the tax on the earnings alone, as a weekly amount
  // (× periods a year ÷ 52: monthly × 12 ÷ 52, four-weekly ÷ 4; JSA Regs 2013 reg 57(1), Computation of Earnings Regs reg 8).
  const tests = benefitTests(h, r, pp, hours, () =>
    minusNonZero(gross, periodIncomeTaxAmount(annualPay, n, h.region, r), ni, pension.paid.times(HALF)).times(n).div(WEEKS),
  );

  // PAYE on the job also collects the tax on the year's taxable benefits that continue beside it.
  const { taxableBenefits } = tests;
  const annualTaxable = taxableBenefits.isZero() ? annualPay : annualPay.plus(taxableBenefits.times(WEEKS));
  const incomeTax = periodIncomeTaxAmount(annualTaxable, n, h.region, r);
  const takeHome = minusNonZero(gross, incomeTax, ni, pension.paid);
  const ucNet = pension.gross.equals(pension.paid) ? max0(takeHome) : max0(minusNonZero(gross, incomeTax, ni, pension.gross));
  // The week's figures, each the period's × periods a year ÷ 52 to the penny (pay a week is the week's pay
  // itself: × 4 ÷ 4, or × 52 ÷ 12 to the penny and back, gives it again); take-home pay a week is what they leave
  // (so the week's figures add up; it can differ by a penny from the period's take-home ÷ weeks).
  const niW = toWeek(ni);
  const taxW = toWeek(incomeTax);
  const paidW = toWeek(pension.paid);
  const grossPensionW = pension.gross === pension.paid ? paidW : toWeek(pension.gross);
  const beforeTaxW = pension.beforeTax.isZero() ? ZERO : grossPensionW;
  const takeHomeW = pay.weeks === 1 ? takeHome : minusNonZero(grossWeekly, taxW, niW, paidW);
  const ucNetWeekly = pay.weeks === 1 ? ucNet : grossPensionW === paidW ? max0(takeHomeW) : max0(minusNonZero(grossWeekly, taxW, niW, grossPensionW));
  return personFigures(
    {
      hours,
      gross: grossWeekly,
      pension: { paidWeekly: paidW, grossWeekly: grossPensionW, beforeTaxWeekly: beforeTaxW, enrolled: pension.enrolled, reason: pension.reason },
      ni: niW,
      payForTax: beforeTaxW.isZero() ? grossWeekly : grossWeekly.minus(beforeTaxW),
      incomeTax: taxW,
      takeHome: takeHomeW,
      ucNetWeekly,
      ucNetMonthly: pay.weeks === 0 || ucNet.isZero() ? ucNet : roundPenny(ucNet.times(n).div(MONTHS)),
      period: { frequency, pay, gross, pension, ni, payForTax, annualTaxable, incomeTax, takeHome, ucNet },
    },
    tests,
  );
}

export function figuresAt(p: Prepared, hours: number): Figures {
  const { h, r } = p;

  // Each person: the one offered the job at these hours; anyone else as worked out once.
  const claimant = personAt(h, r, p.people[0]!, hours, hours === 0 ? ZERO : roundPenny(h.job.hourlyWage.times(hours)), h.job.pension, h.job.payFrequency);
  const people = p.people.length === 1 ? [claimant] : p.people.map((pp, i) => (i === 0 ? claimant : pp.fixed!));
  let takeHome = ZERO;
  let esaWeekly = ZERO;
  let jsaWeekly = ZERO;
  let caWeekly = ZERO;
  let ucNetWeekly = ZERO;
  let ucEarnings = ZERO;
  for (const x of people) {
    takeHome = add(takeHome, x.takeHome);
    esaWeekly = add(esaWeekly, x.esa);
    jsaWeekly = add(jsaWeekly, x.jsa);
    caWeekly = add(caWeekly, x.ca);
    ucNetWeekly = add(ucNetWeekly, x.ucNetWeekly);
    // Each earner's month (× 52 ÷ 12, or a pay period's × periods a year ÷ 12, to the penny), then the couple's sum.
    if (!x.ucNetMonthly.isZero()) ucEarnings = add(ucEarnings, x.ucNetMonthly);
  }

  // Universal Credit for the assessment period, on everyone's earnings.
  const childcare = hours > 0 ? p.childcareInWork : p.childcareOutOfWork;
  const ucMaximum = childcare.amount.isZero() ? p.baseMaximum : p.baseMaximum.plus(childcare.amount);
  let unearned = ZERO;
  for (const x of people) for (const b of [x.esa, x.jsa, x.ca]) if (!b.isZero()) unearned = unearned.plus(monthly(p, b));
  const award = ucAward(p, { people, ucMaximum, childcareAmount: childcare.amount, unearned, caWeekly }, ucEarnings);
  const { overAllowance, taper, rawUc, ucBeforeCap, capExemption, capTotal, capOtherBenefits, capExcess, capReduction, uc } = award;
  const ucWeekly = uc.isZero() ? ZERO : monthlyToWeekly(uc);
  const scp = uc.isZero() ? p.scpWithoutUc : p.scpWithUc;
  // Housing Benefit: the maximum while UC is awarded (a capped award of nil still counts), means-tested once it is not.
  const housingBenefit = p.housingBenefit
    ? housingBenefitAt(p.housingBenefit, h, r, { ucEntitled: !ucBeforeCap.lessThan(r.universalCredit.minimumAward.value), hours, people })
    : null;

  let netIncome = ZERO;
  for (const [, amount] of netIncomeParts(p, { takeHome, ucWeekly, esaWeekly, jsaWeekly, caWeekly, scp, housingBenefit })) netIncome = add(netIncome, amount);
  const workCosts = hours > 0 ? p.workCostsInWork : ZERO;
  const councilTax = p.councilTax ? councilTaxReduction(p.councilTax, ctrIncomeOf(p, { uc, ucMaximum, ucEarnings, unearned, childcare: childcare.amount, capReduction, hours, people })) : null;
  const passported = p.passported ? passportedHelp(p.passported, r, uc.greaterThan(0), ucEarnings, scp.amount.greaterThan(0)) : null;
  return {
    hours,
    people,
    claimant,
    takeHome,
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
    capOtherBenefits,
    capExcess,
    capReduction,
    uc,
    ucWeekly,
    scp,
    netIncome,
    workCosts,
    councilTax,
    passported,
    housingBenefit,
  };
}

const HALF = new D("0.5");
const WEEKS = WEEKS_PER_YEAR;
const MONTHS = MONTHS_PER_YEAR;

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
