/**
 * Make sure dist/ holds a build of the current sources: run `npm run build`
 * (what `npm start` runs: `vite build`, then any postbuild step) if the
 * element is missing or older than anything it is built from. A lock (in
 * .vite/, which git ignores) stops two test files building at once.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (not from ./rules.ts, which parses every rule table on import). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const DIST = join(ROOT, "dist");
export const ELEMENT = join(DIST, "better-off-calculator.js");
const INPUTS = ["src/widget", "src/engine", "src/rules", "src/records", "src/outbox", "src/base", "src/dashboard", "rules", "public", "vite.config.ts", "tsconfig.json", "package.json"];
const LOCK = join(ROOT, ".vite", "build.lock");

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

export const isStale = (): boolean => !existsSync(ELEMENT) || statSync(ELEMENT).mtimeMs < Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function ensureBuilt(timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  mkdirSync(join(ROOT, ".vite"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Someone else is building; a lock older than the timeout is left from a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > timeoutMs) rmdirSync(LOCK);
      if (Date.now() > until) throw new Error("[better-off] timed out waiting for another `vite build` to finish");
      await sleep(250);
    }
  }
  try {
    if (!isStale()) return;
    // NODE_ENV from the test runner ("test") would otherwise give a development build.
    const env = { ...process.env, NODE_ENV: "production" };
    const r = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, env, encoding: "utf8", timeout: timeoutMs });
    if (r.status !== 0) throw new Error(`[better-off] npm run build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmdirSync(LOCK);
  }
}
