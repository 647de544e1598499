/**
 * What an evaluation holds back until asked: the texts and details that cost
 * time to write and that the widget reads one at a time (an explanation when a
 * figure is opened, a flag's text when a row is shown). `evaluate()` gives
 * plain data; each function here writes one thing, from the same steps that
 * produced the figures, kept beside the evaluation in a WeakMap (so they go
 * when it goes). json.ts calls them all for `calculate()`.
 */
import type { Money } from "../base/money.js";
import type { Rules } from "../rules/compose.js";
import type { Step, InputValue } from "./explain.js";
import { gatherRules, usedRulesOf } from "./provenance.js";
import type { AssessmentPeriodOf, Evaluation, Explanation, FirstMonthsNoteOf, FirstMonthsOf, FlagOf, Provenance, ScenarioEvaluation, ScenarioResult } from "./result.js";
import type { ScenarioField } from "./fields.js";

/** Which steps explain a figure, and (for a list of steps) how their texts are joined. */
export type Source = readonly [field: ScenarioField, steps: readonly Step[], text?: () => string];

interface ScenarioWork {
  readonly r: Rules;
  readonly sources: readonly Source[];
  readonly explained: Map<string, Explanation>;
  readonly firstMonths: (() => FirstMonthsOf<Money>) | undefined;
}

const SCENARIOS = new WeakMap<ScenarioEvaluation, ScenarioWork>();
const TEXTS = new WeakMap<object, () => string>();
const EVALUATIONS = new WeakMap<Evaluation, { readonly used: ReadonlySet<object>; readonly r: Rules; notConfirmed?: readonly string[] }>();

/** Once: the first call works it out, later ones return it (never undefined). */
export const once = <T extends {}>(get: () => T): (() => T) => {
  let memo: T | undefined;
  return () => (memo ??= get());
};

/** What was kept for `x`, or a clear error for an object that did not come from `evaluate()`. */
function kept<K extends object, V>(map: WeakMap<K, V>, x: K): V {
  const v = map.get(x);
  if (v === undefined) throw new Error("[better-off] not from evaluate()");
  return v;
}

/** Keep the text of a flag, period or note, written when first asked for. */
export function textLater<T extends object>(of: T, text: () => string): T {
  TEXTS.set(of, once(text));
  return of;
}

export function keepScenario(s: ScenarioEvaluation, r: Rules, sources: readonly Source[], firstMonths?: () => FirstMonthsOf<Money>): void {
  SCENARIOS.set(s, { r, sources, explained: new Map(), firstMonths: firstMonths && once(firstMonths) });
}

export function keepEvaluation(e: Evaluation, r: Rules, used: ReadonlySet<object>): void {
  EVALUATIONS.set(e, { r, used });
}

const textOf = (o: object): string => kept(TEXTS, o)();

/** A threshold flag's plain-English text (either form: the JSON form carries it). */
export const flagText = (flag: FlagOf | { readonly text: string }): string => ("text" in flag ? flag.text : textOf(flag));

/** Why an assessment period's UC is what it is, in plain English. */
export const periodText = (period: AssessmentPeriodOf<Money>): string => textOf(period);

/** A first-months note's text. */
export const noteText = (note: FirstMonthsNoteOf): string => textOf(note);

const work = (s: ScenarioEvaluation): ScenarioWork => kept(SCENARIOS, s);

const renderInput = (v: InputValue): string => (typeof v === "object" ? (v as Money).toFixed() : String(v));

function explainSteps(r: Rules, steps: readonly Step[], text?: () => string): Explanation {
  const main = steps[0]!;
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(main.inputs)) inputs[k] = renderInput(v);
  const keys = [...gatherRules(steps)].map((l) => r.describe(l).key);
  return { text: text ? text() : main.text(), rules: [...new Set(keys)], inputs };
}

/** The working behind one figure of a scenario (undefined for a figure with none, e.g. a ladder difference); either form. */
export function explain(s: ScenarioEvaluation | ScenarioResult, field: ScenarioField): Explanation | undefined {
  if ("explanations" in s) return s.explanations[field];
  const w = work(s);
  let e = w.explained.get(field);
  if (!e) {
    const src = w.sources.find((x) => x[0] === field);
    if (!src) return undefined;
    w.explained.set(field, (e = explainSteps(w.r, src[1], src[2])));
  }
  return e;
}

/** Every figure's working, by field, in the order the figures are explained. */
export function explanationsOf(s: ScenarioEvaluation): Record<string, Explanation> {
  const out: Record<string, Explanation> = {};
  for (const [field] of work(s).sources) out[field] = explain(s, field)!;
  return out;
}

/** The figures a scenario explains, in order. */
export const explainedFields = (s: ScenarioEvaluation): ScenarioField[] => work(s).sources.map((x) => x[0]);

/** The first 13 weeks from the job's start date, worked out the first time they are asked for; undefined without a start date. */
export const firstMonthsOf = (s: ScenarioEvaluation): FirstMonthsOf<Money> | undefined => work(s).firstMonths?.();

const evaluation = (e: Evaluation) => kept(EVALUATIONS, e);

/**
 * The rule values the figures rest on, with their sources and statuses,
 * written each time it is asked for: in the widget, sources and notes arrive
 * after the values.
 */
export const provenanceOf = (e: Evaluation): Provenance => {
  const x = evaluation(e);
  return usedRulesOf(x.used, x.r);
};

/** Keys of the values used that are unconfirmed or derived (worked out once). */
export function notConfirmedOf(e: Evaluation): readonly string[] {
  const x = evaluation(e);
  return (x.notConfirmed ??= usedRulesOf(x.used, x.r).notConfirmed);
}
