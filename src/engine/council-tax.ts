/**
 * Council tax and working-age Council Tax Reduction (CTR), a week.
 *
 * - Scotland: the national scheme (Council Tax Reduction (Scotland) Regs
 *   2021): 100% of the bill less non-dependant deductions, less 20% of weekly
 *   income above the applicable amount (personal allowance, child premiums,
 *   and the premiums of Schedule 1: disabled child and enhanced disability for
 *   a child with the UC disabled child addition (para 4), carer (para 5),
 *   disability (paras 11-12, none with LCW/LCWRA), severe disability (para 13)
 *   and enhanced disability (para 14)). For a UC claimant, income is the UC-assessed earnings less a
 *   disregard, the child-related part of the UC award in full, unless the
 *   benefit cap cuts the award below the child elements, when the award
 *   counts instead (reg 57(2)(d)(i), (iv)), and other income. A nil UC award
 *   because of earnings still counts as an award (SSI 2022/52, SSI 2025/24).
 * - Wales: the national scheme (WSI 2013/3029): 100% less 20% of income above
 *   the applicable amount; for UC claimants the applicable amount is the UC
 *   maximum amount and income is the UC award plus DWP's income figure.
 * - England: each council's own scheme, described by the adviser or chosen
 *   from the presets in the rule tables: keep the current reduction, an
 *   income-banded scheme, or a taper scheme like the national default.
 * Weekly figures are the year's charge × 7 ÷ the days in the council tax year.
 */
import { daysBetween } from "../base/dates.js";
import { D, ZERO, roundPenny, max0, type Money } from "../base/money.js";
import { step, gbp, pct, type Step } from "./explain.js";
import type { Rules } from "../rules/compose.js";
import type { PresetScheme } from "../rules/schema.js";
import type { CtrBand, Household, NonDependant } from "./household.js";

const WEEK_DAYS = 7;
const HUNDRED = new D(100);

/** The parts of a scenario CTR looks at (monthly UC figures, weekly benefits). */
export interface CtrIncome {
  readonly ucAward: Money;
  readonly ucMaximum: Money;
  readonly ucEarnings: Money;
  readonly ucUnearned: Money;
  readonly ucChildRelated: Money;
  /** The UC childcare costs element, monthly: Scottish CTR deducts the childcare charges behind it (regs 42(2)(c), 78). */
  readonly ucChildcare: Money;
  /** The child elements alone (reg 24(1)), monthly: Scottish CTR reg 57(2)(d)(iv) compares a capped award with them. */
  readonly ucChildElements: Money;
  /** The benefit cap reduced the award. */
  readonly ucCapped: boolean;
  readonly ucHousing: Money;
  readonly ucNonStandardElements: Money;
  readonly hours: number;
}

interface Band {
  readonly from: Money;
  readonly to: Money | undefined;
  readonly percent: Money;
}

type UcCounted = "none" | "wholeAward" | "awardWithoutHousing" | "standardAllowanceAndChildElements";

/** A scheme made ready for one household: everything that does not depend on hours. */
export type CtrPlan =
  | { kind: "none"; why: string }
  | { kind: "fixed"; weekly: Money; why: string }
  | { kind: "banded"; name: string; bands: readonly Band[]; ucCounted: UcCounted; earningsDisregard: Money; maximum: Money; nonDeps: Money; rules: object[] }
  | { kind: "taper"; name: string; maximum: Money; taper: Money; nonDeps: Money; applicableFromUc: true; rules: object[] }
  | { kind: "scotland"; maximum: Money; nonDeps: Money; applicable: Money; premiums: string; disregard: Money; taper: Money; childAmountsRule: object; childcareShare: Money; childcareMaximum: Money; childcareRules: object[]; rules: object[] }
  | { kind: "wales"; maximum: Money; nonDeps: Money; taper: Money; rules: object[] };

export interface CouncilTaxPlan {
  /** The bill a week after any single person discount. */
  readonly liability: Step;
  readonly plan: CtrPlan;
}

const weekOf = (annual: Money, days: number): Money => roundPenny(annual.times(WEEK_DAYS).div(days));

/** Days in the council tax year (1 April to 31 March) that holds the date the rules are for. */
function daysInYear(r: Rules): number {
  const [y, m] = r.meta.asOf.split("-").map(Number) as [number, number];
  const start = m >= 4 ? y : y - 1;
  return daysBetween(`${start}-04-01`, `${start + 1}-04-01`);
}

