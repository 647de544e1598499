/**
 * POST /api/records — store one anonymised record.
 *   201 stored · 200 already stored (same id, same content) · 409 a different
 *   record has this id (nothing stored) · 400 invalid, one problem per
 *   entry, nothing stored · 403 origin not allowed · 413 too large · 415 not
 *   JSON · 429 too many posts.
 * GET /api/records/schema — the record's JSON Schema.
 */
import type { FastifyInstance } from "fastify";
import { parseRecord, recordJsonSchema } from "../../records/schema.js";
import type { Config } from "../config.js";
import { ProblemError } from "../errors.js";
import type { RecordWriter } from "../record-writer.js";
import { isAllowedOrigin } from "../origins.js";
import { monthOf, monthsBefore } from "../../base/months.js";
import { firstMonthKept } from "../retention.js";
import type { Problem } from "../errors.js";

/** The largest body accepted: a record with 12 scenarios and every flag is about 6 KB. */
export const RECORD_BODY_LIMIT = 16 * 1024;

export function recordRoutes(app: FastifyInstance, deps: { config: Config; writer: RecordWriter; now: () => Date }): void {
  const { config, writer, now } = deps;
  const schema = recordJsonSchema();

  app.get("/api/records/schema", async (_req, reply) => reply.type("application/schema+json; charset=utf-8").send(schema));

  app.post(
    "/api/records",
    {
      bodyLimit: RECORD_BODY_LIMIT,
      onRequest: async (req) => {
        const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
        if (type !== "application/json") throw new ProblemError(415, "send the record as JSON, with Content-Type: application/json");
        if (!isAllowedOrigin(req, config)) throw new ProblemError(403, `pages at ${req.headers.origin} may not send records here: the service's allowedOrigins setting must list that origin`);
      },
    },
    async (req, reply) => {
      const parsed = parseRecord(req.body);
      if (!parsed.ok) throw new ProblemError(400, "the record is not valid, so it was not stored", parsed.problems);
      const record = parsed.record;
      const problems = serviceProblems(record.team, record.month, config, now());
      if (problems.length) throw new ProblemError(400, "the record is not valid, so it was not stored", problems);
      const outcome = await writer.write(record);
      void reply.header("cache-control", "no-store");
      if (outcome === "conflict")
        throw new ProblemError(409, "a different record with this id is already stored, so this one was not stored (a record's id must be new; the stored record is unchanged)", [
          { path: "id", message: "already used by a different record" },
        ]);
      return reply.code(outcome === "stored" ? 201 : 200).send({ id: record.id, status: outcome === "stored" ? "stored" : "already stored" });
    },
  );
}

/** Checks that need the service's settings or the date, beyond the record schema. */
function serviceProblems(team: string, month: string, config: Config, today: Date): Problem[] {
  const problems: Problem[] = [];
  if (config.onlyListedTeams && !(team in config.teams)) problems.push({ path: "team", message: `"${team}" is not a team this service collects records for` });
  // A month ahead is allowed for clocks a little fast around midnight at a month's end.
  const latest = monthsBefore(monthOf(today), -1);
  const earliest = firstMonthKept(today, config.retentionMonths);
  if (month > latest) problems.push({ path: "month", message: `${month} is in the future` });
  else if (month < earliest) problems.push({ path: "month", message: `${month} is before ${earliest}: this service keeps records for ${config.retentionMonths} months` });
  return problems;
}
