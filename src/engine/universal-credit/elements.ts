/**
 * The parts of the UC maximum amount that do not depend on hours worked
 * (UC Regulations 2013 regs 23-36 and Schedule 4). The childcare costs
 * element, which does, is in childcare.ts.
 */
import { D, ZERO, roundPenny, max0, sum, type Money } from "../../base/money.js";
import { step, gbp, pct, type Step } from "../explain.js";
import type { Rules } from "../../rules/compose.js";
import type { Household, NonDependant } from "../household.js";

/** Standard allowance: single or couple, under or over 25 (reg 36 table). */
export function standardAllowance(h: Household, r: Rules): Step {
  const sa = r.universalCredit.standardAllowance;
  const older = r.universalCredit.standardAllowanceHigherAge.value;
  const couple = h.adults.length === 2;
  const anyOlder = h.adults.some((a) => a.age >= older);
  const leaf = couple ? (anyOlder ? sa.coupleOneOrBoth25OrOver : sa.coupleBothUnder25) : anyOlder ? sa.single25OrOver : sa.singleUnder25;
  const who = couple ? (anyOlder ? `couple, one or both ${older} or over` : `couple, both under ${older}`) : anyOlder ? `single, ${older} or over` : `single, under ${older}`;
  return step(leaf.value, [leaf, r.universalCredit.standardAllowanceHigherAge], { household: who }, () => `${gbp(leaf.value)} standard allowance (${who})`);
}

export interface ChildElements {
  readonly total: Step;
  readonly children: number;
  /** Children left without a child element by the two-child limit. */
  readonly limited: number;
}

/**
 * Child elements (reg 24, 24A, 36): the higher rate for the first child if
 * born before 6 April 2017, then the standard rate; in years where the
 * two-child limit applies, no element for a third or later child born on or
 * after 6 April 2017 unless an exception applies. Eldest first.
 */
export function childElements(h: Household, r: Rules): ChildElements {
  const uc = r.universalCredit;
  const eligible = h.children.filter((c) => c.age < uc.childAgeLimit.value).sort((a, b) => b.age - a.age);
  const limitOn = uc.twoChildLimitApplies.value;
  const parts: Money[] = [];
  const rules: object[] = [uc.childElement.otherChild, uc.twoChildLimitApplies, uc.childAgeLimit];
  let counted = 0;
  let limited = 0;
  eligible.forEach((c, i) => {
    const exempt = c.bornBefore2017April || c.twoChildLimitException;
    if (limitOn && !exempt && counted >= uc.twoChildLimitChildren.value) {
      limited++;
      return;
    }
    counted++;
    const higher = i === 0 && c.bornBefore2017April;
    if (higher) rules.push(uc.childElement.firstChildBornBefore6April2017);
    parts.push(higher ? uc.childElement.firstChildBornBefore6April2017.value : uc.childElement.otherChild.value);
  });
  if (limitOn) rules.push(uc.twoChildLimitChildren);
  const total = sum(parts);
  return {
    children: counted,
    limited,
    total: step(total, rules, { children: eligible.length, elements: counted, limitedByTwoChildLimit: limited }, () => {
      if (eligible.length === 0) return "no child elements (no children)";
      const each = parts.map(gbp).join(" + ");
      const lim = limited ? `; ${limited} child${limited > 1 ? "ren" : ""} without an element under the two-child limit` : "";
      return `child element${counted > 1 ? "s" : ""}: ${each} = ${gbp(total)}${lim}`;
    }),
  };
}

/** Disabled child addition for each child getting DLA or Child Disability Payment (reg 24(2)); not subject to the two-child limit. */
export function disabledChildAdditions(h: Household, r: Rules): Step {
  const dca = r.universalCredit.disabledChildAddition;
  const kids = h.children.filter((c) => c.disability && c.age < r.universalCredit.childAgeLimit.value);
  const amounts = kids.map((c) => (c.disability === "higher" ? dca.higher.value : dca.lower.value));
  const total = sum(amounts);
  const rules = [...new Set(kids.map((c) => (c.disability === "higher" ? dca.higher : dca.lower)))];
  return step(total, rules, { disabledChildren: kids.length }, () =>
    kids.length ? `disabled child addition${kids.length > 1 ? "s" : ""}: ${amounts.map(gbp).join(" + ")} = ${gbp(total)}` : "no disabled child addition",
  );
}

export interface HealthElement {
  readonly step: Step;
  readonly kind: "lcwra" | "lcw" | "none";
  /** Index of the adult whose LCWRA is in the award (carer element rule). */
  readonly lcwraAdults: readonly number[];
}

