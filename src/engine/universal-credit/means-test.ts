import { ZERO, type Money } from "../../base/money.js";
import { step, gbp, pct, type Step } from "../explain.js";
import type { Rules } from "../../rules/compose.js";
import type { Household } from "../household.js";
import type { HealthElement } from "./elements.js";

/**
 * Work allowance (reg 22): only if the claimant or partner is responsible for
 * a child or has limited capability for work (LCW or LCWRA). The lower
 * amount if the award includes the housing costs element, the higher if not;
 * also the lower with Housing Benefit for temporary accommodation, as if the
 * award included housing costs (UC (Transitional Provisions) Regs 2014 reg 5A).
 * Returns null where there is no work allowance.
 */
export function workAllowance(h: Household, r: Rules, health: HealthElement, housing: Step, temporaryAccommodationHb = false): Step | null {
  const wa = r.universalCredit.workAllowance;
  const children = h.children.some((c) => c.age < r.universalCredit.childAgeLimit.value);
  if (!children && health.kind === "none") return null;
  const leaf = housing.amount.greaterThan(0) || temporaryAccommodationHb ? wa.lower : wa.higher;
  const why = children ? "responsible for a child" : `has ${health.kind === "lcwra" ? "LCWRA" : "LCW"}`;
  const housingWhy = housing.amount.greaterThan(0)
    ? "; award includes housing costs"
    : temporaryAccommodationHb
      ? "; Housing Benefit for temporary accommodation counts as housing costs here (SI 2014/1230 reg 5A)"
      : "; no housing costs in the award";
  return step(leaf.value, [leaf], {}, () => `${gbp(leaf.value)} ${leaf === wa.lower ? "lower" : "higher"} work allowance (${why}${housingWhy})`);
}

/**
 * Tariff income from capital (reg 72): £4.35 a month for each £250, or part
 * of £250, above £6,000. (Over £16,000 there is no entitlement at all, reg 18.)
 */
export function tariffIncome(h: Household, r: Rules): Step {
  const c = r.universalCredit.capital;
  const over = h.capital.minus(c.lowerLimit.value);
  if (!over.greaterThan(0)) return step(ZERO, [c.lowerLimit], { capital: h.capital }, () => `no tariff income: savings of ${gbp(h.capital)} are not above ${gbp(c.lowerLimit.value)}`);
  const steps = over.div(c.tariffIncomeStep.value).ceil();
  const amount: Money = steps.times(c.tariffIncomePerStep.value);
  return step(amount, [c.lowerLimit, c.tariffIncomeStep, c.tariffIncomePerStep], { capital: h.capital }, () =>
    `tariff income: ${gbp(over)} above ${gbp(c.lowerLimit.value)} is ${steps.toFixed()} × ${gbp(c.tariffIncomeStep.value)} (or part) × ${gbp(c.tariffIncomePerStep.value)} = ${gbp(amount)} a month`,
  );
}

export { pct };
