/**
 * Loading rule tables: validate strictly, fail loudly, and pick the table in
 * force on a date, section by section.
 */
import type * as z from "zod/mini";
import { RulesFile, SECTION_NAMES, type PeriodName, type SectionName } from "./schema.js";
import { RulesFileError, RulesNotFoundError } from "./errors.js";

export interface LoadedTable {
  /** e.g. "uk/2026-27@3f9a0c1d2b4e6f" */
  readonly id: string;
  readonly file: string;
  readonly hash: string;
  readonly data: RulesFile;
}

/** A leaf as parsed: the engine reads `.value`; `.key` is its dotted path. */
export interface Leaf<V = unknown> {
  readonly value: V;
  readonly unit: string;
  readonly source: string | string[];
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
  readonly note?: string | undefined;
  readonly sources: readonly SourceInfo[];
}

/** A short, stable hash of a string (cyrb53), written as 14 hex digits. Not cryptographic: it identifies content. */
export function contentHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0").slice(0, 6) + (h1 >>> 0).toString(16).padStart(8, "0");
}

/**
 * One line per problem, "path: reason". zod/mini ships without message
 * texts (smaller bundles), so the reasons are written here.
 */
export function formatZodIssues(error: { issues: readonly z.core.$ZodIssue[] }): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(top level)"}: ${issueText(i)}`);
}

export function issueText(i: z.core.$ZodIssue): string {
  const custom = i.message && !/^Invalid input/.test(i.message) ? i.message : null;
  switch (i.code) {
    case "unrecognized_keys":
      return `unknown key${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_type":
      return custom ?? ((i as { input?: unknown }).input === undefined ? `missing (expected ${i.expected})` : `expected ${i.expected}`);
    case "invalid_value":
      return custom ?? `must be ${i.values.length === 1 ? JSON.stringify(i.values[0]) : `one of ${i.values.map((v) => JSON.stringify(v)).join(", ")}`}`;
    case "too_small":
      return custom ?? `must have at least ${String(i.minimum)}`;
    case "too_big":
      return custom ?? `must have at most ${String(i.maximum)}`;
    case "invalid_format":
      return custom ?? `is not a valid ${i.format}`;
    case "invalid_union":
      return custom ?? "does not match any of the allowed forms";
    default:
      return custom ?? "is not valid";
  }
}

const isLeaf = (n: unknown): n is Leaf =>
  typeof n === "object" && n !== null && !Array.isArray(n) && "value" in n && "unit" in n && "status" in n;

/**
 * Parse and check one rule table. `file` is its path relative to the project
 * (e.g. "rules/uk/2026-27.json"), used in every message.
 * Throws RulesFileError naming the file, the path in it and the reason.
 */
export function parseRulesTable(raw: unknown, file: string): LoadedTable {
  const parsed = RulesFile.safeParse(raw);
  if (!parsed.success) throw new RulesFileError(file, formatZodIssues(parsed.error));
  const data = parsed.data;
  const problems: string[] = [];
  const expectedName = `${data.taxYear}.json`;
  if (!file.endsWith(expectedName)) problems.push(`taxYear: "${data.taxYear}" does not match the file name (expected …/${expectedName})`);
  const startYear = Number(data.taxYear.slice(0, 4));
  const endYY = data.taxYear.slice(5, 7);
  if (String((startYear + 1) % 100).padStart(2, "0") !== endYY)
    problems.push(`taxYear: "${data.taxYear}" is not a tax year (expected ${startYear}-${String((startYear + 1) % 100).padStart(2, "0")})`);
  if (data.periods.taxYear.from !== `${startYear}-04-06`)
    problems.push(`periods.taxYear.from: a tax year starts on 6 April (expected ${startYear}-04-06, found ${data.periods.taxYear.from})`);
  if (data.periods.taxYear.to !== `${startYear + 1}-04-05`)
    problems.push(`periods.taxYear.to: a tax year ends on 5 April (expected ${startYear + 1}-04-05, found ${data.periods.taxYear.to})`);
  if (problems.length) throw new RulesFileError(file, problems);
  const hash = contentHash(JSON.stringify(raw));
  return { id: `${data.jurisdiction}/${data.taxYear}@${hash}`, file, hash, data };
}

function indexLeaves(table: LoadedTable, into: WeakMap<object, LeafDescription>) {
  const sources = table.data.sources;
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== "object" || node === null) return;
    if (isLeaf(node)) {
      const refs = Array.isArray(node.source) ? node.source : [node.source];
      into.set(node, {
        key: path.join("."),
        status: node.status,
        unit: node.unit,
        note: node.note,
        sources: refs.map((r) => sources[r]!),
      });
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  for (const s of SECTION_NAMES) walk(table.data[s], [s]);
}

const describeCache = new WeakMap<LoadedTable, WeakMap<object, LeafDescription>>();
function descriptions(table: LoadedTable) {
  let m = describeCache.get(table);
  if (!m) {
    m = new WeakMap();
    indexLeaves(table, m);
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
