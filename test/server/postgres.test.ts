/**
 * What only the PostgreSQL store has (project "postgres" in vite.config.ts,
 * against the test run's throwaway server): its migrations, and several
 * service instances sharing one database — the same records sent to two
 * instances at once are stored and counted once, one instance killed with
 * SIGKILL mid-stream loses nothing acknowledged, and both serve the same
 * summaries, with no stale cache after the other's writes.
 */
import { describe, it, expect, beforeAll } from "vitest";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { monthOf } from "../../src/base/months.js";
import { MigrationError } from "../../src/server/db/database.js";
import { PostgresStore, migratePostgres } from "../../src/server/db/postgres-store.js";
import { PROFILE_COLUMNS } from "../../src/server/db/records-repository.js";
import { makeRecord } from "../helpers/records.js";
import { startApp, type RunningApp } from "../helpers/app.js";
import { createDatabase, queryDatabase } from "../helpers/postgres.js";
import { postgresAdminUrl } from "../helpers/store.js";

let admin: string;
beforeAll(async () => {
  admin = await postgresAdminUrl();
});

async function withDatabase<T>(f: (url: string) => Promise<T>): Promise<T> {
  const db = await createDatabase(admin);
  try {
    return await f(db.url);
  } finally {
    await db.drop();
  }
}

