/**
 * The rule tables for the command line, the service and tests: each file in
 * rules/uk/ read with `import()` and checked with zod when first loaded. The
 * widget has its own registry (browser-registry.ts) of tables checked the
 * same way when it is built.
 */
import { parseRulesTable, tableRegistry, type LoadedTable } from "./load.js";
import { AVAILABLE_TAX_YEARS, taxYearOf, taxYearsAround } from "./tax-years.js";

const LOADERS: Record<(typeof AVAILABLE_TAX_YEARS)[number], () => Promise<{ default: unknown }>> = {
  "2025-26": () => import("../../rules/uk/2025-26.json"),
  "2026-27": () => import("../../rules/uk/2026-27.json"),
};

export { AVAILABLE_TAX_YEARS, taxYearOf };

const registry = tableRegistry(
  (taxYear) => LOADERS[taxYear as keyof typeof LOADERS]().then((m) => parseRulesTable(m.default, `rules/uk/${taxYear}.json`)),
  AVAILABLE_TAX_YEARS,
  taxYearsAround,
);

export const { loadTable, loadRulesForDate, loadRulesForTaxYear } = registry;

/** Every table, for the command line, tests and lint. */
export async function loadAllTables(): Promise<LoadedTable[]> {
  return Promise.all(AVAILABLE_TAX_YEARS.map(loadTable));
}
