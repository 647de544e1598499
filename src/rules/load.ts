/**
 * Loading rule tables: validate strictly with zod, and fail loudly naming
 * the file, the path in it and the reason. What follows (picking the table
 * in force on a date) is in compose.ts, re-exported here.
 */
import { customMessage, describeValue, inputOf, listOf, pathOf, type ZodIssue } from "../base/problems.js";
import { RulesFile } from "./schema.js";
import { RulesFileError } from "./errors.js";
import type { LoadedTable } from "./compose.js";

export { forEachLeaf, rulesForDate, rulesForTaxYear, tableRegistry } from "./compose.js";
export type { Leaf, LeafDescription, LoadedTable, Provenance, Rules, SourceInfo } from "./compose.js";


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
export function formatZodIssues(error: { issues: readonly ZodIssue[] }): string[] {
  return error.issues.map((i) => `${pathOf(i) || "(top level)"}: ${issueText(i)}`);
}

export function issueText(i: ZodIssue): string {
  const custom = customMessage(i);
  switch (i.code) {
    case "unrecognized_keys":
      return `unknown key${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_type":
      return custom ?? (inputOf(i) === undefined ? `missing (expected ${i.expected})` : `expected ${i.expected}, found ${describeValue(inputOf(i))}`);
    case "invalid_value":
      return custom ?? `must be ${i.values.length === 1 ? JSON.stringify(i.values[0]) : `one of ${listOf(i.values)}`}`;
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

/**
 * Parse and check one rule table. `file` is its path relative to the project
 * (e.g. "rules/uk/YYYY-YY.json"), used in every message.
 * Throws RulesFileError naming the file, the path in it and the reason.
 */
export function parseRulesTable(raw: unknown, file: string): LoadedTable {
  const parsed = RulesFile.safeParse(raw, { reportInput: true });
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

