/**
 * When pay arrives, and which UC assessment period it falls in. Dates only:
 * no money here (assessment-periods.ts turns the counts into earnings).
 *
 * - Assessment periods (UC Regs 2013 reg 21(1)-(2), read on legislation.gov.uk): a month each, starting on the
 *   same day of every month; a claim that started on the 31st starts each
 *   period on the last day of the month; one that started on the 29th or 30th
 *   starts February's on the 27th (the 28th in a leap year).
 * - Earnings count in the assessment period they are received in (reg 54(1),
 *   reg 61(2)): paid weekly, some periods hold 5 paydays; fortnightly, some
 *   hold 3; four-weekly, one a year holds 2.
 * - Paid monthly (a date, or the last working day), a period can hold two
 *   paydays and another none, when a payday moves across a period's start.
 *   DWP may then treat a payment as earnings of another period to keep a
 *   regular pattern (reg 61(6)-(7), from 16 November 2020): modelled as
 *   done, one payment counted in each period.
 *
 * Dates are day numbers (days since 1 January 1970) inside, ISO strings
 * outside. Paydays that fall on a weekend or bank holiday are taken as
 * given: employers that pay early on such days are not modelled, except
 * "last working day" (the last Monday to Friday of the month; bank holidays
 * are not known).
 */
import type { Household, PayFrequency } from "./household.js";

const DAY_MS = 86_400_000;

export const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
export const dayOfIso = (iso: string): number => dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
export const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Reg 21(2): the day of month (y, m) on which an assessment period begins, for a claim whose periods begin on `day`. */
function periodStart(y: number, m: number, day: number): number {
  const dim = daysInMonth(y, m);
  let d = day;
  if (day === 31) d = dim;
  else if (m === 2 && (day === 29 || day === 30)) d = dim === 29 ? 28 : 27;
  return dayOf(y, m, Math.min(d, dim));
}

export interface PeriodDates {
  /** First and last day, as day numbers. */
  readonly start: number;
  readonly end: number;
}

/**
 * `count` assessment periods, the first the one holding `reference`, for a
 * claim whose periods begin on `startDay` of the month; with `before` more
 * periods ahead of them (to see a payday moved across the first period's start).
 */
export function assessmentPeriodDates(reference: string, startDay: number, count: number, before = 0): PeriodDates[] {
  const ref = dayOfIso(reference);
  let y = Number(reference.slice(0, 4));
  let m = Number(reference.slice(5, 7));
  if (periodStart(y, m, startDay) > ref) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const starts: number[] = [];
  for (let i = -before; i <= count; i++) {
    const k = y * 12 + (m - 1) + i;
    starts.push(periodStart(Math.floor(k / 12), (k % 12) + 1, startDay));
  }
  const out: PeriodDates[] = [];
  for (let i = 0; i < starts.length - 1; i++) out.push({ start: starts[i]!, end: starts[i + 1]! - 1 });
  return out;
}

/** The last Monday to Friday of a month. */
export function lastWorkingDay(y: number, m: number): number {
  const last = dayOf(y, m, daysInMonth(y, m));
  const weekday = new Date(last * DAY_MS).getUTCDay(); // 0 Sunday, 6 Saturday
  return weekday === 0 ? last - 2 : weekday === 6 ? last - 1 : last;
}

const STEP_DAYS: Partial<Record<PayFrequency, number>> = { weekly: 7, fortnightly: 14, fourWeekly: 28 };

