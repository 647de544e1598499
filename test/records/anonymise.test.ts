/**
 * anonymise(): a worked example gives exactly the expected record; bands and
 * rounding at their edges; nothing exact or identifying is copied.
 */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { calculate } from "../../src/engine/index.js";
import { anonymise, ageBand, childrenBand, isPositive, wageBand, wholePounds } from "../../src/records/anonymise.js";
import { NOT_RECORDED_FLAGS, RECORDED_FLAGS } from "../../src/records/codes.js";
import { FLAG_CODES } from "../../src/engine/flags.js";
import { NothingToRecordError, InvalidRecordError } from "../../src/records/errors.js";
import { parseRecord } from "../../src/records/schema.js";
import { D } from "../../src/base/money.js";
import { ROOT, household, rulesFor } from "../helpers/rules.js";

const cases: Record<string, unknown>[] = JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8"));
const input = (id: string) => {
  const { expected: _e, ...rest } = cases.find((c) => c.id === id)!;
  return rest as Record<string, unknown> & { job: Record<string, unknown> };
};
const STAMP = { team: "north-ips", month: "2026-05", id: "0b8e4f6a-2c1d-4e3f-9a7b-5c6d7e8f9a0b" };

describe("anonymise() of worked example p02 (LCWRA, protected; New Style ESA support group; private rent £600)", () => {
  const h = household(input("p02-lcwra-protected-new-style-esa-support"));
  const result = calculate(h, rulesFor("2026-27"));
  const record = anonymise(h, result, STAMP);

  it("gives the expected record, field by field", () => {
    expect(record).toEqual({
      schemaVersion: 1,
      id: STAMP.id,
      team: "north-ips",
      month: "2026-05",
      rulesId: result.rules.id, // "uk/2026-27@<hash of the rule file>"
      engineVersion: result.engineVersion,
      region: "england",
      household: {
        adults: "single",
        children: "0",
        ageBand: "25-plus", // age 47
        health: "lcwra",
        disabilityBenefit: false,
        tenure: "private",
        benefitsBefore: ["universal-credit", "new-style-esa"], // baseline: UC £822.47/month, ESA £145.90/week
        wageBand: "12-to-13", // £12.71 an hour
      },
      // The 0-hour baseline is left out; amounts are the worked example's betterOffWeekly
      // (no work costs entered) rounded to the pound: 108.58, 131.46, 145.71, 183.50.
      scenarios: [
        { hours: "10", betterOffAfterCostsWeekly: 109, outcome: "better", flags: ["income-tax-paid"] },
        { hours: "15", betterOffAfterCostsWeekly: 131, outcome: "better", flags: ["income-tax-paid"] },
        { hours: "16", betterOffAfterCostsWeekly: 146, outcome: "better", flags: ["esa-ends-hours"] },
        { hours: "24", betterOffAfterCostsWeekly: 184, outcome: "better", flags: ["esa-ends-hours", "income-tax-paid", "national-insurance-paid"] },
      ],
    });
  });

  it("is a valid record", () => {
    expect(parseRecord(record).ok).toBe(true);
  });

  it("is pure: the same inputs give the same record", () => {
    expect(anonymise(h, calculate(h, rulesFor("2026-27")), STAMP)).toEqual(record);
  });

  it("copies no exact amount, age or label from the household", () => {
    const labelled = household({ ...input("p02-lcwra-protected-new-style-esa-support"), id: "Mrs J Smith, 12 High St" });
    // The rules id is a content hash: its hex digits are not copied from the household, so it is left out of the search.
    const { rulesId, ...rest } = anonymise(labelled, calculate(labelled, rulesFor("2026-27")), STAMP);
    expect(rulesId).toMatch(/^uk\/\d{4}-\d{2}@[0-9a-f]{14}$/);
    const text = JSON.stringify(rest);
    expect(text).not.toContain("Smith");
    expect(text).not.toContain("12.71");
    expect(text).not.toContain("600");
    expect(text).not.toContain("47");
    expect(text).not.toContain("145.9");
  });
});

describe("a worse-off result (worked example p05 with £100 a week travel costs)", () => {
  const raw = input("p05-carers-allowance-earnings-limit");
  const h = household({ ...raw, job: { ...raw.job, travelCostsWeekly: 100 } });
  const record = anonymise(h, calculate(h, rulesFor("2026-27")), STAMP);

  it("records the after-costs amount, its sign as the outcome, and the flags that explain it", () => {
    // 16 hours: £92.16 better off before costs, minus £100 travel = -£7.84 → -8, worse off; Carer's Allowance lost.
    expect(record.scenarios.find((s) => s.hours === "16")).toEqual({ hours: "16", betterOffAfterCostsWeekly: -8, outcome: "worse", flags: ["carers-allowance-lost"] });
    // 15.9 hours is compared too, but a record holds whole and half hours only (so a summary's hours levels stay few): it is left out.
    expect(record.scenarios.map((s) => s.hours)).not.toContain("15.9");
    expect(record.household.benefitsBefore).toEqual(["universal-credit", "carers-allowance"]);
  });
});

