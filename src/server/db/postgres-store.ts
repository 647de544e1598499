/**
 * The PostgreSQL store (BETTER_OFF_DATABASE_URL=postgres://…): the same
 * tables, aggregates and guarantees as the SQLite store, for two or more
 * service instances sharing one database.
 *
 *  - Acknowledged after commit: a batch is stored by one INSERT statement,
 *    which commits on its own before it returns.
 *  - An id stored once: the unique constraint on records.id with ON CONFLICT
 *    (id) DO NOTHING. When two instances insert the same id at the same
 *    moment, PostgreSQL makes the second wait for the first's commit and
 *    then skips it; the rows it skipped are then read back and compared, so
 *    the same record again is "duplicate" and a different one "conflict".
 *  - Counted once: each stored record gets a row in `unfolded` in the same
 *    statement; folding deletes those rows and adds to the aggregates in one
 *    transaction, one instance at a time (a transaction-level advisory lock).
 *  - Summaries read the same aggregates through the same code (fold.ts,
 *    histogram.ts, summary.ts), in one REPEATABLE READ snapshot.
 *  - The summary cache: `version()` folds anything any instance has stored
 *    and reads fold_state.version (one small query when nothing waits), so
 *    another instance's write is never answered from a stale cache.
 */
import pg from "pg";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnonymisedRecord } from "../../records/schema.js";
import { MigrationError, readMigrations, type Migration } from "./database.js";
import { foldDeltas, type StoredScenarios } from "./fold.js";
import { addToHistogram, GainCounts } from "./histogram.js";
import { PROFILE_COLUMNS, PROFILE_FIELDS, type Aggregates, type MonthRange, type Profile, type StoredRecord, type StoreOutcome } from "./records-repository.js";
import type { RecordsStore } from "./store.js";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations-postgres") + "/";

/** Advisory lock keys (any two numbers that nothing else in the database uses). */
const MIGRATION_LOCK = 0x6265_7474; // "bett"
const FOLD_LOCK = 0x6f66_6630; // "off0"

const FIRST = "0000-00";
const LAST = "9999-99";

const column = (f: (typeof PROFILE_FIELDS)[number]) => PROFILE_COLUMNS[f].column;

/** Host, port and database of a connection string, never its user or password (for messages). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.host}${u.pathname}`;
  } catch {
    return "postgres://(a connection string that is not a valid URL)";
  }
}

/** Errors worth trying again: deadlock detected, serialization failure. */
const retryable = (e: unknown) => ["40P01", "40001"].includes(String((e as { code?: unknown }).code));

export class PostgresStore implements RecordsStore {
  readonly kind = "postgres";
  /** Batches written at once, each on its own connection: one commits while the next is sent. */
  readonly concurrentBatches = 2;
  private readonly profileIds = new Map<string, Promise<number>>();
  private readonly profilesById = new Map<number, Profile>();
  private readonly flagIds = new Map<string, Promise<number>>();
  private readonly flagCodes = new Map<number, string>();
  private unfolded = 0;
  private folding: Promise<void> | null = null;

  private constructor(
    readonly pool: pg.Pool,
    readonly where: string,
  ) {}

