/**
 * Engine problems (path + lower-case message) turned into messages for
 * people, each tied to the field that can fix it: the GOV.UK pattern
 * ("Enter your age", "Your age must be …").
 */
import type { InputProblem } from "../../engine/index.js";
import { fieldFor, type Field } from "./fields.js";

export interface FieldError {
  readonly field: Field;
  readonly message: string;
  /** The engine path it came from, for the `better-off-error` event. */
  readonly path: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Engine wording about the band editor and percentages, in the form's own words. */
function plain(field: Field, message: string): string {
  const m = message
    .replace(/^(a percentage|a band's (lower|upper) edge) (?=cannot|must)/, "")
    .replace(/ \(no toWeekly\)$/, ": say where it ends")
    .replace(/leave out toWeekly$/, "leave “To” blank");
  return field.subject && /^(overlaps|leaves|ends) /.test(m) ? `${field.subject} ${m}` : m;
}

export function messageFor(field: Field, message: string): string {
  const m = plain(field, message.trim().replace(/\.$/, ""));
  if (m === "is required" || (field.kind === "choice" && /^must be one of /.test(m))) return `${field.kind === "choice" ? "Select" : "Enter"} ${field.name}`;
  // zod's own wording for a value of the wrong type: say what is wanted instead.
  if (/^invalid input/i.test(m)) return field.kind === "choice" ? `Select ${field.name}` : capitalise(`${field.name} must be a number`);
  if (/^(must|cannot|is|has|should) /.test(m)) return capitalise(`${field.name} ${m}`);
  return capitalise(m);
}

/** One message per field (the first), in the order the form asks. */
export function fieldErrors(problems: readonly InputProblem[], overrides: Readonly<Record<string, string>> = {}): FieldError[] {
  const byId = new Map<string, FieldError>();
  for (const p of problems) {
    const field = fieldFor(overrides[p.path] ?? p.path);
    if (!byId.has(field.id)) byId.set(field.id, { field, message: messageFor(field, p.message), path: p.path });
  }
  return [...byId.values()].sort((a, b) => a.field.order - b.field.order);
}

export const errorFor = (errors: readonly FieldError[], id: string): string | undefined => errors.find((e) => e.field.id === id)?.message;
