/**
 * The record schema refuses every identifying field and every unknown field,
 * at every level, and every value outside its closed lists.
 */
import { describe, it, expect } from "vitest";
import { parseRecord, recordJsonSchema, RECORD_SCHEMA_VERSION, type AnonymisedRecord } from "../../src/records/schema.js";
import { VALID_RECORD } from "../helpers/records.js";

const VALID = VALID_RECORD;

const problems = (raw: unknown) => {
  const r = parseRecord(raw);
  if (r.ok) throw new Error("expected the record to be refused");
  return r.problems;
};

/** Personal or exact information someone might try to add. */
const IDENTIFYING = [
  "name",
  "firstName",
  "surname",
  "initials",
  "dateOfBirth",
  "dob",
  "age",
  "nhsNumber",
  "niNumber",
  "nationalInsuranceNumber",
  "address",
  "postcode",
  "email",
  "phone",
  "notes",
  "freeText",
  "comment",
  "rentMonthly",
  "hourlyWage",
  "income",
  "savings",
  "employer",
  "diagnosis",
];

describe("a valid record", () => {
  it("is accepted as it is", () => {
    const r = parseRecord(VALID);
    expect(r.ok && r.record).toEqual(VALID);
  });

  it("carries the schema version", () => {
    expect(RECORD_SCHEMA_VERSION).toBe(1);
    expect(problems({ ...VALID, schemaVersion: 2 })).toEqual([{ path: "schemaVersion", message: "must be 1 (the record format this service accepts)" }]);
  });
});

describe.each([
  ["the record", (k: string) => ({ ...VALID, [k]: "x" }), ""],
  ["the household", (k: string) => ({ ...VALID, household: { ...VALID.household, [k]: "x" } }), "household."],
  ["a scenario", (k: string) => ({ ...VALID, scenarios: [{ ...VALID.scenarios[0]!, [k]: "x" }, ...VALID.scenarios.slice(1)] }), "scenarios.0."],
] as const)("identifying fields in %s are refused", (_where, withField, prefix) => {
  it.each(IDENTIFYING)("%s", (field) => {
    const p = problems(withField(field));
    expect(p).toEqual([{ path: `${prefix}${field}`, message: expect.stringContaining(`"${field}" is refused: a record never holds names`) }]);
  });
});

describe("unknown fields are refused", () => {
  it.each(["colour", "extra", "x1", "teamName"])("%s", (field) => {
    expect(problems({ ...VALID, [field]: 1 })).toEqual([{ path: field, message: expect.stringContaining(`unknown field "${field}"`) }]);
  });

  it("one message per problem", () => {
    const p = problems({ ...VALID, name: "Jo", postcode: "LS1 1AA", household: { ...VALID.household, tenure: "council" } });
    expect(p.map((x) => x.path).sort()).toEqual(["household.tenure", "name", "postcode"]);
  });
});

