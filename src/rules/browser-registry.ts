/**
 * The widget's rule tables: built by rules/vite-plugin.ts from the files in
 * rules/uk/ (checked with zod at build time, so the browser carries no rule
 * schema), each fetched with `import()` only when a page uses that year. The
 * values come first; the sources and notes behind them follow with
 * `loadProvenance`, once a result is on screen.
 */
import { D } from "../engine/money.js";
import { tableRegistry, type LoadedTable, type Provenance, type Rules } from "./compose.js";
import { AVAILABLE_TAX_YEARS, taxYearsAround, type TaxYear } from "./tax-years.js";

/** A table as the build writes it (declared in src/widget/env.d.ts). */
type BuiltTable = typeof import("better-off-rules:table/2025-26").default;

const TABLES: Record<TaxYear, () => Promise<{ default: BuiltTable }>> = {
  "2025-26": () => import("better-off-rules:table/2025-26"),
  "2026-27": () => import("better-off-rules:table/2026-27"),
};

const PROVENANCE: Record<TaxYear, () => Promise<{ default: Provenance }>> = {
  "2025-26": () => import("better-off-rules:provenance/2025-26"),
  "2026-27": () => import("better-off-rules:provenance/2026-27"),
};

const decimal = (s: string) => new D(s);

/** Tables loaded so far, by id, with their tax year. */
const loaded = new Map<string, { table: LoadedTable; taxYear: TaxYear }>();

const registry = tableRegistry(
  async (taxYear) => {
    const built = (await TABLES[taxYear as TaxYear]()).default;
    const table: LoadedTable = { id: built.id, file: built.file, hash: built.hash, data: built.data(decimal) };
    loaded.set(table.id, { table, taxYear: taxYear as TaxYear });
    return table;
  },
  AVAILABLE_TAX_YEARS,
  taxYearsAround,
);

export const { loadRulesForDate, loadRulesForTaxYear } = registry;

/** Whether the sources and notes of every table behind `rules` are here. */
export const provenanceLoaded = (rules: Rules): boolean => rules.meta.tables.every((t) => loaded.get(t.id)?.table.provenance);

/** Fetch the sources and notes of the tables behind `rules` (once each); `describe()` reads them from then on. */
export async function loadProvenance(rules: Rules): Promise<void> {
  await Promise.all(
    rules.meta.tables.map(async ({ id }) => {
      const entry = loaded.get(id);
      if (entry && !entry.table.provenance) entry.table.provenance = (await PROVENANCE[entry.taxYear]()).default;
    }),
  );
}
