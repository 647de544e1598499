/**
 * What the rules say about the input before anything is worked out (State
 * Pension age, dates of birth implied by ages, presets), and the warnings a
 * result carries.
 */
import type { Rules } from "../rules/compose.js";
import type { Household, InputProblem } from "./household.js";
import type { Prepared } from "./figures.js";
import { schoolMealsWarnings } from "./passported.js";
import { statePensionCheck, type StatePensionCheck } from "./state-pension-age.js";
import { housingBenefitWarnings } from "./housing-benefit.js";
import { minimumWageFor } from "./minimum-wage.js";
import { oldestAgeBornFrom2017April, youngestAgeBornBefore2017April } from "./born-before-2017.js";
import { partnerChildcareCondition } from "./universal-credit/elements.js";

/**
 * Checks that need the rules (State Pension age, dates of birth implied by
 * ages). Returns problems in the same form as input validation.
 */
export function checkAgainstRules(h: Household, r: Rules): InputProblem[] {
  const problems: InputProblem[] = [];
  const claimant = h.adults[0]!;
  const spa = statePensionCheck(claimant.age, r.meta.asOf, r, claimant.birthMonth);
  if (!spa)
    problems.push({ path: "adults.0.birthMonth", message: `someone born in ${claimant.birthMonth} is not ${claimant.age} on ${r.meta.asOf}` });
  else if (spa.reached === true)
    problems.push({
      path: "adults.0.age",
      message: `this calculator is for people under State Pension age (${statePensionAgeText(spa)}); at ${claimant.age} Pension Credit rules apply instead of UC`,
    });
  if (h.taxYear && h.date && !(r.meta.taxYear === h.taxYear))
    problems.push({ path: "date", message: `${h.date} is not in tax year ${h.taxYear}` });
  const scheme = h.councilTax?.scheme;
  if (scheme?.type === "preset" && !r.councilTaxReductionEnglandPresets.schemes[scheme.id]) {
    const ids = Object.keys(r.councilTaxReductionEnglandPresets.schemes);
    problems.push({ path: "councilTax.scheme.id", message: `no council scheme "${scheme.id}" in the ${r.meta.taxYear} rules; presets: ${ids.join(", ") || "none"}` });
  }
  const youngestPossible = youngestAgeBornBefore2017April(r.meta.asOf);
  h.children.forEach((c, i) => {
    if (c.bornBefore2017April && c.age < youngestPossible)
      problems.push({ path: `children.${i}.bornBefore2017April`, message: `a child aged ${c.age} cannot have been born before 6 April 2017 (such a child is at least ${youngestPossible} on ${r.meta.asOf})` });
  });
  return problems;
}


export function warningsFor(h: Household, r: Rules, p: Prepared): string[] {
  const w: string[] = [];
  // A child this old on the last day of the rules' year must have been born before 6 April 2017.
  const yearEnd = `${Number(r.meta.taxYear.slice(0, 4)) + 1}-04-05`;
  const oldestPossibleAfter = oldestAgeBornFrom2017April(yearEnd);
  h.children.forEach((c, i) => {
    if (!c.bornBefore2017April && c.age > oldestPossibleAfter)
      w.push(
        `children.${i}: a child aged ${c.age} was born before 6 April 2017, but bornBefore2017April is not set; if this is the eldest child, the first child element would be the higher rate and the two-child limit would not count them.`,
      );
  });
  if (p.childrenLimited > 0) w.push(`${p.childrenLimited} child${p.childrenLimited > 1 ? "ren get" : " gets"} no UC child element because of the two-child limit.`);
  if (h.adults.length === 2 && h.childcareMonthly.greaterThan(0) && !partnerChildcareCondition(h, p.partnerWorks))
    w.push("The UC childcare costs element needs both partners in paid work, or a partner who cannot provide childcare because of limited capability for work or caring for a severely disabled person (UC Regs reg 32(1)(b)); the partner has no job here (give adults[1].job if they work).");
  const partner = h.adults[1];
  if (partner?.job?.hourlyWage) {
    const mw = minimumWageFor(partner.age, false, r);
    if (partner.job.hourlyWage.lessThan(mw.hourly))
      w.push(`adults.1.job.hourlyWage: £${partner.job.hourlyWage.toFixed(2)} an hour is below the ${mw.name} for age ${partner.age} (£${mw.hourly.toFixed(2)}), unless the partner is an apprentice.`);
  }
  if (h.children.some((c) => c.disability)) w.push("A child's own DLA or Child Disability Payment is not included in net income (it is the same in and out of work).");
  w.push(...schoolMealsWarnings(h, r));
  w.push(...housingBenefitWarnings(h, r));
  const claimant = h.adults[0]!;
  const spa = statePensionCheck(claimant.age, r.meta.asOf, r, claimant.birthMonth);
  if (spa?.reached === null)
    w.push(
      `adults.0: at ${claimant.age} on ${r.meta.asOf}, State Pension age may have been reached (for someone born between ${spa.bornFrom} and ${spa.bornTo} it falls between ${spa.earliest} and ${spa.latest}). These figures assume it has not; ${claimant.birthMonth ? "check the date of birth" : "give the month and year of birth (birthMonth) to settle it"}. Over State Pension age, Pension Credit replaces UC.`,
    );
  else if (spa?.reached === false) {
    // Not yet on the rules' date, but perhaps before the year they cover ends (5 April).
    const yearEnd = `${Number(r.meta.taxYear.slice(0, 4)) + 1}-04-05`;
    if (spa.earliest <= yearEnd)
      w.push(
        `adults.0: State Pension age ${spa.earliest === spa.latest ? `is reached on ${spa.earliest}` : `may be reached between ${spa.earliest} and ${spa.latest}`}, within the tax year these rules cover (to ${yearEnd}). From then Pension Credit replaces UC, so these figures hold only until that date.`,
      );
  }
  return w;
}

/** "66", or "66 to 67" where the dates of birth the age allows straddle the change. */
function statePensionAgeText(spa: StatePensionCheck): string {
  const years = (birth: string, at: string) => Number(at.slice(0, 4)) - Number(birth.slice(0, 4)) - (at.slice(5) < birth.slice(5) ? 1 : 0);
  const low = years(spa.bornFrom, spa.earliest);
  const high = years(spa.bornTo, spa.latest);
  return low === high ? String(low) : `${low} to ${high}`;
}
