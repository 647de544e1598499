/**
 * The JSON edge: an evaluation as `calc` writes it (and the widget's events
 * and records carry it). Money becomes two-decimal strings, hours strings,
 * and every text held back (on-request.ts) is written. The objects are walked
 * in their own key order, which is the order `calc` prints.
 */
import { D, str2, type Money } from "../base/money.js";
import { explanationsOf, firstMonthsOf, flagText, noteText, periodText, provenanceOf } from "./on-request.js";
import type { Evaluation, FirstMonths, FirstMonthsNote, FirstMonthsNoteOf, FirstMonthsOf, Result, ScenarioEvaluation, ScenarioResult } from "./result.js";

type Write = <T extends object>(x: T, extra?: object) => never;

export function toJson(e: Evaluation): Result {
  /** A plain object with Money as strings and `hours` as a string; other values as they are, `extra` added at the end. */
  const write = ((x: Record<string, unknown>, extra?: object) => {
    const out: Record<string, unknown> = {};
    for (const k in x) {
      const v = x[k];
      out[k] = k === "hours" ? String(v) : v instanceof D ? str2(v) : v;
    }
    return Object.assign(out, extra);
  }) as Write;
  const scenario = (s: ScenarioEvaluation): ScenarioResult => {
    const weeks = firstMonthsOf(s);
    return write(s, {
      assessmentPeriods: s.assessmentPeriods.map((x) => write(x, { text: periodText(x) })),
      thresholds: s.thresholds.map((f) => write(f, { text: flagText(f) })),
      ...(s.payPeriods ? { payPeriods: { claimant: s.payPeriods.claimant && write(s.payPeriods.claimant), partner: s.payPeriods.partner && write(s.payPeriods.partner) } } : {}),
      explanations: explanationsOf(s),
      ...(weeks ? { firstMonths: firstMonthsJson(weeks, write) } : {}),
    });
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
