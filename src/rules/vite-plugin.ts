/**
 * The widget's rule tables, as built by Vite. Each file in rules/uk/ is
 * checked with the same zod schema as the command line uses
 * (`parseRulesTable`): a bad table stops the build (and the dev server's
 * page) with the file, the path in it and the reason. It is then written as
 * two modules, each fetched only when needed:
 *
 *  - `better-off-rules:table/<tax-year>`: the values the engine needs, with
 *    their units and statuses, and each money or rate figure written as
 *    `d("12.71")`, so the browser makes its decimals without parsing or
 *    checking again: `{ id, file, hash, data(d) }`. The id and content hash
 *    are the file's, as the command line computes them.
 *  - `better-off-rules:provenance/<tax-year>`: the sources (titles and
 *    links) and notes behind each value, read when a figure's working is
 *    shown or printed: `Provenance` (src/rules/compose.ts).
 *  - `better-off-rules:years`: the tax years there are (the files in
 *    rules/uk/), and `better-off-rules:loaders`: for each, the two modules
 *    above to `import()`.
 */
import { join } from "node:path";
import type { Plugin } from "vite";
import { D } from "../base/money.js";
import { forEachLeaf, type LoadedTable, type Provenance } from "./load.js";
import { readTable, tableFile, taxYearsIn } from "./files.js";

const PREFIX = "better-off-rules:";
const ID = /^\0better-off-rules:(table|provenance)\/(\d{4}-\d{2})$/;
const YEARS = `\0${PREFIX}years`;
const LOADERS = `\0${PREFIX}loaders`;

/** Keys left out of the values module: they are in the provenance module, or only for people reading the file. */
const LEFT_OUT = new Set(["source", "note", "sources", "description"]);

/** JavaScript for a parsed value: decimals as `d("…")`, everything else as JSON. */
function literal(v: unknown): string {
  if (D.isDecimal(v)) return `d(${JSON.stringify((v as InstanceType<typeof D>).toFixed())})`;
  if (Array.isArray(v)) return `[${v.map(literal).join(",")}]`;
  if (v !== null && typeof v === "object")
    return `{${Object.entries(v)
      .filter(([k, x]) => !LEFT_OUT.has(k) && x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}:${literal(x)}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

export function tableModule(t: LoadedTable): string {
  const head = JSON.stringify({ id: t.id, file: t.file, hash: t.hash }).slice(0, -1);
  return `export default ${head},data:function(d){return ${literal(t.data)}}};\n`;
}

export function provenanceOf(t: LoadedTable): Provenance {
  const notes: Record<string, string> = {};
  const refs: Record<string, string[]> = {};
  forEachLeaf(t.data, (leaf, key) => {
    if (leaf.note) notes[key] = leaf.note;
    if (leaf.source) refs[key] = Array.isArray(leaf.source) ? leaf.source : [leaf.source];
  });
  return { sources: t.data.sources, notes, refs };
}

/** The years module: `TAX_YEARS`, the years there are (the interview offers them). */
export const yearsModule = (years: readonly string[]): string => `export const TAX_YEARS=${JSON.stringify(years)};\n`;

/** The loaders module: `TABLES` and `PROVENANCE`, each year's modules to `import()` (the calculation code's). */
export function loadersModule(years: readonly string[]): string {
  const loaders = (kind: string) => `{${years.map((y) => `${JSON.stringify(y)}:()=>import(${JSON.stringify(`${PREFIX}${kind}/${y}`)})`).join(",")}}`;
  return `export const TABLES=${loaders("table")};\nexport const PROVENANCE=${loaders("provenance")};\n`;
}

export { readTable };

export function ruleTables(root: string): Plugin {
  return {
    name: "better-off-rule-tables",
    enforce: "pre",
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : undefined;
    },
    load(id) {
      // A file added while the dev server runs is offered after a restart.
      if (id === YEARS) return yearsModule(taxYearsIn(root));
      if (id === LOADERS) return loadersModule(taxYearsIn(root));
      const m = ID.exec(id);
      if (!m) return undefined;
      const [, kind, taxYear] = m as unknown as [string, "table" | "provenance", string];
      this.addWatchFile(tableFile(root, taxYear));
      let table: LoadedTable;
      try {
        table = readTable(root, taxYear);
      } catch (e) {
        return this.error((e as Error).message);
      }
      return kind === "table" ? tableModule(table) : `export default ${JSON.stringify(provenanceOf(table))};\n`;
    },
  };
}
