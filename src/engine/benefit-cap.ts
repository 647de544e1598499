/**
 * The benefit cap for UC (UC Regulations 2013 regs 78-83): the level, and the
 * exemptions that do not depend on hours worked. The earnings exemption and
 * exemptions that can end with work (ESA support component, Carer's
 * Allowance) are tested per scenario in calculate.ts.
 */
import { step, gbp, type Step } from "./explain.js";
import type { Rules } from "../rules/compose.js";
import type { Household } from "./household.js";
import type { HealthElement } from "./universal-credit/elements.js";

export interface CapExemption {
  readonly code: string;
  readonly text: () => string;
  readonly rules: readonly object[];
}

/** Couples and lone parents get the family level; single people without children the single level; Greater London is higher. */
export function benefitCapLevel(h: Household, r: Rules): Step {
  const b = r.benefitCap;
  const family = h.adults.length === 2 || h.children.length > 0;
  const leaf = h.london ? (family ? b.greaterLondonFamily : b.greaterLondonSingle) : family ? b.restOfGreatBritainFamily : b.restOfGreatBritainSingle;
  const where = h.london ? "Greater London" : "outside Greater London";
  return step(leaf.value, [leaf], { family, london: h.london }, () => `benefit cap ${gbp(leaf.value)} a month (${family ? "couple or lone parent" : "single, no children"}, ${where})`);
}

export function alwaysExemptFromCap(h: Household, r: Rules, health: HealthElement, carer: Step): CapExemption | null {
  if (health.kind === "lcwra") return { code: "lcwra", text: () => "the award includes the LCWRA element", rules: health.step.rules };
  if (carer.amount.greaterThan(0)) return { code: "carer-element", text: () => "the award includes the carer element", rules: carer.rules };
  if (h.adults.some((a) => a.pip || a.adp || a.dla))
    return { code: "disability-benefit", text: () => "someone in the household gets PIP, Adult Disability Payment or DLA", rules: [] };
  if (h.children.some((c) => c.disability))
    return { code: "child-disability-benefit", text: () => "a child gets DLA or Child Disability Payment", rules: [] };
  if (h.adults.every((a) => a.age >= r.statePension.minimumAge.value))
    return { code: "state-pension-age", text: () => "over State Pension age", rules: [r.statePension.minimumAge] };
  return null;
}
