/**
 * Answers → engine input → validation (the engine's checks) →
 * `evaluate`, once for each reading of the answers ("Not sure" read both
 * ways). Synchronous once the rules are loaded, so a changed answer updates
 * the results in the same frame. Never throws for bad input.
 */
import { evaluate, checkAgainstRules, parseHousehold, toJson, type Evaluation, type HouseholdInput, type Result, type ScenarioEvaluation } from "../../engine/index.js";
import { str2 } from "../../base/money.js";
import type { CalculatedDetail } from "../events.js";
import type { Rules } from "../../rules/compose.js";
import type { Mode, WidgetConfig } from "../attributes.js";
import { quickLeavesOut, usedAnswers, type Answers } from "./answers.js";
import { councilTaxLeftOut } from "./council-tax-input.js";
import { fieldErrors, type FieldError } from "./problems.js";
import { readingsOf, type Unsure } from "./readings.js";
import type { RulesChoice } from "./rules-choice.js";
import { money } from "../format.js";
import { toHouseholdInput } from "./to-household.js";

/** One reading's result. */
export interface ReadingResult {
  readonly says: readonly string[];
  readonly result: Evaluation;
  readonly input: HouseholdInput;
}

export type Outcome =
  | {
      readonly ok: true;
      /** The first reading's (the only one when nothing was answered "Not sure"). */
      readonly result: Evaluation;
      readonly input: HouseholdInput;
      /** Every reading, the first being `result`; more than one when an answer was "Not sure". */
      readonly readings: readonly ReadingResult[];
      /** The questions answered "Not sure", with where to find the answer. */
      readonly unsure: readonly Unsure[];
      readonly jobHours?: number;
      readonly rules: Rules;
      /** The questions asked: quick mode's result rests on fewer answers. */
      readonly mode: Mode;
      /** What quick mode did not ask (empty in full mode). */
      readonly leftOut: readonly string[];
      /** Things the figures leave out that the answers raised (council tax when the council's scheme is not known). */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly errors: FieldError[] };

/** A calculation that worked: what the results draw. */
export type Success = Extract<Outcome, { ok: true }>;

/**
 * The chart's resolution: the engine's default half-hour sweep from 0 to 50
 * hours, so cliff edges such as permitted work show where they fall.
 */
export const SWEEP = { sweepMaxHours: 50, sweepStepHours: 0.5 } as const;

export const COUNCIL_TAX_LEFT_OUT =
  "Council tax is left out of these figures: your council's Council Tax Reduction scheme is not known. Most English schemes reduce the help as earnings rise, so after council tax the gain from work may be lower";

/**
 * Council tax left out (the scheme not known), in words, with how much it
 * could change: the weekly bill after any single person discount, from the
 * engine (the same answers with no reduction, not working only). The gain
 * from work after council tax lies between the figure shown (the reduction
 * unchanged in work) and that much less (a reduction covering the whole bill
 * now and none in work).
 */
function councilTaxNote(a: Answers, config: WidgetConfig, choice: RulesChoice, rules: Rules): string {
  const built = toHouseholdInput({ ...a, ctScheme: "none" }, config, choice, rules);
  const parsed = parseHousehold(built.input);
  const bill = parsed.ok && !built.problems.length ? evaluate(parsed.household, rules, { sweepMaxHours: 0, sweepStepHours: 1 }).baseline.councilTaxWeekly : null;
  const amount = bill ? `, by up to ${money(bill)} a week (the whole bill${parsed.ok && parsed.household.councilTax?.singlePersonDiscount !== false ? " after any single person discount" : ""}) if the reduction now covers all of it and stops in work` : "";
  return `${COUNCIL_TAX_LEFT_OUT}${amount}. The council's website describes its scheme; if your council is in the list, choose it.`;
}

export function run(a: Answers, config: WidgetConfig, choice: RulesChoice, rules: Rules, mode: Mode = "full"): Outcome {
  const { readings, unsure } = readingsOf(usedAnswers(a, mode, config.london));
  const out: ReadingResult[] = [];
  let jobHours: number | undefined;
  for (const reading of readings) {
    const built = toHouseholdInput(reading.answers, config, choice, rules, mode);
    const parsed = parseHousehold(built.input);
    const problems = [...built.problems, ...(parsed.ok ? checkAgainstRules(parsed.household, rules) : parsed.problems)];
    if (problems.length || !parsed.ok) return { ok: false, errors: fieldErrors(problems, built.overrides) };
    jobHours = built.jobHours;
    out.push({ says: reading.says, result: evaluate(parsed.household, rules, SWEEP), input: built.input as HouseholdInput });
  }
  const first = out[0]!;
  const leftOut = mode === "quick" ? quickLeavesOut(a, config.london) : [];
  const notes = mode === "full" && councilTaxLeftOut(a) ? [councilTaxNote(readings[0]!.answers, config, choice, rules)] : [];
  return { ok: true, result: first.result, input: first.input, readings: out, unsure, rules, mode, leftOut, notes, ...(jobHours !== undefined ? { jobHours } : {}) };
}

/**
 * The `better-off-calculated` event's detail: the JSON edge. The results
 * are written as JSON (`toJson`, as `calc` writes them) the first time a
 * listener reads them, not on every keystroke; each is written once.
 */
export function calculatedDetail(o: Extract<Outcome, { ok: true }>, s: ScenarioEvaluation | undefined, text: string): CalculatedDetail {
  const readings = o.readings.map((x) => {
    let json: Result | undefined;
    return {
      says: x.says,
      input: x.input,
      get result() {
        return (json ??= toJson(x.result));
      },
    };
  });
  return {
    // The first reading is the result shown: the same object.
    get result() {
      return readings[0]!.result;
    },
    input: o.input,
    headline: { hours: s ? String(s.hours) : "0", betterOffWeekly: s ? str2(s.betterOffWeekly) : "0.00", text },
    readings,
  };
}
