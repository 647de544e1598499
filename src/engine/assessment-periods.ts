/**
 * Universal Credit period by period: the next 12 assessment periods for one
 * scenario, each on the earnings received in it (UC Regs 2013 reg 54(1),
 * reg 61), with the benefit cap and its earnings exemption tested in that
 * period (reg 82(1)(a)), and surplus earnings (reg 54A) carried forward when
 * a period's earnings end the award.
 *
 * Each payday brings one pay period's earnings (after tax, NI and the gross
 * pension contribution, each worked on that pay period: calculate.ts); with
 * no pay frequency given, the weekly convention's week × 52 ÷ 12 (to the
 * penny), paid monthly. Everything else in the award (the
 * maximum amount, unearned income, the work allowance) is the average
 * month's. Worked only for the scenarios shown, never for the sweep.
 *
 * Surplus earnings, as worked here: in a period whose earnings leave no UC
 * (the award ends, and DWP treats the household as claiming again for up to
 * five periods, UC (Claims and Payments) Regs 2013 reg 32A), the earnings
 * above the nil UC threshold plus the de minimis amount (reg 54A(6): £300;
 * £2,500 for a period starting within the temporary de minimis period, SI
 * 2015/345 reg 5, to 31 March 2026: each period by its own start date, not
 * by the date of the rules) are carried into the next
 * period as earned income; if that period's UC is nil too, what is over the
 * threshold again is carried on, into at most five later periods. A new
 * chain starts only in a period after one with UC (or in the first period):
 * reg 54A(1) needs an award that has terminated. None is
 * carried where the claimant has recently been a victim of domestic violence
 * (reg 54A(5); `recentVictimOfDomesticViolence`, asked only by `calc`).
 */
import { ZERO, roundPenny, max0, weeklyToMonthly, type Money } from "../base/money.js";
import type { Figures, Prepared, PersonFigures } from "./figures.js";
import { ucAward, type Award } from "./universal-credit/award.js";
import { dayOfIso, isoOfDay, type PayCycles, type PaySchedule } from "./pay-cycles.js";
import { paydaysFrom } from "./first-months.js";
import type { PayFrequency } from "./household.js";
import type { Rules } from "../rules/compose.js";

export interface PeriodFigures {
  readonly start: string;
  readonly end: string;
  readonly paymentDate: string;
  /** Paydays received in the period, and counted in it (after any reg 61(6) reallocation of monthly pay): the person offered the job, then a partner. */
  readonly paydays: number;
  readonly paymentsCounted: number;
  readonly partnerPaydays: number;
  readonly partnerPaymentsCounted: number;
  /** Earned income received in the period (counted), before any surplus earnings. */
  readonly earnings: Money;
  /** Surplus earnings brought forward from the period before, counted as earned income (reg 54A(2)). */
  readonly surplusIn: Money;
  readonly award: Award;
  /** Surplus earnings carried into the next period. */
  readonly surplusOut: Money;
  /** The de minimis of this period (the rule value): £2,500 in the temporary de minimis period, else £300. */
  readonly deMinimis: DeMinimis;
  /** UC nil here and in the period before, with no surplus brought in: no award ended, so no surplus earnings (reg 54A(1)). */
  readonly noAwardEnded: boolean;
  /** The first wage after `job.startDate`, in this period, when it covers only part of a pay period: the days paid of the period's days. */
  readonly firstWage: { readonly daysPaid: number; readonly periodDays: number } | null;
}

type SurplusRules = Rules["universalCredit"]["surplusEarnings"];
export type DeMinimis = SurplusRules["deMinimis"] | SurplusRules["temporaryDeMinimis"];

/**
 * The de minimis for a period starting on `start`: the temporary £2,500 (SI
 * 2015/345 reg 5) if the period starts on or before the temporary de minimis
 * period's last day, else reg 54A(6)'s £300.
 */
export function deMinimisFor(se: SurplusRules, start: string): DeMinimis {
  return start <= se.temporaryDeMinimisEnds.value ? se.temporaryDeMinimis : se.deMinimis;
}

const WEEKS: Record<PayFrequency, number> = { weekly: 1, fortnightly: 2, fourWeekly: 4, monthly: 0, lastWorkingDay: 0 };

/**
 * One payday's earnings as UC counts them: with a pay frequency given, the
 * pay period's own (tax, NI and pension worked on it); without one, the
 * weekly convention's week × 52 ÷ 12 (paid monthly).
 */
function perPayday(x: PersonFigures, s: PaySchedule): Money {
  if (x.period) return x.period.ucNet;
  if (x.ucNetWeekly.isZero()) return ZERO;
  const weeks = WEEKS[s.frequency];
  return weeks === 0 ? weeklyToMonthly(x.ucNetWeekly) : weeks === 1 ? x.ucNetWeekly : x.ucNetWeekly.times(weeks);
}

/**
 * The nil UC threshold (reg 54A(6)): the earnings above which no UC is due,
 * (M − U) ÷ 55% + the work allowance, to the penny (reg 6).
 */
