/**
 * The first months in work, week by week (issue 14 part 1): from the job's
 * start date, the money that arrives in each of 13 weeks, by source, with the
 * rule behind each amount. Worked only when `job.startDate` is given, and only
 * for the scenarios shown (never the sweep).
 *
 * - Wages: take-home pay on each payday, in arrears (a payday pays the pay
 *   period ending on it); the first payday on or after the start date pays
 *   only the days worked since the start date (pro rata by days, to the
 *   penny: employers' own arithmetic varies), at most one full pay period
 *   (where the first payday is later, the days before it are taken as paid
 *   "in hand", later). Without a first payday: one pay period after the
 *   start date; with one before the start date, it only fixes the pattern.
 * - Universal Credit: each assessment period (UC Regs reg 21) on the wages
 *   received in it (reg 54(1), reg 61), paid within 7 days of its last day
 *   (C&P Regs reg 47). The period holding the start date keeps the
 *   out-of-work unearned income (New Style ESA/JSA/CA were paid in it);
 *   later periods use the scenario's. A partner's earnings are the average
 *   month's. Surplus earnings and reg 61(6) reallocation are not applied here.
 * - New Style ESA and JSA: paid fortnightly in arrears within 7 days of each
 *   fortnight (C&P Regs reg 46(2)). The ESA payday is not asked: the last
 *   out-of-work fortnight is taken as ending the day before the start date.
 *   Where work ends entitlement (ESA: the permitted work limits, reg 39;
 *   JSA: 16 hours), it ends from the first day of work: in the first week,
 *   only the days worked are disentitled (ESA Regs 2013 reg 37(4)), and the
 *   days before the start date are all in the last out-of-work fortnight.
 *   ESA for days of the first week not worked (reg 37(4)) is not shown: the
 *   days of work are not asked.
 * - Carer's Allowance: decided week by week (SSCBA s.70; ICA Regs reg 8): a
 *   wage counts from the week it is paid in (Computation of Earnings Regs
 *   1996 reg 6), so it is paid in full until the first payday's week. Shown
 *   in the week it is for (paid weekly or four-weekly as the award says).
 *   The week's earnings are the last wage's, as a weekly amount: a first wage
 *   for part of a pay period can be under the limit.
 * Child Benefit, PIP and other amounts that work does not change are not
 * shown.
 */
import { D, ZERO, roundPenny, max0, weeklyToMonthly, type Money } from "../base/money.js";
import { carersEarningsLimit } from "./benefits/contributory.js";
import { gbp } from "./explain.js";
import type { Figures, Prepared } from "./figures.js";
import { ucAward } from "./universal-credit/award.js";
import { assessmentPeriodDates, dayOfIso, isoOfDay, lastWorkingDay, dayOf, daysInMonth } from "./pay-cycles.js";
import type { PayFrequency } from "./household.js";
import { textLater } from "./on-request.js";
import type { FirstMonthsNote, FirstMonthsNoteOf, FirstMonthsOf, FirstMonthsWeekOf } from "./result.js";

export const FIRST_MONTHS_WEEKS = 13;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const longDate = (n: number) => {
  const iso = isoOfDay(n);
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
};
const ONE = new D(1);
const STEP: Partial<Record<PayFrequency, number>> = { weekly: 7, fortnightly: 14, fourWeekly: 28 };

interface Payday {
  readonly day: number;
  /** Share of a full pay period paid (the first pay after the start date covers the days worked). */
  readonly share: Money;
  readonly daysPaid: number;
  readonly periodDays: number;
}

/** The monthly payday of month (y, m). */
function monthlyPayday(freq: PayFrequency, y: number, m: number, dom: number): number {
  return freq === "lastWorkingDay" ? lastWorkingDay(y, m) : dayOf(y, m, Math.min(dom, daysInMonth(y, m)));
}

