/**
 * A scenario's assessment periods as `evaluate()` gives them: amounts as
 * Money, and a plain-English line for each period, written only when asked
 * for (`periodText`).
 */
import type { Money } from "../base/money.js";
import { gbp, dateInWords as longDate, PAID } from "./explain.js";
import type { Figures, Prepared } from "./figures.js";
import { assessmentPeriods, nilUcThreshold, type PeriodFigures } from "./assessment-periods.js";
import type { PayCycles } from "./pay-cycles.js";
import type { PayFrequency } from "./household.js";
import { textLater } from "./on-request.js";
import type { AssessmentPeriodOf } from "./result.js";

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** Which de minimis a period used: the temporary £2,500 (SI 2015/345 reg 5) names the date it ends. */
function deMinimisWhy(p: Prepared, x: PeriodFigures): string {
  const se = p.r.universalCredit.surplusEarnings;
  return x.deMinimis === se.temporaryDeMinimis ? ` (the temporary de minimis, to ${longDate(se.temporaryDeMinimisEnds.value)})` : "";
}

/** The periods of one scenario; `used` gathers the rule values they rest on. */
export function periodResults(p: Prepared, cycles: PayCycles, f: Figures, used: Set<object>): AssessmentPeriodOf<Money>[] {
  const periods = assessmentPeriods(p, cycles, f);
  const se = p.r.universalCredit.surplusEarnings;
  used.add(p.r.universalCredit.paymentDaysAfterPeriod);
  // The de minimis of each period that ended its award (and the end date of the temporary period that chose it).
  for (const x of periods)
    if (x.award.ucBeforeCap.isZero() && !x.noAwardEnded && !x.earnings.plus(x.surplusIn).isZero() && !p.capitalOverLimit && !p.h.recentVictimOfDomesticViolence) used.add(x.deMinimis).add(se.temporaryDeMinimisEnds);
  if (periods.some((x) => !x.surplusOut.isZero() || !x.surplusIn.isZero())) used.add(se.maximumLaterClaims);
  if (periods.some((x) => x.award.capExemption?.code === "earnings" && f.capExemption?.code !== "earnings")) used.add(p.r.benefitCap.earningsExemption);
  // Each distinct UC amount's difference from the average month, once (most periods repeat one or two).
  const diffs = new Map<Money, Money>();
  return periods.map((x, i) => {
    let diff = diffs.get(x.award.uc);
    if (!diff) diffs.set(x.award.uc, (diff = x.award.uc.minus(f.uc)));
    const d = diff;
    // The text is written the first time it is asked for (a table, JSON output), not on every keystroke.
    return textLater(
      {
        start: x.start,
        end: x.end,
        ucPaymentDate: x.paymentDate,
        paydays: x.paydays,
        paymentsCounted: x.paymentsCounted,
        partnerPaydays: x.partnerPaydays,
        partnerPaymentsCounted: x.partnerPaymentsCounted,
        earningsMonthly: x.earnings,
        surplusEarningsMonthly: x.surplusIn,
        ucBeforeCapMonthly: x.award.ucBeforeCap,
        benefitCapReductionMonthly: x.award.capReduction,
        ucMonthly: x.award.uc,
        ucDifferenceMonthly: d,
        surplusEarningsCarriedForwardMonthly: x.surplusOut,
      },
      () => periodText(p, cycles, f, x, d, periods[i + 1]),
    );
  });
}

function paidText(who: string, received: number, counted: number, frequency: PayFrequency): string {
  const paid = `${who} paid ${received === 0 ? "no times" : times(received)} (${PAID[frequency]})`;
  if (counted === received) return paid;
  return counted < received
    ? `${paid}; one payment counted in another assessment period, to keep one a month (reg 61(6))`
    : `${paid}; a payment received in another assessment period counted here, to keep one a month (reg 61(6))`;
}

function periodText(p: Prepared, cycles: PayCycles, f: Figures, x: PeriodFigures, diff: Money, next: PeriodFigures | undefined): string {
  const parts: string[] = [];
  const pay: string[] = [];
  if (f.claimant.hours > 0) pay.push(paidText(p.partnerWorks ? "the claimant" : "", x.paydays, x.paymentsCounted, cycles.claimant.frequency).trimStart());
  if (cycles.partner) pay.push(paidText("the partner", x.partnerPaydays, x.partnerPaymentsCounted, cycles.partner.frequency));
  if (pay.length) parts.push(pay.join("; "));
  if (x.firstWage) parts.push(`the first wage pays ${x.firstWage.daysPaid} of the ${x.firstWage.periodDays} days of its pay period, from the start date (paid in arrears)`);
  parts.push(
    `earnings ${gbp(x.earnings)}${x.surplusIn.isZero() ? "" : ` + ${gbp(x.surplusIn)} surplus earnings brought forward from the period before (reg 54A)`}`,
  );
  const a = x.award;
  let uc = `UC ${gbp(a.uc)}`;
  if (!a.capReduction.isZero()) uc += ` after the benefit cap takes ${gbp(a.capReduction)}`;
  else if (a.capExemption?.code === "earnings" && !f.capReduction.isZero()) uc += ` (no benefit cap this period: ${a.capExemption.text()})`;
  uc += diff.isZero() ? ", the same as an average month" : diff.isNegative() ? `, ${gbp(diff.neg())} less than an average month` : `, ${gbp(diff)} more than an average month`;
  parts.push(uc);
  if (a.ucBeforeCap.isZero() && !x.earnings.plus(x.surplusIn).isZero() && !p.capitalOverLimit) {
    const threshold = nilUcThreshold(p, f);
    parts.push(`no UC this period: earnings are above the ${gbp(threshold)} at which UC stops (the nil UC threshold)`);
    if (p.h.recentVictimOfDomesticViolence)
      parts.push("no surplus earnings are carried into the next period: the claimant has recently been a victim of domestic violence (reg 54A(5))");
    else if (x.noAwardEnded)
      parts.push("no surplus earnings are carried: UC was nil in the period before too, so no award ended here (reg 54A(1))");
    else if (!x.surplusOut.isZero())
      parts.push(
        `${gbp(x.surplusOut)} over that threshold and the ${gbp(x.deMinimis.value)} allowed${deMinimisWhy(p, x)} is carried into the next period as surplus earnings (reg 54A)`,
      );
    else if (!x.earnings.plus(x.surplusIn).minus(threshold).greaterThan(x.deMinimis.value))
      parts.push(`no surplus earnings are carried: the earnings over that threshold are within the ${gbp(x.deMinimis.value)} allowed${deMinimisWhy(p, x)} (reg 54A(6))`);
  }
  // A drop: say whether it comes back next time.
  if (diff.isNegative() && next && next.award.uc.greaterThan(a.uc)) parts.push(`UC comes back up to ${gbp(next.award.uc)} in the next period (from ${longDate(next.start)})`);
  // The engine has one tax year's rules: a period after it is worked at this year's rates.
  if (x.start > `${Number(p.r.meta.taxYear.slice(0, 4)) + 1}-04-05`) parts.push(`worked at ${p.r.meta.taxYear.replace("-", "/")} rates (next year's are not used)`);
  return `${longDate(x.start)} to ${longDate(x.end)}: ${parts.join("; ")}; paid by ${longDate(x.paymentDate)}`;
}
