/**
 * Rule tables once checked: the types the engine reads, `describe()` (a
 * leaf's key, status, note and sources), and picking the table in force on
 * a date, section by section. No zod here: the command line and tests check
 * files with `parseRulesTable` (load.ts); the widget's build checks them the
 * same way and ships them already checked (rules/vite-plugin.ts).
 */
import type { PeriodName, RulesFile, SectionName } from "./schema.js";
import { SECTION_NAMES } from "./sections.js";
import { RulesNotFoundError } from "./errors.js";

/** Where each value comes from, when it is not in the table's own `data`: the widget loads it apart from the values. */
export interface Provenance {
  readonly sources: Readonly<Record<string, SourceInfo>>;
  /** Leaf key ("universalCredit.taperRate") → its note, for leaves that have one. */
  readonly notes: Readonly<Record<string, string>>;
  /** Leaf key → the ids of its sources. */
  readonly refs: Readonly<Record<string, readonly string[]>>;
}

export interface LoadedTable {
  /** "uk/<tax year>@<content hash>", e.g. "uk/YYYY-YY@3f9a0c1d2b4e6f" */
  readonly id: string;
  readonly file: string;
  readonly hash: string;
  readonly data: RulesFile;
  /** Set once the sources and notes have been loaded, for a table whose `data` leaves them out. */
  provenance?: Provenance;
}

/** A leaf as parsed: the engine reads `.value`; `.key` is its dotted path. */
export interface Leaf<V = unknown> {
  readonly value: V;
  readonly unit: string;
  /** Absent in the widget's build, whose sources come in `Provenance`. */
  readonly source?: string | string[];
  readonly status: "confirmed" | "corroborated" | "unconfirmed" | "derived";
  readonly note?: string | undefined;
}

export interface SourceInfo {
  readonly title: string;
  readonly href: string;
}

/** What the engine consumes: one value for every section, for one date or tax year. */
export type Rules = Pick<RulesFile, SectionName> & {
  readonly meta: {
    /** Rules id stamped on every result: jurisdiction, tax year, content hash; two ids joined by "+" when sections come from two tables (the days around 1-6 April). */
    readonly id: string;
    readonly jurisdiction: "uk";
    readonly taxYear: string;
    /** The date the rules were picked for (for a tax year: the day UC rates for that year start). */
    readonly asOf: string;
    readonly tables: readonly { id: string; sections: SectionName[] }[];
  };
  /** Dotted key of a leaf ("universalCredit.taperRate"), and its source and status. */
  describe(leaf: object): LeafDescription;
};

export interface LeafDescription {
  readonly key: string;
  readonly status: Leaf["status"];
  readonly unit: string;
  /** Read when asked: in the widget, sources and notes arrive after the values (empty until then). */
  readonly note?: string | undefined;
  readonly sources: readonly SourceInfo[];
}

const isLeaf = (n: unknown): n is Leaf =>
  typeof n === "object" && n !== null && !Array.isArray(n) && "value" in n && "unit" in n && "status" in n;

function describeLeaf(table: LoadedTable, leaf: Leaf, key: string): LeafDescription {
  return {
    key,
    status: leaf.status,
    unit: leaf.unit,
    get note() {
      return leaf.note ?? table.provenance?.notes[key];
    },
    get sources() {
      const refs = leaf.source ?? table.provenance?.refs[key] ?? [];
      const all = table.data.sources ?? table.provenance?.sources ?? {};
      return (Array.isArray(refs) ? refs : [refs]).flatMap((r) => (all[r] ? [all[r]] : []));
    },
  };
}

/** Every leaf of a table's sections with its dotted key. */
export function forEachLeaf(data: Pick<RulesFile, SectionName>, f: (leaf: Leaf, key: string) => void): void {
  const walk = (node: unknown, path: string) => {
    if (typeof node !== "object" || node === null) return;
    if (isLeaf(node)) return f(node, path);
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
  };
  for (const s of SECTION_NAMES) walk(data[s], s);
}

