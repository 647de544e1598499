/**
 * Housing Benefit beside Universal Credit, for a home in specified
 * accommodation (UC Regs 2013 Sch 1 para 3A: exempt accommodation, managed
 * supported housing, refuges, council hostels) or temporary accommodation
 * arranged by a council (para 3B). UC meets none of that rent (Sch 1 para
 * 3(h), (i)); the council's Housing Benefit does, under the Housing Benefit
 * Regulations 2006 (SI 2006/213). HB is reserved: the same in England,
 * Wales and Scotland.
 *
 * - While the claimant is entitled to UC (an award of at least 1p before the
 *   benefit cap; a capped award of nil still counts), all income and capital
 *   are disregarded (Sch 4 para 12, Sch 5 para 4, Sch 6 para 5): HB is the
 *   maximum, the weekly eligible rent less non-dependant deductions (regs 70,
 *   74, 80), whatever the earnings.
 * - Once earnings end the UC award, HB is worked out on the ordinary rules:
 *   65% (reg 71) of income above the applicable amount (reg 22, Sch 3:
 *   personal allowance, children, premiums, the support component) comes off
 *   the maximum. Income: weekly earnings after tax, NI and half of pension
 *   contributions (reg 36(3)) less the Sch 4 disregards (£5/£10/£25/£20, the
 *   additional £17.10 of para 17 and, from 5 October 2026, the specified and
 *   temporary accommodation disregard of para 18), less relevant childcare
 *   charges up to £175 (one child) or £300 a week (regs 27(1)(c), (3), 28:
 *   a lone parent in remunerative work, 16 hours or more, or a couple both
 *   in it; not the partner-incapacitated case of reg 28(1)(c)), New Style ESA and JSA and
 *   Carer's Allowance in full, and tariff income from capital (reg 52). Child
 *   Benefit, PIP, ADP, DLA and Scottish Child Payment are disregarded.
 * - HB of less than 50p a week is not paid (reg 75).
 * - The UC benefit cap counts HB as nil (UC Regs reg 80(2A)); the HB cap is
 *   not applied while UC is received (HB Regs reg 75F(1)(g)).
 *
 * `planHousingBenefit()` does everything that does not depend on hours, once;
 * `housingBenefitAt()` is cheap for each point of the sweep.
 */
import { D, ZERO, roundPenny, max0, type Money } from "../base/money.js";
import { gbp, pct } from "./explain.js";
import type { Rules } from "../rules/compose.js";
import type { Adult, Household } from "./household.js";
import { nonDependantsOf } from "./council-tax.js";
import type { PersonFigures } from "./calculate.js";

const HALF = new D("0.5");
const WEEKS = 52;
const MONTHS = 12;

type Leaf = { readonly value: Money };

interface Part {
  readonly name: string;
  readonly amount: Money;
  readonly rules: readonly object[];
}

export interface HousingBenefitPlan {
  readonly tenure: "supported" | "temporary";
  /** Weekly eligible rent (reg 80: a monthly rent × 12 ÷ 52). */
  readonly eligibleRent: Money;
  readonly rentText: string;
  readonly nonDependantDeductions: Money;
  readonly nonDependantText: string;
  /** Maximum HB: eligible rent less non-dependant deductions (reg 70). */
  readonly maximum: Money;
  /** HB actually paid at the maximum (nil under the 50p minimum). */
  readonly maximumPaid: Money;
  /** Service charges HB does not meet, a week: paid from income in and out of work. */
  readonly ineligibleCharges: Money;
  /** The applicable amount without the carer premium (which depends on Carer's Allowance at each number of hours). */
  readonly applicableParts: readonly Part[];
  readonly applicableBase: Money;
  readonly carerPremium: Leaf & object;
  readonly disregardLeaf: Leaf & object;
  readonly disregardName: string;
  readonly hasDisabilityPremiumOrComponent: boolean;
  readonly specifiedDisregard: (Leaf & object) | null;
  /** The £5/£10/£20/£25 disregard plus any para 18 disregard, and that plus the para 17 £17.10 (the earnings para 17 needs). */
  readonly basicDisregards: Money;
  readonly withAdditional: Money;
  /** Childcare paid, a week (the household's monthly costs × 12 ÷ 52), for children reg 28(6) covers; nil if none. */
  readonly childcareCharges: Money;
  /** The reg 27(3) maximum deduction for the number of those children (null when there are none). */
  readonly childcareMaximum: (Leaf & object) | null;
  /** The charges up to that maximum: what reg 27(1)(c) would deduct (and para 17(3) counts). */
  readonly childcareDeductible: Money;
  readonly capitalOverLimit: boolean;
  readonly tariffIncome: Money;
  readonly rules: readonly object[];
  /** The rule values every means-tested figure rests on (worked out once). */
  readonly meansTestRules: readonly object[];
}