describe("bands and rounding", () => {
  it.each([
    [16, "16-to-20"],
    [20, "16-to-20"],
    [21, "21-to-24"],
    [24, "21-to-24"],
    [25, "25-plus"],
    [66, "25-plus"],
  ] as const)("age %i is in band %s", (age, band) => expect(ageBand(age)).toBe(band));

  it.each([
    [0, "0"],
    [1, "1"],
    [2, "2"],
    [3, "3+"],
    [9, "3+"],
  ] as const)("%i children are recorded as %s", (n, band) => expect(childrenBand(n)).toBe(band));

  it.each([
    ["0.01", "under-12"],
    ["11.99", "under-12"],
    ["12", "12-to-13"],
    ["12.99", "12-to-13"],
    ["13", "13-to-14"],
    ["15.99", "14-to-16"],
    ["16", "16-to-20"],
    ["19.99", "16-to-20"],
    ["20", "20-plus"],
    ["250", "20-plus"],
  ] as const)("a wage of £%s an hour is in band %s", (w, band) => expect(wageBand(new D(w))).toBe(band));

  it.each([
    ["93.60", 94],
    ["93.50", 94],
    ["93.49", 93],
    ["0.49", 0],
    ["-0.49", 0],
    ["-0.50", -1],
    ["-7.84", -8],
    ["0.00", 0],
    ["-0.00", 0],
    ["999.50", 1000],
    ["1234.00", 1000],
    ["-5000.00", -1000],
  ] as const)("£%s a week is recorded as %i whole pounds (halves away from zero, top-coded at ±1000)", (s, n) => expect(wholePounds(s)).toBe(n));

  it.each([
    ["0.01", true],
    ["0.00", false],
    ["0", false],
    ["-3.20", false],
    ["145.90", true],
  ] as const)("%s is above zero: %s", (s, yes) => expect(isPositive(s)).toBe(yes));
});

describe("what cannot be recorded", () => {
  it("a calculation with no hours above 0 has nothing to record", () => {
    const raw = input("p01-single-no-children-social-rent");
    const h = household({ ...raw, job: { ...raw.job, hours: [0] } });
    expect(() => anonymise(h, calculate(h, rulesFor("2026-27")), STAMP)).toThrow(NothingToRecordError);
  });

  it.each([
    ["team", { ...STAMP, team: "North IPS" }],
    ["month", { ...STAMP, month: "2026-05-14" }],
    ["id", { ...STAMP, id: "c232ab00-9414-11ec-b3c8-9f6bdeced846" }], // a version 1 UUID: holds a time and a machine address
  ] as const)("a bad %s in the stamp is refused", (_what, stamp) => {
    const h = household(input("p01-single-no-children-social-rent"));
    expect(() => anonymise(h, calculate(h, rulesFor("2026-27")), stamp)).toThrow(InvalidRecordError);
  });
});

describe("every flag the engine can raise is either recorded or left out on purpose", () => {
  // The engine's one list (the type check already refuses a code in neither list, or in both).
  it.each([...FLAG_CODES])("%s", (code) => {
    expect(Number(code in RECORDED_FLAGS) + Number((NOT_RECORDED_FLAGS as readonly string[]).includes(code))).toBe(1);
  });

  it("the engine raises only codes on its list", () => {
    const raised = new Set<string>();
    for (const c of cases) {
      const { expected: _e, ...inp } = c as { expected: unknown };
      const h = household(inp);
      for (const s of calculate(h, rulesFor(String((inp as { taxYear: string }).taxYear))).scenarios) for (const t of s.thresholds) raised.add(t.code);
    }
    expect(raised.size).toBeGreaterThan(10);
    for (const code of raised) expect(FLAG_CODES).toContain(code);
  });

  it("every worked example can be recorded", () => {
    for (const c of cases) {
      const { expected: _e, ...raw } = c;
      const h = household(raw);
      expect(() => anonymise(h, calculate(h, rulesFor(String(c.taxYear))), STAMP)).not.toThrow();
    }
  });
});

describe("describeRecord(): the record in words, before it is sent", () => {
  it("lists every field in plain English", async () => {
    const { describeRecord } = await import("../../src/records/describe.js");
    const { VALID_RECORD } = await import("../helpers/records.js");
    expect(describeRecord(VALID_RECORD)).toEqual([
      ["Team", "north-ips"],
      ["Month", "2026-05"],
      ["Nation", "England"],
      ["Household", "single, 0 children"],
      ["Age band", "25 or over"],
      ["Health (UC)", "limited capability for work and work-related activity (LCWRA)"],
      ["Disability benefit (PIP, ADP or DLA)", "no"],
      ["Housing", "private renting"],
      ["Benefits before work", "Universal Credit, New Style ESA"],
      ["Wage band", "£12 to £12.99 an hour"],
      ["10 hours a week", "£109 a week better off; Income tax is paid"],
      ["16 hours a week", "£8 a week worse off; New Style ESA stops (16 hours or more)"],
      ["37.5 hours a week", "the same"],
      ["Rules and calculator version", "uk/2026-27@6901d8251d5938, 0.1.0"],
      ["Random reference", VALID_RECORD.id],
    ]);
  });
});
