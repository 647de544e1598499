/**
 * The widget's rule tables: built by rules/vite-plugin.ts from the files in
 * rules/uk/ (checked with zod at build time, so the browser carries no rule
 * schema), each fetched with `import()` only when a page uses that year. The
 * values come first; the sources and notes behind them follow with
 * `loadProvenance`, once a result is on screen.
 */
import { D } from "../base/money.js";
import { tableRegistry, type LoadedTable, type Rules } from "./compose.js";
import { taxYearsAround } from "./tax-years.js";
import { TAX_YEARS } from "better-off-rules:years";
import { TABLES, PROVENANCE } from "better-off-rules:loaders";

const decimal = (s: string) => new D(s);

/** Tables loaded so far, by id, with their tax year. */
const loaded = new Map<string, { table: LoadedTable; taxYear: string }>();

const registry = tableRegistry(
  async (taxYear) => {
    const built = (await TABLES[taxYear]!()).default;
    const table: LoadedTable = { id: built.id, file: built.file, hash: built.hash, data: built.data(decimal) };
    loaded.set(table.id, { table, taxYear });
    return table;
  },
  TAX_YEARS,
  (date) => taxYearsAround(date, TAX_YEARS),
);

export const { loadRulesForDate, loadRulesForTaxYear } = registry;

/** Whether the sources and notes of every table behind `rules` are here. */
export const provenanceLoaded = (rules: Rules): boolean => rules.meta.tables.every((t) => loaded.get(t.id)?.table.provenance);

/** Fetch the sources and notes of the tables behind `rules` (once each); `describe()` reads them from then on. */
export async function loadProvenance(rules: Rules): Promise<void> {
  await Promise.all(
    rules.meta.tables.map(async ({ id }) => {
      const entry = loaded.get(id);
      if (entry && !entry.table.provenance) entry.table.provenance = (await PROVENANCE[entry.taxYear]!()).default;
    }),
  );
}
