/**
 * "If the job doesn't work out, do I lose everything?": what the law says
 * happens to this household's benefits if the job ends, each statement with
 * the rule values (and so the sources) behind it. Durations and dates are
 * rule-table values (`ifJobEnds`); where the law is only reported, or only
 * promised, the statement says so. Written for a clinician to read aloud.
 */
import type { Prepared, Figures } from "./figures.js";
import { carersEarningsLimit } from "./benefits/contributory.js";
import { dateInWords, gbp } from "./explain.js";

export const JOB_ENDS_CODES = [
  "uc-goes-up-again",
  "uc-restarts-without-claim",
  "uc-reclaim-within-months",
  "lcwra-no-new-wait",
  "lcwra-protected-rate",
  "assessment-kept-while-working",
  "right-to-try",
  "esa-linking",
  "jsa-linking",
  "carers-allowance-week-by-week",
  "disability-benefits-unaffected",
] as const;
export type JobEndsCode = (typeof JOB_ENDS_CODES)[number];

export interface JobEndsStatement {
  readonly code: JobEndsCode;
  readonly text: string;
  /** Rule values behind the statement (turned into keys, with their sources, in the result). */
  readonly rules: readonly object[];
}

export function ifJobEnds(p: Prepared, base: Figures): JobEndsStatement[] {
  const { h, r } = p;
  const j = r.ifJobEnds;
  const out: JobEndsStatement[] = [];
  const say = (code: JobEndsCode, text: string, rules: readonly object[]) => out.push({ code, text, rules });
  const months = (n: number) => `${n} month${n === 1 ? "" : "s"}`;

  // Universal Credit.
  if (base.uc.greaterThan(0) || p.health.kind !== "none") {
    say(
      "uc-goes-up-again",
      `Universal Credit is worked out again every month on the wages received in that month's assessment period, so if the job ends it rises again from the assessment period after the last wage. With no job it would be ${gbp(base.uc)} a month, as now, if nothing else changes. Tell DWP the job has ended.`,
      [r.universalCredit.taperRate],
    );
    const again = j.ucPaidAgainWithoutClaimAssessmentPeriods.value;
    const within = j.ucReclaimWithinMonths.value;
    say(
      "uc-restarts-without-claim",
      `If wages stop Universal Credit altogether for a month, DWP can pay it again without a new claim in any of the next ${again} assessment periods when wages fall (Claims and Payments Regulations 2013 reg 32A).`,
      [j.ucPaidAgainWithoutClaimAssessmentPeriods],
    );
    say(
      "uc-reclaim-within-months",
      `After that, a new claim within ${months(within)} of the last award keeps the same assessment period dates (Universal Credit Regulations 2013 reg 21(3C)).`,
      [j.ucReclaimWithinMonths],
    );
  }
  if (p.health.kind === "lcwra") {
    say(
      "lcwra-no-new-wait",
      `The LCWRA element (limited capability for work and work-related activity) carries on: on a new claim within ${months(j.ucReclaimWithinMonths.value)} of Universal Credit stopping because of wages, there is no new 3-month wait before it is paid (Universal Credit Regulations 2013 reg 28(3) and (4)).`,
      [j.ucReclaimWithinMonths],
    );
    if (h.adults.some((a) => a.lcwra === "protected")) {
      const el = r.universalCredit.lcwraElement;
      say(
        "lcwra-protected-rate",
        `The protected LCWRA rate (${gbp(el.protected.value)} a month) is kept if Universal Credit stopped because of wages and is paid again within ${months(j.lcwraProtectedRateKeptWithinMonths.value)}: DWP has said so in a written answer to Parliament; the regulation's own wording has not been checked here. After a longer gap, or if the award ended for another reason, a new claim gets the new-claim rate (${gbp(el.newClaim.value)}) unless the severe conditions criteria apply or the person is terminally ill.`,
        [j.lcwraProtectedRateKeptWithinMonths, el.protected, el.newClaim],
      );
    }
  }
  if (p.health.kind !== "none")
    say(
      "assessment-kept-while-working",
      "A work capability decision already made stays in place while working: DWP may look at it again only for a change in the health condition, or a review it had already planned (Universal Credit Regulations 2013 reg 41).",
      [j.wcaReviewOnlyForChangeInCondition],
    );
  const esa = base.people.some((x) => x.esa.greaterThan(0));
  const disability = !p.disability.amount.isZero();
  if (p.health.kind !== "none" || esa || disability) {
    const from = j.rightToTryFrom.value;
    // The rules cover a tax year (or a date in it): "will" only where that year ends before the date.
    const inForce = from <= `${Number(r.meta.taxYear.slice(0, 4)) + 1}-04-05`;
    say(
      "right-to-try",
      `Starting work is not, by itself, a reason for DWP to reassess capability for work${disability ? " or to review PIP" : ""}: the Universal Credit, Personal Independence Payment and Employment and Support Allowance (Amendment) Regulations 2026 ${inForce ? "put this into law" : "will put this into law"} from ${dateInWords(from)} (a reported date, not yet checked against the regulations). DWP can still review for other reasons, such as a change in the condition or a review already planned. A longer promise, no reassessment for 6 months after starting work, is not law.`,
      [j.rightToTryFrom],
    );
  }
  // New Style ESA and JSA.
  if (esa)
    say(
      "esa-linking",
      `New Style ESA: a new claim within ${j.esaLinkingWeeks.value} weeks of the last day of ESA links to the old one, so the phase and group carry on and there are no new waiting days (ESA Regulations 2013 reg 86). After ${j.esaLinkingWeeks.value} weeks it is a new claim, decided on National Insurance contributions again, with a new assessment phase.`,
      [j.esaLinkingWeeks],
    );
  if (base.people.some((x) => x.jsa.greaterThan(0)))
    say(
      "jsa-linking",
      `New Style JSA: a new claim within ${j.jsaLinkingWeeks.value} weeks links to the old one, with no new waiting days, and the 182 days of JSA count across both (JSA Regulations 2013 reg 39).`,
      [j.jsaLinkingWeeks],
    );
  // Carer's Allowance.
  if (base.people.some((x) => x.ca.greaterThan(0))) {
    const limit = carersEarningsLimit(h, r);
    say(
      "carers-allowance-week-by-week",
      `${p.caName} is decided week by week: in any week when earnings (after tax, National Insurance and half of any pension contribution) are ${gbp(limit.value)} or less, it can be paid for that week. Tell the Carer's Allowance Unit when the job starts and when it ends.`,
      [limit],
    );
  }
  if (disability)
    say(
      "disability-benefits-unaffected",
      `${h.region === "scotland" ? "Adult Disability Payment, PIP and DLA do" : "PIP and DLA do"} not depend on work or wages: starting or ending a job does not change them.`,
      p.disability.rules,
    );
  return out;
}
