import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseRulesTable, rulesForTaxYear, rulesForDate, type LoadedTable, type Rules } from "../../src/rules/load.js";
import { parseHousehold, type HouseholdInput } from "../../src/engine/household.js";
import type { Household } from "../../src/engine/household.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const TAX_YEARS = ["2025-26", "2026-27"] as const;

export function readTable(taxYear: string): LoadedTable {
  const file = `rules/uk/${taxYear}.json`;
  return parseRulesTable(JSON.parse(readFileSync(ROOT + file, "utf8")), file);
}

export const TABLES: LoadedTable[] = TAX_YEARS.map(readTable);

export const rulesFor = (taxYear: string): Rules => rulesForTaxYear(TABLES, taxYear);
export const rulesOn = (date: string): Rules => rulesForDate(TABLES, date);

/** Parse a household or fail the test with the problems listed. */
export function household(input: HouseholdInput | Record<string, unknown>): Household {
  const r = parseHousehold(input);
  if (!r.ok) throw new Error(`bad test household: ${r.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return r.household;
}
