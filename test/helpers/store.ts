/**
 * Which store the service tests run against: SQLite (the default project)
 * or PostgreSQL (the "postgres" project in vite.config.ts sets
 * BETTER_OFF_TEST_STORE=postgres and starts one server for the run). The same
 * tests run against both; each test app gets a fresh, empty store.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { createDatabase, queryDatabase } from "./postgres.js";

export type StoreKind = "sqlite" | "postgres";
export const TEST_STORE: StoreKind = process.env.BETTER_OFF_TEST_STORE === "postgres" ? "postgres" : "sqlite";

export interface TestStore {
  readonly kind: StoreKind;
  /** Settings that select it (config file names). */
  readonly config: { db: string } | { databaseUrl: string };
  /** The same, as environment variables for a service started as a child process. */
  readonly env: Record<string, string>;
  /** Run one SQL query (written to work on both) and return its rows. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
}

/** The PostgreSQL server of this test run (started by postgres-global-setup.ts). */
export async function postgresAdminUrl(): Promise<string> {
  const { inject } = await import("vitest");
  const url = inject("postgresAdminUrl");
  if (!url) throw new Error("no PostgreSQL for this test run: the postgres test project's global set-up did not start one");
  return url;
}

/** A fresh store of the kind under test; for SQLite, a file in `dir`. */
export async function freshStore(dir: string, kind: StoreKind = TEST_STORE): Promise<TestStore> {
  if (kind === "postgres") {
    const db = await createDatabase(await postgresAdminUrl());
    return { kind, config: { databaseUrl: db.url }, env: { BETTER_OFF_DATABASE_URL: db.url }, query: (sql) => queryDatabase(db.url, sql), drop: db.drop };
  }
  const file = join(dir, "data", "records.sqlite");
  return {
    kind,
    config: { db: file },
    env: { BETTER_OFF_DB: file },
    query: async <T>(sql: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(sql).all() as T[];
      } finally {
        db.close();
      }
    },
    drop: async () => {},
  };
}
