/**
 * A throwaway PostgreSQL server for the tests and the bench: `initdb` into a
 * temporary folder and `postgres` on a free port on 127.0.0.1, from Debian's
 * `postgresql` package (binaries in /usr/lib/postgresql/<version>/bin; the
 * newest is used; BETTER_OFF_POSTGRES_BIN names another folder). PostgreSQL
 * refuses to run as root, so as root it runs as the `postgres` user, in a
 * folder that user owns. Nothing is downloaded.
 *
 * Tests that need PostgreSQL fail when it cannot be started, unless
 * BETTER_OFF_SKIP_POSTGRES=1 says to skip them (vite.config.ts then leaves
 * out the PostgreSQL test project and says so).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface RunningPostgres {
  /** Connection string for the superuser's `postgres` database (trust authentication, loopback only). */
  readonly url: string;
  readonly port: number;
  readonly binDir: string;
  stop(): Promise<void>;
}

/** The folder holding `initdb` and `postgres`, or null. */
export function findPostgresBin(): string | null {
  const given = process.env.BETTER_OFF_POSTGRES_BIN;
  if (given) return existsSync(join(given, "postgres")) ? given : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")) && existsSync(join(root, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0]!, "bin") : null;
}

export const postgresSkipped = () => process.env.BETTER_OFF_SKIP_POSTGRES === "1";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** uid and gid of the `postgres` user, from /etc/passwd. */
function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root, and there is no `postgres` user to run PostgreSQL as (install Debian's postgresql package)");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Start a new PostgreSQL. `durable: false` (the tests) switches fsync off:
 * the tests kill the service, never PostgreSQL, so what they check does not
 * depend on it. The bench keeps PostgreSQL's defaults.
 */
export async function startPostgres(opts: { durable?: boolean } = {}): Promise<RunningPostgres> {
  const binDir = findPostgresBin();
  if (!binDir)
    throw new Error(
      "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/postgres (apt-get install -y postgresql, or set BETTER_OFF_POSTGRES_BIN; BETTER_OFF_SKIP_POSTGRES=1 skips these tests)",
    );
  const dir = mkdtempSync(join(tmpdir(), "better-off-postgres-"));
  const data = join(dir, "data");
  const asUser = process.getuid?.() === 0 ? postgresUser() : undefined;
  if (asUser) chownSync(dir, asUser.uid, asUser.gid);
  const initdb = spawnSync(join(binDir, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"], {
    ...asUser,
    cwd: dir,
    encoding: "utf8",
  });
  if (initdb.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${initdb.status}): ${initdb.stderr || initdb.error?.message}`);
  }
  const port = await freePort();
  const settings = [
    "-c", "listen_addresses=127.0.0.1",
    "-c", `unix_socket_directories=${dir}`,
    "-c", "max_connections=200",
    "-c", "shared_buffers=128MB",
    ...(opts.durable ? [] : ["-c", "fsync=off", "-c", "full_page_writes=off"]),
  ];
  const child: ChildProcess = spawn(join(binDir, "postgres"), ["-D", data, "-p", String(port), ...settings], { ...asUser, cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr!.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGINT"); // fast shutdown
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready once it accepts a connection.
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`postgres exited (${child.exitCode}) while starting: ${log}`);
    }
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.end();
      break;
    } catch {
      await c.end().catch(() => {});
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`postgres did not accept connections within 30 s: ${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, port, binDir, stop };
}

/** A new, empty database on the server at `adminUrl`; `drop()` removes it. */
export async function createDatabase(adminUrl: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `better_off_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Run one query on a database and return its rows. */
export async function queryDatabase<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}