/** Paydays from the start date to `until`, in arrears. */
export function paydaysFrom(freq: PayFrequency, firstPayday: string | undefined, start: number, until: number): Payday[] {
  const out: Payday[] = [];
  const step = STEP[freq];
  // A first payday on or after the start date is the first wage; one before it only fixes the pattern.
  const from = firstPayday && dayOfIso(firstPayday) >= start ? dayOfIso(firstPayday) : start;
  const push = (day: number, prev: number) => {
    const periodDays = day - prev;
    const daysPaid = Math.min(periodDays, day - start + 1);
    if (daysPaid <= 0) return;
    out.push({ day, periodDays, daysPaid, share: daysPaid === periodDays ? ONE : new D(daysPaid).div(periodDays) });
  };
  if (step) {
    const a = firstPayday ? dayOfIso(firstPayday) : start + step - 1;
    let d = a + Math.ceil((from - a) / step) * step;
    for (; d <= until; d += step) push(d, d - step);
    return out;
  }
  const s = isoOfDay(start);
  const dom = firstPayday ? Number(firstPayday.slice(8, 10)) : Number(isoOfDay(start - 1).slice(8, 10));
  let y = Number(s.slice(0, 4));
  let m = Number(s.slice(5, 7)) - 1;
  if (m === 0) [y, m] = [y - 1, 12];
  let prev = monthlyPayday(freq, y, m, dom);
  for (let i = 0; i < 6; i++) {
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    const d = monthlyPayday(freq, y, m, dom);
    if (d > until) break;
    if (d >= from) push(d, prev);
    prev = d;
  }
  return out;
}

const WEEKS: Record<PayFrequency, number> = { weekly: 1, fortnightly: 2, fourWeekly: 4, monthly: 0, lastWorkingDay: 0 };
const perPay = (weekly: Money, freq: PayFrequency): Money => (WEEKS[freq] === 0 ? weeklyToMonthly(weekly) : weekly.times(WEEKS[freq]));

interface Item {
  readonly day: number;
  readonly source: keyof FirstMonthsWeekOf<Money>["amounts"];
  readonly amount: Money;
  /** Written only when read. */
  readonly text: () => string;
  readonly rules: readonly object[];
}

/**
 * One scenario's first 13 weeks. `baseline` (the out-of-work weeks, null
 * when this is the baseline) marks the tightest weeks: where the money
 * received since the start date falls furthest below not working.
 */
