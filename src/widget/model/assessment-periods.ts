/**
 * Universal Credit month by month (issue 13): the engine's 12 assessment
 * periods for the hours the headline describes, and one plain sentence for
 * each period where UC is lower than in an average month, and why (more
 * paydays in it, or surplus earnings brought forward). Every amount is the
 * engine's; nothing is added up here.
 */
import type { AssessmentPeriodOf, Money, ScenarioEvaluation } from "../../engine/index.js";
import { MONTHS } from "../../engine/explain.js";
import { money } from "../format.js";

type AssessmentPeriod = AssessmentPeriodOf<Money>;

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const day = (iso: string) => Number(iso.slice(8, 10));
const month = (iso: string) => Number(iso.slice(5, 7)) - 1;
const year = (iso: string) => iso.slice(0, 4);
const lastDayOf = (iso: string) => new Date(Date.UTC(Number(year(iso)), month(iso) + 1, 0)).getUTCDate();

/** The period is a calendar month (the claim started on the 1st). */
const isMonth = (p: AssessmentPeriod) => day(p.start) === 1 && month(p.end) === month(p.start) && day(p.end) === lastDayOf(p.start);

/** "1 May to 31 May 2026", "28 Dec 2026 to 3 Jan 2027": short months, the first year only where it differs. */
export const datesShort = (from: string, to: string): string =>
  `${day(from)} ${SHORT[month(from)]}${year(from) === year(to) ? "" : ` ${year(from)}`} to ${day(to)} ${SHORT[month(to)]} ${year(to)}`;

/** An assessment period's dates, as the table shows them. */
export const periodDates = (p: AssessmentPeriod): string => datesShort(p.start, p.end);

const inPeriod = (p: AssessmentPeriod) => (isMonth(p) ? `In ${MONTHS[month(p.start)]} ${year(p.start)}` : `In the assessment period ${day(p.start)} ${MONTHS[month(p.start)]} to ${day(p.end)} ${MONTHS[month(p.end)]} ${year(p.end)}`);
const backIn = (p: AssessmentPeriod) => (isMonth(p) ? `in ${MONTHS[month(p.start)]}` : `in the period from ${day(p.start)} ${MONTHS[month(p.start)]}`);
const times = (n: number) => (n === 0 ? "not at all" : n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

export interface PeriodsView {
  readonly periods: readonly AssessmentPeriod[];
  /** Some period's UC differs from the average month's. */
  readonly varies: boolean;
  /** Periods where UC is lower than in an average month, in plain words. */
  readonly drops: readonly string[];
  /** Paydays in a period, as the table shows them. */
  readonly paydays: (p: AssessmentPeriod) => string;
}

export function periodsView(s: ScenarioEvaluation): PeriodsView | null {
  const periods = s.assessmentPeriods;
  if (!periods.length) return null;
  const working = s.hours !== 0;
  const partner = periods.some((p) => p.partnerPaydays > 0);
  const lower = (p: AssessmentPeriod) => p.ucDifferenceMonthly.isNegative();
  const varies = periods.some((p) => !p.ucDifferenceMonthly.isZero());
  if (!varies && periods.every((p) => p.ucMonthly.isZero())) return null;
  // A person's usual number of paydays in a period: more than that is why UC is lower.
  const usual = (count: (p: AssessmentPeriod) => number) => {
    const seen = new Map<number, number>();
    for (const p of periods) seen.set(count(p), (seen.get(count(p)) ?? 0) + 1);
    return [...seen].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  };
  const mine = usual((p) => p.paydays);
  const theirs = usual((p) => p.partnerPaydays);
  const paid = (p: AssessmentPeriod) => {
    const you = working && p.paydays > mine;
    const them = partner && p.partnerPaydays > theirs;
    if (!you && !them) return "";
    if (you && them) return `you are paid ${times(p.paydays)} and your partner ${times(p.partnerPaydays)}`;
    return you ? `you are paid ${times(p.paydays)}` : `your partner is paid ${times(p.partnerPaydays)}`;
  };
  const drops = periods.flatMap((p, i) => {
    if (!lower(p)) return [];
    const surplus = p.surplusEarningsMonthly.isZero() ? "" : `${money(p.surplusEarningsMonthly)} of surplus earnings from the period before count as earnings`;
    const why = [paid(p), surplus].filter(Boolean).join(", and ") || "earnings are higher";
    const nil = p.ucMonthly.isZero();
    const amount = `${money(p.ucDifferenceMonthly.abs())} lower than in an average month`;
    const carried = p.surplusEarningsCarriedForwardMonthly.isZero()
      ? ""
      : `; ${money(p.surplusEarningsCarriedForwardMonthly)} of the earnings are carried into the next period as surplus earnings`;
    const back = periods.slice(i + 1).find((q) => !lower(q));
    const after = i + 1 < periods.length && lower(periods[i + 1]!) ? "" : back ? `; it comes back ${backIn(back)}` : "";
    return [`${inPeriod(p)} ${why}, so ${nil ? `there is no Universal Credit (${amount})` : `Universal Credit is ${amount} (${money(p.ucMonthly)})`}${carried}${after}.`];
  });
  return {
    periods,
    varies,
    drops,
    paydays: (p) => (partner ? `${working ? `${p.paydays}; partner ` : "partner "}${p.partnerPaydays}` : String(p.paydays)),
  };
}
