/**
 * The engine's one list of scenario figures (src/engine/fields.ts): the
 * result carries exactly those figures, the README names every one, and
 * each weekly/monthly pair points both ways.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, SCENARIO_FIELD_NAMES, SCENARIO_FIELD_SPECS, SCENARIO_FIELDS, NON_NEGATIVE_FIELDS } from "../../src/engine/index.js";
import { ROOT, household, rulesFor } from "../helpers/rules.js";

const README = readFileSync(`${ROOT}README.md`, "utf8");

describe("the scenario figures, listed once", () => {
  it("a result's scenario carries exactly the listed figures (and its explanations, flags and conditionality)", () => {
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 30 }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    const s = calculate(h, rulesFor("2026-27")).scenarios[1]!;
    const other = ["isBaseline", "conditionality", "thresholds", "explanations", "assessmentPeriods"];
    expect(Object.keys(s).filter((k) => !other.includes(k)).sort()).toEqual([...SCENARIO_FIELD_NAMES].sort());
  });

  it.each(SCENARIO_FIELD_NAMES)("the README's output section names %s", (f) => {
    expect(README).toContain(`\`${f}\``);
  });

  it("each pair is the same figure in the other period, both ways", () => {
    for (const f of SCENARIO_FIELD_NAMES) {
      const spec = SCENARIO_FIELD_SPECS[f] as { pair?: string; unit: string; label: string };
      if (!spec.pair) continue;
      const other = SCENARIO_FIELD_SPECS[spec.pair as keyof typeof SCENARIO_FIELD_SPECS] as { pair?: string; unit: string; label: string };
      expect(other, f).toBeDefined();
      expect(other.pair, f).toBe(f);
      expect(other.label, f).toBe(spec.label);
      expect(new Set([spec.unit, other.unit]), f).toEqual(new Set(["GBP/week", "GBP/month"]));
      expect(f.replace(/Weekly$|Monthly$/, ""), f).toBe(spec.pair.replace(/Weekly$|Monthly$/, ""));
    }
  });

  it("names say their unit", () => {
    for (const f of SCENARIO_FIELD_NAMES) {
      const unit = SCENARIO_FIELD_SPECS[f].unit;
      expect(unit === "hours" ? f === "hours" : f.endsWith(unit === "GBP/week" ? "Weekly" : "Monthly"), f).toBe(true);
    }
  });

  it("the calc contract is the worked examples' fields, in their order", () => {
    expect(SCENARIO_FIELDS).toEqual([
      "hours", "grossWeekly", "incomeTaxWeekly", "niWeekly", "pensionWeekly", "takeHomeWeekly", "ucEarningsMonthly", "ucMaximumMonthly", "ucMonthly",
      "benefitCapReductionMonthly", "esaWeekly", "jsaWeekly", "carersAllowanceWeekly", "childBenefitWeekly", "pipWeekly", "scottishChildPaymentWeekly",
      "netIncomeWeekly", "betterOffWeekly",
    ]);
  });

  it("only the better-off figures can be negative", () => {
    expect(SCENARIO_FIELD_NAMES.filter((f) => !NON_NEGATIVE_FIELDS.includes(f)).every((f) => f.startsWith("betterOff"))).toBe(true);
  });
});