export function firstMonthsFor(p: Prepared, f: Figures, base: Figures, startIso: string, startDay: number, baseline: FirstMonthsOf<Money> | null, used: Set<object>): FirstMonthsOf<Money> {
  const { h, r } = p;
  const fm = r.firstMonths;
  const start = dayOfIso(startIso);
  const end = start + FIRST_MONTHS_WEEKS * 7 - 1;
  const items: Item[] = [];
  const c = f.claimant;
  // Not given: paid monthly (the weekly convention's amounts, × 52 ÷ 12).
  const freq = h.job.payFrequency ?? "monthly";
  const works = c.hours > 0;

  // Wages, and the earnings UC counts, on each payday.
  const pays = works ? paydaysFrom(freq, h.job.firstPayday, start, end) : [];
  // With a pay frequency given, a payday's own pay (tax and NI worked on the pay period).
  const full = c.period ? c.period.takeHome : perPay(c.takeHome, freq);
  const fullUc = c.period ? c.period.ucNet : perPay(c.ucNetWeekly, freq);
  const ucOn = new Map<number, Money>();
  for (const x of pays) {
    const whole = x.daysPaid === x.periodDays;
    ucOn.set(x.day, whole ? fullUc : roundPenny(fullUc.times(x.share)));
    const amount = whole ? full : roundPenny(full.times(x.share));
    items.push({
      day: x.day,
      source: "wages",
      amount,
      rules: [],
      text: () =>
        whole
        ? `take-home pay ${gbp(amount)} paid ${longDate(x.day)}`
        : `first wage ${gbp(amount)} paid ${longDate(x.day)}: ${x.daysPaid} of the ${x.periodDays} days of the pay period, from the start date (paid in arrears; the employer's own first payday decides this)`,
    });
  }

  // Universal Credit, each assessment period on the wages received in it.
  const pd = r.universalCredit.paymentDaysAfterPeriod;
  const aps = assessmentPeriodDates(startIso, startDay, 4, 2);
  const partnerUc = f.people.length > 1 ? f.people[1]!.ucNetMonthly : ZERO;
  if (!base.uc.isZero() || !f.uc.isZero()) {
    used.add(pd).add(r.universalCredit.taperRate);
    for (const ap of aps) {
      const pay = ap.end + pd.value;
      if (pay < start || pay > end) continue;
      let award: Money;
      let earned = ZERO;
      let text: () => string;
      if (ap.end < start || !works) {
        award = base.uc;
        const a = award;
        text = () => `Universal Credit ${gbp(a)} for the assessment period ${longDate(ap.start)} to ${longDate(ap.end)}, before the job, paid by ${longDate(pay)} (within ${pd.value} days of its last day)`;
      } else {
        for (const [day, e] of ucOn) if (day >= ap.start && day <= ap.end) earned = earned.plus(e);
        earned = earned.plus(partnerUc);
        const first = ap.start <= start;
        const inputs = { people: f.people, ucMaximum: f.ucMaximum, childcareAmount: f.childcare.amount, unearned: first ? base.unearned : f.unearned, caWeekly: first ? base.caWeekly : f.caWeekly };
        award = ucAward(p, inputs, earned).uc;
        const a = award;
        const e = earned;
        text = () => `Universal Credit ${gbp(a)} for the assessment period ${longDate(ap.start)} to ${longDate(ap.end)}, on ${gbp(e)} earnings received in it${
          e.isZero() ? " (no wage arrived in it, so UC is as out of work)" : ""
        }${first && !base.unearned.equals(f.unearned) ? "; New Style ESA, JSA or Carer's Allowance paid in it still count as unearned income" : ""}, paid by ${longDate(pay)}`;
      }
      items.push({ day: pay, source: "universalCredit", amount: award, text, rules: [pd, r.universalCredit.taperRate] });
    }
  }

  // New Style ESA and JSA, fortnightly in arrears; Carer's Allowance week by week.
  const P = fm.newStylePaymentPeriodDays.value;
  const A = fm.newStylePaymentDaysAfterPeriod.value;
  p.people.forEach((pp, i) => {
    const b = base.people[i]!;
    const x = f.people[i]!;
    for (const [source, out, inWork, name, ended, limitRules] of [
      ["esa", b.esa, x.esa, "New Style ESA", x.esaEndedBy, x.esaEndedBy === "hours" ? [r.newStyleEsa.permittedWorkHoursLimit] : [r.newStyleEsa.permittedWorkHigherLimit]],
      ["jsa", b.jsa, x.jsa, "New Style JSA", x.jsaEndedBy, [r.newStyleJsa.hoursLimit]],
    ] as const) {
      if (out.isZero() && inWork.isZero()) continue;
      used.add(fm.newStylePaymentPeriodDays).add(fm.newStylePaymentDaysAfterPeriod);
      const rules: object[] = [fm.newStylePaymentPeriodDays, fm.newStylePaymentDaysAfterPeriod];
      for (let k = 0; ; k++) {
        const periodEnd = start - 1 + P * k;
        const pay = periodEnd + A;
        if (pay > end) break;
        const weekly = k === 0 ? out : inWork;
        const amount = roundPenny(weekly.times(P).div(7));
        const who = p.couple ? (i === 0 ? "the claimant's " : "the partner's ") : "";
        const paid = () => `${who}${name} ${gbp(amount)} for ${longDate(periodEnd - P + 1)} to ${longDate(periodEnd)}, paid by ${longDate(pay)}`;
        let text = paid;
        let rs = rules;
        if (k === 0 && inWork.isZero() && i === 0 && works) {
          rs = [...rules, ...limitRules];
          for (const l of limitRules) used.add(l);
          text = () => `${paid()}: the last payment. ${name} stops from the start date, ${
            ended === "hours" ? "as the hours reach the limit" : ended === "earnings" ? "as the earnings are over the limit" : "as work ends it"
          }${source === "esa" ? "; in the first week only the days worked are lost (ESA Regulations 2013 reg 37(4)), so ESA for days of that week not worked is still due (not shown: the days of work are not asked)" : ""}. Tell DWP the start date so it is not overpaid`;
        }
        if (!amount.isZero()) items.push({ day: pay, source, amount, text, rules: rs });
      }
    }
    if (!b.ca.isZero() || !x.ca.isZero()) {
      const limit = carersEarningsLimit(h, r);
      for (let w = 0; w < FIRST_MONTHS_WEEKS; w++) {
        const ws = start + 7 * w;
        // The week's earnings: the last wage paid by the week's end, as a weekly amount (Computation of Earnings Regs 1996 regs 6, 8);
        // the first wage, for part of a pay period, may be under the limit.
        let latest: Payday | undefined;
        if (i === 0 && x.caLost) for (const pay of pays) if (pay.day <= ws + 6) latest = pay;
        const weekEarnings = latest && c.benefitTestEarnings ? (latest.share === ONE ? c.benefitTestEarnings : roundPenny(c.benefitTestEarnings.times(latest.share))) : ZERO;
        const lost = latest !== undefined && weekEarnings.greaterThan(limit.value);
        const amount = x.caLost && i === 0 ? (lost ? ZERO : max0(pp.caRate.amount.minus(x.caOverlap))) : x.ca;
        const rules: object[] = [limit];
        used.add(limit);
        const text = () =>
          x.caLost && i === 0
            ? lost
              ? `no ${p.caName} for the week from ${longDate(ws)}: a wage counts from the week it is paid in, and the week's earnings of ${gbp(weekEarnings)} are over the ${gbp(limit.value)} limit (decided week by week)`
              : latest
                ? `${p.caName} ${gbp(amount)} for the week from ${longDate(ws)}: the first wage, for part of a pay period, is ${gbp(weekEarnings)} a week, within the ${gbp(limit.value)} limit (decided week by week)`
                : `${p.caName} ${gbp(amount)} for the week from ${longDate(ws)}: no wage paid yet, so no earnings count this week (decided week by week)`
            : `${p.caName} ${gbp(amount)} for the week from ${longDate(ws)}`;
        items.push({ day: ws + 6, source: "carersAllowance", amount, text, rules });
      }
    }
  });

  // Into weeks.
  const byWeek: Item[][] = [];
  for (const it of items) {
    if (it.day < start || it.day > end) continue;
    (byWeek[Math.floor((it.day - start) / 7)] ??= []).push(it);
  }
  const keys = new Map<object, string>();
  const keyOf = (l: object) => {
    let k = keys.get(l);
    if (k === undefined) keys.set(l, (k = r.describe(l).key));
    return k;
  };
  const weeks: FirstMonthsWeekOf<Money>[] = [];
  let cumulative = ZERO;
  let lowest = ZERO;
  for (let w = 0; w < FIRST_MONTHS_WEEKS; w++) {
    const ws = start + 7 * w;
    const we = ws + 6;
    const sums = { wages: ZERO, universalCredit: ZERO, esa: ZERO, jsa: ZERO, carersAllowance: ZERO };
    const notes: FirstMonthsNoteOf[] = [];
    for (const it of byWeek[w] ?? []) {
      if (!it.amount.isZero()) sums[it.source] = sums[it.source].isZero() ? it.amount : sums[it.source].plus(it.amount);
      // The text is written the first time it is asked for (a table, JSON output), not on every keystroke.
      notes.push(textLater({ source: it.source, rules: it.rules.map(keyOf) }, it.text));
    }
    let total = ZERO;
    for (const m of [sums.wages, sums.universalCredit, sums.esa, sums.jsa, sums.carersAllowance]) if (!m.isZero()) total = total.isZero() ? m : total.plus(m);
    if (!total.isZero()) cumulative = cumulative.plus(total);
    const diff = baseline ? cumulative.minus(baseline.weeks[w]!.cumulative) : ZERO;
    if (diff.lessThan(lowest)) lowest = diff;
    weeks.push({
      weekStart: isoOfDay(ws),
      weekEnd: isoOfDay(we),
      amounts: sums,
      total,
      cumulative,
      cumulativeAgainstNotWorking: diff,
      tightest: false,
      notes,
    });
  }
  // The tightest weeks: where the money received since the start falls furthest below not working.
  if (lowest.isNegative()) for (const week of weeks) if (week.cumulativeAgainstNotWorking.equals(lowest)) (week as { tightest: boolean }).tightest = true;
  return { startDate: startIso, weeks, whatHelps: baseline ? whatHelps(p, f, pays[0], used) : [] };
}

