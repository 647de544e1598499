/**
 * GET /api/teams/:team/summary?from=YYYY-MM&to=YYYY-MM — one team's summary.
 * GET /api/summary?from&to — every team (a row each) and the trust pooled.
 * GET /api/teams/:team/records.csv?from&to — the team's anonymised records,
 *   one row per record and hours, for a spreadsheet.
 * Read keys (read-keys.ts) guard all three when configured.
 */
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { Month, TeamCode } from "../../records/schema.js";
import type { Config } from "../config.js";
import { PROFILE_FIELDS, PROFILE_COLUMNS, profileCsv, type MonthRange, type StoredRecord } from "../db/records-repository.js";
import type { RecordsStore } from "../db/store.js";
import { ProblemError, type Problem } from "../errors.js";
import type { ReadKeys } from "../read-keys.js";
import { periodProblems } from "../periods.js";
import { EMPTY_AGGREGATES, pool, summarise, teamRow, type TeamSummary, type TrustSummary } from "../summary.js";

const Range = z.strictObject({ from: z.optional(Month), to: z.optional(Month) });
const TeamParams = z.strictObject({ team: TeamCode });

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const problems: Problem[] = r.error.issues.flatMap((i) =>
    i.code === "unrecognized_keys"
      ? i.keys.map((k) => ({ path: k, message: `unknown ${where} "${k}": use from and to (YYYY-MM)` }))
      : [{ path: i.path.join("."), message: i.message }],
  );
  throw new ProblemError(400, `the ${where}s are not valid`, problems);
}

function range(req: FastifyRequest): MonthRange {
  const r = parse(Range, req.query, "query parameter");
  const problems = periodProblems(r.from, r.to);
  if (problems.length) throw new ProblemError(400, "the query parameters are not valid", problems);
  return r;
}

/** Teams a summary lists: those configured, and (unless only listed teams are accepted) any with records. */
export async function listedTeams(config: Config, store: RecordsStore): Promise<string[]> {
  const teams = new Set(Object.keys(config.teams));
  if (!config.onlyListedTeams) for (const t of await store.teams()) teams.add(t);
  return [...teams].sort();
}

export function summaryRoutes(app: FastifyInstance, deps: { config: Config; store: RecordsStore; keys: ReadKeys }): void {
  const { config, store, keys } = deps;
  const n = config.smallNumberThreshold;

  // Summaries are worked out once per state of the data: the cache is emptied
  // whenever records have been folded in (or deleted) since, by this instance
  // or (PostgreSQL) any other: store.version() folds whatever any instance has
  // stored and reads the shared change counter, one small query per request.
  const cache = new Map<string, unknown>();
  let cachedVersion = -1;
  const cached = async <T>(key: string, make: () => Promise<T>): Promise<T> => {
    const version = await store.version();
    if (version !== cachedVersion) {
      cache.clear();
      cachedVersion = version;
    }
    let v = cache.get(key) as T | undefined;
    if (v === undefined) {
      v = await make();
      // Kept only if no newer version was seen meanwhile (then it could be older than what the cache holds).
      if (version === cachedVersion) {
        if (cache.size >= 2000) cache.clear();
        cache.set(key, v);
      }
    }
    return v;
  };
  const knownTeam = (team: string) => {
    if (config.onlyListedTeams && !(team in config.teams)) throw new ProblemError(404, `there is no team "${team}" here: the service's teams setting lists the teams it collects records for`);
  };

  app.get("/api/teams/:team/summary", async (req, reply) => {
    const { team } = parse(TeamParams, req.params, "team code");
    const r = range(req);
    knownTeam(team);
    keys.checkTeam(req, team);
    const body = await cached(`team\n${team}\n${r.from ?? ""}\n${r.to ?? ""}`, async (): Promise<TeamSummary> => ({
      team,
      from: r.from ?? null,
      to: r.to ?? null,
      smallNumberThreshold: n,
      ...summarise(await store.teamAggregates(team, r), n, r),
    }));
    return reply.header("cache-control", "no-store").send(body);
  });

  app.get("/api/summary", async (req, reply) => {
    const r = range(req);
    keys.checkTrust(req);
    const body = await cached(`trust\n${r.from ?? ""}\n${r.to ?? ""}`, async (): Promise<TrustSummary> => {
      const all = await store.allAggregates(r);
      const teams = await listedTeams(config, store);
      return {
        from: r.from ?? null,
        to: r.to ?? null,
        smallNumberThreshold: n,
        teams: teams.map((team) => teamRow(team, all.get(team) ?? EMPTY_AGGREGATES, n)),
        // Pooled over the teams listed, so the trust figure is always the sum of the rows' own figures.
        trust: summarise(pool(teams.map((t) => all.get(t) ?? EMPTY_AGGREGATES)), n, r),
      };
    });
    return reply.header("cache-control", "no-store").send(body);
  });

  app.get("/api/teams/:team/records.csv", async (req, reply) => {
    const { team } = parse(TeamParams, req.params, "team code");
    const r = range(req);
    knownTeam(team);
    keys.checkRecords(req, team);
    const name = ["better-off", team, r.from, r.to].filter(Boolean).join("-");
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="${name}.csv"`)
      .type("text/csv; charset=utf-8")
      .send(Readable.from(csvLines(store.teamRecords(team, r))));
  });
}

export const CSV_COLUMNS = [
  "record_id",
  "month",
  "team",
  "schema_version",
  ...PROFILE_FIELDS.map((f) => PROFILE_COLUMNS[f].column),
  "hours",
  "better_off_after_costs_weekly",
  "outcome",
  "flags",
];

/**
 * CSV (RFC 4180, CRLF). Every value comes from a closed list, a code pattern
 * or a number, so none needs quoting and none can start a spreadsheet
 * formula; lists are space-separated. Rows are yielded a page at a time.
 */
export async function* csvLines(records: Iterable<StoredRecord> | AsyncIterable<StoredRecord>): AsyncGenerator<string> {
  yield CSV_COLUMNS.join(",") + "\r\n";
  let chunk = "";
  for await (const rec of records) {
    const p = rec.profile;
    const head = [rec.id, rec.month, rec.team, rec.schemaVersion, ...PROFILE_FIELDS.map((f) => profileCsv(p, f))].join(",");
    for (const s of rec.scenarios) {
      const g = s.betterOffAfterCostsWeekly;
      chunk += `${head},${s.hours},${g},${g > 0 ? "better" : g < 0 ? "worse" : "same"},${s.flags.join(" ")}\r\n`;
    }
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}