describe("values outside the closed lists are refused", () => {
  const set = (patch: Partial<AnonymisedRecord>) => ({ ...VALID, ...patch });
  const household = (patch: Record<string, unknown>) => set({ household: { ...VALID.household, ...patch } as AnonymisedRecord["household"] });
  const scenario = (patch: Record<string, unknown>) => set({ scenarios: [{ ...VALID.scenarios[0]!, ...patch } as AnonymisedRecord["scenarios"][number]] });
  it.each([
    ["a team code with capitals and spaces", set({ team: "North IPS" }), "team"],
    ["a team code that is free text", set({ team: "mrs-jones-referred-by-dr-patel-on-tuesday-morning" }), "team"],
    ["a date instead of a month", set({ month: "2026-05-14" }), "month"],
    ["month 13", set({ month: "2026-13" }), "month"],
    ["a version 1 UUID (time and machine address)", set({ id: "c232ab00-9414-11ec-b3c8-9f6bdeced846" }), "id"],
    ["an upper-case UUID", set({ id: "0B8E4F6A-2C1D-4E3F-9A7B-5C6D7E8F9A0B" }), "id"],
    ["a rules id that is not one", set({ rulesId: "latest" }), "rulesId"],
    ["a region that is a place", set({ region: "leeds" as "england" }), "region"],
    ["an exact number of children", household({ children: "4" }), "household.children"],
    ["an exact age", household({ ageBand: "47" }), "household.ageBand"],
    ["a health condition", household({ health: "depression" }), "household.health"],
    ["a wage", household({ wageBand: "12.71" }), "household.wageBand"],
    ["a benefit outside the list", household({ benefitsBefore: ["pip"] }), "household.benefitsBefore.0"],
    ["a benefit twice", household({ benefitsBefore: ["universal-credit", "universal-credit"] }), "household.benefitsBefore"],
    ["a disability benefit as text", household({ disabilityBenefit: "PIP enhanced" }), "household.disabilityBenefit"],
    ["pence", scenario({ betterOffAfterCostsWeekly: 108.58 }), "scenarios.0.betterOffAfterCostsWeekly"],
    ["money as a string", scenario({ betterOffAfterCostsWeekly: "109" }), "scenarios.0.betterOffAfterCostsWeekly"],
    ["more than the top code", scenario({ betterOffAfterCostsWeekly: 1001 }), "scenarios.0.betterOffAfterCostsWeekly"],
    ["an outcome that contradicts the amount", scenario({ outcome: "worse" }), "scenarios.0.outcome"],
    ["an unknown flag", scenario({ flags: ["client-said-something"] }), "scenarios.0.flags.0"],
    ["a flag left out on purpose", scenario({ flags: ["uc-capital-over-limit"] }), "scenarios.0.flags.0"],
    ["a flag twice", scenario({ flags: ["uc-nil", "uc-nil"] }), "scenarios.0.flags"],
    ["hours as a number", scenario({ hours: 16 }), "scenarios.0.hours"],
    ["hours with a trailing zero", scenario({ hours: "16.0" }), "scenarios.0.hours"],
    ["0 hours (the baseline)", scenario({ hours: "0" }), "scenarios.0.hours"],
    ["over 100 hours", scenario({ hours: "101" }), "scenarios.0.hours"],
    ["hours off the half-hour grid", scenario({ hours: "17.25" }), "scenarios.0.hours"],
    ["a tenth of an hour", scenario({ hours: "16.1" }), "scenarios.0.hours"],
    ["no scenarios", set({ scenarios: [] }), "scenarios"],
    ["the same hours twice", set({ scenarios: [VALID.scenarios[0]!, VALID.scenarios[0]!] }), "scenarios"],
  ] as const)("%s", (_what, raw, path) => {
    expect(problems(raw).map((p) => p.path)).toEqual([path]);
  });

  it("more than 12 scenarios", () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ hours: String(i + 1), betterOffAfterCostsWeekly: 1, outcome: "better", flags: [] }));
    expect(problems({ ...VALID, scenarios: many }).map((p) => p.path)).toEqual(["scenarios"]);
  });

  it("a missing field is required", () => {
    const { month: _m, ...rest } = VALID;
    expect(problems(rest)).toEqual([{ path: "month", message: "is required" }]);
  });

  it("not an object at all", () => {
    expect(problems("hello")[0]!.path).toBe("");
    expect(problems(null)[0]!.path).toBe("");
  });
});

describe("the JSON Schema for integrators", () => {
  const schema = recordJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown>; items?: { properties: Record<string, unknown>; additionalProperties: boolean }; additionalProperties?: boolean }>; additionalProperties: boolean; required: string[] };

  it("forbids additional properties at every level", () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.household!.additionalProperties).toBe(false);
    expect(schema.properties.scenarios!.items!.additionalProperties).toBe(false);
  });

  it("lists exactly the record's fields, all required", () => {
    const fields = ["schemaVersion", "id", "team", "month", "rulesId", "engineVersion", "region", "household", "scenarios"];
    expect(Object.keys(schema.properties).sort()).toEqual([...fields].sort());
    expect([...schema.required].sort()).toEqual([...fields].sort());
    expect(Object.keys(schema.properties.household!.properties!).sort()).toEqual(
      ["adults", "children", "ageBand", "health", "disabilityBenefit", "tenure", "benefitsBefore", "wageBand"].sort(),
    );
    expect(Object.keys(schema.properties.scenarios!.items!.properties).sort()).toEqual(["betterOffAfterCostsWeekly", "flags", "hours", "outcome"]);
  });
});
