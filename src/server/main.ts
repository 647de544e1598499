/**
 * Start the service: `PORT` (default 8080), `HOST` (default 0.0.0.0); the
 * other settings come from BETTER_OFF_CONFIG and BETTER_OFF_* variables
 * (src/server/README.md). Applies record retention at start and daily.
 *
 * `--demo` (what `npm start` uses): if no teams are configured, collect for
 * the demo page's team, `demo-team`.
 *
 * `--migrate`: apply the database's migrations, then exit (README: PostgreSQL).
 *
 * A start-up failure is one line on stderr, `[better-off] cannot start: …`,
 * and exit status 1; never a stack trace.
 */
import { buildApp } from "./app.js";
import { ConfigError } from "./config.js";
import { applyRetention } from "./retention.js";
import { ReadKeys } from "./read-keys.js";
import { listedTeams } from "./routes/summaries.js";

export const DEMO_TEAM = "demo-team";

function fail(e: unknown): never {
  const why =
    e instanceof ConfigError
      ? `the configuration is not valid: ${e.problems.join("; ")}`
      : e instanceof Error
        ? ((e as NodeJS.ErrnoException).code === "EADDRINUSE"
            ? `port ${process.env.PORT ?? 8080} is already in use (set PORT to another)`
            : (e as NodeJS.ErrnoException).code === "EACCES" && /listen/.test(e.message)
              ? `not allowed to listen on port ${process.env.PORT ?? 8080} (ports below 1024 need privileges; use a higher PORT behind a proxy)`
              : e.message.replace(/^\[better-off\]\s*/, "").replace(/\s*\n\s*/g, " "))
        : String(e);
  process.stderr.write(`[better-off] cannot start: ${why}\n`);
  process.exit(1);
}

const portText = process.env.PORT ?? "8080";
if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) fail(new Error(`PORT must be a port number from 0 to 65535 (got ${JSON.stringify(portText)})`));
const port = Number(portText);
const host = process.env.HOST ?? "0.0.0.0";
const demo = process.argv.includes("--demo");

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  const env = { ...process.env };
  if (demo && !env.BETTER_OFF_TEAMS && !env.BETTER_OFF_CONFIG) env.BETTER_OFF_TEAMS = DEMO_TEAM;
  app = await buildApp({ logger: process.env.LOG === "1", env });
} catch (e) {
  fail(e);
}

const { store, config } = app.betterOff;

// `--migrate`: apply the database migrations (done above, on opening) and stop. For a
// PostgreSQL whose service role may not change the schema: run this with the owner's URL.
if (process.argv.includes("--migrate")) {
  await app.close();
  process.stdout.write(`Migrations applied: ${store.kind === "postgres" ? store.where : config.db} is up to date\n`);
  process.exit(0);
}

const retain = async () => {
  try {
    const { firstKept, deleted } = await applyRetention(store, config.retentionMonths, new Date());
    if (deleted) process.stdout.write(`Retention: deleted ${deleted} records from before ${firstKept}\n`);
  } catch (e) {
    process.stderr.write(`[better-off] retention failed: ${e instanceof Error ? e.message : String(e)}\n`);
  }
};
await retain();
setInterval(() => void retain(), 24 * 60 * 60 * 1000).unref();

let address: string;
try {
  address = await app.listen({ port, host });
} catch (e) {
  await app.close().catch(() => {});
  fail(e);
}
const actualPort = new URL(address).port;
process.stdout.write(`Better Off is running: http://localhost:${actualPort}/ (listening on ${host}:${actualPort})\n`);

// Which endpoints anyone can use without a key (for the DPIA and IT: what is open, said at every start).
const keys = new ReadKeys(config);
const teams = await listedTeams(config, store);
const open = keys.openTeams(teams);
process.stdout.write(
  [
    `Teams: ${config.onlyListedTeams ? (teams.length ? teams.join(", ") : "none configured: every record will be refused (set teams or BETTER_OFF_TEAMS)") : "any team code is accepted (onlyListedTeams is false)"}`,
    `Open without a key: POST /api/records${config.allowedOrigins.length ? ` (pages on ${config.allowedOrigins.join(", ")} and this service's own)` : " (pages on this service's own origin, and clients that send no Origin)"}` +
      `; GET /api/summary: ${keys.trustOpen ? "open" : "needs the trust key"}` +
      `; team summaries: ${open.length === teams.length ? "open for every team" : open.length ? `open for ${open.join(", ")}` : "each needs a key"}`,
    `Record-level CSV: ${keys.recordsOpen ? "only with a read key" : "off (no read key is configured)"}`,
    `Public origin: ${config.publicOrigin ?? "not set: only requests addressed to localhost are answered (set publicOrigin)"}`,
    `Pages that may frame /frame.html: ${config.frameOrigins.length ? config.frameOrigins.join(", ") : "this service's own (set frameOrigins)"}`,
  ].join("\n") + "\n",
);

for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    void app.close().then(() => process.exit(0));
  });
