/**
 * evaluate() (plain data, Money) and calculate() (its JSON form) are one
 * result in two forms: the same figures, the texts written on request from
 * the same steps, and no getters anywhere in the evaluation.
 *
 * The household is worked example p01 (single, 41, social rent £575 a month,
 * £13 an hour, England 2026-27), at 16 hours: gross 16 × £13 = £208.00; NI
 * (208 − 242 threshold) is nil; income tax nil (208 × 52 = £10,816, within the
 * £12,570 allowance); take-home £208.00 a week.
 */
import { describe, expect, it } from "vitest";
import {
  calculate,
  evaluate,
  explain,
  explanationsOf,
  firstMonthsOf,
  flagText,
  noteText,
  periodText,
  provenanceOf,
  toJson,
  type Evaluation,
} from "../../src/engine/index.js";
import { household, rulesFor } from "../helpers/rules.js";

const rules = rulesFor("2026-27");
const p01 = household({ taxYear: "2026-27", region: "england", adults: [{ age: 41 }], housing: { tenure: "social", rentMonthly: 575 }, job: { hourlyWage: 13, hours: [0, 16], startDate: "2026-05-11" } });

/** Every accessor property in a tree of plain data (none expected). */
function getters(x: unknown, path = "", seen = new Set<object>()): string[] {
  if (x === null || typeof x !== "object" || seen.has(x)) return [];
  seen.add(x);
  if ("toFixed" in x) return []; // a Money value
  return Object.entries(Object.getOwnPropertyDescriptors(x)).flatMap(([k, d]) => (d.get || d.set ? [`${path}.${k}`] : getters(d.value, `${path}.${k}`, seen)));
}

describe("evaluate() and calculate()", () => {
  const e: Evaluation = evaluate(p01, rules);
  const s = e.scenarios[1]!;

  it("gives Money and hours as numbers: 16 h × £13 = £208.00 gross and take-home", () => {
    expect(s.hours).toBe(16);
    expect(s.grossWeekly.toFixed(2)).toBe("208.00");
    expect(s.takeHomeWeekly.toFixed(2)).toBe("208.00");
    expect(s.incomeTaxWeekly.isZero() && s.niWeekly.isZero()).toBe(true);
  });

  it("has no getters anywhere, first months and texts included", () => {
    expect(getters(e)).toEqual([]);
    expect(getters(firstMonthsOf(s))).toEqual([]);
    expect(getters(provenanceOf(e))).toEqual([]);
  });

  it("writes the same JSON as calculate(), texts from the same steps", () => {
    const json = calculate(p01, rules);
    expect(JSON.stringify(toJson(e))).toBe(JSON.stringify(json));
    const j = json.scenarios[1]!;
    expect(j.grossWeekly).toBe("208.00");
    expect(explain(s, "grossWeekly")).toEqual(j.explanations.grossWeekly);
    expect(explain(s, "grossWeekly")!.text).toBe("£13.00 an hour × 16 hours = £208.00");
    expect(explanationsOf(s)).toEqual(j.explanations);
    expect(s.thresholds.map(flagText)).toEqual(j.thresholds.map((f) => f.text));
    expect(s.assessmentPeriods.map(periodText)).toEqual(j.assessmentPeriods.map((x) => x.text));
    expect(firstMonthsOf(s)!.weeks.flatMap((w) => w.notes.map(noteText))).toEqual(j.firstMonths!.weeks.flatMap((w) => w.notes.map((n) => n.text)));
    expect(provenanceOf(e)).toEqual({ used: json.rules.used, notConfirmed: json.rules.notConfirmed });
  });

  it("works the first months out once, when asked", () => {
    expect(firstMonthsOf(s)).toBe(firstMonthsOf(s));
    expect(firstMonthsOf(evaluate(household({ ...p01Input(), job: { hourlyWage: 13, hours: [0, 16] } }), rules).scenarios[1]!)).toBeUndefined();
  });

  it("refuses an object that did not come from evaluate(), with a message", () => {
    expect(() => flagText({ code: "uc-nil", kind: "loss", rules: [] })).toThrow("not from evaluate()");
    expect(() => provenanceOf({ ...e })).toThrow("not from evaluate()");
  });
});

function p01Input() {
  return { taxYear: "2026-27", region: "england", adults: [{ age: 41 }], housing: { tenure: "social", rentMonthly: 575 } };
}
