/**
 * Issue 10: one field catalogue (src/engine/fields.ts). The widget's table rows
 * keep their labels as literals (shipping the catalogue's 53 labels in the
 * calculation chunk would cost more than it saves), so this test holds them to
 * the catalogue: a row's label is its figure's label there, except where the
 * row names what this household has (the carer benefit by nation, the ladder
 * step by what it takes off).
 */
import { describe, it, expect } from "vitest";
import { SCENARIO_FIELD_SPECS } from "../../src/engine/index.js";
import { ROWS, type Ladder } from "../../src/widget/model/table.js";
import type { Evaluation } from "../../src/engine/index.js";

const england = { region: "england" } as Evaluation;
const scotland = { region: "scotland" } as Evaluation;
const full: Ladder = { councilTax: true, costs: true, afterDiffers: true, helpDiffers: true, help: "help with health costs" } as Ladder;

describe("the widget's table rows and the field catalogue", () => {
  it("every row shows a figure of the catalogue", () => {
    for (const row of ROWS) expect(Object.keys(SCENARIO_FIELD_SPECS)).toContain(row.weekly);
  });

  it("each row's label is the catalogue's label for its figure", () => {
    for (const row of ROWS) {
      const catalogue = SCENARIO_FIELD_SPECS[row.weekly].label;
      if (row.key === "carersAllowance") {
        // The catalogue names both; the row names the one the household's nation pays.
        expect(catalogue).toBe(`${row.label(england, full)} or ${row.label(scotland, full)}`);
      } else {
        // With council tax and work costs both in the answers, the ladder step's label is the catalogue's in full.
        expect(row.label(england, full), row.key).toBe(catalogue);
      }
    }
  });

  it("the ladder step names only what it takes off", () => {
    const row = ROWS.find((r) => r.key === "betterOffAfterCosts")!;
    expect(row.label(england, { ...full, councilTax: false })).toBe("Better off after work costs");
    expect(row.label(england, { ...full, costs: false })).toBe("Better off after council tax");
    expect(SCENARIO_FIELD_SPECS.betterOffAfterCouncilTaxWeekly.label).toBe("Better off after council tax");
  });
});
