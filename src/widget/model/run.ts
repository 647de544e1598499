/**
 * One calculation: answers → engine input → validation (the engine's own
 * `parseHousehold` and `checkAgainstRules`, plus the widget's checks) →
 * `calculate`. Synchronous once the rules are loaded, so a changed answer
 * updates the results in the same frame. Never throws for bad input.
 */
import { calculate, checkAgainstRules, parseHousehold, type HouseholdInput, type Result } from "../../engine/index.js";
import type { Rules } from "../../rules/compose.js";
import type { WidgetConfig } from "../attributes.js";
import type { Answers } from "./answers.js";
import { fieldErrors, type FieldError } from "./problems.js";
import type { RulesChoice } from "./rules-choice.js";
import { toHouseholdInput } from "./to-household.js";

export type Outcome =
  | { readonly ok: true; readonly result: Result; readonly input: HouseholdInput; readonly jobHours?: number; readonly rules: Rules }
  | { readonly ok: false; readonly errors: FieldError[] };

/**
 * The chart's resolution: the engine's default half-hour sweep from 0 to 50
 * hours, so cliff edges such as permitted work show where they fall.
 */
export const SWEEP = { sweepMaxHours: 50, sweepStepHours: 0.5 } as const;

export function run(a: Answers, config: WidgetConfig, choice: RulesChoice, rules: Rules): Outcome {
  const built = toHouseholdInput(a, config, choice, rules);
  const parsed = parseHousehold(built.input);
  const problems = [...built.problems, ...(parsed.ok ? checkAgainstRules(parsed.household, rules) : parsed.problems)];
  if (problems.length || !parsed.ok) return { ok: false, errors: fieldErrors(problems, built.overrides) };
  const result = calculate(parsed.household, rules, SWEEP);
  return { ok: true, result, input: built.input as HouseholdInput, rules, ...(built.jobHours !== undefined ? { jobHours: built.jobHours } : {}) };
}
