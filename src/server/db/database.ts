/**
 * Open the records database: WAL with `synchronous = FULL` (better-sqlite3's
 * WAL default, NORMAL, can lose the last commits on power loss; FULL syncs the
 * WAL on every commit, so an acknowledged record is on disk), then apply the
 * numbered migrations in db/migrations/, each in its own transaction, tracked
 * by PRAGMA user_version.
 */
import Database from "better-sqlite3";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type DB = Database.Database;

// From the module's own path (a string), not `new URL(…, import.meta.url)`: test
// environments such as jsdom replace the global URL class with their own.
const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations") + "/";

export interface Migration {
  readonly version: number;
  readonly file: string;
  readonly sql: string;
}

export class MigrationError extends Error {
  override readonly name = "MigrationError";
  constructor(message: string) {
    super(`[better-off] ${message}`);
  }
}

/** The migrations on disk, in order. Numbers must run 1, 2, 3… with no gaps or repeats. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const found = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .map((file) => {
      const m = /^(\d+)-[a-z0-9-]+\.sql$/.exec(file);
      if (!m) throw new MigrationError(`migration file name ${file} is not like 001-what-it-does.sql`);
      return { version: Number(m[1]), file, sql: readFileSync(`${dir}${file}`, "utf8") };
    })
    .sort((a, b) => a.version - b.version);
  found.forEach((m, i) => {
    if (m.version !== i + 1) throw new MigrationError(`migrations must be numbered 1, 2, 3… without gaps: found ${m.file} at position ${i + 1}`);
  });
  return found;
}

/**
 * Apply every migration newer than the database; returns the versions
 * applied. The version is read inside each migration's write transaction,
 * so two processes starting on a new file at once cannot both apply one.
 */
export function migrate(db: DB, migrations = readMigrations()): number[] {
  const latest = migrations.length;
  const applied: number[] = [];
  for (const m of migrations) {
    const done = db
      .transaction(() => {
        const current = db.pragma("user_version", { simple: true }) as number;
        if (current > latest) throw new MigrationError(`the database is at schema version ${current}, newer than this program knows (${latest}); run a newer version`);
        if (current >= m.version) return false;
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
        return true;
      })
      .immediate();
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Open (creating the file and its folder if needed) and migrate. `:memory:` works too. */
export function openDatabase(file: string): DB {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // Wait for another process (e.g. a second instance starting) rather than fail at once.
    db.pragma("busy_timeout = 10000");
    if (file !== ":memory:") {
      const mode = db.pragma("journal_mode = WAL", { simple: true });
      if (mode !== "wal") throw new MigrationError(`could not switch ${file} to WAL mode (got ${String(mode)})`);
    }
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    // 64 MB page cache: the id index of a million records stays in memory.
    db.pragma("cache_size = -65536");
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
