/**
 * The calculator's state: answers and display choices (kept in session
 * storage), the rules for the chosen year (loaded on demand), and the
 * outcome of the latest calculation. After the first "Show results", every
 * change recalculates at once; errors then shown are those found at the last
 * "Show results", cleared as they are fixed, so new ones never appear under
 * the user's cursor.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Rules } from "../../../rules/load.js";
import type { WidgetConfig } from "../../attributes.js";
import { CALCULATED, ERROR, type Emit } from "../../events.js";
import type { Answers, SavedState } from "../../model/answers.js";
import { headline, headlineScenario } from "../../model/headline.js";
import type { FieldError } from "../../model/problems.js";
import { chooseRules, loadRules, rulesKey, todayIso } from "../../model/rules-choice.js";
import { run, type Outcome } from "../../model/run.js";
import { forget, initialState, load, save } from "../../model/storage.js";

export type Success = Extract<Outcome, { ok: true }>;

export function useCalculator(config: WidgetConfig, emit: Emit, store: Storage | null) {
  const [state, setState] = useState<SavedState>(() => load(config.noPersist ? null : store, config));
  const [rules, setRules] = useState<{ key: string; rules?: Rules; error?: string } | null>(null);
  const [shownIds, setShownIds] = useState<readonly string[] | null>(null);
  const [focus, setFocus] = useState<{ to: "summary" | "results"; n: number }>({ to: "summary", n: 0 });
  const lastGood = useRef<Success | null>(null);
  const choice = useMemo(() => chooseRules(config, state.taxYear, todayIso()), [config, state.taxYear]);
  const key = rulesKey(choice);

  useEffect(() => {
    let live = true;
    loadRules(choice).then(
      (r) => live && setRules({ key, rules: r }),
      (e: unknown) => {
        if (!live) return;
        const message = e instanceof Error ? e.message.replace(/^\[better-off\] /, "") : String(e);
        setRules({ key, error: message });
        emit(ERROR, { kind: "rules", message });
      },
    );
    return () => void (live = false);
  }, [key]);

  useEffect(() => {
    for (const message of config.problems) emit(ERROR, { kind: "attribute", message });
  }, [config.problems.join("\n")]);

  useEffect(() => {
    if (!config.noPersist) save(store, state);
  }, [state]);

  const loaded = rules?.key === key ? rules.rules : undefined;
  const outcome = useMemo(
    () => (loaded && state.submitted ? run(state.answers, config, choice, loaded) : null),
    [state.answers, state.submitted, config, choice, loaded],
  );
  if (outcome?.ok) lastGood.current = outcome;
  const current = outcome && !outcome.ok ? outcome.errors : [];
  // Before the first submit after a reload, show whatever is wrong now.
  const errors: FieldError[] = shownIds ? current.filter((e) => shownIds.includes(e.field.id)) : current;
  const shown = state.submitted ? lastGood.current : null;

  useEffect(() => {
    if (!outcome?.ok) return;
    const s = headlineScenario(outcome.result, outcome.rules, outcome.jobHours);
    const h = s ? headline(s, "week", outcome.result.baseline) : null;
    emit(CALCULATED, {
      result: outcome.result,
      input: outcome.input,
      headline: { hours: s?.hours ?? "0", betterOffWeekly: s?.betterOffWeekly ?? "0.00", text: h?.text ?? "" },
    });
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
    if (!loaded) {
      pending.current = true;
      return;
    }
    let o: Outcome;
    try {
      o = run(state.answers, config, choice, loaded);
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
    rules: loaded,
    rulesError: rules?.key === key ? rules.error : undefined,
    errors,
    /** Problems not yet shown: the results on screen are out of date. */
    stale: !!(outcome && !outcome.ok && shown),
    shown,
    focus,
    submit,
    clear,
  };
}
