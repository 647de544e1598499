/**
 * The minimum wage for the claimant's age, from the rule table: the default
 * hourly wage when the user leaves it blank. Mirrors the engine's own check
 * (src/engine/calculate.ts `minimumWageFor`), which the engine does not
 * export; every figure and age comes from `rules.minimumWage`.
 */
import type { Rules } from "../../rules/compose.js";

export interface MinimumWage {
  readonly hourly: string;
  /** "National Living Wage", "18 to 20 rate", … */
  readonly name: string;
}

export function minimumWageFor(age: number, apprentice: boolean, r: Rules): MinimumWage {
  const mw = r.minimumWage;
  const [leaf, name] =
    apprentice && age < 19
      ? [mw.apprentice, "apprentice rate"]
      : age >= mw.nationalLivingWageAge.value
        ? [mw.age21OrOver, "National Living Wage"]
        : age >= mw.adultRateAge.value
          ? [mw.age18To20, "18 to 20 rate"]
          : [mw.under18, "under-18 rate"];
  return { hourly: leaf.value.toFixed(2), name };
}
