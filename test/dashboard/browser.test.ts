/**
 * In real Chromium (Debian's, through playwright-core), against the real
 * service on a real SQLite file, with the service's own CSP:
 *  - the team dashboard renders, reads by keyboard, and axe finds nothing;
 *  - the records outbox: with the results service down a record waits in
 *    IndexedDB, survives a reload, and is delivered exactly once when the
 *    service returns.
 * The dashboard and the records client are built into a temporary folder
 * (not dist/, which the calculator's tests build).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import type { Browser } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { monthOf } from "../../src/base/months.js";
import { makeRecord } from "../helpers/records.js";
import { axe, chromiumPath, launch } from "../helpers/browser.js";

const ROOT = new URL("../../", import.meta.url).pathname;
let hasChromium = true;
try {
  hasChromium = existsSync(chromiumPath());
} catch {
  hasChromium = false;
}

let dir: string;
let browser: Browser;
let app: FastifyInstance;
let base: string;
const month = monthOf(new Date());

async function serve(dbFile: string, staticDir: string): Promise<[FastifyInstance, string]> {
  const a = await buildApp({ config: { db: dbFile, teams: { "north-ips": {} } }, env: {}, staticDir });
  const address = await a.listen({ port: 0, host: "127.0.0.1" });
  return [a, `${address}/`];
}

describe.skipIf(!hasChromium)("in Chromium", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "better-off-browser-"));
    const out = join(dir, "dist");
    await build({ root: ROOT, mode: "dashboard", logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
    await build({
      configFile: false,
      root: ROOT,
      logLevel: "silent",
      build: { outDir: out, emptyOutDir: false, minify: false, lib: { entry: `${ROOT}src/outbox/client.ts`, formats: ["es"], fileName: () => "records-client.js" } },
    });
    writeFileSync(join(out, "blank.html"), "<!doctype html><html lang=en-GB><title>blank</title><main><h1>Outbox</h1></main>");
    [app, base] = await serve(join(dir, "a.sqlite"), out);
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the team dashboard: figures, keyboard, print view, and no axe violations (also at 320 px)", async () => {
    const records = Array.from({ length: 12 }, (_, i) =>
      makeRecord({ month, gains: i === 11 ? { "16": [-12, ["esa-ends-hours"]], "30": 90 } : { "16": 40 + i * 5, "30": 100 + i } }),
    );
    for (const r of records) expect((await app.inject({ method: "POST", url: "/api/records", payload: r })).statusCode).toBe(201);
    const page = await browser.newPage();
    const csp: string[] = [];
    page.on("console", (m) => /Content Security Policy|Refused to/i.test(m.text()) && csp.push(m.text()));
    page.on("pageerror", (e) => csp.push(e.message));
    await page.goto(`${base}team-results?team=north-ips`);
    const headline = page.locator("better-off-team-results").locator("p.headline");
    await expect.poll(() => headline.textContent(), { timeout: 10_000 }).toMatch(/^Of about 10 calculations since \w+ \d{4}, about 10 showed the person better off working 16 hours a week\.$/); // 12 and 11, rounded to the nearest 5
    expect(csp).toEqual([]); // nothing blocked by the Content-Security-Policy
    // Keyboard: Tab reaches the print button and refresh, in order (no CSV without a read key).
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press("Tab");
      names.push(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent?.trim() ?? ""));
    }
    expect(names).toEqual(["Print these results", "Refresh"]);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 }); // a phone, or 400% zoom
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("better-off-team-results").locator(".toolbar").isVisible()).toBe(false);
    expect(await page.locator("better-off-team-results").getByRole("table", { name: "Results by hours of work a week" }).isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it("the outbox: a record made while the service is down survives a reload and is delivered exactly once", async () => {
    const endpoint = `${base}api/records`;
    const record = makeRecord({ month });
    const page = await browser.newPage();
    // The service is "down" for records: every post fails at the network level.
    await page.route("**/api/records", (route) => route.abort("connectionrefused"));
    await page.goto(`${base}blank.html`);
    // Code for the page is passed as text: vitest would otherwise rewrite its import() for Node.
    const client = `(await import("./records-client.js")).recordsClient({ baseDelayMs: 200, maxDelayMs: 1000 })`;
    const submit = await page.evaluate(`(async () => (await ${client}).submit(${JSON.stringify(record)}, ${JSON.stringify(endpoint)}))()`);
    expect(submit).toMatchObject({ state: "waiting", attempts: 1, lastError: "the service could not be reached (offline?)" });

    await page.reload();
    const waiting = await page.evaluate(`(async () => (await ${client}).list())()`);
    expect(waiting).toEqual([expect.objectContaining({ id: record.id, state: "waiting" })]);
    expect(await app.betterOff.store.countId(record.id)).toBe(0);

    // The service comes back; the client delivers on its next retry.
    await page.unroute("**/api/records");
    await expect.poll(() => page.evaluate(`(async () => (await (await ${client}).status(${JSON.stringify(record.id)}))?.state)()`), { timeout: 15_000 }).toBe("sent");
    // Another reload: nothing is sent again.
    await page.reload();
    await page.evaluate(`(async () => (await ${client}).flush())()`);
    expect(await app.betterOff.store.countId(record.id)).toBe(1);
    await page.close();
  }, 60_000);
});