export const nonDependantsOf = (h: Household): NonDependant[] =>
  typeof h.housing.nonDependants === "number"
    ? Array.from({ length: h.housing.nonDependants }, () => ({ age: 25, exempt: false }))
    : h.housing.nonDependants;

/** No non-dependant deductions if the claimant or partner gets PIP/ADP daily living or DLA care at the middle or highest rate. */
const claimantExemptFromNonDepDeductions = (h: Household) =>
  h.adults.some((a) => (a.pip ?? a.adp)?.dailyLiving || a.dla?.care === "middle" || a.dla?.care === "highest");

function nonDepDeductions(h: Household, bands: readonly { fromGrossWeekly: Money; deduction: Money }[]): Money {
  if (claimantExemptFromNonDepDeductions(h)) return ZERO;
  let total = ZERO;
  for (const nd of nonDependantsOf(h)) {
    if (nd.exempt || nd.age < 18) continue;
    const income = nd.grossWeeklyIncome ?? ZERO;
    let d = bands[0]!.deduction;
    for (const b of bands) if (!income.lessThan(b.fromGrossWeekly)) d = b.deduction;
    total = total.plus(d);
  }
  return total;
}

const toBands = (bs: readonly { fromWeekly: Money; toWeekly?: Money | undefined; discountPercent: Money | number }[]): Band[] =>
  bs.map((b) => ({ from: b.fromWeekly, to: b.toWeekly, percent: new D(b.discountPercent) }));

function presetBands(s: Extract<PresetScheme, { type: "banded" }>, h: Household) {
  const kids = h.children.length;
  const couple = h.adults.length === 2;
  const b = s.bandsByHousehold;
  if (kids === 0) return couple ? b.couple : b.single;
  if (kids === 1) return couple ? b.coupleOneChild : b.singleOneChild;
  return couple ? b.coupleTwoOrMoreChildren : b.singleTwoOrMoreChildren;
}

interface Premium {
  readonly name: string;
  readonly amount: Money;
  readonly rules: readonly object[];
}

/**
 * The premiums of Schedule 1 to the Council Tax Reduction (Scotland) Regs 2021
 * for a household on UC (all working-age claimants here have an award, nil or not):
 * - para 4: each child with the UC disabled child addition: the disabled child
 *   premium, and at the higher rate the enhanced disability premium too;
 * - para 5: the carer premium for each partner with regular and substantial
 *   caring responsibilities (sub-para (5) names the UC carer element);
 * - paras 11-12: the disability premium (single or couple rate) if either
 *   partner gets PIP, ADP or DLA, but not if either has LCW or LCWRA
 *   (para 12(8), as substituted by SSI 2022/271);
 * - para 14: the enhanced disability premium (single or couple rate) with
 *   LCWRA, DLA care at the highest rate, or PIP/ADP daily living at the enhanced rate;
 * - para 13: the severe disability premium when the claimant (and any partner)
 *   gets PIP/ADP daily living or DLA care at the middle or highest rate and no
 *   non-dependant aged 18 or over lives with them; a couple gets the double
 *   rate unless one of them is paid a carer benefit (taken to be for the
 *   other). Carers outside the household are not known here: none is assumed.
 * Paras 8-9: of the disability premiums only the highest applies, but the
 * severe and enhanced disability premiums are added to any other.
 */
function scottishPremiums(h: Household, r: Rules, ucHasLimitedCapability: boolean): Premium[] {
  const s = r.councilTaxReductionScotland;
  const couple = h.adults.length === 2;
  const out: Premium[] = [];
  for (const c of h.children) {
    if (c.disability === "lower") out.push({ name: "disabled child premium", amount: s.disabledChildPremium.value, rules: [s.disabledChildPremium] });
    if (c.disability === "higher")
      out.push({
        name: "disabled child and enhanced disability premiums",
        amount: s.disabledChildPremium.value.plus(s.enhancedDisabilityPremiumChild.value),
        rules: [s.disabledChildPremium, s.enhancedDisabilityPremiumChild],
      });
  }
  for (const a of h.adults) if (a.carer) out.push({ name: "carer premium", amount: s.carerPremium.value, rules: [s.carerPremium] });
  const limited = ucHasLimitedCapability || h.adults.some((a) => a.lcw || a.lcwra);
  if (!limited && h.adults.some((a) => a.pip || a.adp || a.dla)) {
    const leaf = couple ? s.disabilityPremiumCouple : s.disabilityPremiumSingle;
    out.push({ name: "disability premium", amount: leaf.value, rules: [leaf] });
  }
  if (h.adults.some((a) => a.lcwra || a.dla?.care === "highest" || (a.pip ?? a.adp)?.dailyLiving === "enhanced")) {
    const leaf = couple ? s.enhancedDisabilityPremiumCouple : s.enhancedDisabilityPremiumSingle;
    out.push({ name: "enhanced disability premium", amount: leaf.value, rules: [leaf] });
  }
  const severelyDisabled = (a: Household["adults"][number]) => Boolean((a.pip ?? a.adp)?.dailyLiving) || a.dla?.care === "middle" || a.dla?.care === "highest";
  if (h.adults.every(severelyDisabled) && !nonDependantsOf(h).some((n) => n.age >= 18)) {
    const leaf = couple && !h.adults.some((a) => a.carer) ? s.severeDisabilityPremiumDouble : s.severeDisabilityPremium;
    out.push({ name: "severe disability premium", amount: leaf.value, rules: [leaf] });
  }
  return out;
}

