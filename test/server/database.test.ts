/**
 * The database: created on first start, WAL with synchronous = FULL,
 * numbered migrations each in its own transaction, no REAL columns,
 * aggregates that always match the records, retention.
 */
import { describe, it, expect, afterEach } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { migrate, openDatabase, readMigrations, MigrationError } from "../../src/server/db/database.js";
import { SqliteStore } from "../../src/server/db/sqlite-store.js";
import { RecordsRepository } from "../../src/server/db/records-repository.js";
import { addToHistogram, encodeHistogram, forEachBin, GainCounts } from "../../src/server/db/histogram.js";
import { applyRetention, firstMonthKept } from "../../src/server/retention.js";
import { shownCount } from "../../src/server/summary.js";
import { PROFILE_COLUMNS } from "../../src/server/db/records-repository.js";
import { loadConfig, ConfigError } from "../../src/server/config.js";
import { makeRecord } from "../helpers/records.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "better-off-db-test-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("opening the database", () => {
  it("creates the file and its folders, in WAL mode with synchronous = FULL", () => {
    const file = join(tempDir(), "a", "b", "records.sqlite");
    const db = openDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(db.pragma("user_version", { simple: true })).toBe(readMigrations().length);
    db.close();
  });

  it("applying the migrations again changes nothing", () => {
    const file = join(tempDir(), "r.sqlite");
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it("refuses a database newer than the program", () => {
    const file = join(tempDir(), "r.sqlite");
    const db = new Database(file);
    db.pragma("user_version = 99");
    db.close();
    expect(() => openDatabase(file)).toThrow(MigrationError);
  });

  it("stores no REAL (floating point) column anywhere", () => {
    const db = openDatabase(":memory:");
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    expect(tables).toEqual(expect.arrayContaining(["records", "profiles", "flag_codes", "month_counts", "gain_histograms", "worse_off_reasons"]));
    for (const table of tables)
      for (const col of db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[])
        expect(`${table}.${col.name} ${col.type}`).not.toMatch(/REAL|FLOA|DOUB|NUMERIC|DECIMAL/i);
    db.close();
  });
});

describe("migrations", () => {
  const write = (dir: string, files: Record<string, string>) => {
    mkdirSync(dir, { recursive: true });
    for (const [f, sql] of Object.entries(files)) writeFileSync(join(dir, f), sql);
    return dir + "/";
  };

  it("run in order, each in its own transaction: a failing one leaves the ones before it applied and itself not at all", () => {
    const dir = write(join(tempDir(), "m"), {
      "001-first.sql": "CREATE TABLE a (x INTEGER);",
      "002-broken.sql": "CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);",
    });
    const db = new Database(":memory:");
    expect(() => migrate(db, readMigrations(dir))).toThrow();
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(["a"]);
    db.close();
  });

  it("must be numbered 1, 2, 3… without gaps", () => {
    const dir = write(join(tempDir(), "m"), { "001-a.sql": "SELECT 1;", "003-c.sql": "SELECT 1;" });
    expect(() => readMigrations(dir)).toThrow(/without gaps/);
    const bad = write(join(tempDir(), "n"), { "first.sql": "SELECT 1;" });
    expect(() => readMigrations(bad)).toThrow(/not like 001-what-it-does.sql/);
  });
});

describe("aggregates", () => {
  it("after any sequence of stores (with duplicates) and folds, summaries count each stored record exactly once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            team: fc.constantFrom("a-team", "b-team"),
            month: fc.constantFrom("2026-04", "2026-05"),
            gain: fc.integer({ min: -1000, max: 1000 }),
            dup: fc.boolean(),
            foldAfter: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (ops) => {
          const db = openDatabase(":memory:");
          const repo = new RecordsRepository(db);
          const stored: { team: string; month: string; gain: number }[] = [];
          let last = makeRecord();
          for (const op of ops) {
            const r = op.dup && stored.length ? last : makeRecord({ team: op.team, month: op.month, gains: { "16": op.gain } });
            const [outcome] = repo.store([r]);
            if (outcome === "stored") stored.push({ team: r.team, month: r.month, gain: r.scenarios[0]!.betterOffAfterCostsWeekly });
            last = r;
            if (op.foldAfter) repo.fold();
          }
          for (const team of ["a-team", "b-team"]) {
            const mine = stored.filter((s) => s.team === team);
            const a = repo.teamAggregates(team, {});
            expect(a.months.reduce((n, [, c]) => n + c, 0)).toBe(mine.length);
            const g = a.hours.get("16");
            expect(g?.total ?? 0).toBe(mine.length);
            if (g) expect(g.outcomes().worse).toBe(mine.filter((s) => s.gain < 0).length);
          }
          expect(repo.count()).toBe(stored.length);
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("gain histograms", () => {
  it("merging deltas equals counting everything at once", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 30 }), { maxLength: 8 }), (batches) => {
        let blob: Buffer | undefined;
        const all = new Map<number, number>();
        for (const b of batches) {
          const delta = new Map<number, number>();
          for (const g of b) {
            delta.set(g, (delta.get(g) ?? 0) + 1);
            all.set(g, (all.get(g) ?? 0) + 1);
          }
          blob = addToHistogram(blob, delta);
        }
        expect(blob ? Buffer.compare(blob, encodeHistogram(all)) : all.size).toBe(0);
        const seen: number[] = [];
        if (blob) forEachBin(blob, (g) => seen.push(g));
        expect(seen).toEqual([...all.keys()].sort((x, y) => x - y));
      }),
    );
  });

  it("quartiles equal a spreadsheet's QUARTILE.INC (type 7), rounded to the pound", () => {
    const type7 = (xs: number[], p: number) => {
      const s = [...xs].sort((a, b) => a - b);
      const h = (s.length - 1) * p;
      const lo = Math.floor(h);
      const v = s[lo]! + (h - lo) * ((s[lo + 1] ?? s[lo]!) - s[lo]!);
      return Math.sign(v) * Math.round(Math.abs(v)); // halves away from zero
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 200 }), (xs) => {
        const g = new GainCounts();
        const h = new Map<number, number>();
        for (const x of xs) h.set(x, (h.get(x) ?? 0) + 1);
        g.addBlob(encodeHistogram(h));
        for (const p of [0.25, 0.5, 0.75]) expect(g.quantile(p)).toBe(type7(xs, p));
        expect(g.total).toBe(xs.length);
      }),
    );
  });
});

