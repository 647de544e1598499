/**
 * The National Minimum Wage for a worker's age (National Minimum Wage
 * Regulations 2015 reg 4): every rate and age from `rules.minimumWage`. The
 * engine checks the job's wage against it; the widget offers it as the wage
 * when the user leaves the wage blank.
 */
import type { Rules } from "../rules/compose.js";
import type { Money } from "../base/money.js";

export interface MinimumWage {
  /** The rate an hour. */
  readonly hourly: Money;
  /** "National Living Wage", "18 to 20 rate", … */
  readonly name: string;
  /** The rule-table value it comes from (for the rules the result rests on). */
  readonly leaf: object;
}

export function minimumWageFor(age: number, apprentice: boolean, r: Rules): MinimumWage {
  const mw = r.minimumWage;
  const [leaf, name] =
    apprentice && age < mw.apprenticeRateAgeLimit.value
      ? [mw.apprentice, "apprentice rate"]
      : age >= mw.nationalLivingWageAge.value
        ? [mw.age21OrOver, "National Living Wage"]
        : age >= mw.adultRateAge.value
          ? [mw.age18To20, "18 to 20 rate"]
          : [mw.under18, "under-18 rate"];
  return { hourly: leaf.value, name, leaf };
}