describe("PostgreSQL migrations", () => {
  it("a new database is migrated once, in schema_migrations; opening again applies nothing", async () => {
    await withDatabase(async (url) => {
      const store = await PostgresStore.open(url, 2);
      await store.close();
      const pool = new pg.Pool({ connectionString: url, max: 1 });
      try {
        expect(await migratePostgres(pool, [{ version: 1, file: "001-records.sql", sql: "SELECT 1" }])).toEqual([]);
        const rows = (await pool.query("SELECT version, file FROM schema_migrations ORDER BY version")).rows;
        expect(rows).toEqual([{ version: 1, file: "001-records.sql" }]);
      } finally {
        await pool.end();
      }
    });
  });

  it("instances starting together apply each migration once", async () => {
    await withDatabase(async (url) => {
      const stores = await Promise.all([PostgresStore.open(url, 2), PostgresStore.open(url, 2), PostgresStore.open(url, 2)]);
      await Promise.all(stores.map((s) => s.close()));
      expect(await queryDatabase(url, "SELECT version FROM schema_migrations")).toEqual([{ version: 1 }]);
    });
  });

  it("a database newer than the program is refused, and a failed migration leaves nothing behind", async () => {
    await withDatabase(async (url) => {
      await (await PostgresStore.open(url, 2)).close();
      await queryDatabase(url, "INSERT INTO schema_migrations (version, file) VALUES (2, '002-from-the-future.sql')");
      await expect(PostgresStore.open(url, 2)).rejects.toThrow(/the database is at schema version 2, newer than this program knows \(1\)/);
      await expect(PostgresStore.open(url, 2)).rejects.toBeInstanceOf(MigrationError);
    });
    await withDatabase(async (url) => {
      const broken = [{ version: 1, file: "001-broken.sql", sql: "CREATE TABLE a (x integer); CREATE TABLE a (x integer);" }];
      await expect(PostgresStore.open(url, 2, broken)).rejects.toThrow(/already exists/);
      expect(await queryDatabase(url, "SELECT to_regclass('a') AS a, (SELECT COUNT(*)::integer FROM schema_migrations) AS n")).toEqual([{ a: null, n: 0 }]);
    });
  });

  it("one list: the profiles table has exactly the profile columns, in order", async () => {
    await withDatabase(async (url) => {
      await (await PostgresStore.open(url, 2)).close();
      const cols = await queryDatabase<{ column_name: string }>(url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'profiles' ORDER BY ordinal_position");
      expect(cols.map((c) => c.column_name)).toEqual(["id", ...Object.values(PROFILE_COLUMNS).map((c) => c.column)]);
    });
  });
});

describe("the PostgreSQL store", () => {
  it("two stores storing overlapping batches at once (in opposite orders): each id once, outcomes right, counted once", async () => {
    await withDatabase(async (url) => {
      const [a, b] = await Promise.all([PostgresStore.open(url, 4), PostgresStore.open(url, 4)]);
      try {
        const records = Array.from({ length: 400 }, (_, i) => makeRecord({ gains: { "16": i % 50 } }));
        const changed = { ...records[0]!, month: "2026-04" }; // same id, different content
        const results = await Promise.all([
          a.store(records.slice(0, 300)),
          b.store([...records.slice(100)].reverse()),
          a.store(records.slice(50, 150)),
          b.store([changed]),
        ]);
        const outcomes = new Map<string, string[]>();
        const add = (rs: readonly { id: string }[], os: readonly string[]) => rs.forEach((r, i) => outcomes.set(r.id, [...(outcomes.get(r.id) ?? []), os[i]!]));
        add(records.slice(0, 300), results[0]);
        add([...records.slice(100)].reverse(), results[1]);
        add(records.slice(50, 150), results[2]);
        // Every id was stored exactly once, whoever got there first; the others saw "duplicate".
        for (const [id, os] of outcomes) {
          if (id === records[0]!.id) continue;
          expect(os.filter((o) => o === "stored")).toHaveLength(1);
          expect(os.filter((o) => o !== "stored").every((o) => o === "duplicate")).toBe(true);
        }
        // The changed record: a conflict if the original was there first; else it was stored and the original conflicted.
        const first = outcomes.get(records[0]!.id)!;
        if (first.includes("stored")) expect(results[3]).toEqual(["conflict"]);
        else expect([results[3], first]).toEqual([["stored"], ["conflict"]]);
        expect(await a.count()).toBe(400);
        // Counted once: 400 records, each at 16 hours.
        const agg = await b.teamAggregates("north-ips", {});
        expect(agg.months.reduce((s, [, n]) => s + n, 0)).toBe(400);
        expect(agg.hours.get("16")!.total).toBe(400);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });

  it("the CSV's records are read a page at a time, in month then id order, none missed at page edges", async () => {
    await withDatabase(async (url) => {
      const store = await PostgresStore.open(url, 2);
      try {
        const records = Array.from({ length: 23 }, (_, i) => makeRecord({ month: i % 2 ? "2026-04" : "2026-05" }));
        await store.store(records);
        const got: string[] = [];
        for await (const r of store.teamRecords("north-ips", {}, 5)) got.push(`${r.month} ${r.id}`);
        expect(got).toEqual(records.map((r) => `${r.month} ${r.id}`).sort());
      } finally {
        await store.close();
      }
    });
  });

  it("retention deletes whole months with their aggregates, on every instance's summaries", async () => {
    await withDatabase(async (url) => {
      const [a, b] = await Promise.all([PostgresStore.open(url, 2), PostgresStore.open(url, 2)]);
      try {
        await a.store([makeRecord({ month: "2023-06" }), makeRecord({ month: "2023-07" }), makeRecord({ month: "2026-06" })]);
        const before = await b.version();
        expect(await a.deleteBefore("2023-07")).toBe(1);
        expect(await b.version()).toBeGreaterThan(before);
        expect((await b.teamAggregates("north-ips", {})).months).toEqual([
          ["2023-07", 1],
          ["2026-06", 1],
        ]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
});

function request(agent: http.Agent, port: number, method: string, path: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method, path, agent, headers: body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {} },
      (res) => {
        let data = "";
        res.on("data", (c) => (data += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("two service instances on one PostgreSQL", () => {
  it("the same records sent to both at once: each stored and counted once; one killed mid-stream loses nothing; both serve the same summaries", async () => {
    const dir = mkdtempSync(join(tmpdir(), "better-off-two-"));
    const db = await createDatabase(admin);
    const env = { BETTER_OFF_DATABASE_URL: db.url, BETTER_OFF_POSTS_PER_MINUTE: "1000000", BETTER_OFF_READS_PER_MINUTE: "1000000", BETTER_OFF_DATABASE_POOL_SIZE: "4" };
    const month = monthOf(new Date());
    let a: RunningApp | null = null;
    let b: RunningApp | null = null;
    try {
      [a, b] = await Promise.all([startApp(env), startApp(env)]);
      const [agentA, agentB] = [new http.Agent({ keepAlive: true, maxSockets: 8 }), new http.Agent({ keepAlive: true, maxSockets: 8 })];
      const acknowledged = new Set<string>();
      const sent = new Set<string>();
      let killed = false;
      let done = false;
      let cutOff = 0;
      const portA = a.port;
      const portB = b.port;
      const exitedA = new Promise<void>((res) => a!.child.once("exit", () => res()));
      // 8 clients; each record goes to both instances at the same moment.
      const clients = Array.from({ length: 8 }, async (_, c) => {
        for (let i = 0; !done; i++) {
          const r = makeRecord({ month, team: `team-${c % 3}`, gains: { "16": ((c * 37 + i) % 200) - 20, "30": 150 } });
          const body = JSON.stringify(r);
          sent.add(r.id);
          const [ra, rb] = await Promise.all([
            request(agentA, portA, "POST", "/api/records", body).catch(() => (cutOff++, { status: 0, body: "" })),
            request(agentB, portB, "POST", "/api/records", body),
          ]);
          if (!killed) expect([ra.status, rb.status].sort()).toEqual([200, 201]);
          else if (rb.status !== 201 && rb.status !== 200) throw new Error(`B answered ${rb.status}`);
          if ([ra.status, rb.status].some((s) => s === 200 || s === 201)) acknowledged.add(r.id);
        }
      });
      // A client that fails ends the waiting below at once (not at the test's time-out, which would leave the services running).
      let failed: unknown = null;
      const all = Promise.all(clients).catch((e: unknown) => {
        failed = e;
        done = true;
      });
      const waitFor = async (ok: () => boolean) => {
        while (!ok()) {
          if (failed) throw failed;
          await new Promise((r) => setTimeout(r, 10));
        }
      };
      // Once 800 are in, kill A without warning while posts are in flight; B carries on.
      await waitFor(() => acknowledged.size >= 800);
      a.child.kill("SIGKILL");
      killed = true;
      await exitedA;
      const atKill = acknowledged.size;
      await waitFor(() => acknowledged.size >= atKill + 200);
      done = true;
      await all;
      if (failed) throw failed;
      agentA.destroy();
      agentB.destroy();

      const ids = (await queryDatabase<{ id: string }>(db.url, "SELECT id FROM records")).map((r) => r.id);
      const stored = new Set(ids);
      expect(ids.length).toBe(stored.size); // none twice
      expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]); // every acknowledged id is there
      expect(ids.filter((id) => !sent.has(id))).toEqual([]); // nothing that was never sent
      expect(cutOff).toBeGreaterThan(0); // posts to A were in flight when it died

      // A again; both fold and count every stored record once, and serve the same.
      a = await startApp(env);
      const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
      const summaryA = await request(agent, a.port, "GET", "/api/summary");
      const summaryB = await request(agent, b.port, "GET", "/api/summary");
      expect(summaryA.status).toBe(200);
      expect(summaryA.body).toBe(summaryB.body);
      expect((JSON.parse(summaryA.body) as { trust: { calculations: number } }).trust.calculations).toBe(5 * Math.round(ids.length / 5));
      const [sum] = await queryDatabase<{ n: number; hours: number }>(
        db.url,
        "SELECT (SELECT SUM(records)::integer FROM month_counts) AS n, (SELECT COUNT(*)::integer FROM unfolded) AS hours",
      );
      expect(sum).toEqual({ n: ids.length, hours: 0 }); // the aggregates, exactly; nothing waiting

      // No stale cache: B's summary is cached; 5 more records through A; B sees them at once.
      const teamB = async () => JSON.parse((await request(agent, b!.port, "GET", "/api/summary")).body) as { trust: { calculations: number } };
      const seen = (await teamB()).trust.calculations;
      for (let i = 0; i < 5; i++)
        expect((await request(agent, a.port, "POST", "/api/records", JSON.stringify(makeRecord({ month, team: "team-0", gains: { "16": 40 } })))).status).toBe(201);
      expect((await teamB()).trust.calculations).toBe(5 * Math.round((ids.length + 5) / 5));
      expect(seen).toBe(5 * Math.round(ids.length / 5));
      // And a different record under a used id is refused by either instance.
      const taken = ids[0]!;
      const other = { ...makeRecord({ month, team: "team-1" }), id: taken };
      expect((await request(agent, a.port, "POST", "/api/records", JSON.stringify(other))).status).toBe(409);
      expect((await request(agent, b.port, "POST", "/api/records", JSON.stringify(other))).status).toBe(409);
      agent.destroy();
    } finally {
      await a?.stop();
      await b?.stop();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("the least-privilege roles the README gives", () => {
  it("the owner migrates; the service's role stores, folds, summarises and deletes, but cannot change the schema", async () => {
    const name = `better_off_roles_${Date.now()}`;
    const url = (user: string, database: string) => {
      const u = new URL(admin);
      u.username = user;
      u.pathname = `/${database}`;
      return u.toString();
    };
    const roles = ["better_off_owner", "better_off_app"].map((r) => `${r}_${name.slice(-6)}`) as [string, string];
    const [owner, appRole] = roles;
    // The statements of src/server/README.md, "A least-privilege role" (passwords left out: the test server trusts loopback).
    for (const sql of [`CREATE ROLE ${owner} LOGIN`, `CREATE ROLE ${appRole} LOGIN`, `CREATE DATABASE ${name} OWNER ${owner}`, `REVOKE ALL ON DATABASE ${name} FROM PUBLIC`, `GRANT CONNECT ON DATABASE ${name} TO ${appRole}`])
      await queryDatabase(admin, sql);
    try {
      for (const sql of [`REVOKE CREATE ON SCHEMA public FROM PUBLIC`, `GRANT USAGE, CREATE ON SCHEMA public TO ${owner}`, `GRANT USAGE ON SCHEMA public TO ${appRole}`])
        await queryDatabase(url("postgres", name), sql);
      for (const sql of [
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole}`,
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole}`,
      ])
        await queryDatabase(url(owner, name), sql);

      // Before the migrations, the service's role cannot apply them: it says so and does not start.
      await expect(PostgresStore.open(url(appRole, name), 2)).rejects.toThrow(/permission denied/);
      await (await PostgresStore.open(url(owner, name), 2)).close();

      const store = await PostgresStore.open(url(appRole, name), 2);
      try {
        expect(await store.store([makeRecord({ month: "2023-06" }), makeRecord({ gains: { "16": [-5, ["esa-ends-hours"]] } })])).toEqual(["stored", "stored"]);
        expect((await store.teamAggregates("north-ips", {})).reasons).toEqual(new Map([["esa-ends-hours", 1]]));
        expect(await store.deleteBefore("2023-07")).toBe(1);
        await store.probeWrite();
      } finally {
        await store.close();
      }
      await expect(queryDatabase(url(appRole, name), "DROP TABLE records")).rejects.toThrow(/must be owner/);
      await expect(queryDatabase(url(appRole, name), "CREATE TABLE x (y integer)")).rejects.toThrow(/permission denied/);
    } finally {
      await queryDatabase(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      for (const r of roles) await queryDatabase(admin, `DROP ROLE IF EXISTS ${r}`);
    }
  });
});
