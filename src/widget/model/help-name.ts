/**
 * What the "help in kind" (passported help) figures hold for this result,
 * named in words for the table, the headline and the chart table:
 * "help with health costs and Healthy Start".
 */
import type { ScenarioEvaluation } from "../../engine/index.js";

const PARTS = [
  { name: "help with health costs", keys: ["passportedPrescriptionsWeekly", "passportedDentalWeekly", "passportedOpticalWeekly"] },
  { name: "Healthy Start", keys: ["passportedHealthyStartWeekly"] },
  { name: "Best Start Foods", keys: ["passportedBestStartFoodsWeekly"] },
  { name: "free school meals", keys: ["passportedFreeSchoolMealsWeekly"] },
] as const;

/** "a, b and c". */
export const listOf = (xs: readonly string[]): string => (xs.length < 2 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

/** The kinds of help valued in any of these scenarios, e.g. "help with health costs and free school meals"; "" if none. */
export function helpName(scenarios: readonly ScenarioEvaluation[]): string {
  return listOf(PARTS.filter((p) => scenarios.some((s) => p.keys.some((k) => !s[k].isZero()))).map((p) => p.name));
}
