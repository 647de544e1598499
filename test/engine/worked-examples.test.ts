/**
 * Every worked example in ../shared/cases (copied to test/fixtures) through
 * the engine, field by field, to the penny. Expected figures are kept exactly
 * as the case file gives them.
 */
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { calculate, SCENARIO_FIELDS } from "../../src/engine/index.js";
import { D } from "../../src/base/money.js";
import { ROOT, household, rulesFor } from "../helpers/rules.js";

interface Case {
  id: string;
  taxYear: string;
  expected: Record<string, string | number>[];
  [k: string]: unknown;
}

const cases: Case[] = JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8"));

describe("worked examples", () => {
  it("the fixture is the shared case file, unchanged", () => {
    const shared = `${ROOT}../shared/cases/worked-examples-2025-27.json`;
    if (!existsSync(shared)) return; // a clone without shared/ beside it: nothing to compare
    expect(JSON.parse(readFileSync(shared, "utf8"))).toEqual(cases);
  });

  it("there are ten cases with expected figures", () => {
    expect(cases).toHaveLength(10);
  });

  describe.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const { expected, ...input } = c;
    const result = calculate(household(input), rulesFor(c.taxYear));

    it("has one scenario per expected row, in order", () => {
      expect(result.scenarios.map((s) => Number(s.hours))).toEqual(expected.map((e) => Number(e.hours)));
    });

    const rows = expected.flatMap((e, i) =>
      SCENARIO_FIELDS.filter((f) => f !== "hours").map((f) => [`${e.hours} hours: ${f}`, i, f, String(e[f])] as const),
    );
    it.each(rows)("%s", (_name, i, field, want) => {
      const got = result.scenarios[i]![field];
      expect(new D(got).toFixed(2)).toBe(new D(want).toFixed(2));
    });
  });
});
