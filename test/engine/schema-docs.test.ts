/**
 * The input's JSON Schema (`calc -- --schema`) describes its fields from
 * household-docs.ts, which the widget's bundle never carries: every text is
 * used, each where its field is, and none of the schema's own marks leak out.
 */
import { describe, expect, it } from "vitest";
import { DESCRIPTIONS, householdJsonSchema } from "../../src/engine/household-docs.js";
import { Household } from "../../src/engine/household.js";

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; [k: string]: unknown };
const schema = householdJsonSchema(Household) as Node;
const text = JSON.stringify(schema);
const props = (n: Node) => n.properties!;

describe("the household input's JSON Schema", () => {
  it("puts each description on its own field", () => {
    expect(props(props(schema).housing!).rentMonthly!.description).toBe(DESCRIPTIONS["Housing.rentMonthly"]);
    expect(props(props(schema).adults!.items!).lcwra!.description).toBe(DESCRIPTIONS["Adult.lcwra"]);
    expect(props(schema).pregnant!.description).toBe(DESCRIPTIONS["Household.pregnant"]);
  });

  it("describes an amount from what it is and the most it accepts", () => {
    expect(props(props(schema).job!).hourlyWage!.description).toBe('the hourly wage: pounds and pence, as a number (12.71) or a decimal string ("12.71"); at most £1,000');
  });

  it("uses every text, and leaves none of its marks in the output", () => {
    for (const [key, t] of Object.entries(DESCRIPTIONS)) expect(text, key).toContain(JSON.stringify(t).slice(1, -1));
    expect(text).not.toMatch(/"(doc|amount)":/);
  });

  it("writes no yearly rate into a description (they change with the rule tables)", () => {
    expect(Object.values(DESCRIPTIONS).filter((t) => /£\d/.test(t))).toEqual([]);
  });
});
