/**
 * Rules lint: every table parses strictly, every value has a source and a
 * status, no key is written twice, tax years neither overlap nor leave gaps,
 * and each file's name matches its tax year.
 */
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parseRulesTable } from "../../src/rules/load.js";
import { RulesFileError } from "../../src/rules/errors.js";
import { SECTION_NAMES } from "../../src/rules/sections.js";
import { ROOT } from "../helpers/rules.js";

const DIR = `${ROOT}rules/uk/`;
const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const raw = (f: string) => readFileSync(DIR + f, "utf8");

/** Keys written twice in one object (JSON.parse would silently keep the last). */
function duplicateKeys(text: string): string[] {
  const dups: string[] = [];
  const stack: Set<string>[] = [];
  const re = /"((?:[^"\\]|\\.)*)"\s*:|[{}]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "{") stack.push(new Set());
    else if (m[0] === "}") stack.pop();
    else {
      const keys = stack[stack.length - 1]!;
      if (keys.has(m[1]!)) dups.push(m[1]!);
      keys.add(m[1]!);
    }
  }
  return dups;
}

const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface Leafish {
  value: unknown;
  unit: string;
  source: string | string[];
  status: string;
}
function leaves(node: unknown, path: string[] = []): [string, Leafish][] {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return [];
  if ("value" in node && "unit" in node) return [[path.join("."), node as Leafish]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
}

describe("rule tables", () => {
  it("there is a table for 2025-26 and for 2026-27", () => {
    expect(files).toEqual(["2025-26.json", "2026-27.json"]);
  });

  describe.each(files)("%s", (file) => {
    const json = JSON.parse(raw(file));

    it("parses strictly against the schema", () => {
      expect(() => parseRulesTable(json, `rules/uk/${file}`)).not.toThrow();
    });

    it("writes no key twice", () => {
      expect(duplicateKeys(raw(file))).toEqual([]);
    });

    it("gives every value a unit, a status and a source with a title and a link", () => {
      const all = SECTION_NAMES.flatMap((s) => leaves(json[s], [s]));
      expect(all.length).toBeGreaterThan(90);
      for (const [key, leaf] of all) {
        expect(leaf.status, key).toMatch(/^(confirmed|corroborated|unconfirmed|derived)$/);
        const refs = Array.isArray(leaf.source) ? leaf.source : [leaf.source];
        expect(refs.length, key).toBeGreaterThan(0);
        for (const ref of refs) {
          expect(json.sources[ref], `${key} → ${ref}`).toBeDefined();
          expect(json.sources[ref].title.length).toBeGreaterThan(5);
          expect(json.sources[ref].href).toMatch(/^https:\/\//);
        }
      }
    });

    it("says why a value is not confirmed", () => {
      for (const [key, leaf] of SECTION_NAMES.flatMap((s) => leaves(json[s], [s])))
        if (leaf.status === "unconfirmed" || leaf.status === "derived") expect((leaf as { note?: string }).note, key).toBeTruthy();
    });

    it("money and rates are strings, never JSON numbers (no binary floating point)", () => {
      for (const [key, leaf] of SECTION_NAMES.flatMap((s) => leaves(json[s], [s])))
        if (leaf.unit.startsWith("GBP") || leaf.unit === "ratio" || leaf.unit === "hours/week")
          expect(typeof leaf.value === "string" || Array.isArray(leaf.value), key).toBe(true);
    });

    it("is named after its tax year, which runs 6 April to 5 April", () => {
      const start = Number(json.taxYear.slice(0, 4));
      expect(file).toBe(`${json.taxYear}.json`);
      expect(json.periods.taxYear).toMatchObject({ from: `${start}-04-06`, to: `${start + 1}-04-05` });
    });

    it("starts the benefit year on the first Monday of the tax year, and the minimum wage year on 1 April", () => {
      const start = Number(json.taxYear.slice(0, 4));
      const from = new Date(`${json.periods.benefitYear.from}T00:00:00Z`);
      expect(from.getUTCDay()).toBe(1); // Monday
      expect(json.periods.benefitYear.from >= `${start}-04-06`).toBe(true);
      expect(json.periods.benefitYear.from <= `${start}-04-12`).toBe(true);
      expect(json.periods.minimumWageYear).toMatchObject({ from: `${start}-04-01`, to: `${start + 1}-03-31` });
    });
  });

  it("leaves no gap and no overlap between one year and the next, for every period", () => {
    const tables = files.map((f) => JSON.parse(raw(f)));
    for (let i = 1; i < tables.length; i++)
      for (const period of ["taxYear", "benefitYear", "minimumWageYear"])
        expect(tables[i].periods[period].from, `${files[i]} ${period}`).toBe(dayAfter(tables[i - 1].periods[period].to));
  });

  it("each section follows the period its rates change with", () => {
    const json = JSON.parse(raw("2026-27.json"));
    expect(json.incomeTax.period).toBe("taxYear");
    expect(json.nationalInsurance.period).toBe("taxYear");
    expect(json.universalCredit.period).toBe("benefitYear");
    expect(json.minimumWage.period).toBe("minimumWageYear");
  });
});

describe("a bad rule table fails loudly, naming the file, the path and the reason", () => {
  const good = () => JSON.parse(raw("2026-27.json"));
  const fail = (json: unknown, file = "rules/uk/2026-27.json") => {
    try {
      parseRulesTable(json, file);
    } catch (e) {
      expect(e).toBeInstanceOf(RulesFileError);
      return (e as Error).message;
    }
    throw new Error("expected the table to be refused");
  };

  it("a rate written as a JSON number", () => {
    const j = good();
    j.universalCredit.taperRate.value = 0.55;
    const msg = fail(j);
    expect(msg).toContain("rules/uk/2026-27.json");
    expect(msg).toContain("universalCredit.taperRate.value");
  });

  it("a value with no source", () => {
    const j = good();
    delete j.benefitCap.earningsExemption.source;
    expect(fail(j)).toMatch(/benefitCap\.earningsExemption\.source/);
  });

  it("a source id missing from the sources table", () => {
    const j = good();
    j.newStyleEsa.permittedWorkHigherLimit.source = "no-such-source";
    expect(fail(j)).toMatch(/newStyleEsa\.permittedWorkHigherLimit\.source: names source "no-such-source"/);
  });

  it("a value in the wrong unit", () => {
    const j = good();
    j.universalCredit.workAllowance.lower.unit = "GBP/week";
    expect(fail(j)).toMatch(/universalCredit\.workAllowance\.lower\.unit/);
  });

  it("an unknown key", () => {
    const j = good();
    j.universalCredit.taperRat = j.universalCredit.taperRate;
    expect(fail(j)).toMatch(/universalCredit: .*taperRat/);
  });

  it("a missing value", () => {
    const j = good();
    delete j.carers.carersAllowanceEarningsLimit;
    expect(fail(j)).toMatch(/carers\.carersAllowanceEarningsLimit/);
  });

  it("a status that is not one of the four", () => {
    const j = good();
    j.childBenefit.eldestChild.status = "probably";
    expect(fail(j)).toMatch(/childBenefit\.eldestChild\.status/);
  });

  it("tax bands that do not rise", () => {
    const j = good();
    j.incomeTax.bandsScotland.value[1].upTo = "1000";
    expect(fail(j)).toMatch(/incomeTax\.bandsScotland\.value\.1\.upTo: band edges must rise/);
  });

  it("a file whose name is not its tax year", () => {
    expect(fail(good(), "rules/uk/2025-26.json")).toMatch(/taxYear: "2026-27" does not match the file name/);
  });

  it("a tax year that does not start on 6 April", () => {
    const j = good();
    j.periods.taxYear.from = "2026-04-01";
    expect(fail(j)).toMatch(/periods\.taxYear\.from: a tax year starts on 6 April/);
  });

  it("an impossible date", () => {
    const j = good();
    j.lastReviewed = "2026-02-30";
    expect(fail(j)).toMatch(/lastReviewed: is not a real calendar date/);
  });
});