  /** Connect, apply the migrations, and load the flag codes. */
  static async open(url: string, poolSize = 10, migrations = readMigrations(MIGRATIONS_DIR)): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: "better-off", connectionTimeoutMillis: 10_000 });
    // A connection that breaks while idle (the server restarted, a fail-over) is dropped from the
    // pool and replaced on next use; without a listener it would end the process.
    pool.on("error", (e) => process.stderr.write(`[better-off] an idle PostgreSQL connection failed (it will be replaced): ${e.message}\n`));
    const store = new PostgresStore(pool, describeUrl(url));
    try {
      await migratePostgres(pool, migrations);
      await store.loadFlags();
      return store;
    } catch (e) {
      await pool.end().catch(() => {});
      throw e;
    }
  }

  get unfoldedCount(): number {
    return this.unfolded;
  }

  async store(records: readonly AnonymisedRecord[]): Promise<StoreOutcome[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.storeOnce(records);
      } catch (e) {
        if (attempt >= 5 || !retryable(e)) throw e;
      }
    }
  }

  private async storeOnce(records: readonly AnonymisedRecord[]): Promise<StoreOutcome[]> {
    const rows = await Promise.all(
      records.map(async (r) => {
        const flags = await Promise.all(r.scenarios.map((s) => Promise.all(s.flags.map((f) => this.flagId(f)))));
        const scenarios: StoredScenarios = r.scenarios.map((s, i) => [s.hours, s.betterOffAfterCostsWeekly, flags[i]!]);
        return { id: r.id, values: [r.team, r.month, r.schemaVersion, await this.profileId(r), JSON.stringify(scenarios)] as const };
      }),
    );
    // Each id once per statement, in id order: two instances inserting overlapping batches
    // then wait for each other's rows in the same order, so they cannot deadlock.
    const first = new Map<string, (typeof rows)[number]>();
    for (const row of rows) if (!first.has(row.id)) first.set(row.id, row);
    const batch = [...first.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const col = (i: number) => batch.map((b) => b.values[i]);
    const inserted = await this.pool.query<{ id: string }>(
      `WITH ins AS (
         INSERT INTO records (id, team, month, schema_version, profile, scenarios)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::integer[], $6::text[])
         ON CONFLICT (id) DO NOTHING
         RETURNING seq, id),
       queued AS (INSERT INTO unfolded (seq) SELECT seq FROM ins)
       SELECT id FROM ins`,
      [batch.map((b) => b.id), col(0), col(1), col(2), col(3), col(4)],
    );
    // Committed: the statement ran outside any transaction block.
    const stored = new Set(inserted.rows.map((r) => r.id));
    this.unfolded += stored.size;
    // Ids not inserted (already there, or repeated within this batch): read what is stored under them.
    const taken = new Set<string>();
    const seen = new Set<string>();
    for (const r of rows) {
      if (!stored.has(r.id) || seen.has(r.id)) taken.add(r.id);
      seen.add(r.id);
    }
    const existing = new Map<string, unknown[]>();
    if (taken.size) {
      const found = await this.pool.query({
        text: "SELECT id, team, month, schema_version, profile, scenarios FROM records WHERE id = ANY($1::text[])",
        values: [[...taken]],
        rowMode: "array",
      });
      for (const [id, ...rest] of found.rows as unknown[][]) existing.set(id as string, rest);
    }
    seen.clear();
    const outcomes = rows.map((r): StoreOutcome => {
      const isFirst = stored.has(r.id) && !seen.has(r.id);
      seen.add(r.id);
      if (isFirst) return "stored";
      const row = existing.get(r.id);
      return row && row.every((v, i) => v === r.values[i]) ? "duplicate" : "conflict";
    });
    return outcomes;
  }

  /**
   * The id of a record's profile row: added if new (in its own statement: a
   * profile row is harmless on its own). The look-up itself is cached, so the
   * records of a batch that share a new profile wait for one query.
   */
  private profileId(r: AnonymisedRecord): Promise<number> {
    const values = PROFILE_FIELDS.map((f) => (PROFILE_COLUMNS[f].toSql as (v: unknown) => string | number)(PROFILE_COLUMNS[f].get(r)));
    const key = values.join("|");
    let id = this.profileIds.get(key);
    if (id === undefined) {
      const cols = PROFILE_FIELDS.map(column);
      id = (async () => {
        await this.pool.query(`INSERT INTO profiles (${cols.join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")}) ON CONFLICT DO NOTHING`, values);
        return (await this.pool.query<{ id: number }>(`SELECT id FROM profiles WHERE ${cols.map((c, i) => `${c} = $${i + 1}`).join(" AND ")}`, values)).rows[0]!.id;
      })();
      this.profileIds.set(key, id);
      id.catch(() => this.profileIds.delete(key));
    }
    return id;
  }

  private flagId(code: string): Promise<number> {
    let id = this.flagIds.get(code);
    if (id === undefined) {
      id = (async () => {
        await this.pool.query("INSERT INTO flag_codes (code) VALUES ($1) ON CONFLICT DO NOTHING", [code]);
        const found = (await this.pool.query<{ id: number }>("SELECT id FROM flag_codes WHERE code = $1", [code])).rows[0]!.id;
        this.flagCodes.set(found, code);
        return found;
      })();
      this.flagIds.set(code, id);
      id.catch(() => this.flagIds.delete(code));
    }
    return id;
  }

  private rememberFlag(code: string, id: number) {
    this.flagIds.set(code, Promise.resolve(id));
    this.flagCodes.set(id, code);
  }

  private async loadFlags(): Promise<void> {
    for (const row of (await this.pool.query<{ id: number; code: string }>("SELECT id, code FROM flag_codes")).rows) this.rememberFlag(row.code, row.id);
  }

  /** A flag code from its id; ids added by another instance are loaded on first sight. */
  private async flagCodesFor(ids: Iterable<number>): Promise<void> {
    for (const id of ids)
      if (!this.flagCodes.has(id)) {
        await this.loadFlags();
        if (!this.flagCodes.has(id)) throw new Error(`[better-off] flag id ${id} is not in flag_codes`);
      }
  }

  private flagCode = (id: number): string => this.flagCodes.get(id)!;

  /** Fold everything stored (by any instance) into the aggregates; concurrent calls share one run. */
  fold(): Promise<void> {
    return (this.folding ??= this.foldAll().finally(() => (this.folding = null)));
  }

  private async foldAll(chunk = 20_000): Promise<void> {
    // Nothing waiting (the usual case for a summary): one small query, and no lock taken.
    if (!(await this.pool.query("SELECT 1 FROM unfolded LIMIT 1")).rowCount) {
      this.unfolded = 0;
      return;
    }
    for (;;) {
      const n = await this.transaction((c) => this.foldChunk(c, chunk));
      if (n < chunk) break;
    }
    this.unfolded = 0;
  }

  private async foldChunk(c: pg.PoolClient, chunk: number): Promise<number> {
    await c.query("SELECT pg_advisory_xact_lock($1)", [FOLD_LOCK]);
    const rows = (
      await c.query({
        text: `WITH batch AS (DELETE FROM unfolded WHERE seq IN (SELECT seq FROM unfolded ORDER BY seq LIMIT $1) RETURNING seq)
               SELECT r.team, r.month, r.scenarios FROM batch JOIN records r ON r.seq = batch.seq`,
        values: [chunk],
        rowMode: "array",
      })
    ).rows as [string, string, string][];
    // Rows whose record has gone (deleted by retention before it was counted) leave nothing to add.
    if (!rows.length) return (await c.query("SELECT 1 FROM unfolded LIMIT 1")).rowCount ? chunk : 0;
    const flagIds = new Set<number>();
    for (const [, , s] of rows) for (const [, , flags] of JSON.parse(s) as StoredScenarios) for (const f of flags) flagIds.add(f);
    await this.flagCodesFor(flagIds);
    const d = foldDeltas(rows, this.flagCode);
    if (d.months.length)
      await c.query(
        `INSERT INTO month_counts (team, month, records) SELECT * FROM unnest($1::text[], $2::text[], $3::integer[])
         ON CONFLICT (team, month) DO UPDATE SET records = month_counts.records + excluded.records`,
        [d.months.map((m) => m.team), d.months.map((m) => m.month), d.months.map((m) => m.records)],
      );
    if (d.gains.length) {
      const keys = [d.gains.map((g) => g.team), d.gains.map((g) => g.month), d.gains.map((g) => g.hours)];
      const old = new Map<string, Buffer>();
      const found = await c.query({
        text: `SELECT h.team, h.month, h.hours, h.bins FROM gain_histograms h
               JOIN unnest($1::text[], $2::text[], $3::text[]) AS k (team, month, hours)
                 ON h.team = k.team AND h.month = k.month AND h.hours = k.hours`,
        values: keys,
        rowMode: "array",
      });
      for (const [team, month, hours, bins] of found.rows as [string, string, string, Buffer][]) old.set(`${team}\n${month}\n${hours}`, bins);
      await c.query(
        `INSERT INTO gain_histograms (team, month, hours, bins) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[])
         ON CONFLICT (team, month, hours) DO UPDATE SET bins = excluded.bins`,
        [...keys, d.gains.map((g) => addToHistogram(old.get(`${g.team}\n${g.month}\n${g.hours}`), g.delta))],
      );
    }
    if (d.reasons.length)
      await c.query(
        `INSERT INTO worse_off_reasons (team, month, code, results) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[])
         ON CONFLICT (team, month, code) DO UPDATE SET results = worse_off_reasons.results + excluded.results`,
        [d.reasons.map((r) => r.team), d.reasons.map((r) => r.month), d.reasons.map((r) => r.code), d.reasons.map((r) => r.results)],
      );
    await c.query("UPDATE fold_state SET version = version + 1 WHERE id = 1");
    return rows.length;
  }

  async version(): Promise<number> {
    const read = async () =>
      (await this.pool.query<{ version: string; pending: boolean }>("SELECT version, EXISTS (SELECT 1 FROM unfolded) AS pending FROM fold_state WHERE id = 1")).rows[0]!;
    let v = await read();
    if (v.pending) {
      await this.fold();
      v = await read();
    }
    return Number(v.version);
  }

  /** Run `f` in a transaction on one connection (retried on deadlock or serialization failure). */
  private async transaction<T>(f: (c: pg.PoolClient) => Promise<T>, begin = "BEGIN"): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool.connect();
      try {
        await c.query(begin);
        const result = await f(c);
        await c.query("COMMIT");
        c.release();
        return result;
      } catch (e) {
        // A connection that cannot even roll back is broken: it is closed, not reused.
        const rolledBack = await c.query("ROLLBACK").then(() => true, () => false);
        c.release(!rolledBack);
        if (attempt >= 5 || !retryable(e)) throw e;
      }
    }
  }

  /** Read the aggregates in one snapshot, so a fold committing meanwhile is seen wholly or not at all. */
  private snapshot<T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.transaction(f, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  async teamAggregates(team: string, range: MonthRange): Promise<Aggregates> {
    await this.fold();
    const [from, to] = [range.from ?? FIRST, range.to ?? LAST];
    return this.snapshot(async (c) => {
      const q = (text: string) => c.query({ text, values: [team, from, to], rowMode: "array" }).then((r) => r.rows as unknown[][]);
      const months = (await q("SELECT month, records FROM month_counts WHERE team = $1 AND month BETWEEN $2 AND $3 ORDER BY month")) as [string, number][];
      const hours = new Map<string, GainCounts>();
      for (const [h, bins] of (await q("SELECT hours, bins FROM gain_histograms WHERE team = $1 AND month BETWEEN $2 AND $3")) as [string, Buffer][]) {
        let g = hours.get(h);
        if (!g) hours.set(h, (g = new GainCounts()));
        g.addBlob(bins);
      }
      const reasons = new Map(
        (await q("SELECT code, SUM(results)::integer FROM worse_off_reasons WHERE team = $1 AND month BETWEEN $2 AND $3 GROUP BY code")) as [string, number][],
      );
      return { months, hours, reasons };
    });
  }

  async allAggregates(range: MonthRange): Promise<Map<string, Aggregates>> {
    await this.fold();
    const [from, to] = [range.from ?? FIRST, range.to ?? LAST];
    return this.snapshot(async (c) => {
      const q = (text: string) => c.query({ text, values: [from, to], rowMode: "array" }).then((r) => r.rows as unknown[][]);
      const teams = new Map<string, Aggregates>();
      const of = (team: string) => {
        let a = teams.get(team);
        if (!a) teams.set(team, (a = { months: [], hours: new Map(), reasons: new Map() }));
        return a;
      };
      for (const [team, month, n] of (await q("SELECT team, month, records FROM month_counts WHERE month BETWEEN $1 AND $2 ORDER BY team, month")) as [string, string, number][])
        of(team).months.push([month, n]);
      for (const [team, h, bins] of (await q("SELECT team, hours, bins FROM gain_histograms WHERE month BETWEEN $1 AND $2")) as [string, string, Buffer][]) {
        const a = of(team);
        let g = a.hours.get(h);
        if (!g) a.hours.set(h, (g = new GainCounts()));
        g.addBlob(bins);
      }
      for (const [team, code, n] of (await q(
        "SELECT team, code, SUM(results)::integer FROM worse_off_reasons WHERE month BETWEEN $1 AND $2 GROUP BY team, code",
      )) as [string, string, number][])
        of(team).reasons.set(code, n);
      return teams;
    });
  }

  async teams(): Promise<string[]> {
    await this.fold();
    return (await this.pool.query<{ team: string }>("SELECT DISTINCT team FROM month_counts ORDER BY team")).rows.map((r) => r.team);
  }

  /** A page at a time, by (month, id) after the last row of the page before: no cursor held open between pages. */
  async *teamRecords(team: string, range: MonthRange, pageSize = 2000): AsyncGenerator<StoredRecord> {
    const [from, to] = [range.from ?? FIRST, range.to ?? LAST];
    let after: [string, string] = ["", ""];
    for (;;) {
      const rows = (
        await this.pool.query({
          text: `SELECT id, team, month, schema_version, profile, scenarios FROM records
                 WHERE team = $1 AND month BETWEEN $2 AND $3 AND (month, id) > ($4, $5) ORDER BY month, id LIMIT $6`,
          values: [team, from, to, after[0], after[1], pageSize],
          rowMode: "array",
        })
      ).rows as [string, string, string, number, number, string][];
      const parsed = rows.map((r) => JSON.parse(r[5]) as StoredScenarios);
      await this.flagCodesFor(new Set(parsed.flatMap((s) => s.flatMap(([, , f]) => f))));
      for (const [i, [id, t, month, schemaVersion, profile]] of rows.entries())
        yield {
          id,
          team: t,
          month,
          schemaVersion,
          profile: await this.profile(profile),
          scenarios: parsed[i]!.map(([hours, gain, flags]) => ({ hours, betterOffAfterCostsWeekly: gain, flags: flags.map(this.flagCode) })),
        };
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1]!;
      after = [last[2], last[0]];
    }
  }

  private async profile(id: number): Promise<Profile> {
    let p = this.profilesById.get(id);
    if (!p) {
      const row = (await this.pool.query<Record<string, unknown>>("SELECT * FROM profiles WHERE id = $1", [id])).rows[0]!;
      p = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, PROFILE_COLUMNS[f].fromSql(row[column(f)])])) as unknown as Profile;
      this.profilesById.set(id, p);
    }
    return p;
  }

  async count(): Promise<number> {
    return (await this.pool.query<{ n: number }>("SELECT COUNT(*)::integer AS n FROM records")).rows[0]!.n;
  }

  async countId(id: string): Promise<number> {
    return (await this.pool.query<{ n: number }>("SELECT COUNT(*)::integer AS n FROM records WHERE id = $1", [id])).rows[0]!.n;
  }

  /**
   * One team at a time; each under the fold lock, so no fold running on
   * another instance can add a deleted record back into the aggregates.
   */
  async deleteBefore(firstKept: string): Promise<number> {
    await this.fold();
    const teams = (await this.pool.query<{ team: string }>("SELECT DISTINCT team FROM month_counts WHERE month < $1", [firstKept])).rows.map((r) => r.team);
    let deleted = 0;
    for (const team of teams)
      deleted += await this.transaction(async (c) => {
        await c.query("SELECT pg_advisory_xact_lock($1)", [FOLD_LOCK]);
        const n = (await c.query("DELETE FROM records WHERE team = $1 AND month < $2", [team, firstKept])).rowCount ?? 0;
        for (const table of ["month_counts", "gain_histograms", "worse_off_reasons"]) await c.query(`DELETE FROM ${table} WHERE team = $1 AND month < $2`, [team, firstKept]);
        await c.query("UPDATE fold_state SET version = version + 1 WHERE id = 1");
        return n;
      });
    return deleted;
  }

  async probeWrite(): Promise<void> {
    await this.pool.query("UPDATE fold_state SET version = version WHERE id = 1");
  }

  private closing: Promise<void> | null = null;

  close(): Promise<void> {
    return (this.closing ??= (async () => {
      await this.folding?.catch(() => {});
      await this.pool.end();
    })());
  }
}

