/**
 * The UC award for one assessment period from its earned income: the taper
 * above any work allowance (reg 22), unearned and tariff income, the benefit
 * cap with its exemptions (regs 78-83; the earnings exemption on the
 * household's earned income in that period, reg 82(1)(a)) and the 1p minimum
 * (reg 17). Used for the average month (calculate.ts) and for each of the
 * next 12 assessment periods (assessment-periods.ts).
 */
import { D, ZERO, roundPenny, max0, type Money } from "../../base/money.js";
import { gbp, type Step } from "../explain.js";
import type { Rules } from "../../rules/compose.js";
import type { CapExemption } from "../benefit-cap.js";

/** What the award needs that does not change from one period to the next. */
export interface AwardBasis {
  readonly r: Rules;
  readonly workAllowance: Step | null;
  readonly tariffIncome: Money;
  readonly capitalOverLimit: boolean;
  readonly capExemptAlways: CapExemption | null;
  readonly capLevel: Money;
  readonly childBenefitMonthly: Money;
  readonly caName: string;
  /** The maximum amount (with any childcare element), the childcare element, unearned income (monthly). */
  readonly ucMaximum: Money;
  readonly childcare: Money;
  readonly unearned: Money;
  /** ESA with the support component is paid; Carer's Allowance is paid (cap exemptions that can end with work). */
  readonly esaSupport: boolean;
  readonly caPaid: boolean;
  /** New Style ESA and JSA a month, counted in the cap (asked only when the cap applies). */
  readonly esaJsaMonthly: () => Money;
}

export interface Award {
  readonly overAllowance: Money;
  readonly taper: Money;
  readonly rawUc: Money;
  readonly ucBeforeCap: Money;
  readonly capExemption: CapExemption | null;
  readonly capTotal: Money;
  readonly capReduction: Money;
  readonly uc: Money;
}

const ESA_SUPPORT: CapExemption = { code: "esa-support", text: () => "ESA with the support component is paid", rules: [] };

export function ucAward(b: AwardBasis, earnings: Money): Award {
  const r = b.r;
  const wa = b.workAllowance;
  const overAllowance = wa ? max0(earnings.minus(wa.amount)) : earnings;
  // Rounded to the penny where it is produced (reg 6), as the worked examples do.
  const taper = overAllowance.isZero() ? ZERO : roundPenny(overAllowance.times(r.universalCredit.taperRate.value));
  let rawUc = b.ucMaximum;
  for (const x of [taper, b.unearned, b.tariffIncome]) if (!x.isZero()) rawUc = rawUc.minus(x);
  const ucBeforeCap = b.capitalOverLimit ? ZERO : roundPenny(max0(rawUc));

  // Benefit cap (regs 78-83): exemptions first, then the excess over the cap, less any childcare element.
  const capExemption: CapExemption | null =
    b.capExemptAlways ??
    (b.esaSupport ? ESA_SUPPORT : null) ??
    (b.caPaid ? { code: "carers-allowance", text: () => `${b.caName} is paid`, rules: [] } : null) ??
    (earnings.greaterThanOrEqualTo(r.benefitCap.earningsExemption.value)
      ? {
          code: "earnings",
          text: () => `earnings of ${gbp(earnings)} a month reach the ${gbp(r.benefitCap.earningsExemption.value)} earnings exemption`,
          rules: [r.benefitCap.earningsExemption],
        }
      : null);
  const capApplies = !capExemption && !ucBeforeCap.isZero();
  let capTotal = ZERO;
  let capReduction = ZERO;
  if (capApplies) {
    capTotal = ucBeforeCap.plus(b.childBenefitMonthly);
    const esaJsa = b.esaJsaMonthly();
    if (!esaJsa.isZero()) capTotal = capTotal.plus(esaJsa);
    capReduction = D.min(max0(capTotal.minus(b.capLevel).minus(b.childcare)), ucBeforeCap);
  }
  let uc = capReduction.isZero() ? ucBeforeCap : ucBeforeCap.minus(capReduction);
  if (uc.greaterThan(0) && uc.lessThan(r.universalCredit.minimumAward.value)) uc = ZERO;
  return { overAllowance, taper, rawUc, ucBeforeCap, capExemption, capTotal, capReduction, uc };
}