/**
 * Prepare the council tax for a household: the weekly bill and the scheme.
 * Returns null when no council tax was given.
 */
export function planCouncilTax(h: Household, r: Rules, ucHasLimitedCapability: boolean): CouncilTaxPlan | null {
  const ct = h.councilTax;
  if (!ct) return null;
  const days = daysInYear(r);
  const livesAlone = h.adults.length === 1 && nonDependantsOf(h).length === 0;
  const spd = ct.singlePersonDiscount ?? livesAlone;
  const annual = spd ? ct.annualCharge.times(D.sub(1, r.councilTax.singlePersonDiscount.value)) : ct.annualCharge;
  const weekly = weekOf(annual, days);
  const liability = step(weekly, spd ? [r.councilTax.singlePersonDiscount] : [], { annualCharge: ct.annualCharge, days }, () =>
    `${gbp(ct.annualCharge)} a year${spd ? ` less the ${pct(r.councilTax.singlePersonDiscount.value)} single person discount` : ""} = ${gbp(
      roundPenny(annual),
    )}; × 7 ÷ ${days} days = ${gbp(weekly)} a week`,
  );
  const capital = h.capital;
  if (h.region === "scotland") {
    const s = r.councilTaxReductionScotland;
    if (capital.greaterThan(s.capitalLimit.value)) return { liability, plan: { kind: "none", why: `no Council Tax Reduction: savings over ${gbp(s.capitalLimit.value)}` } };
    const couple = h.adults.length === 2;
    const kids = h.children.filter((c) => c.age < 20).length;
    const older = h.adults.some((a) => a.age >= s.higherRateAge.value) || ucHasLimitedCapability;
    const pa = couple ? s.personalAllowanceCouple : kids > 0 ? s.personalAllowanceLoneParent : older ? s.personalAllowanceSingle25OrOver : s.personalAllowanceSingleUnder25;
    const premiums = scottishPremiums(h, r, ucHasLimitedCapability);
    let applicable = pa.value.plus(s.childPremium.value.times(kids));
    for (const x of premiums) applicable = applicable.plus(x.amount);
    const disregardLeaf = ucHasLimitedCapability
      ? s.earningsDisregardLimitedCapability
      : !couple && kids > 0
        ? s.earningsDisregardLoneParent
        : couple
          ? s.earningsDisregardCouple
          : s.earningsDisregardSingle;
    return {
      liability,
      plan: {
        kind: "scotland",
        maximum: weekly,
        nonDeps: nonDepDeductions(h, s.nonDependantDeductions.value),
        applicable,
        premiums: premiums.map((x) => `${x.name} ${gbp(x.amount)}`).join(", "),
        disregard: disregardLeaf.value,
        taper: s.taperRate.value,
        childAmountsRule: s.ucChildAmountsCountInFull,
        // Reg 42(4): the maximum deduction for one child, or more than one; the children childcare is paid for are taken as those under 16.
        childcareShare: r.universalCredit.childcare.shareOfCosts.value,
        childcareMaximum: (h.children.filter((c) => c.age < 16).length > 1 ? s.childcareMaximumDeductionTwoOrMoreChildren : s.childcareMaximumDeductionOneChild).value,
        childcareRules: [h.children.filter((c) => c.age < 16).length > 1 ? s.childcareMaximumDeductionTwoOrMoreChildren : s.childcareMaximumDeductionOneChild, r.universalCredit.childcare.shareOfCosts],
        rules: [pa, ...(kids ? [s.childPremium] : []), ...new Set(premiums.flatMap((x) => x.rules)), disregardLeaf, s.taperRate, s.nonDependantDeductions],
      },
    };
  }
  if (h.region === "wales") {
    const w = r.councilTaxReductionWales;
    if (capital.greaterThan(w.capitalLimit.value)) return { liability, plan: { kind: "none", why: `no Council Tax Reduction: savings over ${gbp(w.capitalLimit.value)}` } };
    return {
      liability,
      plan: {
        kind: "wales",
        maximum: roundPenny(weekly.times(w.maximumShare.value)),
        nonDeps: nonDepDeductions(h, w.nonDependantDeductions.value),
        taper: w.taperRate.value,
        rules: [w.maximumShare, w.taperRate, w.nonDependantDeductions],
      },
    };
  }
  // England: the council's scheme.
  const scheme = ct.scheme!;
  if (scheme.type === "none") return { liability, plan: { kind: "none", why: "no Council Tax Reduction (as described)" } };
  if (scheme.type === "keepCurrent") {
    const fixed = D.min(weekOf(scheme.reductionAnnual, days), weekly);
    return { liability, plan: { kind: "fixed", weekly: fixed, why: `the current reduction of ${gbp(scheme.reductionAnnual)} a year, assumed unchanged in work` } };
  }
  if (scheme.type === "preset") {
    const leaf = r.councilTaxReductionEnglandPresets.schemes[scheme.id];
    if (!leaf) return null; // checked before calculating (checkAgainstRules)
    const p = leaf.value.scheme;
    const name = leaf.value.council;
    if (capital.greaterThan(p.capitalLimit)) return { liability, plan: { kind: "none", why: `no Council Tax Reduction from ${name}: savings over ${gbp(p.capitalLimit)}` } };
    const nonDeps = nonDepDeductions(h, p.nonDependantDeductions);
    if (p.type === "banded")
      return {
        liability,
        plan: { kind: "banded", name, bands: toBands(presetBands(p, h)), ucCounted: p.universalCreditCounted, earningsDisregard: p.earningsDisregardWeekly, maximum: weekly, nonDeps, rules: [leaf] },
      };
    return {
      liability,
      plan: { kind: "taper", name, maximum: roundPenny(weekly.times(p.maximumPercent).div(HUNDRED)), taper: p.taperPercent.div(HUNDRED), nonDeps, applicableFromUc: true, rules: [leaf] },
    };
  }
  if (scheme.capitalLimit && capital.greaterThan(scheme.capitalLimit))
    return { liability, plan: { kind: "none", why: `no Council Tax Reduction: savings over the scheme's ${gbp(scheme.capitalLimit)} limit` } };
  const nonDeps = claimantExemptFromNonDepDeductions(h) ? ZERO : scheme.nonDependantDeductionWeekly.times(nonDependantsOf(h).filter((n) => !n.exempt && n.age >= 18).length);
  if (scheme.type === "banded")
    return {
      liability,
      plan: {
        kind: "banded",
        name: "the council's banded scheme",
        bands: toBands(scheme.bands as CtrBand[]),
        ucCounted: scheme.universalCreditCounted,
        earningsDisregard: scheme.earningsDisregardWeekly,
        maximum: weekly,
        nonDeps,
        rules: [],
      },
    };
  return {
    liability,
    plan: {
      kind: "taper",
      name: "the council's taper scheme",
      maximum: roundPenny(weekly.times(scheme.maximumPercent).div(HUNDRED)),
      taper: new D(scheme.taperPercent).div(HUNDRED),
      nonDeps,
      applicableFromUc: true,
      rules: [],
    },
  };
}

