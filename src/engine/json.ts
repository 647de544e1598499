/**
 * The JSON edge: an evaluation as `calc` writes it (and the widget's events
 * and records carry it). Money becomes two-decimal strings, hours strings,
 * and every text held back (on-request.ts) is written. The objects are walked
 * in their own key order, which is the order `calc` prints.
 */
import { str2, type Money } from "../base/money.js";
import { explanationsOf, firstMonthsOf, flagText, noteText, periodText, provenanceOf } from "./on-request.js";
import type { Evaluation, FirstMonths, FirstMonthsNote, FirstMonthsNoteOf, FirstMonthsOf, Result, ScenarioEvaluation, ScenarioResult } from "./result.js";

type Write = <T extends object>(x: T, extra?: object) => never;

export function toJson(e: Evaluation): Result {
  // Most amounts recur (the same benefit in every scenario, period and sweep point): each Money is written once.
  const strings = new Map<Money, string>();
  /** A plain object with Money as strings and `hours` as a string; other values as they are, `extra` added at the end. */
  const write = ((x: Record<string, unknown>, extra?: object) => {
    const out: Record<string, unknown> = {};
    for (const k in x) {
      const v = x[k];
      if (k === "hours") out[k] = String(v);
      else if (v !== null && typeof v === "object" && "toFixed" in v) {
        let t = strings.get(v as Money);
        if (t === undefined) strings.set(v as Money, (t = str2(v as Money)));
        out[k] = t;
      } else out[k] = v;
    }
    return Object.assign(out, extra);
  }) as Write;
  // A scenario at 0 hours is the baseline itself: written once.
  const done = new Map<ScenarioEvaluation, ScenarioResult>();
  const scenario = (s: ScenarioEvaluation): ScenarioResult => {
    let out = done.get(s);
    if (!out) {
      const weeks = firstMonthsOf(s);
      done.set(
        s,
        (out = write(s, {
          assessmentPeriods: s.assessmentPeriods.map((x) => write(x, { text: periodText(x) })),
          thresholds: s.thresholds.map((f) => write(f, { text: flagText(f) })),
          ...(s.payPeriods ? { payPeriods: { claimant: s.payPeriods.claimant && write(s.payPeriods.claimant), partner: s.payPeriods.partner && write(s.payPeriods.partner) } } : {}),
          explanations: explanationsOf(s),
          ...(weeks ? { firstMonths: firstMonthsJson(weeks, write) } : {}),
        })),
      );
    }
    return out;
  };
  const { ladder: _, ...rest } = e;
  return write(rest, {
    rules: { ...e.rules, ...provenanceOf(e) },
    baseline: scenario(e.baseline),
    scenarios: e.scenarios.map(scenario),
    sweep: e.sweep.map((x) => write(x)),
    markers: e.markers.map((x) => write(x)),
  });
}

/** A note as JSON: its text between what it is about and its rules. */
const noteJson = (n: FirstMonthsNoteOf): FirstMonthsNote => ({ source: n.source, text: noteText(n), rules: n.rules });

function firstMonthsJson(m: FirstMonthsOf<Money>, write: Write): FirstMonths {
  return write(m, {
    weeks: m.weeks.map((w) =>
      write(w, {
        amounts: write(w.amounts),
        notes: w.notes.map(noteJson),
      }),
    ),
    whatHelps: m.whatHelps.map(noteJson),
  });
}
