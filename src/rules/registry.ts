/**
 * The rule tables this build knows about. Each is loaded with `import()`, so
 * a page downloads only the years it uses.
 */
import { parseRulesTable, rulesForDate, rulesForTaxYear, type LoadedTable, type Rules } from "./load.js";
import { RulesNotFoundError } from "./errors.js";

const LOADERS: Record<string, () => Promise<{ default: unknown }>> = {
  "2025-26": () => import("../../rules/uk/2025-26.json"),
  "2026-27": () => import("../../rules/uk/2026-27.json"),
};

export const AVAILABLE_TAX_YEARS: readonly string[] = Object.keys(LOADERS).sort();

const cache = new Map<string, Promise<LoadedTable>>();

export function loadTable(taxYear: string): Promise<LoadedTable> {
  const loader = LOADERS[taxYear];
  if (!loader) return Promise.reject(new RulesNotFoundError("uk", taxYear, AVAILABLE_TAX_YEARS));
  let p = cache.get(taxYear);
  if (!p) {
    p = loader().then((m) => parseRulesTable(m.default, `rules/uk/${taxYear}.json`));
    p.catch(() => cache.delete(taxYear));
    cache.set(taxYear, p);
  }
  return p;
}

/** The tax year ("2026-27") whose 6 April–5 April span holds a date. */
export function taxYearOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const start = date.slice(5) >= "04-06" ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
}

function neighbours(taxYear: string): string[] {
  const y = Number(taxYear.slice(0, 4));
  const name = (s: number) => `${s}-${String((s + 1) % 100).padStart(2, "0")}`;
  return [name(y - 1), name(y), name(y + 1)];
}

/** Load the tables that can hold a date's rules (its tax year and the years either side) and pick per section. */
export async function loadRulesForDate(date: string): Promise<Rules> {
  const years = neighbours(taxYearOf(date)).filter((y) => y in LOADERS);
  const tables = await Promise.all(years.map(loadTable));
  return rulesForDate(tables, date);
}

export async function loadRulesForTaxYear(taxYear: string): Promise<Rules> {
  return rulesForTaxYear([await loadTable(taxYear)], taxYear);
}

/** Every table, for the command line, tests and lint. */
export async function loadAllTables(): Promise<LoadedTable[]> {
  return Promise.all(AVAILABLE_TAX_YEARS.map(loadTable));
}
