/**
 * Typed text to engine values: forgiving about form ("£1,200" is 1200),
 * never about meaning (text that is not a number is passed on, or reported,
 * so the message names the problem).
 */
import type { InputProblem } from "../../engine/index.js";

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** "" → undefined; "41" → 41; "forty" → "forty". */
export function num(s: string): number | string | undefined {
  const t = s.trim();
  if (!t) return undefined;
  return NUMBER.test(t) ? Number(t) : t;
}

/**
 * A number the engine wants as a JSON number. Text that is not a number is
 * reported here: the engine's own message for a value of the wrong type is
 * "is required" (zod 4 issues do not carry the input; see the report), which
 * would tell someone who typed "forty" to enter their age.
 */
export function numberAt(problems: InputProblem[], path: string, s: string, want: string): number | undefined {
  const v = num(s);
  if (typeof v === "string") problems.push({ path, message: `must be ${want}` });
  return typeof v === "number" ? v : undefined;
}

/** "£1,200.50" → "1200.50"; "" → undefined. */
export function pounds(s: string): string | undefined {
  const t = s.replace(/[£,\s]/g, "");
  return t ? t : undefined;
}

/** "9,50" or "£12,71": pence after a comma, which "£1,200" forgiveness would read as £950. */
const COMMA_PENCE = /^\s*£?\s*(\d+),(\d{1,2})\s*$/;

/**
 * Pounds as typed, with "9,50" caught: "Use a full stop for pence, for
 * example 9.50" (never read as £950). "" → undefined.
 */
export function poundsAt(problems: InputProblem[], path: string, s: string): string | undefined {
  const m = COMMA_PENCE.exec(s);
  if (m) {
    problems.push({ path, message: `Use a full stop for pence, for example ${m[1]}.${m[2]!.padEnd(2, "0")}` });
    return undefined;
  }
  return pounds(s);
}

/** "20%" → "20" (then `numberAt`). */
export const percentText = (s: string): string => s.replace(/%/g, "");

export const defined = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
