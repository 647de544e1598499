/**
 * The anonymised calculation record: what the widget sends to the results
 * service and the service stores. Strict at every level: a field that is not
 * listed here (a name, a postcode, a note) makes the whole record invalid, so
 * nothing identifying can be stored by mistake. See PRIVACY.md beside this
 * file for why each field is safe.
 */
import * as z from "zod/mini";
import { customMessage, inputOf, listOf, pathOf, unknownKeys, type Problem, type ZodIssue } from "../base/problems.js";
import {
  ADULTS,
  AGE_BANDS,
  BENEFITS_BEFORE,
  BETTER_OFF_LIMIT,
  CHILDREN,
  HEALTH,
  OUTCOMES,
  RECORDED_FLAG_CODES,
  REGIONS,
  TENURES,
  WAGE_BANDS,
} from "./codes.js";
import { TEAM_CODE } from "./team-code.js";

/** Bump when a field or a vocabulary changes; the service accepts only the versions it knows. */
export const RECORD_SCHEMA_VERSION = 1;

const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

/** Attach a description (shown in the JSON Schema). */
const doc = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** A team code chosen by the trust: 1-40 lower-case letters, digits and hyphens, e.g. "north-ips". */
export const TeamCode = z
  .string({ error: "must be a team code" })
  .check(z.regex(TEAM_CODE, 'must be a team code of 1 to 40 lower-case letters, digits and hyphens, e.g. "north-ips"'));
export type TeamCode = z.infer<typeof TeamCode>;

/** A calendar month, YYYY-MM. */
export const Month = z
  .string({ error: "must be a month written YYYY-MM" })
  .check(z.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, e.g. "2026-05"'));
export type Month = z.infer<typeof Month>;

const RULES_TABLE_ID = String.raw`uk/\d{4}-\d{2}@[0-9a-f]{14}`;

/**
 * Weekly hours, as the engine writes them ("16", "37.5"): more than 0, at most
 * 100, in whole or half hours (the grid the calculator's chart uses), so the
 * number of distinct hours levels a summary can hold is bounded (200).
 */
const Hours = z
  .string({ error: "must be a number of hours written as a string, e.g. \"16\" or \"37.5\"" })
  .check(
    z.regex(/^(?:0|[1-9]\d{0,2})(?:\.5)?$/, 'must be whole or half hours written like "16" or "37.5" (no trailing zeros)'),
    z.refine<string>((h) => Number(h) > 0 && Number(h) <= 100, "must be more than 0 and at most 100 hours"),
  );

export const RecordScenario = z
  .strictObject({
    hours: doc(Hours, "Weekly hours of work in this scenario."),
    betterOffAfterCostsWeekly: doc(
      z
        .number({ error: "must be a whole number of pounds" })
        .check(
          z.refine<number>((n) => Number.isInteger(n), "must be a whole number of pounds"),
          z.gte(-BETTER_OFF_LIMIT, `must be at least -${BETTER_OFF_LIMIT} (larger losses are recorded as -${BETTER_OFF_LIMIT})`),
          z.lte(BETTER_OFF_LIMIT, `must be at most ${BETTER_OFF_LIMIT} (larger gains are recorded as ${BETTER_OFF_LIMIT})`),
        ),
      `Weekly net income in work minus out of work, after the work costs entered, rounded to the whole pound; top-coded at ±${BETTER_OFF_LIMIT}.`,
    ),
    outcome: doc(z.enum(OUTCOMES), "better, worse or same: the sign of betterOffAfterCostsWeekly (same: within 50p a week)."),
    flags: doc(
      z.array(z.enum(RECORDED_FLAG_CODES)).check(z.maxLength(RECORDED_FLAG_CODES.length), z.refine(unique, "lists a flag twice")),
      "Threshold flags hit at these hours: the engine's codes for changes in income.",
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const want = s.betterOffAfterCostsWeekly > 0 ? "better" : s.betterOffAfterCostsWeekly < 0 ? "worse" : "same";
      if (s.outcome !== want)
        ctx.addIssue({ code: "custom", path: ["outcome"], input: s.outcome, message: `must be "${want}" for a weekly better-off amount of ${s.betterOffAfterCostsWeekly}` });
    }),
  );
export type RecordScenario = z.infer<typeof RecordScenario>;

export const RecordHousehold = z.strictObject({
  adults: doc(z.enum(ADULTS), "single or couple"),
  children: doc(z.enum(CHILDREN), 'Number of children, "3+" for three or more.'),
  ageBand: doc(z.enum(AGE_BANDS), "The claimant's age band (the bands the rules use)."),
  health: doc(z.enum(HEALTH), "UC health element in the household: none, lcw or lcwra."),
  disabilityBenefit: doc(z.boolean({ error: "must be true or false" }), "An adult gets PIP, Adult Disability Payment or DLA."),
  tenure: doc(z.enum(TENURES), "social, private, owner, none, supported (specified accommodation: supported housing, a hostel or a refuge) or temporary (council temporary accommodation)"),
  benefitsBefore: doc(
    z.array(z.enum(BENEFITS_BEFORE)).check(z.maxLength(BENEFITS_BEFORE.length), z.refine(unique, "lists a benefit twice")),
    "Benefits in payment out of work.",
  ),
  wageBand: doc(z.enum(WAGE_BANDS), 'Hourly wage band in pounds ("12-to-13" is £12.00 to £12.99).'),
});
export type RecordHousehold = z.infer<typeof RecordHousehold>;

export const AnonymisedRecord = doc(
  z.strictObject({
    schemaVersion: z.literal(RECORD_SCHEMA_VERSION, { error: `must be ${RECORD_SCHEMA_VERSION} (the record format this service accepts)` }),
    id: doc(
      z
        .string({ error: "must be a random (version 4) UUID" })
        .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, "must be a random (version 4) UUID in lower case")),
      "A random version 4 UUID made for this record alone; sending it again is harmless.",
    ),
    team: doc(TeamCode, "The team's code, set by the trust."),
    month: doc(Month, "The month of the calculation (never the day or time)."),
    rulesId: doc(
      z
        .string({ error: "must be a rules id" })
        .check(z.regex(new RegExp(`^${RULES_TABLE_ID}(?:\\+${RULES_TABLE_ID})?$`), 'must be a rules id: "uk/", a tax year (YYYY-YY), "@" and 14 hex digits')),
      "The rule table(s) used: jurisdiction, tax year and content hash.",
    ),
    engineVersion: doc(
      z.string({ error: "must be a version" }).check(z.regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/, 'must be a version such as "0.1.0"')),
      "The calculation engine's version.",
    ),
    region: doc(z.enum(REGIONS), "england, wales or scotland"),
    household: RecordHousehold,
    scenarios: doc(
      z
        .array(RecordScenario)
        .check(
          z.minLength(1, "must hold at least one number of hours above 0"),
          z.maxLength(12, "at most 12 scenarios"),
          z.refine((ss: { hours: string }[]) => unique(ss.map((s) => s.hours)), "lists the same hours twice"),
        ),
      "One entry per number of hours compared (the 0-hour baseline is not included).",
    ),
  }),
  "An anonymised better-off calculation record (Better Off calculator).",
);
export type AnonymisedRecord = z.infer<typeof AnonymisedRecord>;

