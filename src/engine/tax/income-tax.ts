import { ZERO, roundPenny, max0, WEEKS_PER_YEAR, type Money } from "../../base/money.js";
import type { Rules } from "../../rules/compose.js";
import type { Region } from "../terms.js";

export interface TaxYearLiability {
  readonly total: Money;
  readonly personalAllowance: Money;
  readonly byBand: readonly { name: string; rate: Money; taxed: Money; tax: Money }[];
}

/**
 * Income tax for a year on `annualIncome`: the personal allowance (tapered by
 * £1 for each £2 above £100,000, ITA 2007 s35), then the rUK, Welsh or
 * Scottish bands on the rest. Unrounded; the caller rounds where it divides.
 */
export function annualIncomeTax(annualIncome: Money, region: Region, r: Rules, detail = true): TaxYearLiability {
  const it = r.incomeTax;
  // Most scenarios are within the allowance: no need to walk the bands.
  if (!annualIncome.greaterThan(it.personalAllowance.value)) return { total: ZERO, personalAllowance: it.personalAllowance.value, byBand: [] };
  const pa = it.personalAllowance.value;
  const personalAllowance = annualIncome.greaterThan(it.personalAllowanceTaperThreshold.value)
    ? max0(pa.minus(annualIncome.minus(it.personalAllowanceTaperThreshold.value).times(it.personalAllowanceTaperRate.value)))
    : pa;
  const bands = (region === "scotland" ? it.bandsScotland : region === "wales" ? it.bandsWales : it.bandsEngland).value;
  let taxable = annualIncome.minus(personalAllowance);
  let lower = ZERO;
  let total = ZERO;
  const byBand: { name: string; rate: Money; taxed: Money; tax: Money }[] = [];
  for (const b of bands) {
    // The band's width (the first band starts at nil), and how much of the income falls in it.
    const width = b.upTo ? (lower.isZero() ? b.upTo : b.upTo.minus(lower)) : taxable;
    const last = !taxable.greaterThan(width);
    const taxed = last ? taxable : width;
    const tax = taxed.times(b.rate);
    if (detail) byBand.push({ name: b.name, rate: b.rate, taxed, tax });
    total = total.isZero() ? tax : total.plus(tax);
    if (last) break;
    taxable = taxable.minus(taxed);
    if (b.upTo) lower = b.upTo;
  }
  return { total, personalAllowance, byBand };
}

/**
 * Weekly income tax by the worked-example convention: the annual liability on
 * weekly taxable pay × 52, divided by 52, rounded to the penny.
 */
export function weeklyIncomeTax(weeklyTaxable: Money, region: Region, r: Rules): { weekly: Money; year: TaxYearLiability } {
  const year = annualIncomeTax(weeklyTaxable.times(WEEKS_PER_YEAR), region, r);
  return { weekly: roundPenny(year.total.div(WEEKS_PER_YEAR)), year };
}

/** The same weekly figure without the band-by-band working (for the sweep, which never shows it). */
export function weeklyIncomeTaxAmount(weeklyTaxable: Money, region: Region, r: Rules): Money {
  const total = annualIncomeTax(weeklyTaxable.times(WEEKS_PER_YEAR), region, r, false).total;
  return total.isZero() ? ZERO : roundPenny(total.div(WEEKS_PER_YEAR));
}

/**
 * Income tax for one pay period, non-cumulatively: the annual liability on
 * `annualTaxable` (the period's taxable pay × the periods in a year, plus any
 * taxable benefits for the year that PAYE collects), ÷ `perYear`, to the
 * penny. For a steady job this is what cumulative PAYE takes each period.
 */
export function periodIncomeTaxAmount(annualTaxable: Money, perYear: number, region: Region, r: Rules): Money {
  const total = annualIncomeTax(annualTaxable, region, r, false).total;
  return total.isZero() ? ZERO : roundPenny(total.div(perYear));
}

export function incomeTaxLeaves(region: Region, r: Rules): object[] {
  const it = r.incomeTax;
  return [it.personalAllowance, region === "scotland" ? it.bandsScotland : region === "wales" ? it.bandsWales : it.bandsEngland];
}
