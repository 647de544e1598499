/**
 * The service built in-process (`buildApp`, no listening: use `app.inject`)
 * on a fresh store of the kind under test (store.ts: a real SQLite file in a
 * temporary folder, or a new database on the test run's PostgreSQL), with a
 * fixed clock.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import type { ConfigInput } from "../../src/server/config.js";
import type { AnonymisedRecord } from "../../src/records/schema.js";
import { freshStore, type TestStore } from "./store.js";

/** The tests' "today": records from 2026-04 to 2026-07 are all within the service's window. */
export const TODAY = new Date("2026-06-15T12:00:00Z");

export interface TestApp {
  readonly app: FastifyInstance;
  readonly dir: string;
  readonly store: TestStore;
  post(record: unknown, headers?: Record<string, string>): Promise<{ statusCode: number; json: () => any; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

export async function testApp(config: ConfigInput = {}, opts: { errorLog?: (line: string) => void } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), "better-off-test-"));
  const dist = join(dir, "dist");
  mkdirSync(dist);
  writeFileSync(join(dist, "index.html"), '<!doctype html><title>demo</title><script type="module" src="./better-off-calculator.js"></script>');
  writeFileSync(join(dist, "better-off-calculator.js"), "export {};\n");
  const store = await freshStore(dir);
  // The teams the tests post for are configured, as a trust would (records for other teams are refused).
  const teams = { "north-ips": {}, "south-ips": {}, ...config.teams };
  const app = await buildApp({ config: { ...store.config, ...config, teams }, env: {}, now: () => TODAY, staticDir: dist, ...opts });
  return {
    app,
    dir,
    store,
    post: (record, headers = {}) => app.inject({ method: "POST", url: "/api/records", payload: record as object, headers: { "content-type": "application/json", ...headers } }),
    close: async () => {
      await app.close();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Post each record; fail if any is not stored. */
export async function postAll(t: TestApp, records: readonly AnonymisedRecord[]): Promise<void> {
  for (const r of records) {
    const res = await t.post(r);
    if (res.statusCode !== 201) throw new Error(`expected 201 for ${r.id}, got ${res.statusCode}: ${JSON.stringify(res.json())}`);
  }
}
