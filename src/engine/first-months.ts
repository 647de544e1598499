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
import { D, ZERO, roundPenny, max0, weeklyToMonthly, str2, type Money } from "../base/money.js";
import { carersEarningsLimit } from "./benefits/contributory.js";
import { gbp } from "./explain.js";
import { ctrIncomeOf, type Figures, type Prepared } from "./calculate.js";
import { councilTaxReduction } from "./council-tax.js";
import { ucAward } from "./universal-credit/award.js";
import { assessmentPeriodDates, dayOfIso, isoOfDay, lastWorkingDay, dayOf, daysInMonth, type PeriodDates } from "./pay-cycles.js";
import type { PayFrequency } from "./household.js";
import type { FirstMonths, FirstMonthsNote, FirstMonthsWeek } from "./result.js";

export const FIRST_MONTHS_WEEKS = 13;

/** Each result's running totals, as amounts (the baseline's are what the scenarios are measured against). */
const CUMULATIVE = new WeakMap<FirstMonths, Money[]>();

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const longDate = (n: number) => {
  const iso = isoOfDay(n);
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
};
const ONE = new D(1);
const NO_RULES: readonly object[] = [];
const NO_KEYS: readonly string[] = [];
/** Each rule value's key in the tables (its path), remembered across scenarios and calculations. */
const KEYS = new WeakMap<object, string>();
/** Days as YYYY-MM-DD, remembered: every scenario's weeks have the same dates. */
const ISO = new Map<number, string>();
const isoOf = (n: number): string => {
  let s = ISO.get(n);
  if (s === undefined) {
    if (ISO.size > 2000) ISO.clear();
    ISO.set(n, (s = isoOfDay(n)));
  }
  return s;
};
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

/**
 * A note whose text is written the first time it is read (a table, JSON
 * output), not on every keystroke. A class with the getter on its prototype
 * (defining an own getter on every note was the first months' largest
 * cost); `toJSON` writes the text into JSON output.
 */
const TEXT = Symbol("text");
const WRITE = Symbol("write");

class Note implements FirstMonthsNote {
  // Symbol keys (not #private fields, which the widget's es2020 build would turn into WeakMaps): out of JSON and Object.keys.
  [TEXT]: string | undefined;
  readonly [WRITE]: () => string;
  constructor(
    readonly source: string,
    readonly rules: readonly string[],
    write: () => string,
  ) {
    this[TEXT] = undefined;
    this[WRITE] = write;
  }
  get text(): string {
    return (this[TEXT] ??= this[WRITE]());
  }
  toJSON(): { source: string; text: string; rules: readonly string[] } {
    return { source: this.source, text: this.text, rules: this.rules };
  }
}