/** A problem with a record, e.g. at "scenarios.0.outcome" (src/base/problems.ts). */
export type RecordProblem = Problem;

export type RecordParse = { ok: true; record: AnonymisedRecord } | { ok: false; problems: RecordProblem[] };

/** Check a record (e.g. a parsed request body). Never throws. */
export function parseRecord(raw: unknown): RecordParse {
  const r = AnonymisedRecord.safeParse(raw, { reportInput: true });
  if (r.success) return { ok: true, record: r.data };
  return { ok: false, problems: r.error.issues.flatMap(toProblems) };
}

/**
 * Field names that suggest someone is trying to send personal or exact
 * information. They are refused like any unknown field; the message says why.
 */
const PERSONAL =
  /^(name|first.?name|last.?name|surname|full.?name|initials?|d\.?o\.?b|date.?of.?birth|birth.?date|birthday|age|ages|nhs.?(no|number)?|ni.?(no|number)?|nino|national.?insurance.*|address.*|postcode|post.?code|zip|email|e.?mail|phone|telephone|mobile|notes?|comments?|free.?text|text|description|rent.*|wage|hourly.?wage|salary|income.*|earnings.*|savings|capital|employer|gp|diagnosis|condition)$/i;

function toProblems(i: ZodIssue): RecordProblem[] {
  if (i.code === "unrecognized_keys")
    return unknownKeys(i, (k) =>
      PERSONAL.test(k)
        ? `"${k}" is refused: a record never holds names, dates of birth, exact ages, NHS or NI numbers, addresses, postcodes, free text or exact amounts`
        : `unknown field "${k}": a record holds only the fields in its schema (GET /api/records/schema)`,
    );
  const path = pathOf(i);
  if ((i.code === "invalid_type" || i.code === "invalid_value") && inputOf(i) === undefined) return [{ path, message: "is required" }];
  if (i.code === "invalid_value" && "values" in i && i.values.length > 1) return [{ path, message: `must be one of ${listOf(i.values)}` }];
  const custom = customMessage(i);
  if (custom) return [{ path, message: custom }];
  if (i.code === "invalid_value") return [{ path, message: `must be ${listOf(i.values, " or ")}` }];
  if (i.code === "invalid_type") return [{ path, message: `must be a ${i.expected}` }];
  return [{ path, message: "is not valid" }];
}

/** The record's JSON Schema, for integrators (`GET /api/records/schema`). */
export function recordJsonSchema(): Record<string, unknown> {
  return { title: `Better Off anonymised calculation record, version ${RECORD_SCHEMA_VERSION}`, ...z.toJSONSchema(AnonymisedRecord, { io: "input", unrepresentable: "any" }) };
}
