/** Picking the rules in force on a date, section by section, and refusing dates no table covers. */
import { describe, it, expect } from "vitest";
import { RulesNotFoundError } from "../../src/rules/errors.js";
import { rulesForTaxYear } from "../../src/rules/load.js";
import { taxYearOf, loadRulesForDate, loadRulesForTaxYear } from "../../src/rules/registry.js";
import { TABLES, rulesOn, rulesFor } from "../helpers/rules.js";

const tableOf = (r: ReturnType<typeof rulesOn>, section: string) => r.meta.tables.find((t) => t.sections.includes(section as never))!.id.slice(3, 10);

describe("rules for a date", () => {
  it("mid-year: every section from that year's table", () => {
    const r = rulesOn("2026-07-15");
    expect(r.meta.taxYear).toBe("2026-27");
    expect(r.meta.tables).toHaveLength(1);
    expect(r.universalCredit.standardAllowance.single25OrOver.value.toFixed(2)).toBe("424.90");
  });

  it("3 April 2026: the new minimum wage (from 1 April) but last year's tax, NI and UC", () => {
    const r = rulesOn("2026-04-03");
    expect(r.minimumWage.age21OrOver.value.toFixed(2)).toBe("12.71");
    expect(r.incomeTax.bandsScotland.value[0]!.upTo!.toFixed()).toBe("2827");
    expect(r.universalCredit.standardAllowance.single25OrOver.value.toFixed(2)).toBe("400.14");
    expect(tableOf(r, "minimumWage")).toBe("2026-27");
    expect(tableOf(r, "incomeTax")).toBe("2025-26");
    expect(r.meta.taxYear).toBe("2025-26");
    expect(r.meta.id).toMatch(/^uk\/2025-26@[0-9a-f]{14}\+uk\/2026-27@[0-9a-f]{14}$/);
  });

  it("Monday 6 April 2026 is both the first day of the tax year and the first Monday: all 2026-27", () => {
    const r = rulesOn("2026-04-06");
    expect(r.meta.tables).toHaveLength(1);
    expect(r.meta.taxYear).toBe("2026-27");
  });

  it("Sunday 5 April 2026: tax year 2025-26, UC still 2025-26", () => {
    const r = rulesOn("2026-04-05");
    expect(tableOf(r, "universalCredit")).toBe("2025-26");
    expect(tableOf(r, "incomeTax")).toBe("2025-26");
  });

  it("Sunday 6 April 2025: income tax is 2025-26 but UC rates were still 2024-25's, which no table covers, so it is refused", () => {
    expect(() => rulesOn("2025-04-06")).toThrow(RulesNotFoundError);
    expect(() => rulesOn("2025-04-06")).toThrow(/universalCredit/);
  });

  it("Monday 7 April 2025, the first Monday of 2025-26: covered", () => {
    expect(rulesOn("2025-04-07").meta.taxYear).toBe("2025-26");
  });

  it("1 April 2027 needs April 2027's minimum wage: refused rather than using the latest table", () => {
    expect(() => rulesOn("2027-04-01")).toThrow(/minimumWage/);
  });

  it("5 April 2027 is in the 2027-28 benefit year (first Monday): refused", () => {
    expect(() => rulesOn("2027-04-05")).toThrow(/universalCredit/);
  });

  it("31 March 2027: covered", () => {
    expect(rulesOn("2027-03-31").meta.taxYear).toBe("2026-27");
  });

  it("a date years away is refused, never given the latest rules", () => {
    expect(() => rulesOn("2030-06-01")).toThrow(RulesNotFoundError);
    expect(() => rulesOn("2019-06-01")).toThrow(RulesNotFoundError);
  });

  it("the registry loads the tables a date needs", async () => {
    const r = await loadRulesForDate("2026-04-03");
    expect(r.meta.tables.map((t) => t.id.slice(3, 10)).sort()).toEqual(["2025-26", "2026-27"]);
    await expect(loadRulesForDate("2024-06-01")).rejects.toThrow(RulesNotFoundError);
  });
});

describe("rules for a tax year", () => {
  it("every section from that table, stamped with jurisdiction, year and content hash", () => {
    const r = rulesFor("2025-26");
    expect(r.meta.id).toMatch(/^uk\/2025-26@[0-9a-f]{14}$/);
    expect(r.universalCredit.twoChildLimitApplies.value).toBe(true);
    expect(rulesFor("2026-27").universalCredit.twoChildLimitApplies.value).toBe(false);
  });

  it("a year with no table is refused", async () => {
    expect(() => rulesForTaxYear(TABLES, "2027-28")).toThrow(/no uk rule table covers 2027-28; tables available: 2025-26, 2026-27/);
    await expect(loadRulesForTaxYear("2024-25")).rejects.toThrow(RulesNotFoundError);
  });

  it("the content hash changes when any value changes", async () => {
    const { parseRulesTable } = await import("../../src/rules/load.js");
    const { readFileSync } = await import("node:fs");
    const { ROOT } = await import("../helpers/rules.js");
    const json = JSON.parse(readFileSync(`${ROOT}rules/uk/2026-27.json`, "utf8"));
    const a = parseRulesTable(json, "rules/uk/2026-27.json").id;
    json.universalCredit.carerElement.value = "209.35";
    const b = parseRulesTable(json, "rules/uk/2026-27.json").id;
    expect(a).not.toBe(b);
    expect(a.slice(0, 11)).toBe(b.slice(0, 11));
  });

  it("describes a rule value: its key, status and sources", () => {
    const r = rulesFor("2026-27");
    const d = r.describe(r.conditionality.administrativeEarningsThresholdSingle);
    expect(d.key).toBe("conditionality.administrativeEarningsThresholdSingle");
    expect(d.status).toBe("derived");
    expect(d.sources[0]!.href).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
  });
});

describe("taxYearOf", () => {
  it.each([
    ["2026-04-05", "2025-26"],
    ["2026-04-06", "2026-27"],
    ["2027-01-01", "2026-27"],
  ])("%s is in %s", (d, y) => expect(taxYearOf(d)).toBe(y));
});
