/**
 * All SQL for records: store, fold into the aggregates, read aggregates for
 * summaries, page through records for CSV, apply retention.
 * Synchronous (better-sqlite3): no async code inside a transaction.
 */
import type { AnonymisedRecord } from "../../records/schema.js";
import type Database from "better-sqlite3";
import type { DB } from "./database.js";
import { addToHistogram, GainCounts } from "./histogram.js";
import { foldDeltas } from "./fold.js";

/** "stored"; "duplicate": the same record (same id, same content) is already there; "conflict": a different record has this id. */
export type StoreOutcome = "stored" | "duplicate" | "conflict";

/** A month range, both ends included; either may be open. */
export interface MonthRange {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface Aggregates {
  /** Records per month, ascending. */
  readonly months: [month: string, records: number][];
  /** Gains per hours level. */
  readonly hours: Map<string, GainCounts>;
  /** Worse-off results per reason code. */
  readonly reasons: Map<string, number>;
}

/** One record as a CSV row source: the record's fields flattened, one entry per scenario. */
export interface StoredRecord {
  readonly id: string;
  readonly team: string;
  readonly month: string;
  readonly schemaVersion: number;
  readonly profile: Profile;
  readonly scenarios: readonly { hours: string; betterOffAfterCostsWeekly: number; flags: string[] }[];
}

/** A profile column holding a text code, copied from the record as it is. */
const text = (get: (r: AnonymisedRecord) => string) => ({ get, toSql: (v: string): string | number => v, fromSql: (v: unknown) => String(v), csv: (v: string) => v });

/**
 * The coarse household facts of a record, stored once per distinct
 * combination in `profiles`: the one list that the SQL (insert, look-up,
 * read), the `Profile` type and the CSV's columns are made from. Migration
 * 001 created the table; test/server/database.test.ts checks its columns are
 * these, in this order.
 */
export const PROFILE_COLUMNS = {
  rulesId: { column: "rules_id", ...text((r) => r.rulesId) },
  engineVersion: { column: "engine_version", ...text((r) => r.engineVersion) },
  region: { column: "region", ...text((r) => r.region) },
  adults: { column: "adults", ...text((r) => r.household.adults) },
  children: { column: "children", ...text((r) => r.household.children) },
  ageBand: { column: "age_band", ...text((r) => r.household.ageBand) },
  health: { column: "health", ...text((r) => r.household.health) },
  disabilityBenefit: {
    column: "disability_benefit",
    get: (r: AnonymisedRecord) => r.household.disabilityBenefit,
    toSql: (v: boolean): string | number => (v ? 1 : 0),
    fromSql: (v: unknown) => v === 1,
    csv: (v: boolean) => (v ? "yes" : "no"),
  },
  tenure: { column: "tenure", ...text((r) => r.household.tenure) },
  /** Codes separated by spaces, in record order. */
  benefitsBefore: { column: "benefits_before", ...text((r) => r.household.benefitsBefore.join(" ")) },
  wageBand: { column: "wage_band", ...text((r) => r.household.wageBand) },
} as const;

type ProfileColumns = typeof PROFILE_COLUMNS;
export type ProfileField = keyof ProfileColumns;
export type Profile = { readonly [K in ProfileField]: ReturnType<ProfileColumns[K]["get"]> };
export const PROFILE_FIELDS = Object.keys(PROFILE_COLUMNS) as ProfileField[];
const column = (f: ProfileField) => PROFILE_COLUMNS[f].column;
/** A profile field's value as the CSV writes it. */
export const profileCsv = (p: Profile, f: ProfileField): string => (PROFILE_COLUMNS[f].csv as (v: unknown) => string)(p[f]);

const FIRST = "0000-00";
const LAST = "9999-99";

export class RecordsRepository {
  private readonly profileIds = new Map<string, number>();
  private readonly profilesById = new Map<number, Profile>();
  private readonly flagIds = new Map<string, number>();
  private readonly flagCodes = new Map<number, string>();
  private readonly q;
  private readonly storeTx: Database.Transaction<(records: readonly AnonymisedRecord[]) => StoreOutcome[]>;
  private readonly foldTx: Database.Transaction<(chunk: number) => number>;
  private unfolded = 0;
  private changes = 0;