/**
 * LCW or LCWRA element: one per award, the higher of a couple's (UC Act 2025
 * Sch 1; reg 27A). LCWRA at the protected rate for pre-2026 claimants,
 * severe conditions criteria or terminal illness, otherwise the new-claim rate.
 */
export function healthElement(h: Household, r: Rules): HealthElement {
  const uc = r.universalCredit;
  const lcwraAdults = h.adults.flatMap((a, i) => (a.lcwra ? [i] : []));
  if (lcwraAdults.length) {
    const leaves = lcwraAdults.map((i) => (h.adults[i]!.lcwra === "protected" ? uc.lcwraElement.protected : uc.lcwraElement.newClaim));
    const best = leaves.reduce((a, b) => (b.value.greaterThan(a.value) ? b : a));
    const rate = best === uc.lcwraElement.protected ? "protected rate" : "new-claim rate";
    return {
      kind: "lcwra",
      lcwraAdults,
      step: step(best.value, [best], { rate }, () =>
        `${gbp(best.value)} LCWRA element (${rate})${lcwraAdults.length > 1 ? "; a couple gets one element, the higher" : ""}`,
      ),
    };
  }
  if (h.adults.some((a) => a.lcw)) {
    return { kind: "lcw", lcwraAdults, step: step(uc.lcwElement.value, [uc.lcwElement], {}, () => `${gbp(uc.lcwElement.value)} LCW element (claim from before April 2017)`) };
  }
  return { kind: "none", lcwraAdults, step: step(ZERO, [], {}, () => "no health element") };
}

/** Carer element for each carer, but not for a person whose LCWRA is in the award (reg 29(4)). */
export function carerElements(h: Household, r: Rules, health: HealthElement): Step {
  const uc = r.universalCredit;
  const carers = h.adults.flatMap((a, i) => (a.carer ? [i] : []));
  const paid = carers.filter((i) => !(health.kind === "lcwra" && health.lcwraAdults.includes(i)));
  const total = uc.carerElement.value.times(paid.length);
  return step(total, paid.length || carers.length ? [uc.carerElement] : [], { carers: paid.length }, () => {
    if (!carers.length) return "no carer element";
    if (!paid.length) return "no carer element: the carer's LCWRA element is included instead (reg 29(4))";
    return `${paid.length > 1 ? `2 × ${gbp(uc.carerElement.value)}` : gbp(uc.carerElement.value)} carer element`;
  });
}

const nonDependantList = (h: Household): NonDependant[] =>
  typeof h.housing.nonDependants === "number"
    ? Array.from({ length: h.housing.nonDependants }, () => ({ age: 25, exempt: false }))
    : h.housing.nonDependants;

/**
 * Housing costs element for renters (Schedule 4): eligible rent and service
 * charges (private: no more than the Local Housing Allowance, if given);
 * social sector: less 14% or 25% for spare bedrooms (para 36); less a housing
 * cost contribution for each non-dependant who is not exempt (paras 13-16),
 * none at all if the claimant or partner gets PIP daily living, ADP daily
 * living or DLA care at the middle or highest rate.
 */