/** How many paydays fall in each period (received), for pay at `frequency` with `anchor` one payday. */
export function paydaysIn(periods: readonly PeriodDates[], frequency: PayFrequency, anchor: string): number[] {
  const step = STEP_DAYS[frequency];
  if (step) {
    const a = dayOfIso(anchor);
    // Paydays a + k × step for every whole k, before the anchor as well as after.
    return periods.map(({ start, end }) => Math.floor((end - a) / step) - Math.ceil((start - a) / step) + 1);
  }
  const payDay = Number(anchor.slice(8, 10));
  return periods.map(({ start, end }) => {
    const s = isoOfDay(start);
    let y = Number(s.slice(0, 4));
    let m = Number(s.slice(5, 7));
    let n = 0;
    // A period runs into at most two calendar months (three in no case: it is a month long).
    for (let i = 0; i < 2; i++) {
      const d = frequency === "lastWorkingDay" ? lastWorkingDay(y, m) : dayOf(y, m, Math.min(payDay, daysInMonth(y, m)));
      if (d >= start && d <= end) n++;
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return n;
  });
}

/**
 * Reg 61(6)-(7): paid monthly, where one period holds two payments, DWP may
 * treat one as earnings of another period "for the purposes of maintaining a
 * regular pattern" (and make the adjustments that follow). Modelled as done:
 * one monthly payment is counted in each period, whichever period it
 * arrived in. Other frequencies are counted as received (the rule is for
 * regular monthly pay only).
 */
export function paymentsCounted(received: readonly number[], frequency: PayFrequency): number[] {
  return frequency === "monthly" || frequency === "lastWorkingDay" ? received.map(() => 1) : [...received];
}

export interface PaySchedule {
  readonly frequency: PayFrequency;
  /** Paydays in each of the periods shown, as received and as counted after any reg 61(6) reallocation. */
  readonly received: readonly number[];
  readonly counted: readonly number[];
}

export interface PayCycles {
  /** The periods shown (12), as ISO dates, each with the day its UC is paid by. */
  readonly periods: readonly { readonly start: string; readonly end: string; readonly paymentDate: string }[];
  readonly startDay: number;
  /** The person offered the job, and a partner with a job (null if none). */
  readonly claimant: PaySchedule;
  readonly partner: PaySchedule | null;
}

export const PERIODS_SHOWN = 12;

/**
 * The first payday when none is given and the job starts on `startDate`: one
 * pay period after the start, paid in arrears (as first-months.ts takes it):
 * 6, 13 or 27 days after it, or monthly on the day of the month before the
 * start's (the anchor's day of the month is all a monthly pattern uses).
 */
export function defaultFirstPayday(frequency: PayFrequency, startDate: string): string {
  const step = STEP_DAYS[frequency];
  return isoOfDay(dayOfIso(startDate) + (step ? step - 1 : -1));
}

/**
 * The next 12 assessment periods from `reference` (the job's start date, else
 * the household's date, else the date of the rules),
 * the day each one's UC is paid by (UC (Claims and Payments) Regs 2013
 * reg 47: within 7 days of the period's last day), and each earner's paydays in them. The same for every scenario: only the
 * amounts change with hours.
 */
export function planPayCycles(h: Household, reference: string, paymentDaysAfterPeriod: number, dayOf: string = reference): PayCycles {
  // The widget recalculates on every keystroke with the same dates: the last plan is kept.
  const partnerJob = h.adults[1]?.job;
  const key = `${reference} ${dayOf} ${h.job.startDate} ${h.assessmentPeriodStartDay} ${paymentDaysAfterPeriod} ${h.job.payFrequency} ${h.job.firstPayday} ${partnerJob ? "partner" : "-"} ${partnerJob?.payFrequency} ${partnerJob?.firstPayday}`;
  if (last?.key === key) return last.plan;
  const plan = makePlan(h, reference, paymentDaysAfterPeriod, dayOf);
  last = { key, plan };
  return plan;
}

let last: { key: string; plan: PayCycles } | null = null;

function makePlan(h: Household, reference: string, paymentDaysAfterPeriod: number, dayOf: string): PayCycles {
  // The claim's day of the month, if not given: the day of `dayOf` (the household's date, or the rules').
  const startDay = h.assessmentPeriodStartDay ?? Number(dayOf.slice(8, 10));
  // One period either side (room for a payday moved across the first or last period's edge).
  const around = assessmentPeriodDates(reference, startDay, PERIODS_SHOWN + 1, 1);
  const schedule = (frequency: PayFrequency, firstPayday: string | undefined, anchor: (f: PayFrequency) => string, from?: number): PaySchedule => {
    // A job that starts on `from` pays nothing before it: paydays from then on only, and none counted before the first.
    const clipped = from === undefined ? around : around.map((d) => ({ start: Math.max(d.start, from), end: d.end }));
    const received = paydaysIn(clipped, frequency, firstPayday ?? anchor(frequency)).map((n) => Math.max(0, n));
    const counted = paymentsCounted(received, frequency);
    if (from !== undefined) for (let i = 0; i < received.length && received[i] === 0; i++) counted[i] = 0;
    return { frequency, received: received.slice(1, PERIODS_SHOWN + 1), counted: counted.slice(1, PERIODS_SHOWN + 1) };
  };
  const partnerJob = h.adults[1]?.job;
  // Without a first payday: a job starting on a given date pays one pay period after it; otherwise the reference date is a payday
  // (the partner's: the household's date or the rules', below).
  const start = h.job.startDate;
  const claimantAnchor = (frequency: PayFrequency) => (start && reference === start ? defaultFirstPayday(frequency, start) : reference);
  return {
    periods: around.slice(1, PERIODS_SHOWN + 1).map((d) => ({ start: isoOfDay(d.start), end: isoOfDay(d.end), paymentDate: isoOfDay(d.end + paymentDaysAfterPeriod) })),
    startDay,
    // Not given: paid monthly (with the weekly convention's amounts).
    claimant: schedule(h.job.payFrequency ?? "monthly", h.job.firstPayday, claimantAnchor, start && reference === start ? dayOfIso(start) : undefined),
    // A partner's job is not new: without a first payday, the household's date (or the rules') is one, whatever the claimant's start date.
    partner: partnerJob ? schedule(partnerJob.payFrequency ?? "monthly", partnerJob.firstPayday, () => dayOf) : null,
  };
}
