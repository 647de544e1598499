/**
 * Adding a tax year is adding one file to rules/uk/: the command line's
 * registry, the widget's build and the engine pick it up with nothing else
 * to edit. Shown with a temporary folder holding a third year (2027-28,
 * made from the 2026-27 table with its dates moved on a year and one value
 * changed so the test can see it is the new table that is used).
 */
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileRegistry } from "../../src/rules/registry.js";
import { ruleTables } from "../../src/rules/vite-plugin.js";
import { calculate } from "../../src/engine/index.js";
import { ROOT, household } from "../helpers/rules.js";

const root = mkdtempSync(join(tmpdir(), "better-off-years-"));
mkdirSync(join(root, "rules/uk"), { recursive: true });
for (const f of ["2025-26.json", "2026-27.json"]) copyFileSync(join(ROOT, "rules/uk", f), join(root, "rules/uk", f));
const next = JSON.parse(readFileSync(join(ROOT, "rules/uk/2026-27.json"), "utf8"));
next.taxYear = "2027-28";
next.periods.taxYear.from = "2027-04-06";
next.periods.taxYear.to = "2028-04-05";
next.periods.benefitYear.from = "2027-04-05"; // the first Monday of the 2027-28 tax year's week
next.periods.benefitYear.to = "2028-04-09";
next.periods.minimumWageYear.from = "2027-04-01";
next.periods.minimumWageYear.to = "2028-03-31";
next.periods.financialYear.from = "2027-04-01";
next.periods.financialYear.to = "2028-03-31";
next.minimumWage.age21OrOver.value = "13.00";
writeFileSync(join(root, "rules/uk/2027-28.json"), JSON.stringify(next, null, 2));
// Not a table: ignored.
writeFileSync(join(root, "rules/uk/README.md"), "notes");

describe("a third year, added as one file", () => {
  const registry = fileRegistry(root);

  it("is offered: the tax years are the files", () => {
    expect(registry.taxYears).toEqual(["2025-26", "2026-27", "2027-28"]);
    expect(readdirSync(join(root, "rules/uk")).length).toBe(4);
  });

  it("is loaded by tax year and by date, and the engine calculates with it", async () => {
    const byYear = await registry.loadRulesForTaxYear("2027-28");
    expect(byYear.meta.taxYear).toBe("2027-28");
    expect(byYear.minimumWage.age21OrOver.value.toFixed(2)).toBe("13.00");
    const byDate = await registry.loadRulesForDate("2027-06-01");
    expect(byDate.meta.id).toBe(byYear.meta.id);
    // 16 hours at 13.00 an hour = 208.00 a week gross.
    const h = household({ taxYear: "2027-28", region: "england", adults: [{ age: 30 }], job: { hourlyWage: 13, hours: [0, 16] } });
    expect(calculate(h, byYear).scenarios[1]!.grossWeekly).toBe("208.00");
  });

  it("is in the widget's build: the years module lists it and its table module loads", () => {
    const hooks = ruleTables(root) as unknown as { resolveId(id: string): string | undefined; load(this: unknown, id: string): string | undefined };
    const context = { addWatchFile() {}, error(m: string): never { throw new Error(m); } };
    const years = hooks.load.call(context, hooks.resolveId("better-off-rules:years")!)!;
    expect(years).toContain('export const TAX_YEARS=["2025-26","2026-27","2027-28"]');
    const loaders = hooks.load.call(context, hooks.resolveId("better-off-rules:loaders")!)!;
    expect(loaders).toContain('"2027-28":()=>import("better-off-rules:table/2027-28")');
    expect(loaders).toContain('"2027-28":()=>import("better-off-rules:provenance/2027-28")');
    expect(hooks.load.call(context, hooks.resolveId("better-off-rules:table/2027-28")!)).toContain('"taxYear":"2027-28"');
  });
});

it("the project's own registry offers exactly the files in rules/uk/", () => {
  const files = readdirSync(join(ROOT, "rules/uk"))
    .filter((f) => /^\d{4}-\d{2}\.json$/.test(f))
    .map((f) => f.slice(0, 7))
    .sort();
  expect(fileRegistry().taxYears).toEqual(files);
});

it("no tax year is written in src/: the years come from the files", () => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isFile() && !/\.tsx?$/.test(e.name)) continue; // code, not the READMEs' examples
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else
        for (const m of readFileSync(p, "utf8").matchAll(/\b20(\d\d)-(\d\d)\b(?!-\d)/g))
          if ((Number(m[1]) + 1) % 100 === Number(m[2])) found.push(`${p.slice(ROOT.length)}: ${m[0]}`);
    }
  };
  walk(join(ROOT, "src"));
  expect(found).toEqual([]);
});
