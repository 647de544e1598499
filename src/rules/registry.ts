/**
 * The rule tables for the command line, the service and tests: the files in
 * rules/uk/, each read and checked with zod when first loaded. The widget has
 * its own registry (browser-registry.ts) of tables checked the same way when
 * it is built.
 */
import { tableRegistry, type LoadedTable } from "./load.js";
import { PROJECT_ROOT, readTable, taxYearsIn } from "./files.js";
import { taxYearOf, taxYearsAround } from "./tax-years.js";

/** A registry of the tables under `root`/rules/uk/ (the project's own by default; tests pass a folder of their own). */
export function fileRegistry(root: string = PROJECT_ROOT) {
  const taxYears = taxYearsIn(root);
  const registry = tableRegistry(async (taxYear) => readTable(root, taxYear), taxYears, (date) => taxYearsAround(date, taxYears));
  return {
    ...registry,
    /** The tax years with a table, in order. */
    taxYears,
    /** Every table, for the command line, tests and lint. */
    loadAllTables: (): Promise<LoadedTable[]> => Promise.all(taxYears.map(registry.loadTable)),
  };
}

export const { loadTable, loadRulesForDate, loadRulesForTaxYear, loadAllTables, taxYears } = fileRegistry();

export { taxYearOf };