function whatHelps(p: Prepared, f: Figures, first: Payday | undefined, used: Set<object>): FirstMonthsNote[] {
  const { r } = p;
  const fm = r.firstMonths;
  const out: FirstMonthsNote[] = [];
  const key = (l: object) => r.describe(l).key;
  out.push({
    source: "tellDwp",
    text: "Tell DWP the start date before starting (the work coach for Universal Credit; the ESA or JSA office), so payments stop or change from the right day and are not overpaid, and the claimant commitment is updated.",
    rules: [],
  });
  if (!f.uc.isZero() || f.claimant.hours > 0) {
    for (const l of [fm.budgetingAdvanceBenefitMonths, fm.budgetingAdvanceEarningsLimitSingle, fm.budgetingAdvanceEarningsLimitCouple]) used.add(l);
    const limit = p.couple ? fm.budgetingAdvanceEarningsLimitCouple : fm.budgetingAdvanceEarningsLimitSingle;
    out.push({
      source: "budgetingAdvance",
      text: `A Universal Credit budgeting advance can help with the costs of starting work (travel, clothes) before the first wage. It normally needs ${fm.budgetingAdvanceBenefitMonths.value} months on benefit, but not when the cost is for getting or keeping a job (Payments on Account Regulations 2013 reg 12(2)); earnings in the last 6 assessment periods must be at most ${gbp(limit.value)}${p.couple ? " (a couple)" : ""} (reg 13). It is repaid from later UC payments.`,
      rules: [key(fm.budgetingAdvanceBenefitMonths), key(limit)],
    });
  }
  if (f.claimant.hours > 0)
    out.push({
      source: "firstPayday",
      text: first
        ? `Ask the employer when the first wage comes: here ${longDate(first.day)}${first.daysPaid < first.periodDays ? `, for ${first.daysPaid} days` : ""}. Universal Credit counts wages in the assessment period they are received in, so the date decides which UC payment falls.`
        : "Ask the employer when the first wage comes: Universal Credit counts wages in the assessment period they are received in.",
      rules: [],
    });
  return out;
}

