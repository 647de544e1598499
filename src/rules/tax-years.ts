/**
 * Tax-year arithmetic. No zod, no decimal.js, no list of years: the years
 * there are come from the files in rules/uk/ (files.ts for Node, the
 * `better-off-rules:years` module the Vite plugin writes for the widget).
 */

/** The name of the tax year starting in April of `start`: the year, a hyphen and the last two digits of the next. */
export const taxYearName = (start: number): string => `${start}-${String((start + 1) % 100).padStart(2, "0")}`;

/** The tax year whose 6 April–5 April span holds a date (YYYY-MM-DD). */
export function taxYearOf(date: string): string {
  const y = Number(date.slice(0, 4));
  return taxYearName(date.slice(5) >= "04-06" ? y : y - 1);
}

/** Of the years `available`, those whose tables can hold a date's rules: its tax year and the years either side (sections change on 1 April and the first Monday). */
export function taxYearsAround(date: string, available: readonly string[]): string[] {
  const y = Number(taxYearOf(date).slice(0, 4));
  return [taxYearName(y - 1), taxYearName(y), taxYearName(y + 1)].filter((t) => available.includes(t));
}