export interface HousingBenefitResult {
  /** HB a week. */
  readonly amount: Money;
  /** Entitled to UC, so maximum HB with no means test. */
  readonly passported: boolean;
  readonly text: () => string;
  readonly rules: readonly object[];
}

const weeklyFromMonthly = (m: Money): Money => roundPenny(m.times(MONTHS).div(WEEKS));

/** Gets a benefit that stops non-dependant deductions (HB Regs reg 74(6)(b)): Attendance Allowance, DLA care at any rate, PIP or ADP daily living. */
const exemptsFromNonDependantDeductions = (a: Adult) => Boolean((a.pip ?? a.adp)?.dailyLiving) || Boolean(a.dla?.care);
/** Qualifies for the severe disability premium's benefit test (Sch 3 para 14): daily living, or DLA care at the middle or highest rate. */
const severelyDisabled = (a: Adult) => Boolean((a.pip ?? a.adp)?.dailyLiving) || a.dla?.care === "middle" || a.dla?.care === "highest";

export function planHousingBenefit(h: Household, r: Rules): HousingBenefitPlan | null {
  const tenure = h.housing.tenure;
  if (tenure !== "supported" && tenure !== "temporary") return null;
  const hb = r.housingBenefit;
  const hs = h.housing;
  const couple = h.adults.length === 2;
  const kids = h.children.length;

  // Eligible rent, a week (reg 80(2)).
  const eligibleRent = hs.rentWeekly ?? weeklyFromMonthly(hs.rentMonthly ?? ZERO);
  const rentText =
    hs.rentWeekly !== undefined ? `${gbp(eligibleRent)} eligible rent a week` : `${gbp(hs.rentMonthly ?? ZERO)} eligible rent a month × 12 ÷ 52 = ${gbp(eligibleRent)} a week`;
  const ineligibleCharges =
    hs.ineligibleServiceChargesWeekly ?? (hs.ineligibleServiceChargesMonthly ? weeklyFromMonthly(hs.ineligibleServiceChargesMonthly) : ZERO);

  // Non-dependant deductions (reg 74), by each non-dependant's gross weekly income.
  const bands = hb.nonDependantDeductions.value;
  const nonDeps = nonDependantsOf(h);
  const exemptClaimant = h.adults.some(exemptsFromNonDependantDeductions);
  let nd = ZERO;
  const each: string[] = [];
  if (!exemptClaimant)
    for (const n of nonDeps) {
      if (n.exempt || n.age < 18) continue;
      const income = n.grossWeeklyIncome ?? ZERO;
      let d = bands[0]!.deduction;
      for (const b of bands) if (!income.lessThan(b.fromGrossWeekly)) d = b.deduction;
      nd = nd.plus(d);
      each.push(gbp(d));
    }
  const nonDependantText = nonDeps.length === 0
    ? ""
    : exemptClaimant
      ? "no non-dependant deductions: the claimant or partner gets PIP or ADP daily living or DLA care (reg 74(6))"
      : each.length
        ? `less non-dependant deduction${each.length > 1 ? "s" : ""} ${each.join(" + ")} (reg 74)`
        : "no non-dependant deductions (none is liable)";
  const maximum = max0(eligibleRent.minus(nd));
  const maximumPaid = maximum.lessThan(hb.minimumAward.value) ? ZERO : maximum;

  // Applicable amount (reg 22, Sch 3), used only when no UC is awarded.
  const older = hb.higherRateAge.value;
  const claimant = h.adults[0]!;
  const mainPhaseEsa = h.adults.some((a) => a.newStyleEsa?.phase === "main");
  const pa = couple
    ? h.adults.every((a) => a.age < 18)
      ? hb.personalAllowanceCoupleBothUnder18
      : hb.personalAllowanceCouple
    : kids > 0
      ? claimant.age >= 18
        ? hb.personalAllowanceSingle25OrOver
        : hb.personalAllowanceSingleUnder25
      : claimant.age >= older || mainPhaseEsa
        ? hb.personalAllowanceSingle25OrOver
        : hb.personalAllowanceSingleUnder25;
  const parts: Part[] = [{ name: "personal allowance", amount: pa.value, rules: [pa, hb.higherRateAge] }];
  if (kids) parts.push({ name: `${kids} × ${gbp(hb.childAllowance.value)} for children`, amount: hb.childAllowance.value.times(kids), rules: [hb.childAllowance] });
  for (const c of h.children) {
    if (c.disability) parts.push({ name: "disabled child premium", amount: hb.disabledChildPremium.value, rules: [hb.disabledChildPremium] });
    if (c.disability === "higher")
      parts.push({ name: "enhanced disability premium (child)", amount: hb.enhancedDisabilityPremiumChild.value, rules: [hb.enhancedDisabilityPremiumChild] });
  }
  const limited = h.adults.some((a) => a.lcw || a.lcwra || a.newStyleEsa);
  const disabilityPremium = !limited && h.adults.some((a) => a.pip || a.adp || a.dla);
  if (disabilityPremium) {
    const leaf = couple ? hb.disabilityPremiumCouple : hb.disabilityPremiumSingle;
    parts.push({ name: "disability premium", amount: leaf.value, rules: [leaf] });
  }
  const supportComponent = h.adults.some((a) => a.lcwra || (a.newStyleEsa?.phase === "main" && a.newStyleEsa.group === "support"));
  if (supportComponent) parts.push({ name: "support component", amount: hb.supportComponent.value, rules: [hb.supportComponent] });
  if (supportComponent || h.adults.some((a) => a.dla?.care === "highest" || (a.pip ?? a.adp)?.dailyLiving === "enhanced")) {
    const leaf = couple ? hb.enhancedDisabilityPremiumCouple : hb.enhancedDisabilityPremiumSingle;
    parts.push({ name: "enhanced disability premium", amount: leaf.value, rules: [leaf] });
  }
  if (h.adults.every(severelyDisabled) && !nonDeps.some((n) => n.age >= 18)) {
    const leaf = couple && !h.adults.some((a) => a.carersAllowance) ? hb.severeDisabilityPremiumDouble : hb.severeDisabilityPremium;
    parts.push({ name: "severe disability premium", amount: leaf.value, rules: [leaf] });
  }
  let applicableBase = ZERO;
  for (const x of parts) applicableBase = applicableBase.plus(x.amount);

  // Earnings disregard (Sch 4): the highest that applies.
  const disabledOrCarer = disabilityPremium || supportComponent || limited || h.adults.some((a) => a.carersAllowance);
  const [disregardLeaf, disregardName] =
    !couple && kids > 0
      ? [hb.earningsDisregardLoneParent, "lone parent"]
      : disabledOrCarer
        ? [hb.earningsDisregardDisabledOrCarer, "disability or carer"]
        : couple
          ? [hb.earningsDisregardCouple, "couple"]
          : [hb.earningsDisregardSingle, "single person"];

  // Sch 4 para 18, from 5 October 2026: by the claimant's age, or the elder of a couple.
  const eldest = Math.max(...h.adults.map((a) => a.age));
  const specifiedDisregard =
    r.meta.asOf >= hb.specifiedAccommodationDisregardFrom.value
      ? couple
        ? eldest < 18
          ? hb.specifiedAccommodationDisregardCoupleBothUnder18
          : eldest < older
            ? hb.specifiedAccommodationDisregardCoupleUnder25
            : hb.specifiedAccommodationDisregardCouple25OrOver
        : claimant.age < older
          ? hb.specifiedAccommodationDisregardSingleUnder25
          : hb.specifiedAccommodationDisregardSingle25OrOver
      : null;

  // Capital (regs 43, 52): only when no UC is awarded.
  const over = h.capital.minus(hb.capitalLowerLimit.value);
  const tariffIncome = over.greaterThan(0) ? over.div(hb.tariffIncomeStep.value).ceil().times(hb.tariffIncomePerStep.value) : ZERO;

  // Relevant childcare charges (regs 27(1)(c), (3), 28(6)): for children up to the September after their 15th birthday (16th if disabled).
  const childcareKids = h.children.filter((c) => c.age <= (c.disability ? hb.childcareDisabledChildAgeLimit.value : hb.childcareChildAgeLimit.value)).length;
  const childcareCharges = childcareKids > 0 && h.childcareMonthly.greaterThan(0) ? weeklyFromMonthly(h.childcareMonthly) : ZERO;
  const childcareMaximum = childcareCharges.isZero() ? null : childcareKids > 1 ? hb.childcareMaximumDeductionTwoOrMoreChildren : hb.childcareMaximumDeductionOneChild;
  const childcareDeductible = childcareMaximum ? D.min(childcareCharges, childcareMaximum.value) : ZERO;

  const basicDisregards = specifiedDisregard ? disregardLeaf.value.plus(specifiedDisregard.value) : disregardLeaf.value;
  return {
    tenure,
    eligibleRent,
    rentText,
    nonDependantDeductions: nd,
    nonDependantText,
    maximum,
    maximumPaid,
    ineligibleCharges,
    applicableParts: parts,
    applicableBase,
    carerPremium: hb.carerPremium,
    disregardLeaf,
    disregardName,
    hasDisabilityPremiumOrComponent: disabilityPremium || supportComponent,
    specifiedDisregard,
    basicDisregards,
    withAdditional: basicDisregards.plus(hb.additionalEarningsDisregard.value),
    childcareCharges,
    childcareMaximum,
    childcareDeductible,
    capitalOverLimit: h.capital.greaterThan(hb.capitalUpperLimit.value),
    tariffIncome,
    rules: [hb.minimumAward, ...(nonDeps.length && !exemptClaimant ? [hb.nonDependantDeductions] : [])],
    meansTestRules: [
      hb.minimumAward,
      ...(nonDeps.length && !exemptClaimant ? [hb.nonDependantDeductions] : []),
      hb.taperRate,
      ...new Set(parts.flatMap((x) => x.rules)),
      ...(tariffIncome.greaterThan(0) ? [hb.capitalLowerLimit, hb.tariffIncomeStep, hb.tariffIncomePerStep] : []),
    ],
  };
}