const describeCache = new WeakMap<LoadedTable, WeakMap<object, LeafDescription>>();
function descriptions(table: LoadedTable) {
  let m = describeCache.get(table);
  if (!m) {
    const into = (m = new WeakMap());
    forEachLeaf(table.data, (leaf, key) => into.set(leaf, describeLeaf(table, leaf, key)));
    describeCache.set(table, m);
  }
  return m;
}

function compose(parts: { table: LoadedTable; sections: SectionName[] }[], asOf: string, taxYear: string): Rules {
  const sections = {} as Record<SectionName, unknown>;
  for (const p of parts) for (const s of p.sections) sections[s] = p.table.data[s];
  const maps = parts.map((p) => descriptions(p.table));
  const describe = (leaf: object): LeafDescription => {
    for (const m of maps) {
      const d = m.get(leaf);
      if (d) return d;
    }
    throw new Error("[better-off] describe() was given an object that is not a rule leaf");
  };
  return {
    ...(sections as Pick<RulesFile, SectionName>),
    meta: {
      id: parts.map((p) => p.table.id).join("+"),
      jurisdiction: "uk",
      taxYear,
      asOf,
      tables: parts.map((p) => ({ id: p.table.id, sections: p.sections })),
    },
    describe,
  };
}

/** All of one table's sections: the rates of that tax year. */
export function rulesForTaxYear(tables: readonly LoadedTable[], taxYear: string): Rules {
  const table = tables.find((t) => t.data.taxYear === taxYear);
  if (!table) throw new RulesNotFoundError("uk", taxYear, tables.map((t) => t.data.taxYear));
  return compose([{ table, sections: [...SECTION_NAMES] }], table.data.periods.benefitYear.from, taxYear);
}

/**
 * The rules in force on a date, section by section: on 3 April 2026, for
 * example, income tax is 2025/26 but the minimum wage is April 2026's, and UC
 * is still 2025/26's until the first Monday of the tax year. A date that some
 * section has no table for is refused.
 */
export function rulesForDate(tables: readonly LoadedTable[], date: string): Rules {
  const bySection = new Map<LoadedTable, SectionName[]>();
  for (const s of SECTION_NAMES) {
    const table = tables.find((t) => {
      const period: PeriodName = t.data[s].period;
      const p = t.data.periods[period];
      return p.from <= date && date <= p.to;
    });
    if (!table) {
      const anyTable = tables[0];
      const period = anyTable ? anyTable.data[s].period : "taxYear";
      throw new RulesNotFoundError("uk", date, tables.map((t) => t.data.taxYear), `${s} (which follows the ${period})`);
    }
    bySection.set(table, [...(bySection.get(table) ?? []), s]);
  }
  const taxTable = [...bySection.entries()].find(([, ss]) => ss.includes("incomeTax"))![0];
  return compose(
    [...bySection.entries()].map(([table, sections]) => ({ table, sections })),
    date,
    taxTable.data.taxYear,
  );
}

/**
 * Loading rules by tax year or date from a source of tables (JSON files for
 * the command line, the widget's prebuilt modules in the browser). Each
 * table is loaded once; a failed load is tried again next time.
 */
export function tableRegistry(load: (taxYear: string) => Promise<LoadedTable>, available: readonly string[], around: (date: string) => string[]) {
  const cache = new Map<string, Promise<LoadedTable>>();
  function loadTable(taxYear: string): Promise<LoadedTable> {
    if (!available.includes(taxYear)) return Promise.reject(new RulesNotFoundError("uk", taxYear, available));
    let p = cache.get(taxYear);
    if (!p) {
      p = load(taxYear);
      p.catch(() => cache.delete(taxYear));
      cache.set(taxYear, p);
    }
    return p;
  }
  return {
    loadTable,
    /** Load the tables that can hold a date's rules (its tax year and the years either side) and pick per section. */
    async loadRulesForDate(date: string): Promise<Rules> {
      return rulesForDate(await Promise.all(around(date).map(loadTable)), date);
    },
    async loadRulesForTaxYear(taxYear: string): Promise<Rules> {
      return rulesForTaxYear([await loadTable(taxYear)], taxYear);
    },
  };
}
