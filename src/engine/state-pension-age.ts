/**
 * State Pension age: 66 for people born up to 5 April 1960, then 66 and 1 to
 * 11 months, month by month, for people born from 6 April 1960 to 5 March
 * 1961, and 67 after that (Pensions Act 1995 Sch 4 para 1 as amended by the
 * Pensions Act 2011 and the Pensions Act 2014 s26). The table is the rule
 * table's `statePension.ageByDateOfBirth`. Someone over State Pension age
 * gets Pension Credit, not UC, so the calculator needs to know; with only an
 * age (and perhaps the month of birth) it may not be able to tell.
 */
import type { Rules } from "../rules/compose.js";
import { addYears, daysBetween } from "../base/dates.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Days in a month (1-12) of a year. */
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `months` calendar months after `iso`; a day the month does not have becomes its last day (Pensions Act 1995 Sch 4 para 1(7A)). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = daysInMonth(year, month + 1);
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(Number(iso.slice(8, 10)), last))}`;
}

const dayAfter = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The day someone born on `birth` reaches State Pension age. */
export function statePensionDate(birth: string, r: Rules): string {
  const rows = r.statePension.ageByDateOfBirth.value;
  const row = rows.find((x) => x.bornFrom <= birth && birth <= x.bornTo) ?? (birth < rows[0]!.bornFrom ? rows[0]! : rows[rows.length - 1]!);
  return addMonths(addYears(birth, row.years), row.months);
}

export interface StatePensionCheck {
  /** true: State Pension age reached by `on`; false: not; null: the age (and month of birth) leave it open. */
  readonly reached: boolean | null;
  /** The earliest and latest days of birth the age (and month) allow. */
  readonly bornFrom: string;
  readonly bornTo: string;
  /** The earliest and latest State Pension age dates for them. */
  readonly earliest: string;
  readonly latest: string;
}

/**
 * Whether someone aged `age` on `on` has reached State Pension age, given
 * their month of birth (YYYY-MM) if known. null when the month does not fit
 * the age on that date.
 */
export function statePensionCheck(age: number, on: string, r: Rules, birthMonth?: string): StatePensionCheck | null {
  // Aged `age` on `on`: born after `on` less age + 1 years, and no later than `on` less age years.
  let bornFrom = dayAfter(addYears(on, -(age + 1)));
  let bornTo = addYears(on, -age);
  if (birthMonth) {
    const first = `${birthMonth}-01`;
    const lastDay = `${birthMonth}-${pad(daysInMonth(Number(birthMonth.slice(0, 4)), Number(birthMonth.slice(5, 7))))}`;
    if (first > bornFrom) bornFrom = first;
    if (lastDay < bornTo) bornTo = lastDay;
    if (daysBetween(bornFrom, bornTo) < 0) return null;
  }
  const earliest = statePensionDate(bornFrom, r);
  const latest = statePensionDate(bornTo, r);
  const reached = latest <= on ? true : earliest > on ? false : null;
  return { reached, bornFrom, bornTo, earliest, latest };
}