interface Item {
  readonly day: number;
  /** A source of money (summed into the week's amounts), or a change that brings none: "prescriptions", "councilTaxReduction". */
  readonly source: keyof FirstMonthsWeek["amounts"] | "prescriptions" | "councilTaxReduction";
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
export function firstMonthsFor(p: Prepared, f: Figures, base: Figures, startIso: string, startDay: number, baseline: FirstMonths | null, used: Set<object>): FirstMonths {
  const { h, r } = p;
  const fm = r.firstMonths;
  const start = dayOfIso(startIso);
  const end = start + FIRST_MONTHS_WEEKS * 7 - 1;
  const items: Item[] = [];
  const c = f.claimant;
  // Not given: paid monthly (the weekly convention's amounts, × 52 ÷ 12).
  const freq = h.job.payFrequency ?? "monthly";
  const works = c.hours > 0;

  // Wages, and the earnings UC counts, on each payday: to the end of the last assessment period that starts in the 13 weeks
  // (its UC is paid later, but council tax reduction goes by it from its first Monday); wages after week 13 are not shown.
  const pays = works ? paydaysFrom(freq, h.job.firstPayday, start, end + 31) : [];
  // With a pay frequency given, a payday's own pay (tax and NI worked on the pay period).
  const full = c.period ? c.period.takeHome : perPay(c.takeHome, freq);
  const fullUc = c.period ? c.period.ucNet : perPay(c.ucNetWeekly, freq);
  const ucOn = new Map<number, Money>();
  for (const x of pays) {
    const whole = x.daysPaid === x.periodDays;
    ucOn.set(x.day, whole ? fullUc : roundPenny(fullUc.times(x.share)));
    // Paydays after week 13 only count in their assessment period's earnings.
    if (x.day > end) continue;
    const amount = whole ? full : roundPenny(full.times(x.share));
    items.push({
      day: x.day,
      source: "wages",
      amount,
      text: () =>
        whole
        ? `take-home pay ${gbp(amount)} paid ${longDate(x.day)}`
        : `first wage ${gbp(amount)} paid ${longDate(x.day)}: ${x.daysPaid} of the ${x.periodDays} days of the pay period, from the start date (paid in arrears; the employer's own first payday decides this)`,
      rules: NO_RULES,
    });
  }

  // Universal Credit, each assessment period on the wages received in it.
  const pd = r.universalCredit.paymentDaysAfterPeriod;
  const aps = assessmentPeriodDates(startIso, startDay, 4, 2);
  const partnerUc = f.people.length > 1 ? f.people[1]!.ucNetMonthly : ZERO;
  /** The earnings UC counts in an assessment period: the wages received in it (before the job, or not working: out of work's). */
  const earnedIn = (ap: PeriodDates): Money => {
    if (ap.end < start || !works) return base.ucEarnings;
    let earned = partnerUc;
    for (const [day, e] of ucOn) if (day >= ap.start && day <= ap.end) earned = earned.isZero() ? e : earned.plus(e);
    return earned;
  };
  /** An assessment period's UC, on the wages received in it (before the job, or not working: the out-of-work award). */
  const periodMemo = new Map<number, PeriodFigures>();
  const periodOf = (ap: PeriodDates): PeriodFigures => {
    let x = periodMemo.get(ap.start);
    if (x) return x;
    if (ap.end < start || !works) x = { uc: base.uc, capReduction: base.capReduction, earned: base.ucEarnings, unearned: base.unearned, first: false, before: true };
    else {
      const earned = earnedIn(ap);
      const first = ap.start <= start;
      const unearned = first ? base.unearned : f.unearned;
      const a = ucAward(p, { people: f.people, ucMaximum: f.ucMaximum, childcareAmount: f.childcare.amount, unearned, caWeekly: first ? base.caWeekly : f.caWeekly }, earned);
      x = { uc: a.uc, capReduction: a.capReduction, earned, unearned, first, before: false };
    }
    periodMemo.set(ap.start, x);
    return x;
  };
  const onUc = !base.uc.isZero() || !f.uc.isZero();
  if (onUc) {
    used.add(pd).add(r.universalCredit.taperRate);
    const ucRules = [pd, r.universalCredit.taperRate];
    for (const ap of aps) {
      const pay = ap.end + pd.value;
      if (pay < start || pay > end) continue;
      const x = periodOf(ap);
      const award = x.uc;
      const e = x.earned;
      const text = x.before
        ? () => `Universal Credit ${gbp(award)} for the assessment period ${longDate(ap.start)} to ${longDate(ap.end)}, before the job, paid by ${longDate(pay)} (within ${pd.value} days of its last day)`
        : () =>
            `Universal Credit ${gbp(award)} for the assessment period ${longDate(ap.start)} to ${longDate(ap.end)}, on ${gbp(e)} earnings received in it${
              e.isZero() ? " (no wage arrived in it, so UC is as out of work)" : ""
            }${x.first && !base.unearned.equals(f.unearned) ? "; New Style ESA, JSA or Carer's Allowance paid in it still count as unearned income" : ""}, paid by ${longDate(pay)}`;
      items.push({ day: pay, source: "universalCredit", amount: award, text, rules: ucRules });
    }
  }

  // What ends or starts with the wages (compared scenarios only): help with health costs, and council tax reduction recalculated.
  if (baseline && works) {
    healthHelpChanges(p, base, aps, earnedIn, periodOf, start, end, onUc, items, used);
    councilTaxChanges(p, f, base, aps, periodOf, start, end, onUc, items, used);
  }

  // New Style ESA and JSA, fortnightly in arrears; Carer's Allowance week by week.
  const P = fm.newStylePaymentPeriodDays.value;
  const A = fm.newStylePaymentDaysAfterPeriod.value;
  /** New Style ESA or JSA for person i: fortnightly in arrears, stopping from the start date where work ends it. */
  const newStyle = (i: number, source: "esa" | "jsa", out: Money, inWork: Money, name: string, ended: string | null | undefined, limit: object) => {
    used.add(fm.newStylePaymentPeriodDays).add(fm.newStylePaymentDaysAfterPeriod);
    const rules: object[] = [fm.newStylePaymentPeriodDays, fm.newStylePaymentDaysAfterPeriod];
    // A fortnight's payment out of work (the last before the job) and in work.
    const outAmount = roundPenny(out.times(P).div(7));
    const inAmount = inWork.equals(out) ? outAmount : roundPenny(inWork.times(P).div(7));
    const who = p.couple ? (i === 0 ? "the claimant's " : "the partner's ") : "";
    for (let k = 0; ; k++) {
      const periodEnd = start - 1 + P * k;
      const pay = periodEnd + A;
      if (pay > end) break;
      const amount = k === 0 ? outAmount : inAmount;
      const paid = () => `${who}${name} ${gbp(amount)} for ${longDate(periodEnd - P + 1)} to ${longDate(periodEnd)}, paid by ${longDate(pay)}`;
      let text = paid;
      let rs = rules;
      if (k === 0 && inWork.isZero() && i === 0 && works) {
        rs = [...rules, limit];
        used.add(limit);
        text = () => `${paid()}: the last payment. ${name} stops from the start date, ${
          ended === "hours" ? "as the hours reach the limit" : ended === "earnings" ? "as the earnings are over the limit" : "as work ends it"
        }${source === "esa" ? "; in the first week only the days worked are lost (ESA Regulations 2013 reg 37(4)), so ESA for days of that week not worked is still due (not shown: the days of work are not asked)" : ""}. Tell DWP the start date so it is not overpaid`;
      }
      if (!amount.isZero()) items.push({ day: pay, source, amount, text, rules: rs });
    }
  };
  p.people.forEach((pp, i) => {
    const b = base.people[i]!;
    const x = f.people[i]!;
    if (!b.esa.isZero() || !x.esa.isZero())
      newStyle(i, "esa", b.esa, x.esa, "New Style ESA", x.esaEndedBy, x.esaEndedBy === "hours" ? r.newStyleEsa.permittedWorkHoursLimit : r.newStyleEsa.permittedWorkHigherLimit);
    if (!b.jsa.isZero() || !x.jsa.isZero()) newStyle(i, "jsa", b.jsa, x.jsa, "New Style JSA", x.jsaEndedBy, r.newStyleJsa.hoursLimit);
    if (!b.ca.isZero() || !x.ca.isZero()) {
      const limit = carersEarningsLimit(h, r);
      const rules: object[] = [limit];
      used.add(limit);
      for (let w = 0; w < FIRST_MONTHS_WEEKS; w++) {
        const ws = start + 7 * w;
        // The week's earnings: the last wage paid by the week's end, as a weekly amount (Computation of Earnings Regs 1996 regs 6, 8);
        // the first wage, for part of a pay period, may be under the limit.
        let latest: Payday | undefined;
        if (i === 0 && x.caLost) for (const pay of pays) if (pay.day <= ws + 6) latest = pay;
        const weekEarnings = latest && c.benefitTestEarnings ? (latest.share === ONE ? c.benefitTestEarnings : roundPenny(c.benefitTestEarnings.times(latest.share))) : ZERO;
        const lost = latest !== undefined && weekEarnings.greaterThan(limit.value);
        const amount = x.caLost && i === 0 ? (lost ? ZERO : max0(pp.caRate.amount.minus(x.caOverlap))) : x.ca;
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
  /** Each item's rule keys: items share their rules' lists. */
  const keysOf = new Map<readonly object[], readonly string[]>();
  const keyOf = (l: object) => {
    let k = KEYS.get(l);
    if (k === undefined) KEYS.set(l, (k = r.describe(l).key));
    return k;
  };
  const weeks: FirstMonthsWeek[] = [];
  // The same amounts recur week after week (a full wage, the same UC): each written once.
  const texts = new Map<Money, string>();
  const text2 = (m: Money): string => {
    if (m.isZero()) return "0.00";
    let t = texts.get(m);
    if (t === undefined) texts.set(m, (t = str2(m)));
    return t;
  };
  let cumulative = ZERO;
  let lowest = ZERO;
  /** The tightest weeks so far: where the difference from not working is lowest (and below nil). */
  const tight: number[] = [];
  const totals: Money[] = [];
  const baseCumulative = baseline ? CUMULATIVE.get(baseline) : undefined;
  for (let w = 0; w < FIRST_MONTHS_WEEKS; w++) {
    const ws = start + 7 * w;
    const we = ws + 6;
    const sums = { wages: ZERO, universalCredit: ZERO, esa: ZERO, jsa: ZERO, carersAllowance: ZERO };
    const notes: FirstMonthsNote[] = [];
    for (const it of byWeek[w] ?? []) {
      if (!it.amount.isZero() && it.source in sums) {
        const k = it.source as keyof typeof sums;
        sums[k] = sums[k].isZero() ? it.amount : sums[k].plus(it.amount);
      }
      let ks = keysOf.get(it.rules);
      if (ks === undefined) keysOf.set(it.rules, (ks = it.rules.length ? it.rules.map(keyOf) : NO_KEYS));
      notes.push(new Note(it.source, ks, it.text));
    }
    let total = ZERO;
    for (const m of [sums.wages, sums.universalCredit, sums.esa, sums.jsa, sums.carersAllowance]) if (!m.isZero()) total = total.isZero() ? m : total.plus(m);
    if (!total.isZero()) cumulative = cumulative.plus(total);
    totals.push(cumulative);
    const diff = baseCumulative ? cumulative.minus(baseCumulative[w]!) : ZERO;
    if (diff.isNegative() && !diff.isZero()) {
      const c = diff.comparedTo(lowest);
      if (c < 0) (lowest = diff), (tight.length = 0), tight.push(w);
      else if (c === 0) tight.push(w);
    }
    weeks.push({
      weekStart: isoOf(ws),
      weekEnd: isoOf(we),
      amounts: { wages: text2(sums.wages), universalCredit: text2(sums.universalCredit), esa: text2(sums.esa), jsa: text2(sums.jsa), carersAllowance: text2(sums.carersAllowance) },
      total: str2(total),
      cumulative: str2(cumulative),
      cumulativeAgainstNotWorking: str2(diff),
      tightest: false,
      notes,
    });
  }
  // The tightest weeks: where the money received since the start falls furthest below not working.
  for (const w of tight) (weeks[w] as { tightest: boolean }).tightest = true;
  const result: FirstMonths = { startDate: startIso, weeks, whatHelps: baseline ? whatHelps(p, f, pays[0], used, keyOf) : [] };
  CUMULATIVE.set(result, totals);
  return result;
}

/** An assessment period in the first months: UC on the wages received in it. */
interface PeriodFigures {
  readonly uc: Money;
  readonly capReduction: Money;
  /** Earnings UC counts in it (everyone's). */
  readonly earned: Money;
  readonly unearned: Money;
  /** It holds the start date. */
  readonly first: boolean;
  /** Before the job (or not working): the out-of-work figures. */
  readonly before: boolean;
}

const DAY_MS = 86_400_000;
/** The first Monday on or after day `d` (a reduction week begins on a Monday). */
const mondayFrom = (d: number): number => d + ((8 - new Date(d * DAY_MS).getUTCDay()) % 7);

/**
 * Free NHS prescriptions, dental treatment and sight tests through UC go by
 * the take-home pay of the assessment period that ended most recently (the
 * NHSBSA's rule): from the day after each period ends, they start or stop
 * as that period's UC and earnings say (UC paid, and earnings within the
 * limit: passported.ts). A note where the help changes.
 */
function healthHelpChanges(
  p: Prepared, base: Figures, aps: readonly PeriodDates[], earnedIn: (ap: PeriodDates) => Money, periodOf: (ap: PeriodDates) => PeriodFigures,
  start: number, end: number, onUc: boolean, items: Item[], used: Set<object>,
): void {
  const { h, r } = p;
  const leaf = r.firstMonths.healthHelpOnLastEndedAssessmentPeriod;
  if (!onUc || !leaf.value) return;
  const hc = r.healthCosts;
  const limitLeaf = p.passported?.healthLimitLeaf ?? (p.ucChildElements.isZero() && !h.adults.some((a) => a.lcw || a.lcwra) ? hc.ucTakeHomeLimit : hc.ucTakeHomeLimitWithChildOrLimitedCapability);
  const limit = (limitLeaf as typeof hc.ucTakeHomeLimit).value;
  const freeForAll = (h.region === "scotland" && hc.prescriptionsFreeInScotland.value) || (h.region === "wales" && hc.prescriptionsFreeInWales.value);
  const what = freeForAll ? "free NHS dental treatment and sight tests" : "free NHS prescriptions, dental treatment and sight tests";
  const pp = p.passported;
  const worth = pp ? pp.prescriptionsValue.plus(pp.dentalValue).plus(pp.opticalValue) : ZERO;
  const helped = (x: { uc: Money; earned: Money }) => !x.uc.isZero() && !x.earned.greaterThan(limit);
  let before = helped({ uc: base.uc, earned: base.ucEarnings });
  used.add(leaf).add(limitLeaf);
  for (const ap of aps) {
    const from = ap.end + 1;
    if (from <= start) continue;
    if (from > end) break;
    // Earnings over the limit decide it without working out the award.
    const earned = earnedIn(ap);
    const x = earned.greaterThan(limit) ? { uc: ONE, earned } : periodOf(ap);
    const now = helped(x);
    if (now !== before) {
      const why = x.uc.isZero() ? "no Universal Credit is due for it" : `take-home pay of ${gbp(x.earned)} is ${now ? "within" : "over"} the ${gbp(limit)} limit`;
      items.push({
        day: from,
        source: "prescriptions",
        amount: ZERO,
        text: () =>
          `${now ? "" : "no more "}${what} from ${longDate(from)}${now ? " again" : ""}: they go by the last assessment period that ended (${longDate(ap.start)} to ${longDate(ap.end)}), and ${why}${
            !now && !worth.isZero() ? `; worth ${gbp(worth)} a week at the costs given` : ""
          }${now ? "" : " (the NHS Low Income Scheme, form HC1, may still help)"}`,
        rules: [leaf, limitLeaf],
      });
    }
    before = now;
  }
}

/**
 * Council tax reduction recalculated: on UC, each assessment period's award
 * and earnings, from the first Monday of the period the award is for
 * (Scotland: CTR Regs 2021 reg 34A(2)(b); assumed elsewhere); without UC,
 * the in-work reduction from the reduction week after the start date (reg
 * 34(1); the English default scheme para 107(1)). A note where it changes.
 */
function councilTaxChanges(
  p: Prepared, f: Figures, base: Figures, aps: readonly PeriodDates[], periodOf: (ap: PeriodDates) => PeriodFigures,
  start: number, end: number, onUc: boolean, items: Item[], used: Set<object>,
): void {
  const { h, r } = p;
  const ct = p.councilTax;
  if (!ct || !base.councilTax || !f.councilTax) return;
  const fm = r.firstMonths;
  const bill = ct.liability.amount;
  const was = base.councilTax.reduction;
  if (!onUc) {
    const leaf = fm.ctrChangeFromNextReductionWeek;
    const now = f.councilTax.reduction;
    used.add(leaf);
    if (now.equals(was)) return;
    const from = leaf.value ? mondayFrom(start + 1) : start;
    if (from > end) return;
    items.push({
      day: from,
      source: "councilTaxReduction",
      amount: ZERO,
      text: () =>
        `council tax reduction ${gbp(now)} a week from Monday ${longDate(from)} (was ${gbp(was)}), so council tax to pay is ${gbp(bill.minus(now))} a week: a change takes effect from the reduction week after it happens. Tell the council the start date`,
      rules: [leaf],
    });
    return;
  }
  const leaf = h.region === "scotland" ? fm.ctrUcChangeFromFirstMondayOfAssessmentPeriodScotland : fm.ctrUcChangeFromFirstMondayOfAssessmentPeriodEnglandWales;
  used.add(leaf);
  let before = was;
  for (const ap of aps) {
    if (ap.end < start) continue;
    const from = leaf.value ? mondayFrom(ap.start) : ap.start;
    if (from > end) break;
    const x = periodOf(ap);
    const now = x.before
      ? was
      : councilTaxReduction(ct, ctrIncomeOf(p, { uc: x.uc, ucMaximum: f.ucMaximum, ucEarnings: x.earned, unearned: x.unearned, childcare: f.childcare.amount, capReduction: x.capReduction, hours: f.hours, people: f.people })).reduction;
    if (!now.equals(before)) {
      const prev = before;
      items.push({
        day: Math.max(from, start),
        source: "councilTaxReduction",
        amount: ZERO,
        text: () =>
          `council tax reduction ${gbp(now)} a week from Monday ${longDate(from)} (was ${gbp(prev)}), so council tax to pay is ${gbp(bill.minus(now))} a week: worked out on the Universal Credit of ${gbp(x.uc)} and ${gbp(x.earned)} earnings for the assessment period ${longDate(ap.start)} to ${longDate(ap.end)}, from the first Monday of that period${
            from < start ? " (before the start date: the council changes the bill once DWP tells it the award)" : " (the council changes the bill once DWP tells it the award, after the period ends)"
          }`,
        rules: [leaf],
      });
    }
    before = now;
  }
}

function whatHelps(p: Prepared, f: Figures, first: Payday | undefined, used: Set<object>, keyOf: (l: object) => string): FirstMonthsNote[] {
  const { r } = p;
  const fm = r.firstMonths;
  const out: FirstMonthsNote[] = [];
  out.push(
    new Note(
      "tellDwp",
      NO_KEYS,
      () =>
        "Tell DWP the start date before starting (the work coach for Universal Credit; the ESA or JSA office), so payments stop or change from the right day and are not overpaid, and the claimant commitment is updated.",
    ),
  );
  if (!f.uc.isZero() || f.claimant.hours > 0) {
    for (const l of [fm.budgetingAdvanceBenefitMonths, fm.budgetingAdvanceEarningsLimitSingle, fm.budgetingAdvanceEarningsLimitCouple]) used.add(l);
    const limit = p.couple ? fm.budgetingAdvanceEarningsLimitCouple : fm.budgetingAdvanceEarningsLimitSingle;
    out.push(
      new Note(
        "budgetingAdvance",
        [keyOf(fm.budgetingAdvanceBenefitMonths), keyOf(limit)],
        () =>
          `A Universal Credit budgeting advance can help with the costs of starting work (travel, clothes) before the first wage. It normally needs ${fm.budgetingAdvanceBenefitMonths.value} months on benefit, but not when the cost is for getting or keeping a job (Payments on Account Regulations 2013 reg 12(2)); earnings in the last 6 assessment periods must be at most ${gbp(limit.value)}${p.couple ? " (a couple)" : ""} (reg 13). It is repaid from later UC payments.`,
      ),
    );
  }
  if (f.claimant.hours > 0)
    out.push(
      new Note("firstPayday", NO_KEYS, () =>
        first
          ? `Ask the employer when the first wage comes: here ${longDate(first.day)}${first.daysPaid < first.periodDays ? `, for ${first.daysPaid} days` : ""}. Universal Credit counts wages in the assessment period they are received in, so the date decides which UC payment falls.`
          : "Ask the employer when the first wage comes: Universal Credit counts wages in the assessment period they are received in.",
      ),
    );
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
  const onUc = !base.uc.isZero() || !f.uc.isZero();
  if (compared && works) {
    if (onUc && fm.healthHelpOnLastEndedAssessmentPeriod.value) {
      const hc = r.healthCosts;
      used.add(fm.healthHelpOnLastEndedAssessmentPeriod);
      used.add(p.passported?.healthLimitLeaf ?? (p.ucChildElements.isZero() && !p.h.adults.some((a) => a.lcw || a.lcwra) ? hc.ucTakeHomeLimit : hc.ucTakeHomeLimitWithChildOrLimitedCapability));
    }
    if (p.councilTax && base.councilTax && f.councilTax)
      used.add(!onUc ? fm.ctrChangeFromNextReductionWeek : p.h.region === "scotland" ? fm.ctrUcChangeFromFirstMondayOfAssessmentPeriodScotland : fm.ctrUcChangeFromFirstMondayOfAssessmentPeriodEnglandWales);
  }
  if (compared && (!f.uc.isZero() || works)) used.add(fm.budgetingAdvanceBenefitMonths).add(fm.budgetingAdvanceEarningsLimitSingle).add(fm.budgetingAdvanceEarningsLimitCouple);
}
