/**
 * Running the service (issue 12): the Host it answers, trusted proxies, one
 * rate-limit bucket per client, a health check that proves a write would
 * succeed, errors logged once per kind, and one-line start-up errors.
 */
import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { makeRecord } from "../helpers/records.js";
import { testApp, type TestApp } from "../helpers/server.js";
import { ROOT } from "../helpers/build.js";
import { TEST_STORE } from "../helpers/store.js";
import type { SqliteStore } from "../../src/server/db/sqlite-store.js";
import type { PostgresStore } from "../../src/server/db/postgres-store.js";

const sqlite = TEST_STORE === "sqlite";

/** Make the service's database read-only under it. */
async function makeReadOnly(t: TestApp): Promise<void> {
  const store = t.app.betterOff.store;
  if (sqlite) {
    (store as SqliteStore).db.pragma("query_only = ON");
    return;
  }
  // PostgreSQL: new sessions are read-only; end the service's open ones, so its pool opens new ones.
  const pool = (store as PostgresStore).pool;
  const name = (await pool.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
  await t.store.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
  await t.store.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
  while (pool.totalCount > 0) await new Promise((r) => setTimeout(r, 20));
}

describe("the Host a request is addressed to", () => {
  it("without publicOrigin: loopback names only (a DNS-rebinding page's host is refused)", async () => {
    const t = await testApp();
    try {
      for (const host of ["localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080"]) expect((await t.app.inject({ url: "/api/health", headers: { host } })).statusCode).toBe(200);
      const res = await t.app.inject({ url: "/api/summary", headers: { host: "attacker.example:8080" } });
      expect(res.statusCode).toBe(421);
      expect(res.json().message).toMatch(/publicOrigin/);
    } finally {
      await t.close();
    }
  });

  it("with publicOrigin: its host; and pages there may post even when the proxy speaks http to the service", async () => {
    const t = await testApp({ publicOrigin: "https://better-off.trust.nhs.uk" });
    try {
      expect((await t.app.inject({ url: "/api/health", headers: { host: "better-off.trust.nhs.uk" } })).statusCode).toBe(200);
      expect((await t.app.inject({ url: "/api/health", headers: { host: "other.trust.nhs.uk" } })).statusCode).toBe(421);
      const post = await t.post(makeRecord(), { host: "better-off.trust.nhs.uk", origin: "https://better-off.trust.nhs.uk" });
      expect(post.statusCode).toBe(201);
      expect((await t.post(makeRecord(), { host: "better-off.trust.nhs.uk", origin: "https://elsewhere.example" })).statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});

describe("rate limits: one bucket per client", () => {
  it("reads: GET and HEAD of every route share it; posts have their own", async () => {
    const t = await testApp({ rateLimit: { readsPerMinute: 3, postsPerMinute: 600 } });
    try {
      expect((await t.app.inject({ method: "GET", url: "/api/summary" })).statusCode).toBe(200);
      expect((await t.app.inject({ method: "HEAD", url: "/api/summary" })).statusCode).toBe(200);
      expect((await t.app.inject({ method: "GET", url: "/api/teams/north-ips/summary" })).statusCode).toBe(200);
      for (const [method, url] of [["GET", "/api/records/schema"], ["HEAD", "/api/teams/south-ips/summary"], ["GET", "/api/summary?from=2026-04"]] as const) {
        const res = await t.app.inject({ method, url });
        expect(res.statusCode).toBe(429);
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      }
      expect((await t.post(makeRecord())).statusCode).toBe(201);
      // The health check has its own bucket of the same size, so monitoring does not use up a client's reads.
      for (let i = 0; i < 3; i++) expect((await t.app.inject("/api/health")).statusCode).toBe(200);
      expect((await t.app.inject("/api/health")).statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it("X-Forwarded-For is not believed unless the request comes from a trusted proxy", async () => {
    const t = await testApp({ rateLimit: { postsPerMinute: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await t.post(makeRecord(), { "x-forwarded-for": `10.0.0.${i}` })).statusCode);
      expect(statuses).toEqual([201, 201, 201, 429, 429]); // rotating the header does not help
    } finally {
      await t.close();
    }
    const behind = await testApp({ rateLimit: { postsPerMinute: 3 }, trustedProxies: ["127.0.0.1"] });
    try {
      // inject() comes from 127.0.0.1, the trusted proxy: each client address gets its own bucket.
      for (let i = 0; i < 3; i++) expect((await behind.post(makeRecord(), { "x-forwarded-for": "10.0.0.1" })).statusCode).toBe(201);
      expect((await behind.post(makeRecord(), { "x-forwarded-for": "10.0.0.1" })).statusCode).toBe(429);
      expect((await behind.post(makeRecord(), { "x-forwarded-for": "10.0.0.2" })).statusCode).toBe(201);
    } finally {
      await behind.close();
    }
  });
});

describe("the health check and errors", () => {
  it("says ok only while a write would succeed; errors are logged once per kind, then counted", async () => {
    const lines: string[] = [];
    const t = await testApp({ rateLimit: { postsPerMinute: 10_000 } }, { errorLog: (l) => lines.push(l) });
    try {
      const ok = await t.app.inject("/api/health");
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ ok: true, database: "writable" });
      await makeReadOnly(t); // as a read-only database file or mount, or a read-only PostgreSQL replica, would
      const bad = await t.app.inject("/api/health");
      expect(bad.statusCode).toBe(503);
      expect(bad.json()).toEqual({ ok: false, database: `cannot be written (${sqlite ? "SQLITE_READONLY" : "25006"}): records would not be stored` });
      for (let i = 0; i < 30; i++) expect((await t.post(makeRecord())).statusCode).toBe(500);
      // One line for the health check's failure and one for the posts' (not 30, and no stack trace).
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(
        sqlite
          ? /^\[better-off\] POST \/api\/records failed: SqliteError SQLITE_READONLY: attempt to write a readonly database \(further errors of this kind are counted/
          : /^\[better-off\] POST \/api\/records failed: error 25006: cannot execute INSERT in a read-only transaction \(further errors of this kind are counted/,
      );
      for (const l of lines) expect(l).not.toMatch(/\n|    at /);
    } finally {
      await t.close();
    }
    // On closing, the count of the rest.
    expect(lines[2]).toBe(`[better-off] 29 more: ${sqlite ? "SqliteError SQLITE_READONLY: attempt to write a readonly database" : "error 25006: cannot execute INSERT in a read-only transaction"}`);
  });
});

/** Run the service's entry point; resolve with its exit code and output once it exits (or is stopped after 10 s). */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], { cwd: ROOT, env: { ...process.env, HOST: "127.0.0.1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("start-up errors are one clear line", () => {
  it.each([
    [{ BETTER_OFF_SMALL_NUMBER_THRESHOLD: "2", BETTER_OFF_ALLOWED_ORIGINS: "https://a.example/" }, /^\[better-off\] cannot start: the configuration is not valid: (?=.*smallNumberThreshold: must be at least 5)(?=.*allowedOrigins\.0: must be an origin)/],
    [{ BETTER_OFF_CONFIG: "/nonexistent/better-off.json" }, /^\[better-off\] cannot start: the configuration is not valid: \/nonexistent\/better-off\.json: ENOENT/],
    [{ PORT: "eighty" }, /^\[better-off\] cannot start: PORT must be a port number/],
    [{ BETTER_OFF_DB: "/etc/hostname/data/records.sqlite" }, /^\[better-off\] cannot start: cannot open the database \/etc\/hostname\/data\/records\.sqlite \(setting db, BETTER_OFF_DB\): ENOTDIR/],
  ])("%j", async (env, message) => {
    const r = await runMain({ PORT: "0", BETTER_OFF_DB: ":memory:", ...env });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/    at /);
  }, 20_000);

  it("a port already in use", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await runMain({ PORT: String(port), BETTER_OFF_DB: ":memory:" });
      expect(r.code).toBe(1);
      expect(r.stderr.trimEnd()).toBe(`[better-off] cannot start: port ${port} is already in use (set PORT to another)`);
    } finally {
      blocker.close();
    }
  }, 20_000);
});