  constructor(readonly db: DB) {
    this.q = {
      insertRecord: db.prepare("INSERT INTO records (id, team, month, schema_version, profile, scenarios) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
      insertProfile: db.prepare(
        `INSERT INTO profiles (${PROFILE_FIELDS.map(column).join(", ")}) VALUES (${PROFILE_FIELDS.map((f) => `@${f}`).join(", ")}) ON CONFLICT DO NOTHING`,
      ),
      profileId: db.prepare(`SELECT id FROM profiles WHERE ${PROFILE_FIELDS.map((f) => `${column(f)} = @${f}`).join(" AND ")}`).pluck(),
      profile: db.prepare("SELECT * FROM profiles WHERE id = ?"),
      insertFlag: db.prepare("INSERT INTO flag_codes (code) VALUES (?) ON CONFLICT DO NOTHING"),
      flagId: db.prepare("SELECT id FROM flag_codes WHERE code = ?").pluck(),
      allFlags: db.prepare("SELECT id, code FROM flag_codes"),
      addMonth: db.prepare("INSERT INTO month_counts (team, month, records) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET records = records + excluded.records"),
      bins: db.prepare("SELECT bins FROM gain_histograms WHERE team = ? AND month = ? AND hours = ?").pluck(),
      putBins: db.prepare("INSERT INTO gain_histograms (team, month, hours, bins) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET bins = excluded.bins"),
      addReason: db.prepare("INSERT INTO worse_off_reasons (team, month, code, results) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET results = results + excluded.results"),
      teamMonths: db.prepare("SELECT month, records FROM month_counts WHERE team = ? AND month BETWEEN ? AND ? ORDER BY month").raw(),
      teamBins: db.prepare("SELECT hours, bins FROM gain_histograms WHERE team = ? AND month BETWEEN ? AND ?").raw(),
      teamReasons: db.prepare("SELECT code, SUM(results) FROM worse_off_reasons WHERE team = ? AND month BETWEEN ? AND ? GROUP BY code").raw(),
      allMonths: db.prepare("SELECT team, month, records FROM month_counts WHERE month BETWEEN ? AND ? ORDER BY team, month").raw(),
      allBins: db.prepare("SELECT team, hours, bins FROM gain_histograms WHERE month BETWEEN ? AND ?").raw(),
      allReasons: db.prepare("SELECT team, code, SUM(results) FROM worse_off_reasons WHERE month BETWEEN ? AND ? GROUP BY team, code").raw(),
      teams: db.prepare("SELECT DISTINCT team FROM month_counts ORDER BY team").pluck(),
      page: db.prepare(
        `SELECT id, team, month, schema_version, profile, scenarios FROM records
         WHERE team = ? AND month BETWEEN ? AND ? AND (month, id) > (?, ?) ORDER BY month, id LIMIT ?`,
      ).raw(),
      count: db.prepare("SELECT COUNT(*) FROM records").pluck(),
      foldedTo: db.prepare("SELECT folded_to FROM fold_state WHERE id = 1").pluck(),
      setFoldedTo: db.prepare("UPDATE fold_state SET folded_to = ? WHERE id = 1"),
      unfolded: db.prepare("SELECT seq, team, month, scenarios FROM records WHERE seq > ? ORDER BY seq LIMIT ?").raw(),
      countById: db.prepare("SELECT COUNT(*) FROM records WHERE id = ?").pluck(),
      byId: db.prepare("SELECT team, month, schema_version, profile, scenarios FROM records WHERE id = ?").raw(),
    };
    for (const row of this.q.allFlags.all() as { id: number; code: string }[]) this.rememberFlag(row.code, row.id);
    this.storeTx = db.transaction((records: readonly AnonymisedRecord[]) => this.storeInTransaction(records));
    this.foldTx = db.transaction((chunk: number) => this.foldChunk(chunk));
  }

  /**
   * Store records in one transaction (one commit, one fsync): each gets
   * "stored", or "duplicate" if its id is already there (then nothing about it
   * is counted again). Throws if the commit fails: then nothing was stored.
   * The aggregates catch up in fold(), which every summary runs first.
   */
  store(records: readonly AnonymisedRecord[]): StoreOutcome[] {
    try {
      const outcomes = this.storeTx.immediate(records);
      this.unfolded += outcomes.filter((o) => o === "stored").length;
      return outcomes;
    } catch (e) {
      this.forgetCaches();
      throw e;
    }
  }

  /** Goes up whenever what the summaries count changes (records folded in or deleted): summaries cached under an older version are stale. */
  get version(): number {
    return this.changes;
  }

  /** Records stored since the last fold, as far as this connection knows. */
  get unfoldedCount(): number {
    return this.unfolded;
  }

  private storeInTransaction(records: readonly AnonymisedRecord[]): StoreOutcome[] {
    return records.map((r): StoreOutcome => {
      const scenarios = r.scenarios.map((s) => [s.hours, s.betterOffAfterCostsWeekly, s.flags.map((f) => this.flagId(f))]);
      const row = [r.team, r.month, r.schemaVersion, this.profileId(r), JSON.stringify(scenarios)] as const;
      const info = this.q.insertRecord.run(r.id, ...row);
      if (info.changes === 1) return "stored";
      // The id is taken: the same record sent again, or a different one with the same id?
      const stored = this.q.byId.get(r.id) as unknown[] | undefined;
      return stored && stored.every((v, i) => v === row[i]) ? "duplicate" : "conflict";
    });
  }

  /**
   * Count every record stored since the last fold into the aggregates, and
   * move the watermark on, in one transaction per `chunk` records: a record
   * is counted exactly once, even if the process dies part way.
   */
  fold(chunk = 20_000): number {
    let folded = 0;
    for (;;) {
      const n = this.foldTx.immediate(chunk);
      folded += n;
      if (n < chunk) break;
    }
    this.unfolded = 0;
    if (folded) this.changes++;
    return folded;
  }

  private foldChunk(chunk: number): number {
    const from = this.q.foldedTo.get() as number;
    const rows = this.q.unfolded.all(from, chunk) as [number, string, string, string][];
    if (!rows.length) return 0;
    const d = foldDeltas(
      rows.map(([, team, month, scenarios]) => [team, month, scenarios] as const),
      (f) => this.flagCode(f),
    );
    for (const m of d.months) this.q.addMonth.run(m.team, m.month, m.records);
    for (const g of d.gains) {
      const old = this.q.bins.get(g.team, g.month, g.hours) as Buffer | undefined;
      this.q.putBins.run(g.team, g.month, g.hours, addToHistogram(old, g.delta));
    }
    for (const r of d.reasons) this.q.addReason.run(r.team, r.month, r.code, r.results);
    this.q.setFoldedTo.run(rows[rows.length - 1]![0]);
    return rows.length;
  }

  private profileId(r: AnonymisedRecord): number {
    const params: Record<string, string | number> = {};
    for (const f of PROFILE_FIELDS) params[f] = (PROFILE_COLUMNS[f].toSql as (v: unknown) => string | number)(PROFILE_COLUMNS[f].get(r));
    const key = PROFILE_FIELDS.map((f) => params[f]).join("|");
    let id = this.profileIds.get(key);
    if (id === undefined) {
      this.q.insertProfile.run(params);
      id = this.q.profileId.get(params) as number;
      // Cached only once the row is known to exist; if this transaction rolls
      // back, the row is gone, so forget everything cached in it (see store()).
      this.profileIds.set(key, id);
    }
    return id;
  }

  private flagId(code: string): number {
    let id = this.flagIds.get(code);
    if (id === undefined) {
      this.q.insertFlag.run(code);
      id = this.q.flagId.get(code) as number;
      this.rememberFlag(code, id);
    }
    return id;
  }

  private rememberFlag(code: string, id: number) {
    this.flagIds.set(code, id);
    this.flagCodes.set(id, code);
  }

  /** Forget cached ids (after a failed transaction, whose new rows were rolled back). */
  forgetCaches(): void {
    this.profileIds.clear();
    this.profilesById.clear();
    this.flagIds.clear();
    this.flagCodes.clear();
    for (const row of this.q.allFlags.all() as { id: number; code: string }[]) this.rememberFlag(row.code, row.id);
  }

  /** Aggregates for one team over a month range. */
  teamAggregates(team: string, range: MonthRange): Aggregates {
    this.fold();
    const [from, to] = [range.from ?? FIRST, range.to ?? LAST];
    const hours = new Map<string, GainCounts>();
    for (const [h, bins] of this.q.teamBins.all(team, from, to) as [string, Buffer][]) {
      let g = hours.get(h);
      if (!g) hours.set(h, (g = new GainCounts()));
      g.addBlob(bins);
    }
    return {
      months: this.q.teamMonths.all(team, from, to) as [string, number][],
      hours,
      reasons: new Map(this.q.teamReasons.all(team, from, to) as [string, number][]),
    };
  }

  /** Aggregates for every team over a month range, in team order. */
  allAggregates(range: MonthRange): Map<string, Aggregates> {
    this.fold();
    const [from, to] = [range.from ?? FIRST, range.to ?? LAST];
    const teams = new Map<string, Aggregates>();
    const of = (team: string) => {
      let a = teams.get(team);
      if (!a) teams.set(team, (a = { months: [], hours: new Map(), reasons: new Map() }));
      return a;
    };
    for (const [team, month, n] of this.q.allMonths.all(from, to) as [string, string, number][]) of(team).months.push([month, n]);
    for (const [team, h, bins] of this.q.allBins.all(from, to) as [string, string, Buffer][]) {
      const a = of(team);
      let g = a.hours.get(h);
      if (!g) a.hours.set(h, (g = new GainCounts()));
      g.addBlob(bins);
    }
    for (const [team, code, n] of this.q.allReasons.all(from, to) as [string, string, number][]) of(team).reasons.set(code, n);
    return teams;
  }

  /** Teams that have records. */
  teams(): string[] {
    this.fold();
    return this.q.teams.all() as string[];
  }

  /** One team's records in month then id order, a page at a time (nothing is held open between pages). */
  *teamRecords(team: string, range: MonthRange, pageSize = 2000): Generator<StoredRecord> {
    const [from, to] = [range.from ?? FIRST, range.to ?? LAST];
    let after: [string, string] = ["", ""];
    for (;;) {
      const rows = this.q.page.all(team, from, to, after[0], after[1], pageSize) as [string, string, string, number, number, string][];
      for (const [id, t, month, schemaVersion, profile, scenarios] of rows)
        yield {
          id,
          team: t,
          month,
          schemaVersion,
          profile: this.profile(profile),
          scenarios: (JSON.parse(scenarios) as [string, number, number[]][]).map(([hours, gain, flags]) => ({
            hours,
            betterOffAfterCostsWeekly: gain,
            flags: flags.map((f) => this.flagCode(f)),
          })),
        };
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1]!;
      after = [last[2], last[0]];
    }
  }

