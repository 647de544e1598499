/**
 * The widget's rule tables (src/rules/vite-plugin.ts): each file is checked
 * with the same zod schema as the command line, then shipped as values (with
 * decimals made by the page, no parsing) and, apart, the sources and notes.
 * What the browser ends up with must be exactly what the command line reads,
 * and a bad file must stop the build naming the file, the path and the reason.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { D } from "../../src/base/money.js";
import { forEachLeaf, type LoadedTable, type Provenance } from "../../src/rules/compose.js";
import { readTable as readChecked, provenanceOf, ruleTables, tableModule } from "../../src/rules/vite-plugin.js";
import { loadRulesForTaxYear, loadProvenance, provenanceLoaded, loadRulesForDate } from "../../src/rules/browser-registry.js";
import { ROOT, TABLES, TAX_YEARS, rulesFor, rulesOn } from "../helpers/rules.js";

/** Decimals as their digits, so two tables can be compared with toEqual. */
const plain = (v: unknown): unknown =>
  D.isDecimal(v) ? `D:${(v as InstanceType<typeof D>).toFixed()}` : Array.isArray(v) ? v.map(plain) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;

/** What the values module leaves out. */
const withoutProvenance = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutProvenance)
    : v && typeof v === "object"
      ? Object.fromEntries(Object.entries(v).filter(([k]) => !["source", "note", "sources", "description"].includes(k)).map(([k, x]) => [k, withoutProvenance(x)]))
      : v;

async function evaluate<T>(code: string): Promise<T> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: T }).default;
}

type Built = { id: string; file: string; hash: string; data(d: (s: string) => unknown): LoadedTable["data"] };

describe.each([...TAX_YEARS])("rules/uk/%s.json as the widget gets it", (year) => {
  const checked = TABLES.find((t) => t.data.taxYear === year)!;

  it("has the same values, units, statuses, id and content hash as the command line reads", async () => {
    const built = await evaluate<Built>(tableModule(readChecked(ROOT, year)));
    expect([built.id, built.file, built.hash]).toEqual([checked.id, checked.file, checked.hash]);
    const data = built.data((s) => new D(s));
    expect(plain(data)).toEqual(withoutProvenance(plain(checked.data)));
    // Decimals are the engine's own constructor, not numbers or strings.
    expect(data.universalCredit.taperRate.value).toBeInstanceOf(D);
    expect(data.incomeTax.bandsEngland.value[0]!.rate).toBeInstanceOf(D);
  });

  it("carries no source or note in the values, and every one of them in the provenance", async () => {
    const code = tableModule(readChecked(ROOT, year));
    expect(code).not.toMatch(/"(source|note|sources|description)":/);
    const p = await evaluate<Provenance>(`export default ${JSON.stringify(provenanceOf(checked))}`);
    let leaves = 0;
    forEachLeaf(checked.data, (leaf, key) => {
      leaves++;
      expect(p.refs[key]).toEqual(Array.isArray(leaf.source) ? leaf.source : [leaf.source]);
      expect(p.notes[key]).toBe(leaf.note);
    });
    expect(leaves).toBeGreaterThan(100);
    expect(p.sources).toEqual(checked.data.sources);
  });

  it("describes every value as the command line does once its sources are loaded, and with none before", async () => {
    const cli = rulesFor(year);
    const widget = await loadRulesForTaxYear(year);
    const keys: string[] = [];
    const describeAll = (r: typeof cli) => {
      const out: Record<string, unknown> = {};
      forEachLeaf(r, (leaf, key) => {
        const d = r.describe(leaf);
        out[key] = { key: d.key, status: d.status, unit: d.unit, note: d.note, sources: d.sources };
        keys.push(key);
      });
      return out;
    };
    if (!provenanceLoaded(widget)) {
      const before = describeAll(widget) as Record<string, { sources: unknown[]; note?: string }>;
      expect(Object.values(before).every((d) => d.sources.length === 0 && d.note === undefined)).toBe(true);
    }
    await loadProvenance(widget);
    expect(provenanceLoaded(widget)).toBe(true);
    expect(describeAll(widget)).toEqual(describeAll(cli));
    expect(widget.meta).toEqual(cli.meta);
  });
});

it("the widget picks the same tables as the command line on the days around April", async () => {
  for (const date of ["2026-04-03", "2026-04-05", "2026-04-06", "2026-07-15"]) {
    const [cli, widget] = [rulesOn(date), await loadRulesForDate(date)];
    expect(widget.meta).toEqual(cli.meta);
    expect(widget.minimumWage.age21OrOver.value.toFixed(2)).toBe(cli.minimumWage.age21OrOver.value.toFixed(2));
  }
});

describe("a bad rule table stops the build", () => {
  const root = mkdtempSync(join(tmpdir(), "better-off-rules-"));
  mkdirSync(join(root, "rules/uk"), { recursive: true });
  const good = JSON.parse(readFileSync(join(ROOT, "rules/uk/2026-27.json"), "utf8"));
  const hooks = ruleTables(root) as unknown as {
    resolveId(id: string): string | undefined;
    load(this: unknown, id: string): string | undefined;
  };
  const context = { addWatchFile() {}, error(m: string): never { throw new Error(m); } };
  const load = (what: string) => hooks.load.call(context, hooks.resolveId(`better-off-rules:${what}/2026-27`)!);

  it("names the file, the path in it and the reason", () => {
    good.universalCredit.taperRate.value = 0.55; // a number: money and rates must be decimal strings
    writeFileSync(join(root, "rules/uk/2026-27.json"), JSON.stringify(good));
    expect(() => load("table")).toThrow(/rules\/uk\/2026-27\.json: universalCredit\.taperRate\.value: expected string, found the number 0\.55/);
    expect(() => load("provenance")).toThrow(/rules\/uk\/2026-27\.json: universalCredit\.taperRate\.value/);
  });

  it("names the file when it is not JSON at all", () => {
    writeFileSync(join(root, "rules/uk/2026-27.json"), "{ \"taxYear\": ");
    expect(() => load("table")).toThrow(/rules\/uk\/2026-27\.json is not valid JSON/);
  });

  it("leaves other modules alone", () => {
    expect(hooks.resolveId("./something.js")).toBeUndefined();
    expect(hooks.load.call(context, "/src/x.ts")).toBeUndefined();
  });
});