export function nilUcThreshold(p: Prepared, f: Figures): Money {
  const u = p.tariffIncome.amount.isZero() ? f.unearned : f.unearned.plus(p.tariffIncome.amount);
  const over = max0(f.ucMaximum.minus(u)).div(p.r.universalCredit.taperRate.value);
  const wa = p.workAllowance ? p.workAllowance.amount : ZERO;
  return roundPenny(over.plus(wa));
}

export function assessmentPeriods(p: Prepared, cycles: PayCycles, f: Figures): PeriodFigures[] {
  const se = p.r.universalCredit.surplusEarnings;
  const inputs = { people: f.people, ucMaximum: f.ucMaximum, childcareAmount: f.childcare.amount, unearned: f.unearned, caWeekly: f.caWeekly };
  const claimantWorks = f.claimant.hours > 0;
  const partner = cycles.partner ? f.people[1]! : null;
  const unitC = claimantWorks ? perPayday(f.claimant, cycles.claimant) : ZERO;
  const unitP = partner && cycles.partner ? perPayday(partner, cycles.partner) : ZERO;
  // With a start date, the first wage covers only the days worked since it (paid in arrears): the same first wage
  // as the first months (first-months.ts), so the two views give the same UC for the same period.
  let firstWage: { day: string; shortfall: Money; daysPaid: number; periodDays: number } | null = null;
  const startDate = p.h.job.startDate;
  if (startDate && !unitC.isZero()) {
    const s = dayOfIso(startDate);
    const x = paydaysFrom(p.h.job.payFrequency ?? "monthly", p.h.job.firstPayday, s, s + 62)[0];
    if (x && x.daysPaid < x.periodDays) firstWage = { day: isoOfDay(x.day), shortfall: unitC.minus(roundPenny(unitC.times(x.share))), daysPaid: x.daysPaid, periodDays: x.periodDays };
  }
  let threshold: Money | undefined;
  const out: PeriodFigures[] = [];
  let surplus = ZERO;
  let carried = 0;
  // Reg 54A(1): surplus earnings arise only for a claim after an award that terminated. Before the first period the
  // household is taken to be on UC (before the job); after that, a new chain starts only where the period before had UC.
  let awardBefore = true;
  const same = new Map<number, { earnings: Money; award: Award }>();
  cycles.periods.forEach(({ start, end, paymentDate }, i) => {
    const paydays = claimantWorks ? cycles.claimant.received[i]! : 0;
    const counted = claimantWorks ? cycles.claimant.counted[i]! : 0;
    const partnerPaydays = cycles.partner ? cycles.partner.received[i]! : 0;
    const partnerCounted = cycles.partner ? cycles.partner.counted[i]! : 0;
    const surplusIn = surplus;
    // Periods with the same paydays have the same earnings, and without surplus the same award (weekly pay: 4 or 5 paydays).
    const key = counted * 64 + partnerCounted;
    let known = same.get(key);
    if (!known) {
      let e = ZERO;
      if (counted && !unitC.isZero()) e = counted === 1 ? unitC : unitC.times(counted);
      if (partnerCounted && !unitP.isZero()) e = e.isZero() ? (partnerCounted === 1 ? unitP : unitP.times(partnerCounted)) : e.plus(partnerCounted === 1 ? unitP : unitP.times(partnerCounted));
      // Earnings as in the average month (paid monthly): the average month's award.
      same.set(key, (known = { earnings: e, award: e.equals(f.ucEarnings) ? f : ucAward(p, inputs, e) }));
    }
    const part = firstWage && counted > 0 && firstWage.day >= start && firstWage.day <= end ? firstWage : null;
    const earnings = part ? known.earnings.minus(part.shortfall) : known.earnings;
    const award = surplusIn.isZero() && !part ? known.award : ucAward(p, inputs, earnings.plus(surplusIn));
    // The award ends on earnings: what is over the nil UC threshold and the de minimis is carried forward.
    surplus = ZERO;
    const deMinimis = deMinimisFor(se, start);
    // Reg 54A(5): none for a claimant who has recently been a victim of domestic violence.
    const chain = !surplusIn.isZero() || awardBefore;
    if (chain && !p.capitalOverLimit && !p.h.recentVictimOfDomesticViolence && award.ucBeforeCap.isZero() && carried < se.maximumLaterClaims.value) {
      threshold ??= nilUcThreshold(p, f);
      surplus = max0(earnings.plus(surplusIn).minus(threshold).minus(deMinimis.value));
    }
    carried = surplus.isZero() ? 0 : carried + 1;
    awardBefore = !award.ucBeforeCap.isZero();
    out.push({ start, end, paymentDate, paydays, paymentsCounted: counted, partnerPaydays, partnerPaymentsCounted: partnerCounted, earnings, surplusIn, award, surplusOut: surplus, deMinimis, noAwardEnded: !chain && award.ucBeforeCap.isZero(), firstWage: part && { daysPaid: part.daysPaid, periodDays: part.periodDays } });
  });
  return out;
}
