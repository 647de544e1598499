/**
 * What the service needs from a records store, whichever database holds
 * the records: the embedded SQLite file (sqlite-store.ts, the default) or
 * PostgreSQL (postgres-store.ts, chosen by BETTER_OFF_DATABASE_URL), for
 * several instances behind a load balancer.
 *
 * Both keep the same guarantees: a record is acknowledged only after the
 * commit that holds it; an id is stored once (a unique constraint, never a
 * read-then-write), a resend of the same record is "duplicate", a different
 * record with a used id "conflict"; records are folded into the same
 * aggregates (fold.ts) exactly once, and every summary folds first; the CSV
 * is read a page at a time.
 */
import type { AnonymisedRecord } from "../../records/schema.js";
import type { Aggregates, MonthRange, StoredRecord, StoreOutcome } from "./records-repository.js";

export interface RecordsStore {
  /** "sqlite" or "postgres", for messages. */
  readonly kind: "sqlite" | "postgres";
  /** Where the records are, for messages (a file, or the PostgreSQL host and database; never a password). */
  readonly where: string;
  /** How many store() calls the writer may have under way at once. */
  readonly concurrentBatches: number;
  /** Store records in one transaction; resolves with one outcome per record once committed, rejects if nothing was. */
  store(records: readonly AnonymisedRecord[]): Promise<StoreOutcome[]>;
  /** Records this instance stored and has not folded yet (the writer folds once enough wait). */
  readonly unfoldedCount: number;
  /** Fold every stored record into the aggregates. */
  fold(): Promise<void>;
  /**
   * Fold, then say which state of the aggregates the summaries would read
   * now: a number that changes whenever what they count changes, on any
   * instance. Summaries cached under another number are stale.
   */
  version(): Promise<number>;
  teamAggregates(team: string, range: MonthRange): Promise<Aggregates>;
  allAggregates(range: MonthRange): Promise<Map<string, Aggregates>>;
  /** Teams that have records. */
  teams(): Promise<string[]>;
  /** One team's records in month then id order, read a page at a time. */
  teamRecords(team: string, range: MonthRange): Iterable<StoredRecord> | AsyncIterable<StoredRecord>;
  /** Number of records stored (all teams). */
  count(): Promise<number>;
  /** How many records hold this id (0 or 1: the id is unique). */
  countId(id: string): Promise<number>;
  /** Delete records and their aggregates from months before `firstKept`; resolves with how many records went. */
  deleteBefore(firstKept: string): Promise<number>;
  /** A real (no-op) committed write: rejects if the database cannot be written. */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}