/** The parts of a scenario HB looks at. */
export interface HousingBenefitIncome {
  /** Entitled to UC (an award of at least the minimum before the benefit cap). */
  readonly ucEntitled: boolean;
  readonly hours: number;
  /** Each adult's figures, the person offered the job first. */
  readonly people: readonly PersonFigures[];
}

/** Weekly earnings for HB (reg 36(3)): gross less income tax, NI and half of pension contributions; the tax is that on the earnings alone. */
const hbNetEarnings = (x: PersonFigures): Money => {
  if (x.gross.isZero()) return ZERO;
  if (x.benefitTestEarnings) return x.benefitTestEarnings;
  // No benefit beside the job, so the tax is that on the earnings alone; with no pension, that is take-home pay.
  const paid = x.pension.paidWeekly;
  return paid.isZero() && x.taxableBenefits.isZero() ? x.takeHome : roundPenny(x.gross.minus(x.incomeTax).minus(x.ni).minus(paid.times(HALF)));
};

export function housingBenefitAt(plan: HousingBenefitPlan, h: Household, r: Rules, inc: HousingBenefitIncome): HousingBenefitResult {
  const hb = r.housingBenefit;
  const where = plan.tenure === "supported" ? "specified (supported) accommodation" : "temporary accommodation";
  const maxText = () =>
    `${plan.rentText}${plan.nonDependantText ? `, ${plan.nonDependantText}` : ""} = ${gbp(plan.maximum)} maximum Housing Benefit (reg 70)`;
  if (inc.ucEntitled) {
    const amount = plan.maximumPaid;
    return {
      amount,
      passported: true,
      rules: plan.rules,
      text: () =>
        `${maxText()}${amount.isZero() && plan.maximum.greaterThan(0) ? `, under the ${gbp(hb.minimumAward.value)} minimum, so nil` : ""}. Universal Credit is awarded, so all income and savings are disregarded and Housing Benefit is the maximum however much is earned; the rent in ${where} is not in UC${ineligibleText(plan)}`,
    };
  }
  if (plan.capitalOverLimit) {
    return { amount: ZERO, passported: false, rules: [...plan.rules, hb.capitalUpperLimit], text: () => `no Housing Benefit: no Universal Credit, and savings of ${gbp(h.capital)} are over the ${gbp(hb.capitalUpperLimit.value)} limit (reg 43)` };
  }
  // Applicable amount, with the carer premium for each adult still entitled to Carer's Allowance.
  // Rule values beyond those every means-tested figure uses, gathered only when they apply.
  const extra: object[] = [];
  let applicable = plan.applicableBase;
  let carers = 0;
  for (let i = 0; i < h.adults.length; i++) if (h.adults[i]!.carersAllowance && !inc.people[i]!.caLost) carers++;
  if (carers) {
    applicable = applicable.plus(plan.carerPremium.value.times(carers));
    extra.push(plan.carerPremium);
  }
  // Earnings and their disregards (Sch 4).
  let earnings = ZERO;
  for (const x of inc.people) earnings = earnings.plus(hbNetEarnings(x));
  let disregard = ZERO;
  const disregards: string[] = [];
  let additional = ZERO;
  // Reg 28(1)(a), (b): a lone parent in remunerative work, or a couple both in it (reg 6: 16 hours a week or more).
  const remunerative = hb.remunerativeWorkHours.value.toNumber();
  const partnerJob = h.adults[1]?.job;
  const childcareApplies =
    plan.childcareMaximum !== null &&
    inc.hours >= remunerative &&
    (h.adults.length === 1 ? h.children.length > 0 : partnerJob !== undefined && partnerJob.hours >= remunerative);
  const childcareDeductible = childcareApplies ? plan.childcareDeductible : ZERO;
  if (earnings.greaterThan(0)) {
    disregard = plan.basicDisregards;
    extra.push(plan.disregardLeaf);
    disregards.push(`${gbp(plan.disregardLeaf.value)} (${plan.disregardName})`);
    if (plan.specifiedDisregard) {
      extra.push(plan.specifiedDisregard, hb.specifiedAccommodationDisregardFrom);
      disregards.push(`${gbp(plan.specifiedDisregard.value)} (${where}, Sch 4 para 18)`);
    }
    // Sch 4 para 17(2): the additional disregard where the claimant or, in a couple, at least one member of it is
    // aged 25 or over and works 30 hours or more (head (b)(i)), or with a child or a disability premium works 16 or more;
    // each person on their own hours (the partner's job is fixed across the scenarios).
    const kids = h.children.length > 0;
    const higher = hb.additionalDisregardHoursHigher.value.toNumber();
    const lower = hb.additionalDisregardHoursLower.value.toNumber();
    const workers = [{ age: h.adults[0]!.age, hours: inc.hours }, ...(partnerJob ? [{ age: h.adults[1]!.age, hours: partnerJob.hours }] : [])];
    const qualifies = workers.some(
      (w) => (w.age >= hb.higherRateAge.value && w.hours >= higher) || ((kids || plan.hasDisabilityPremiumOrComponent) && w.hours >= lower),
    );
    // Para 17(1), (3): only when net earnings reach the other disregards + the childcare charges deductible under reg 27(1)(c) + £17.10.
    if (qualifies && !earnings.lessThan(childcareDeductible.isZero() ? plan.withAdditional : plan.withAdditional.plus(childcareDeductible))) {
      additional = hb.additionalEarningsDisregard.value;
      disregard = plan.withAdditional;
      extra.push(hb.additionalEarningsDisregard, hb.additionalDisregardHoursHigher, hb.additionalDisregardHoursLower);
      disregards.push(`${gbp(additional)} additional (Sch 4 para 17)`);
    }
  }
  let counted = earnings.isZero() ? ZERO : max0(earnings.minus(disregard));
  // Reg 27(1)(c): the childcare charges come off the earnings that form part of income, so never below nil.
  const childcare = childcareDeductible.isZero() ? ZERO : D.min(childcareDeductible, counted);
  if (!childcare.isZero()) {
    counted = counted.minus(childcare);
    extra.push(plan.childcareMaximum!, hb.remunerativeWorkHours, hb.childcareChildAgeLimit, hb.childcareDisabledChildAgeLimit);
  }
  let unearned = ZERO;
  for (const x of inc.people) {
    if (!x.esa.isZero()) unearned = unearned.plus(x.esa);
    if (!x.jsa.isZero()) unearned = unearned.plus(x.jsa);
    if (!x.ca.isZero()) unearned = unearned.plus(x.ca);
  }
  const rules = extra.length ? plan.meansTestRules.concat(extra) : plan.meansTestRules;
  let income = counted;
  if (!unearned.isZero()) income = income.plus(unearned);
  if (!plan.tariffIncome.isZero()) income = income.plus(plan.tariffIncome);
  const excess = max0(income.minus(applicable));
  const taper = excess.isZero() ? ZERO : roundPenny(excess.times(hb.taperRate.value));
  let amount = max0(plan.maximum.minus(taper));
  const belowMinimum = amount.greaterThan(0) && amount.lessThan(hb.minimumAward.value);
  if (belowMinimum) amount = ZERO;
  return {
    amount,
    passported: false,
    rules,
    text: () => {
      const app = plan.applicableParts.map((p) => `${gbp(p.amount)} ${p.name}`);
      if (carers) app.push(`${carers > 1 ? `2 × ${gbp(plan.carerPremium.value)}` : gbp(plan.carerPremium.value)} carer premium`);
      const inc2: string[] = [];
      if (earnings.greaterThan(0)) {
        const care = childcare.isZero()
          ? ""
          : ` less ${gbp(childcare)} childcare charges (regs 27(1)(c), 28${
              childcare.lessThan(plan.childcareCharges)
                ? `: ${gbp(plan.childcareCharges)} a week paid (${gbp(h.childcareMonthly)} a month × 12 ÷ 52), ${childcare.lessThan(childcareDeductible) ? "no more than the earnings left" : `up to the ${gbp(plan.childcareMaximum!.value)} maximum`}`
                : `: ${gbp(h.childcareMonthly)} a month × 12 ÷ 52`
            })`;
        inc2.push(`earnings ${gbp(earnings)} (after tax, NI and half of pension contributions) less ${disregards.join(" + ")} disregarded${care} = ${gbp(counted)}`);
      }
      if (unearned.greaterThan(0)) inc2.push(`${gbp(unearned)} New Style ESA/JSA and Carer's Allowance`);
      if (plan.tariffIncome.greaterThan(0)) inc2.push(`${gbp(plan.tariffIncome)} tariff income from savings`);
      const end = amount.isZero() ? (belowMinimum ? `, under the ${gbp(hb.minimumAward.value)} minimum, so nil` : ", so nil") : "";
      return `${maxText()}. No Universal Credit at these earnings, so Housing Benefit is means-tested: income ${gbp(income)} a week (${inc2.join("; ") || "none"}) against an applicable amount of ${gbp(applicable)} (${app.join(" + ")}); ${pct(hb.taperRate.value)} of the ${gbp(excess)} excess = ${gbp(taper)}; ${gbp(plan.maximum)} − ${gbp(taper)} = ${gbp(max0(plan.maximum.minus(taper)))}${end}${
        plan.tenure === "temporary" ? ". Without UC the council may also apply the benefit cap to Housing Benefit for temporary accommodation (HB Regs regs 75A-75G); that is not worked out here" : ""
      }${ineligibleText(plan)}`;
    },
  };
}

const ineligibleText = (plan: HousingBenefitPlan) =>
  plan.ineligibleCharges.isZero() ? "" : `. Service charges of ${gbp(plan.ineligibleCharges)} a week are not met by Housing Benefit: they are paid from income, in work and out`;

/** Warnings about Housing Benefit that a result carries. */
export function housingBenefitWarnings(h: Household, r: Rules): string[] {
  if (h.housing.tenure !== "supported" && h.housing.tenure !== "temporary") return [];
  const from = r.housingBenefit.specifiedAccommodationDisregardFrom.value;
  const yearEnd = `${Number(r.meta.taxYear.slice(0, 4)) + 1}-04-05`;
  const w: string[] = [];
  if (r.meta.asOf < from && from <= yearEnd)
    w.push(
      `From ${from} Housing Benefit in supported or temporary accommodation has an extra earnings disregard (HB Regs Sch 4 para 18); it matters only once UC has ended, and these figures, for ${r.meta.asOf}, leave it out. Give a date from ${from} to include it.`,
    );
  return w;
}
