/**
 * The embedded store (the default): one SQLite file, written through the
 * synchronous RecordsRepository. Each call runs to completion on the event
 * loop, exactly as the repository always has; only the signatures are the
 * asynchronous ones of RecordsStore.
 */
import type { AnonymisedRecord } from "../../records/schema.js";
import { openDatabase, type DB } from "./database.js";
import { RecordsRepository, type MonthRange } from "./records-repository.js";
import type { RecordsStore } from "./store.js";

export class SqliteStore implements RecordsStore {
  readonly kind = "sqlite";
  /** One writer: better-sqlite3 is synchronous, and SQLite has one writer anyway. */
  readonly concurrentBatches = 1;
  readonly repo: RecordsRepository;
  private readonly probe: () => void;

  constructor(
    readonly db: DB,
    readonly where: string,
  ) {
    this.repo = new RecordsRepository(db);
    const probeWrite = db.prepare("UPDATE fold_state SET folded_to = folded_to WHERE id = 1");
    const probe = db.transaction(() => probeWrite.run());
    this.probe = () => probe.immediate();
  }

  static open(file: string): SqliteStore {
    return new SqliteStore(openDatabase(file), file);
  }

  async store(records: readonly AnonymisedRecord[]) {
    return this.repo.store(records);
  }
  get unfoldedCount() {
    return this.repo.unfoldedCount;
  }
  async fold() {
    this.repo.fold();
  }
  async version() {
    this.repo.fold();
    return this.repo.version;
  }
  async teamAggregates(team: string, range: MonthRange) {
    return this.repo.teamAggregates(team, range);
  }
  async allAggregates(range: MonthRange) {
    return this.repo.allAggregates(range);
  }
  async teams() {
    return this.repo.teams();
  }
  teamRecords(team: string, range: MonthRange) {
    return this.repo.teamRecords(team, range);
  }
  async count() {
    return this.repo.count();
  }
  async countId(id: string) {
    return this.repo.countId(id);
  }
  async deleteBefore(firstKept: string) {
    return this.repo.deleteBefore(firstKept);
  }
  async probeWrite() {
    this.probe();
  }
  async close() {
    this.db.close();
  }
}