const toWeekly = (monthly: Money) => monthly.times(12).div(52);

export interface CtrResult {
  readonly reduction: Money;
  readonly due: Money;
  readonly text: () => string;
  readonly rules: readonly object[];
}

/** The reduction for one scenario: never more than the bill, never below nil. */
export function councilTaxReduction(ct: CouncilTaxPlan, inc: CtrIncome): CtrResult {
  const bill = ct.liability.amount;
  const done = (reduction: Money, rules: readonly object[], text: () => string): CtrResult => {
    const r = roundPenny(D.min(max0(reduction), bill));
    return { reduction: r, due: bill.minus(r), rules, text };
  };
  const p = ct.plan;
  switch (p.kind) {
    case "none":
      return done(ZERO, [], () => p.why);
    case "fixed":
      return done(p.weekly, [], () => `${gbp(p.weekly)} a week: ${p.why}`);
    case "scotland": {
      const earnings = max0(toWeekly(inc.ucEarnings).minus(inc.hours > 0 ? p.disregard : ZERO));
      // Reg 57(2)(d): the UC amounts for a child count in full (head (i)), unless the benefit cap
      // cuts the award below the child elements, when the award after the cap counts (head (iv)).
      const capped = inc.ucCapped && inc.ucAward.lessThan(inc.ucChildElements);
      const counted = capped ? inc.ucAward : inc.ucChildRelated;
      // Regs 42(2)(c) and 78(3): less the childcare charges behind the UC childcare costs element
      // (the element ÷ 85 × 100 × 12 ÷ 52, to the penny), up to the maximum deduction (reg 42(4)).
      const charges = inc.ucChildcare.isZero() ? ZERO : roundPenny(inc.ucChildcare.div(p.childcareShare).times(12).div(52));
      const childcare = D.min(charges, p.childcareMaximum);
      const income = max0(roundPenny(earnings.plus(toWeekly(counted)).plus(toWeekly(inc.ucUnearned))).minus(childcare));
      const excess = max0(income.minus(p.applicable));
      const max = max0(p.maximum.minus(p.nonDeps));
      const reduction = max.minus(excess.times(p.taper));
      const rules = [...p.rules, ...(counted.isZero() ? [] : [p.childAmountsRule]), ...(childcare.isZero() ? [] : p.childcareRules)];
      return done(reduction, rules, () =>
        `Scottish Council Tax Reduction: ${gbp(max)} maximum${p.nonDeps.isZero() ? "" : ` (after ${gbp(p.nonDeps)} non-dependant deductions)`}; income ${gbp(income)} a week (earnings after the disregard, ${capped ? "the UC award after the benefit cap" : "the child-related part of UC"}, other benefits${childcare.isZero() ? "" : `, less ${gbp(childcare)} childcare charges${childcare.lessThan(charges) ? ` (the most that can be deducted; the charges are ${gbp(charges)})` : ""}`}) against an applicable amount of ${gbp(p.applicable)}${p.premiums ? ` (with the ${p.premiums})` : ""}: less ${pct(p.taper)} of ${gbp(excess)} = ${gbp(roundPenny(D.min(max0(reduction), bill)))}`,
      );
    }
    case "wales":
    case "taper": {
      // Wales, and English schemes built like the national default scheme: for a UC
      // claimant the applicable amount is the UC maximum amount and income is the
      // award plus the earnings and unearned income UC counts.
      const applicable = roundPenny(toWeekly(inc.ucMaximum));
      const income = roundPenny(toWeekly(inc.ucAward.plus(inc.ucEarnings).plus(inc.ucUnearned)));
      const excess = max0(income.minus(applicable));
      const max = max0(p.maximum.minus(p.nonDeps));
      const reduction = max.minus(excess.times(p.taper));
      const name = p.kind === "wales" ? "Welsh Council Tax Reduction" : p.name;
      return done(reduction, p.rules, () =>
        `${name}: ${gbp(max)} maximum${p.nonDeps.isZero() ? "" : ` (after ${gbp(p.nonDeps)} non-dependant deductions)`}; income (UC award and the earnings and benefits UC counts) ${gbp(income)} a week against the UC maximum amount of ${gbp(applicable)}: less ${pct(p.taper)} of ${gbp(excess)} = ${gbp(roundPenny(D.min(max0(reduction), bill)))}`,
      );
    }
    case "banded": {
      const counted =
        p.ucCounted === "none"
          ? ZERO
          : p.ucCounted === "wholeAward"
            ? inc.ucAward
            : p.ucCounted === "awardWithoutHousing"
              ? max0(inc.ucAward.minus(inc.ucHousing))
              : max0(inc.ucAward.minus(inc.ucHousing).minus(inc.ucNonStandardElements));
      const earnings = max0(toWeekly(inc.ucEarnings).minus(p.earningsDisregard));
      const unearned = p.ucCounted === "none" ? ZERO : toWeekly(inc.ucUnearned);
      const income = roundPenny(earnings.plus(toWeekly(counted)).plus(unearned));
      const band = p.bands.find((b) => !income.lessThan(b.from) && (!b.to || !income.greaterThan(b.to))) ?? p.bands[p.bands.length - 1]!;
      const max = max0(p.maximum.minus(p.nonDeps));
      const reduction = max.times(band.percent).div(HUNDRED);
      const what = p.ucCounted === "none" ? "net earnings" : "net earnings and the UC that counts";
      return done(reduction, p.rules, () =>
        `${p.name}: ${what} ${gbp(income)} a week fall in the band ${gbp(band.from)}${band.to ? `–${gbp(band.to)}` : " and over"}, ${band.percent.toFixed()}% of ${gbp(max)} = ${gbp(roundPenny(reduction))}`,
      );
    }
  }
}
