/**
 * Which rules a calculation uses: the tax year the user picked, else the
 * `date` attribute, else the `tax-year` attribute, else the tax year of
 * today's date. A year with no rule table is never replaced silently: the
 * widget says so and offers the years it has.
 */
import { taxYearOf } from "../../rules/tax-years.js";
import { todayIso } from "../../base/dates.js";
import { TAX_YEARS } from "better-off-rules:years";
import type { Rules } from "../../rules/compose.js";
import type { WidgetConfig } from "../attributes.js";

export interface RulesChoice {
  /** Cache key and household fields: exactly one of these. */
  readonly taxYear?: string;
  readonly date?: string;
  /** The tax year shown in the picker. */
  readonly shownYear: string;
  /** Set when the year wanted has no rule table and another is used instead (shown to the user). */
  readonly notice?: string;
  /**
   * Today, when the rules are chosen by tax year and today lies in it: sent as
   * the household's `date` beside `taxYear`, so the 12 UC assessment periods
   * run from now rather than from April. The rules stay the tax year's.
   */
  readonly periodsFrom?: string;
}

/** The tax years with a rule table: the files in rules/uk/ when the widget was built. */
export const AVAILABLE_TAX_YEARS: readonly string[] = TAX_YEARS;

const isTaxYear = (s: string): boolean => AVAILABLE_TAX_YEARS.includes(s);

export function chooseRules(config: WidgetConfig, picked: string, today: string): RulesChoice {
  const from = (year: string) => (taxYearOf(today) === year ? { periodsFrom: today } : {});
  if (picked && isTaxYear(picked)) {
    if (config.date && taxYearOf(config.date) === picked) return { date: config.date, shownYear: picked };
    return { taxYear: picked, shownYear: picked, ...from(picked) };
  }
  if (config.date) return { date: config.date, shownYear: taxYearOf(config.date) };
  const wanted = config.taxYear ?? taxYearOf(today);
  if (isTaxYear(wanted)) return { taxYear: wanted, shownYear: wanted, ...from(wanted) };
  const nearest = wanted < AVAILABLE_TAX_YEARS[0]! ? AVAILABLE_TAX_YEARS[0]! : AVAILABLE_TAX_YEARS[AVAILABLE_TAX_YEARS.length - 1]!;
  return {
    taxYear: nearest,
    shownYear: nearest,
    notice: `This calculator has no rates for ${wanted} yet, so it is using ${nearest} rates. Choose another tax year below if you need to.`,
  };
}

export const rulesKey = (c: RulesChoice): string => (c.date ? `date:${c.date}` : `year:${c.taxYear}`);

/** The date ages are taken on: the `date`, or the day the rules' year starts. */
export const agesOn = (choice: RulesChoice, rules: Rules | null): string | undefined => choice.date ?? rules?.meta.asOf;

/** Today in the browser (local date): which tax year to offer first. */
export { todayIso };