describe("a count as served", () => {
  it.each([
    [0, "fewer than 5"],
    [1, "fewer than 5"],
    [4, "fewer than 5"],
    [5, 5],
    [6, 5],
    [7, 5],
    [8, 10], // 8 is nearer 10 than 5
    [12, 10],
    [13, 15],
    [42, 40],
    [1003, 1005],
  ] as const)("%d → %j (below 5: words; else the nearest multiple of 5)", (count, shown) => {
    expect(shownCount(count, 5)).toEqual(shown);
  });

  it("is never further than 2 from the true count, and never a small number", () => {
    fc.assert(
      fc.property(fc.nat(100_000), (c) => {
        const s = shownCount(c, 5);
        if (c < 5) expect(s).toBe("fewer than 5");
        else {
          expect(Math.abs((s as number) - c)).toBeLessThanOrEqual(2);
          expect((s as number) % 5).toBe(0);
        }
      }),
    );
  });
});

describe("the profile columns", () => {
  it("one list: migration 001's profiles table has exactly these columns, in this order", () => {
    const db = openDatabase(":memory:");
    const cols = (db.prepare("PRAGMA table_info(profiles)").all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(["id", ...Object.values(PROFILE_COLUMNS).map((c) => c.column)]);
    db.close();
  });
});

describe("retention", () => {
  it("keeps the last N months, deleting older records and their aggregates", async () => {
    const db = openDatabase(":memory:");
    const repo = new RecordsRepository(db);
    const store = new SqliteStore(db, ":memory:");
    repo.store([makeRecord({ month: "2023-06" }), makeRecord({ month: "2023-07" }), makeRecord({ month: "2026-06" })]);
    const now = new Date("2026-06-15T12:00:00Z");
    expect(firstMonthKept(now, 36)).toBe("2023-07");
    expect(await applyRetention(store, 36, now)).toEqual({ firstKept: "2023-07", deleted: 1 });
    expect(repo.count()).toBe(2);
    expect(repo.teamAggregates("north-ips", {}).months).toEqual([
      ["2023-07", 1],
      ["2026-06", 1],
    ]);
    db.close();
  });
});

describe("configuration", () => {
  it("defaults", () => {
    expect(loadConfig({})).toEqual({
      db: "./data/records.sqlite",
      databasePoolSize: 10,
      allowedOrigins: [],
      smallNumberThreshold: 5,
      retentionMonths: 36,
      rateLimit: { postsPerMinute: 600, readsPerMinute: 120 },
      teams: {},
      onlyListedTeams: true,
      trust: {},
      frameOrigins: [],
      trustedProxies: [],
      requestTimeoutSeconds: 10,
      maxConnections: 1000,
    });
  });

  it("a JSON file, overridden by environment variables", () => {
    const file = join(tempDir(), "config.json");
    writeFileSync(file, JSON.stringify({ smallNumberThreshold: 10, allowedOrigins: ["https://a.example.nhs.uk"], teams: { "north-ips": { readKey: "0123456789abcdef" } } }));
    const c = loadConfig({
      BETTER_OFF_CONFIG: file,
      BETTER_OFF_SMALL_NUMBER_THRESHOLD: "7",
      BETTER_OFF_TEAMS: "south-ips,west-ips",
      BETTER_OFF_TEAM_READ_KEYS: "south-ips=fedcba9876543210",
      BETTER_OFF_POSTS_PER_MINUTE: "30",
    });
    expect(c.smallNumberThreshold).toBe(7);
    expect(c.allowedOrigins).toEqual(["https://a.example.nhs.uk"]);
    expect(c.teams).toEqual({ "north-ips": { readKey: "0123456789abcdef" }, "south-ips": { readKey: "fedcba9876543210" }, "west-ips": {} });
    expect(c.rateLimit).toEqual({ postsPerMinute: 30, readsPerMinute: 120 });
  });

  it("PostgreSQL: BETTER_OFF_DATABASE_URL and BETTER_OFF_DATABASE_POOL_SIZE; a wrong URL is named without its value", () => {
    const c = loadConfig({ BETTER_OFF_DATABASE_URL: "postgres://app:secret@db.example:5432/better_off?sslmode=verify-full", BETTER_OFF_DATABASE_POOL_SIZE: "4" });
    expect(c.databaseUrl).toBe("postgres://app:secret@db.example:5432/better_off?sslmode=verify-full");
    expect(c.databasePoolSize).toBe(4);
    try {
      loadConfig({ BETTER_OFF_DATABASE_URL: "mysql://app:secret@db.example/better_off" });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems).toEqual(["databaseUrl: must be a PostgreSQL connection string starting postgres:// or postgresql://"]);
    }
  });

  it("the documented example file is valid", () => {
    const c = loadConfig({ BETTER_OFF_CONFIG: new URL("../../src/server/config.example.json", import.meta.url).pathname });
    expect(c.onlyListedTeams).toBe(true);
    expect(Object.keys(c.teams)).toEqual(["north-ips", "south-ips"]);
  });

  it("names every problem", () => {
    const file = join(tempDir(), "config.json");
    writeFileSync(file, JSON.stringify({ smallNumberThreshold: 1, colour: "red", allowedOrigins: ["https://a.example.nhs.uk/"], teams: { "north-ips": { readKey: "short" } } }));
    try {
      loadConfig({ BETTER_OFF_CONFIG: file, BETTER_OFF_RETENTION_MONTHS: "forever" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect([...(e as ConfigError).problems].sort()).toEqual([
        "(config): unknown setting colour",
        'BETTER_OFF_RETENTION_MONTHS: must be a whole number (got "forever")',
        'allowedOrigins.0: must be an origin such as "https://intranet.example.nhs.uk" (scheme and host, no path or trailing slash)',
        "smallNumberThreshold: must be at least 5 (counts are rounded to the nearest 5 above it)",
        "teams.north-ips.readKey: must be at least 16 characters (use a long random key)",
      ]);
    }
  });
});

describe("two processes opening a new database at once", () => {
  it("apply each migration once between them", async () => {
    const { spawn } = await import("node:child_process");
    const file = join(tempDir(), "shared.sqlite");
    const script = `import { openDatabase } from ${JSON.stringify(new URL("../../src/server/db/database.ts", import.meta.url).pathname)}; openDatabase(${JSON.stringify(file)}).close(); console.log("ok");`;
    const run = () =>
      new Promise<string>((resolve) => {
        const c = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        c.stdout.on("data", (d) => (out += d));
        c.stderr.on("data", (d) => (out += d));
        c.on("exit", () => resolve(out.trim()));
      });
    expect(await Promise.all([run(), run(), run()])).toEqual(["ok", "ok", "ok"]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(readMigrations().length);
    db.close();
  }, 60_000);
});
