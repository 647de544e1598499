/**
 * Council tax and health-cost answers to engine input, the engine's band
 * messages in the form's words, and the better-off ladder's rows.
 */
import { describe, expect, it } from "vitest";
import { evaluate, parseHousehold } from "../../src/engine/index.js";
import { readConfig } from "../../src/widget/attributes.js";
import { emptyAnswers, withAdult, withJob, type Answers } from "../../src/widget/model/answers.js";
import { ctPresets } from "../../src/widget/model/presets.js";
import { fieldErrors } from "../../src/widget/model/problems.js";
import { comparisonTable } from "../../src/widget/model/table.js";
import { toHouseholdInput } from "../../src/widget/model/to-household.js";
import { household, rulesFor } from "../helpers/rules.js";

const config = readConfig(() => null);
const choice = { taxYear: "2026-27", shownYear: "2026-27" };
const rules = rulesFor("2026-27");
const p01: Answers = { ...withJob(withAdult(emptyAnswers, 0, { age: "41" }), 0, { wage: "13" }), region: "england", tenure: "social", rent: "575", hoursList: "10, 16" };
const built = (a: Partial<Answers>) => toHouseholdInput({ ...p01, ...a }, config, choice, rules);

describe("council tax answers to engine input", () => {
  it("leaves council tax out until a bill is given", () => {
    expect(built({}).input.councilTax).toBeUndefined();
    expect(built({ ctScheme: "none" }).input.councilTax).toBeUndefined();
  });

  it("sends a preset, the single person discount only when answered, and health costs", () => {
    const b = built({ ctBill: "£1,000", ctScheme: "preset", ctPreset: "westminster", prescriptions: "2", dental: "52", pregnant: true });
    expect(b.problems).toEqual([]);
    expect(b.input).toMatchObject({
      councilTax: { annualCharge: "1000", scheme: { type: "preset", id: "westminster" } },
      healthCosts: { prescriptionItemsPerMonth: 2, dentalCostsYearly: "52" },
      pregnant: true,
    });
    expect((b.input.councilTax as Record<string, unknown>).singlePersonDiscount).toBeUndefined();
    expect(parseHousehold(b.input).ok).toBe(true);
  });

  it("sends bands, taper and the current reduction as the engine takes them", () => {
    const bands = built({ ctBill: "1200", ctScheme: "banded", ctBands: [{ from: "0", to: "100", percent: "80%" }, { from: "100.01", to: "", percent: "0" }] });
    expect((bands.input.councilTax as { scheme: unknown }).scheme).toEqual({
      type: "banded",
      bands: [{ fromWeekly: "0", toWeekly: "100", discountPercent: 80 }, { fromWeekly: "100.01", discountPercent: 0 }],
      universalCreditCounted: "wholeAward",
    });
    expect((built({ ctBill: "1200", ctScheme: "taper", ctTaperMax: "100", ctTaperRate: "20" }).input.councilTax as { scheme: unknown }).scheme).toEqual({ type: "taper", maximumPercent: 100, taperPercent: 20 });
    expect((built({ ctBill: "1200", ctScheme: "keepCurrent", ctCurrent: "300" }).input.councilTax as { scheme: unknown }).scheme).toEqual({ type: "keepCurrent", reductionAnnual: "300" });
  });

  it("sends no scheme (and no prescriptions) in Scotland and Wales", () => {
    const b = built({ region: "wales", ctBill: "1200", ctScheme: "preset", ctPreset: "westminster", prescriptions: "3" });
    expect(b.input.councilTax).toEqual({ annualCharge: "1200" });
    expect(b.input.healthCosts).toBeUndefined();
  });
});

describe("council tax messages", () => {
  const errors = (a: Partial<Answers>) => {
    const b = built(a);
    const parsed = parseHousehold(b.input);
    return fieldErrors([...b.problems, ...(parsed.ok ? [] : parsed.problems)], b.overrides).map((e) => [e.field.id, e.message]);
  };
  it("puts the engine's band checks in the form's words, on the band's own field", () => {
    expect(errors({ ctBill: "1000", ctScheme: "banded", ctBands: [{ from: "0", to: "100", percent: "50" }, { from: "120", to: "150", percent: "120" }] })).toEqual([
      ["ct-band-1-from", "Band 2 leaves a gap after band 1: incomes from £100.01 to £119.99 are in no band"],
      ["ct-band-1-to", "The top band must be open-ended: leave “To” blank"],
      ["ct-band-1-percent", "The discount for band 2 cannot be more than 100"],
    ]);
    expect(errors({ ctBill: "1000", ctScheme: "banded", ctBands: [{ from: "0", to: "", percent: "50" }, { from: "", to: "", percent: "x" }] })).toEqual([
      ["ct-band-1-from", "Enter where band 2 starts"],
      ["ct-band-1-percent", "The discount for band 2 must be a percentage, e.g. 20"],
    ]);
    // How the bands fit together is checked once each band's own answers are usable.
    expect(errors({ ctBill: "1000", ctScheme: "banded", ctBands: [{ from: "0", to: "", percent: "50" }, { from: "100", to: "", percent: "0" }] })).toEqual([
      ["ct-band-0-to", "Only the top band can be left open: say where it ends"],
    ]);
  });
  it("asks for the bill when a scheme is chosen without one", () => {
    expect(errors({ ctScheme: "taper", ctTaperMax: "100", ctTaperRate: "20" })).toEqual([["ct-bill", "Enter the council tax bill for the year"]]);
  });
});

describe("the better-off ladder in the table", () => {
  const result = (input: Record<string, unknown>) => evaluate(household({ taxYear: "2026-27", region: "england", adults: [{ age: 41 }], housing: { tenure: "social", rentMonthly: 575 }, job: { hourlyWage: 13, hours: [0, 10, 16] }, ...input }), rules);
  const keys = (input: Record<string, unknown>) => comparisonTable(result(input), "week").rows.map((r) => r.def.key);
  it("adds council tax and the step after it only when council tax is given and changes", () => {
    expect(keys({})).not.toContain("councilTaxDue");
    expect(keys({ councilTax: { annualCharge: 1000, scheme: { type: "preset", id: "westminster" } } })).toEqual(expect.arrayContaining(["councilTaxDue", "betterOffAfterCosts"]));
    const kept = keys({ councilTax: { annualCharge: 1000, scheme: { type: "keepCurrent", reductionAnnual: 200 } } });
    expect(kept).toContain("councilTaxDue");
    expect(kept).not.toContain("betterOffAfterCosts"); // the same as better off
  });
  it("lists the councils from the loaded rules", () => {
    expect(ctPresets(rules).map((p) => p.id).sort()).toEqual(Object.keys(rules.councilTaxReductionEnglandPresets.schemes).sort());
    expect(ctPresets(null)).toEqual([]);
  });
});