/**
 * Apply every migration newer than the database, each in its own
 * transaction with its row in schema_migrations, under an advisory lock (so
 * instances starting together apply each once). Refuses a database newer
 * than this program. Returns the versions applied.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[]): Promise<number[]> {
  const latest = migrations.length;
  const applied: number[] = [];
  for (const m of [null, ...migrations]) {
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      // Created only if missing: IF NOT EXISTS would still need the CREATE privilege, which the service's role need not have.
      if (!(await c.query("SELECT to_regclass('schema_migrations') AS t")).rows[0].t)
        await c.query("CREATE TABLE schema_migrations (version integer PRIMARY KEY, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
      const current = Number((await c.query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")).rows[0].v);
      if (current > latest) throw new MigrationError(`the database is at schema version ${current}, newer than this program knows (${latest}); run a newer version`);
      if (m && current < m.version) {
        if (current !== m.version - 1) throw new MigrationError(`the database is at schema version ${current}, so migration ${m.file} cannot be applied`);
        await c.query(m.sql);
        await c.query("INSERT INTO schema_migrations (version, file) VALUES ($1, $2)", [m.version, m.file]);
        applied.push(m.version);
      }
      await c.query("COMMIT");
      c.release();
    } catch (e) {
      const rolledBack = await c.query("ROLLBACK").then(() => true, () => false);
      c.release(!rolledBack);
      throw e;
    }
  }
  return applied;
}