/**
 * The rule values a scenario's first months rest on, gathered without
 * working them out (cheap), so `rules.used` is right even though the weeks
 * are worked out only when first read.
 */
export function firstMonthsRules(p: Prepared, f: Figures, base: Figures, compared: boolean, used: Set<object>): void {
  const { r } = p;
  const fm = r.firstMonths;
  if (!base.uc.isZero() || !f.uc.isZero()) used.add(r.universalCredit.paymentDaysAfterPeriod).add(r.universalCredit.taperRate);
  const works = f.claimant.hours > 0;
  p.people.forEach((_, i) => {
    const b = base.people[i]!;
    const x = f.people[i]!;
    if (!b.esa.isZero() || !x.esa.isZero() || !b.jsa.isZero() || !x.jsa.isZero()) used.add(fm.newStylePaymentPeriodDays).add(fm.newStylePaymentDaysAfterPeriod);
    if (i === 0 && works) {
      if (!b.esa.isZero() && x.esa.isZero()) used.add(x.esaEndedBy === "hours" ? r.newStyleEsa.permittedWorkHoursLimit : r.newStyleEsa.permittedWorkHigherLimit);
      if (!b.jsa.isZero() && x.jsa.isZero()) used.add(r.newStyleJsa.hoursLimit);
    }
    if (!b.ca.isZero() || !x.ca.isZero()) used.add(carersEarningsLimit(p.h, r));
  });
  if (compared && (!f.uc.isZero() || works)) used.add(fm.budgetingAdvanceBenefitMonths).add(fm.budgetingAdvanceEarningsLimitSingle).add(fm.budgetingAdvanceEarningsLimitCouple);
}
