/**
 * The tax years this build has rule tables for, and tax-year arithmetic.
 * No zod, no decimal.js: the widget's interview reads this before the
 * calculation code has loaded. test/rules/lint.test.ts checks the list
 * against the files in rules/uk/.
 */
export const AVAILABLE_TAX_YEARS = ["2025-26", "2026-27"] as const;
export type TaxYear = (typeof AVAILABLE_TAX_YEARS)[number];

export const isTaxYear = (s: string): s is TaxYear => (AVAILABLE_TAX_YEARS as readonly string[]).includes(s);

/** "2026-27" for a tax year starting in 2026. */
export const taxYearName = (start: number): string => `${start}-${String((start + 1) % 100).padStart(2, "0")}`;

/** The tax year ("2026-27") whose 6 April–5 April span holds a date. */
export function taxYearOf(date: string): string {
  const y = Number(date.slice(0, 4));
  return taxYearName(date.slice(5) >= "04-06" ? y : y - 1);
}

/** The tables that can hold a date's rules: its tax year and the years either side (sections change on 1 April and the first Monday). */
export function taxYearsAround(date: string): TaxYear[] {
  const y = Number(taxYearOf(date).slice(0, 4));
  return [taxYearName(y - 1), taxYearName(y), taxYearName(y + 1)].filter(isTaxYear);
}
