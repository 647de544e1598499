import { rulesForTaxYear, rulesForDate, type LoadedTable, type Rules } from "../../src/rules/load.js";
import { PROJECT_ROOT, readTable as readFrom, taxYearsIn } from "../../src/rules/files.js";
import { parseHousehold, type HouseholdInput } from "../../src/engine/household.js";
import type { Household } from "../../src/engine/household.js";

export const ROOT = PROJECT_ROOT;
/** The tax years with a table: the files in rules/uk/. */
export const TAX_YEARS: readonly string[] = taxYearsIn();

export const readTable = (taxYear: string): LoadedTable => readFrom(ROOT, taxYear);

export const TABLES: LoadedTable[] = TAX_YEARS.map(readTable);

export const rulesFor = (taxYear: string): Rules => rulesForTaxYear(TABLES, taxYear);
export const rulesOn = (date: string): Rules => rulesForDate(TABLES, date);

/** Parse a household or fail the test with the problems listed. */
export function household(input: HouseholdInput | Record<string, unknown>): Household {
  const r = parseHousehold(input);
  if (!r.ok) throw new Error(`bad test household: ${r.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return r.household;
}
