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
    // A union's branch by its own key, and a nested object's field by that object's name.
    const schemes = props(props(schema).councilTax!).scheme!.oneOf as Node[];
    expect(schemes.map((b) => b.description)).toEqual(["none", "keepCurrent", "banded", "taper", "preset"].map((t) => DESCRIPTIONS[`CtrScheme.${t}` as keyof typeof DESCRIPTIONS]));
    expect(props(props(props(schema).adults!.items!).newStyleEsa!).workRelatedActivityComponent!.description).toBe(DESCRIPTIONS["NewStyleEsa.workRelatedActivityComponent"]);
  });

  it("describes a partner's job in its own words, and in the job offer's where the fields are the same", () => {
    const partnerJob = props(props(props(schema).adults!.items!).job!);
    expect(partnerJob.hours!.description).toBe(DESCRIPTIONS["PartnerJob.hours"]);
    expect(partnerJob.payFrequency!.description).toBe(DESCRIPTIONS["Job.payFrequency"]);
    expect(partnerJob.firstPayday!.description).toBe(DESCRIPTIONS["Job.firstPayday"]);
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
