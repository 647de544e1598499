/**
 * The calculator's state: answers and display choices (kept in session
 * storage), the rules for the chosen year (loaded on demand), and the
 * outcome of the latest calculation. After the first "Show results", every
 * change recalculates at once; errors then shown are those found at the last
 * "Show results", cleared as they are fixed, so new ones never appear under
 * the user's cursor.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Rules } from "../../../rules/compose.js";
import type { WidgetConfig } from "../../attributes.js";
import { CALCULATED, ERROR, type Emit } from "../../events.js";
import type { Answers, SavedState } from "../../model/answers.js";
import { loadCalculation, type Calculation } from "../../model/load-calculation.js";
import type { FieldError } from "../../model/problems.js";
import { chooseRules, rulesKey, todayIso } from "../../model/rules-choice.js";
import type { Outcome, Success } from "../../model/run.js";
import { forget, initialState, load, save } from "../../model/storage.js";

export type { Success };

interface Loaded {
  readonly key: string;
  readonly calc?: Calculation;
  readonly rules?: Rules;
  readonly error?: string;
}

const plain = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/^\[better-off\] /, "");

export function useCalculator(config: WidgetConfig, emit: Emit, store: Storage | null) {
  const [state, setState] = useState<SavedState>(() => load(config.noPersist ? null : store, config));
  const [rules, setRules] = useState<Loaded | null>(null);
  /** Bumped to fetch again after a failed load ("Show results" tries again). */
  const [attempt, setAttempt] = useState(0);
  /** Bumped when the sources and notes behind the rules arrive, to draw them. */
  const [, setSourcesShown] = useState(0);
  const [shownIds, setShownIds] = useState<readonly string[] | null>(null);
  const [focus, setFocus] = useState<{ to: "summary" | "results"; n: number }>({ to: "summary", n: 0 });
  const lastGood = useRef<Success | null>(null);
  const choice = useMemo(() => chooseRules(config, state.taxYear, todayIso()), [config, state.taxYear]);
  const key = rulesKey(choice);

  // The calculation code (already on its way: the element starts it) and the rule table for the year.
  useEffect(() => {
    let live = true;
    loadCalculation().then(
      (calc) =>
        calc.loadRules(choice).then(
          (r) => live && setRules({ key, calc, rules: r }),
          (e: unknown) => {
            if (!live) return;
            const message = `the rates for this tax year could not be loaded: ${plain(e)}`;
            setRules({ key, calc, error: message });
            emit(ERROR, { kind: "rules", message });
          },
        ),
      (e: unknown) => {
        if (!live) return;
        const message = `the calculator's code could not be loaded (${plain(e)}). Check the connection and choose "Show results" to try again.`;
        setRules({ key, error: message });
        emit(ERROR, { kind: "network", message });
      },
    );
    return () => void (live = false);
  }, [key, attempt]);

  useEffect(() => {
    for (const message of config.problems) emit(ERROR, { kind: "attribute", message });
  }, [config.problems.join("\n")]);

  useEffect(() => {
    if (!config.noPersist) save(store, state);
  }, [state]);

  const here = rules?.key === key ? rules : undefined;
  const loaded = here?.rules;
  const calc = here?.calc;
  const outcome = useMemo(
    () => (calc && loaded && state.submitted ? calc.run(state.answers, config, choice, loaded, state.mode) : null),
    [state.answers, state.mode, state.submitted, config, choice, loaded],
  );
  if (outcome?.ok) lastGood.current = outcome;
  const current = outcome && !outcome.ok ? outcome.errors : [];
  // Before the first submit after a reload, show whatever is wrong now.
  const errors: FieldError[] = shownIds ? current.filter((e) => shownIds.includes(e.field.id)) : current;
  const shown = state.submitted ? lastGood.current : null;

  useEffect(() => {
    if (!outcome?.ok || !calc) return;
    // The sources and notes behind the figures, for their explanations and the print view.
    if (!calc.provenanceLoaded(outcome.rules))
      calc.loadProvenance(outcome.rules).then(
        () => setSourcesShown((n) => n + 1),
        () => undefined, // an explanation says its sources are on their way; tried again with the next result
      );
    const s = calc.headlineScenario(outcome.result, outcome.jobHours);
    const h = s ? calc.headline(s, "week", outcome.result.baseline) : null;
    emit(CALCULATED, calc.calculatedDetail(outcome, s, h?.text ?? ""));
  }, [outcome]);

  const update = (change: (a: Answers) => Answers) => setState((s) => ({ ...s, answers: change(s.answers) }));
  const patch = (p: Partial<SavedState>) => setState((s) => ({ ...s, ...p }));

  // "Show results" before the rules have loaded: finish it when they arrive.
  const pending = useRef(false);
  useEffect(() => {
    if (loaded && pending.current) {
      pending.current = false;
      submit();
    }
  }, [loaded]);

  function submit() {
    if (!loaded || !calc) {
      pending.current = true;
      if (here?.error) setAttempt((n) => n + 1);
      return;
    }
    let o: Outcome;
    try {
      o = calc.run(state.answers, config, choice, loaded, state.mode);
    } catch (e) {
      // A bug in the engine or here: report it, keep the answers, never throw into the page.
      emit(ERROR, { kind: "internal", message: e instanceof Error ? e.message : String(e) });
      return;
    }
    setShownIds(o.ok ? [] : o.errors.map((e) => e.field.id));
    patch({ submitted: true });
    setFocus((f) => ({ to: o.ok ? "results" : "summary", n: f.n + 1 }));
    if (!o.ok) emit(ERROR, { kind: "input", message: "Some answers need correcting", problems: o.errors.map((e) => ({ path: e.path, message: e.message })) });
  }

  function clear() {
    if (!config.noPersist) forget(store);
    lastGood.current = null;
    setShownIds(null);
    setState(initialState(config));
  }

  return {
    state,
    update,
    patch,
    choice,
    calc,
    rules: loaded,
    loadError: here?.error,
    errors,
    /** Problems not yet shown: the results on screen are out of date. */
    stale: !!(outcome && !outcome.ok && shown),
    shown,
    focus,
    submit,
    clear,
  };
}
