/**
 * The store the configuration names: PostgreSQL when databaseUrl
 * (BETTER_OFF_DATABASE_URL) is set, else the SQLite file `db`. A failure is
 * one sentence naming the setting (and never the connection string's password).
 */
import type { Config } from "../config.js";
import { PostgresStore, describeUrl } from "./postgres-store.js";
import { SqliteStore } from "./sqlite-store.js";
import type { RecordsStore } from "./store.js";

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/^\[better-off\]\s*/, "");

export async function openStore(config: Pick<Config, "db" | "databaseUrl" | "databasePoolSize">): Promise<RecordsStore> {
  if (config.databaseUrl) {
    try {
      return await PostgresStore.open(config.databaseUrl, config.databasePoolSize);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      throw new Error(`cannot open the PostgreSQL database ${describeUrl(config.databaseUrl)} (setting databaseUrl, BETTER_OFF_DATABASE_URL): ${reason(e)}${typeof code === "string" ? ` (${code})` : ""}`, { cause: e });
    }
  }
  try {
    return SqliteStore.open(config.db);
  } catch (e) {
    throw new Error(`cannot open the database ${config.db} (setting db, BETTER_OFF_DB): ${reason(e)}`, { cause: e });
  }
}
