/**
 * The UC award for one assessment period from its earned income: the taper
 * above any work allowance (reg 22), unearned and tariff income, the benefit
 * cap with its exemptions (regs 78-83; the earnings exemption on the
 * household's earned income in that period, reg 82(1)(a)) and the 1p minimum
 * (reg 17). Used for the average month (calculate.ts) and for each of the
 * next 12 assessment periods (assessment-periods.ts).
 */
import { D, ZERO, roundPenny, max0, weeklyToMonthly, type Money } from "../../base/money.js";
import { gbp } from "../explain.js";
import type { CapExemption } from "../benefit-cap.js";
import type { Award, Prepared, PersonFigures } from "../figures.js";

export type { Award };

/** What the award needs besides earnings that can change with hours (monthly amounts; each person's benefits). */
export interface AwardInputs {
  readonly people: readonly PersonFigures[];
  /** The maximum amount (with any childcare element), the childcare element, unearned income: a month. */
  readonly ucMaximum: Money;
  readonly childcareAmount: Money;
  readonly unearned: Money;
  /** Carer's Allowance paid to anyone, a week. */
  readonly caWeekly: Money;
}

const ESA_SUPPORT: CapExemption = { code: "esa-support", text: () => "ESA with the support component is paid", rules: [] };

export function ucAward(p: Prepared, x: AwardInputs, earnings: Money): Award {
  const { h, r } = p;
  const wa = p.workAllowance;
  const overAllowance = wa ? max0(earnings.minus(wa.amount)) : earnings;
  // Rounded to the penny where it is produced (reg 6), as the worked examples do.
  const taper = overAllowance.isZero() ? ZERO : roundPenny(overAllowance.times(r.universalCredit.taperRate.value));
  let rawUc = x.ucMaximum;
  for (const m of [taper, x.unearned, p.tariffIncome.amount]) if (!m.isZero()) rawUc = rawUc.minus(m);
  const ucBeforeCap = p.capitalOverLimit ? ZERO : roundPenny(max0(rawUc));

  // Benefit cap (regs 78-83): exemptions first, then the excess over the cap, less any childcare element.
  const people = x.people;
  const capExemption: CapExemption | null =
    p.capExemptAlways ??
    (h.adults.some((a, i) => a.newStyleEsa?.phase === "main" && a.newStyleEsa.group === "support" && !people[i]!.esa.isZero()) ? ESA_SUPPORT : null) ??
    (x.caWeekly.greaterThan(0) ? { code: "carers-allowance", text: () => `${p.caName} is paid`, rules: [] } : null) ??
    (earnings.greaterThanOrEqualTo(r.benefitCap.earningsExemption.value)
      ? {
          code: "earnings",
          text: () => `earnings of ${gbp(earnings)} a month reach the ${gbp(r.benefitCap.earningsExemption.value)} earnings exemption`,
          rules: [r.benefitCap.earningsExemption],
        }
      : null);
  const capApplies = !capExemption && !ucBeforeCap.isZero();
  let capTotal = ZERO;
  let capOtherBenefits = ZERO;
  let capExcess = ZERO;
  let capReduction = ZERO;
  if (capApplies) {
    for (const person of people) for (const b of [person.esa, person.jsa]) if (!b.isZero()) capOtherBenefits = capOtherBenefits.plus(monthlyEquivalent(p, b));
    capTotal = ucBeforeCap.plus(p.childBenefitMonthly).plus(capOtherBenefits);
    capExcess = capTotal.minus(p.capLevel.amount);
    capReduction = D.min(max0(capExcess.minus(x.childcareAmount)), ucBeforeCap);
  }
  let uc = capReduction.isZero() ? ucBeforeCap : ucBeforeCap.minus(capReduction);
  if (uc.greaterThan(0) && uc.lessThan(r.universalCredit.minimumAward.value)) uc = ZERO;
  return { overAllowance, taper, rawUc, ucBeforeCap, capExemption, capTotal, capOtherBenefits, capExcess, capReduction, uc };
}

/**
 * Weekly benefit → monthly (× 52 ÷ 12, to the penny). A benefit paid at its
 * full rate is the same Decimal object at every sweep point, so its monthly
 * figure is remembered by identity; reduced amounts are simply converted.
 */
export function monthlyEquivalent(p: Prepared, weekly: Money): Money {
  let m = p.monthlyOf.get(weekly);
  if (!m) {
    m = weeklyToMonthly(weekly);
    if (p.monthlyOf.size < 64) p.monthlyOf.set(weekly, m);
  }
  return m;
}