export function housingElement(h: Household, r: Rules): Step {
  const hs = h.housing;
  const hc = r.universalCredit.housing;
  if (hs.tenure === "supported" || hs.tenure === "temporary") {
    return step(ZERO, [], { tenure: hs.tenure }, () =>
      hs.tenure === "supported"
        ? "no housing costs element: rent for specified (supported) accommodation is met by Housing Benefit, not UC (UC Regs Sch 1 paras 3(h), 3A)"
        : "no housing costs element: rent for temporary accommodation from the council is met by Housing Benefit, not UC (UC Regs Sch 1 paras 3(i), 3B)",
    );
  }
  if (hs.tenure !== "social" && hs.tenure !== "private") {
    return step(ZERO, [], { tenure: hs.tenure }, () =>
      hs.tenure === "owner" ? "no housing costs element (owner-occupiers may get a Support for Mortgage Interest loan instead)" : "no housing costs element (no rent to pay)",
    );
  }
  const rent = hs.rentMonthly ?? ZERO;
  const rules: object[] = [];
  let relevant = rent.plus(hs.serviceChargesMonthly);
  const lines = [`${gbp(rent)} rent${hs.serviceChargesMonthly.isZero() ? "" : ` + ${gbp(hs.serviceChargesMonthly)} service charges`}`];
  if (hs.tenure === "private" && hs.localHousingAllowanceMonthly && relevant.greaterThan(hs.localHousingAllowanceMonthly)) {
    relevant = hs.localHousingAllowanceMonthly;
    lines.push(`capped at the Local Housing Allowance of ${gbp(relevant)}`);
  }
  if (hs.tenure === "social" && hs.spareBedrooms > 0) {
    const rateLeaf = hs.spareBedrooms === 1 ? hc.underOccupancyOneBedroom : hc.underOccupancyTwoOrMoreBedrooms;
    rules.push(rateLeaf);
    const cut = roundPenny(relevant.times(rateLeaf.value));
    relevant = relevant.minus(cut);
    lines.push(`less ${pct(rateLeaf.value)} for ${hs.spareBedrooms} spare bedroom${hs.spareBedrooms > 1 ? "s" : ""} (${gbp(cut)})`);
  }
  const claimantExempt = h.adults.some((a) => (a.pip ?? a.adp)?.dailyLiving || a.dla?.care === "middle" || a.dla?.care === "highest");
  const payers = nonDependantList(h).filter((n) => !n.exempt && n.age >= hc.nonDependantExemptUnderAge.value);
  let contributions = ZERO;
  if (payers.length && !claimantExempt) {
    rules.push(hc.nonDependantContribution, hc.nonDependantExemptUnderAge);
    contributions = hc.nonDependantContribution.value.times(payers.length);
    lines.push(`less ${payers.length} × ${gbp(hc.nonDependantContribution.value)} non-dependant housing cost contribution`);
  } else if (payers.length && claimantExempt) {
    lines.push("no non-dependant contribution: the claimant or partner gets a disability benefit that exempts them");
  }
  const amount = max0(relevant.minus(contributions));
  return step(amount, rules, { rent, serviceCharges: hs.serviceChargesMonthly, nonDependantsPaying: claimantExempt ? 0 : payers.length }, () =>
    `housing costs element: ${lines.join(", ")} = ${gbp(amount)}`,
  );
}

/**
 * Why the other member of a couple meets the work condition of UC Regs
 * reg 32(1)(b): in paid work, or unable to provide childcare because they
 * (i) have limited capability for work (`lcw` or `lcwra`) or (ii) have
 * regular and substantial caring responsibilities for a severely disabled
 * person (`carer`, the carer element's 35-hour test). (iii), temporarily
 * absent from the household, has no input. Null when none applies.
 */
export function partnerChildcareCondition(h: Household, partnerWorking: boolean): string | null {
  const partner = h.adults[1];
  if (!partner) return null;
  if (partnerWorking) return "both partners in paid work";
  if (partner.lcwra || partner.lcw) return "the partner has limited capability for work";
  if (partner.carer) return "the partner cares for a severely disabled person";
  return null;
}

/**
 * Childcare costs element (reg 31-34): 85% of childcare paid, up to the cap
 * for one child or two or more; only while the claimant is in paid work and,
 * for a couple, the partner is in paid work or cannot provide childcare
 * because of limited capability for work or caring (reg 32(1)). `working`:
 * the person offered the job works; `partnerWorking`: a partner has a job of
 * their own.
 */
export function childcareElement(h: Household, r: Rules, working: boolean, partnerWorking = false): Step {
  const cc = r.universalCredit.childcare;
  const paid = h.childcareMonthly;
  if (paid.isZero()) return step(ZERO, [], {}, () => "no childcare costs element (no childcare paid)");
  if (!working) return step(ZERO, [cc.shareOfCosts], {}, () => "no childcare costs element: it is paid only while in work");
  const couple = h.adults.length === 2;
  const condition = partnerChildcareCondition(h, partnerWorking);
  if (couple && !condition)
    return step(ZERO, [cc.shareOfCosts], {}, () => "no childcare costs element: for a couple the partner must be in paid work too, or unable to provide childcare because of limited capability for work or caring for a severely disabled person (reg 32(1)(b)), and the partner is neither");
  const capLeaf = h.children.length >= 2 ? cc.capTwoOrMoreChildren : cc.capOneChild;
  const share = roundPenny(paid.times(cc.shareOfCosts.value));
  const amount = D.min(share, capLeaf.value);
  return step(amount, [cc.shareOfCosts, capLeaf], { childcarePaid: paid }, () =>
    `childcare costs element${couple ? ` (${condition})` : ""}: ${pct(cc.shareOfCosts.value)} of ${gbp(paid)} = ${gbp(share)}${share.greaterThan(capLeaf.value) ? `, capped at ${gbp(capLeaf.value)}` : ""}`,
  );
}
