/**
 * The rule tables on disk (Node only: the command line, the service, the
 * Vite plugin that builds the widget's tables, and tests). The tax years
 * there are the files in `rules/uk/`: adding a year is adding a file, with
 * nothing else to edit.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRulesTable, type LoadedTable } from "./load.js";

/** The project's root folder: `rules/uk/` is under it. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const TABLE_FILE = /^(\d{4}-\d{2})\.json$/;

/** The folder of a jurisdiction's tables, relative to a root. */
const tablesDir = (root: string): string => join(root, "rules", "uk");

/** The tax years with a table under `root`/rules/uk/, in order ("YYYY-YY.json" files only). */
export function taxYearsIn(root: string = PROJECT_ROOT): string[] {
  return readdirSync(tablesDir(root))
    .map((f) => TABLE_FILE.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .sort();
}

/** The path of a year's table, as every message names it. */
export const tableFile = (root: string, taxYear: string): string => join(root, "rules", "uk", `${taxYear}.json`);

/** Read and check `rules/uk/<tax-year>.json` under `root`; throws RulesFileError (or an error naming the file that is not JSON). */
export function readTable(root: string, taxYear: string): LoadedTable {
  const file = `rules/uk/${taxYear}.json`;
  const text = readFileSync(tableFile(root, taxYear), "utf8");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`[better-off] ${file} is not valid JSON: ${(e as Error).message}`);
  }
  return parseRulesTable(raw, file);
}
