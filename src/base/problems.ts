/**
 * A problem with some input, named by the path to the field: one shape for
 * the household, the rule tables, the anonymised record and the service's
 * answers. And the pieces every reader of zod's issues shares (zod/mini
 * carries no message texts of its own): each caller words its messages for
 * its own readers, with these.
 */
import type * as z from "zod/mini";

export interface Problem {
  /** Dotted path to the field, e.g. "adults.0.age" ("" for the whole input). */
  readonly path: string;
  readonly message: string;
}

export type ZodIssue = z.core.$ZodIssue;

/** The issue's dotted path. */
export const pathOf = (i: { readonly path: readonly PropertyKey[] }): string => i.path.map(String).join(".");

/** The schema's own message, when it has one (zod's generic "Invalid input…" does not count). */
export const customMessage = (i: ZodIssue): string | null => (i.message && !/^Invalid input/.test(i.message) ? i.message : null);

/** The value the issue was about, when zod was asked to report it (`reportInput`). */
export const inputOf = (i: ZodIssue): unknown => (i as { input?: unknown }).input;

/** "1", "2" or "3" written as `"1", "2" or "3"` (joined with `joiner` before the last). */
export const listOf = (values: readonly unknown[], joiner = ", "): string => values.map((v) => JSON.stringify(v)).join(joiner);

/** What a wrong value was, in a few words: `the number 7`, `an array`. */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "number" || typeof v === "boolean") return `the ${typeof v} ${String(v)}`;
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `an ${typeof v}`;
}

/** One problem per unknown key, each with its full path. */
export const unknownKeys = (i: ZodIssue & { code: "unrecognized_keys" }, message: (key: string) => string): Problem[] =>
  i.keys.map((k) => ({ path: [...i.path, k].map(String).join("."), message: message(k) }));

/**
 * For a union of shapes (a count or a list; a name or an object), the
 * branch that got furthest, with paths made whole; null for a union of plain
 * types that failed at its root (which keeps its own message).
 */
export function bestUnionBranch(i: ZodIssue): ZodIssue[] | null {
  if (i.code !== "invalid_union" || !i.errors.length) return null;
  const rootTypeOnly = i.errors.every((b) => b.length === 1 && b[0]!.path.length === 0 && b[0]!.code === "invalid_type");
  if (rootTypeOnly) return null;
  const depth = (b: readonly ZodIssue[]) => Math.max(...b.map((x) => x.path.length));
  const best = i.errors.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a));
  return best.map((x) => ({ ...x, path: [...i.path, ...x.path] }) as ZodIssue);
}
