/**
 * Start the service: `PORT` (default 8080), `HOST` (default 0.0.0.0); the
 * other settings come from BETTER_OFF_CONFIG and BETTER_OFF_* variables
 * (src/server/README.md). Applies record retention at start and daily.
 */
import { buildApp } from "./app.js";
import { ConfigError } from "./config.js";
import { applyRetention } from "./retention.js";

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "0.0.0.0";

let app: Awaited<ReturnType<typeof buildApp>>;
try {
  app = await buildApp({ logger: process.env.LOG === "1" });
} catch (e) {
  process.stderr.write(`${e instanceof ConfigError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
}

const { repo, config } = app.betterOff;
const retain = () => {
  try {
    const { firstKept, deleted } = applyRetention(repo, config.retentionMonths, new Date());
    if (deleted) process.stdout.write(`Retention: deleted ${deleted} records from before ${firstKept}\n`);
  } catch (e) {
    process.stderr.write(`[better-off] retention failed: ${e instanceof Error ? e.message : String(e)}\n`);
  }
};
retain();
setInterval(retain, 24 * 60 * 60 * 1000).unref();

const address = await app.listen({ port, host });
const actualPort = new URL(address).port;
process.stdout.write(`Better Off is running: http://localhost:${actualPort}/ (listening on ${host}:${actualPort})\n`);

for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    void app.close().then(() => process.exit(0));
  });