  private profile(id: number): Profile {
    let p = this.profilesById.get(id);
    if (!p) {
      const row = this.q.profile.get(id) as Record<string, unknown>;
      p = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, PROFILE_COLUMNS[f].fromSql(row[column(f)])])) as unknown as Profile;
      this.profilesById.set(id, p);
    }
    return p;
  }

  private flagCode(id: number): string {
    let code = this.flagCodes.get(id);
    if (code === undefined) {
      this.forgetCaches();
      code = this.flagCodes.get(id);
      if (code === undefined) throw new Error(`[better-off] flag id ${id} is not in flag_codes`);
    }
    return code;
  }

  /** Number of records stored (all teams). */
  count(): number {
    return this.q.count.get() as number;
  }

  /** How many rows hold this id (0 or 1: the id is unique). */
  countId(id: string): number {
    return this.q.countById.get(id) as number;
  }

  /**
   * Delete records (and their aggregates) from months before `firstKept`.
   * Aggregates are kept per month, so whole months go together. One team at
   * a time, so no single transaction holds the writer for long.
   */
  deleteBefore(firstKept: string): number {
    this.fold();
    let deleted = 0;
    const teams = this.db.prepare("SELECT DISTINCT team FROM month_counts WHERE month < ?").pluck().all(firstKept) as string[];
    const del = this.db.transaction((team: string) => {
      const n = this.db.prepare("DELETE FROM records WHERE team = ? AND month < ?").run(team, firstKept).changes;
      for (const table of ["month_counts", "gain_histograms", "worse_off_reasons"])
        this.db.prepare(`DELETE FROM ${table} WHERE team = ? AND month < ?`).run(team, firstKept);
      return n;
    });
    for (const team of teams) deleted += del.immediate(team);
    this.changes++;
    return deleted;
  }
}
