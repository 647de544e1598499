/**
 * Team results end to end in Debian's Chromium, against the real service
 * and a real SQLite file: worked example p01 by keyboard, "Add to team
 * results", the record checked and sent, the team's count goes up (API and
 * dashboard page); then with the service stopped a record waits in the
 * IndexedDB outbox, survives a reload, and is delivered exactly once when the
 * service is back (same database, same port, so the page's origin, its
 * outbox and its relative records-endpoint stay the same).
 *
 * While the service is down the page's own files are served from dist/ by
 * the test (as a cache would): only the API is really unreachable.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { startApp, type RunningApp } from "../helpers/app.js";
import { axe, launch, tabTo, typeWorkedExampleP01, waitForFocus } from "../helpers/browser.js";
import { DIST, ensureBuilt } from "../helpers/build.js";
import Database from "better-sqlite3";
import { makeRecord } from "../helpers/records.js";
import { monthOf } from "../../src/base/months.js";

const TEAM = "e2e-team";
const SEEDED = 5; // the small-number threshold: below it a summary gives no count

let port: number;
let dataDir: string;
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let serviceDown = false;
const problems: string[] = [];

const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const start = () => startApp({ BETTER_OFF_DB: join(dataDir, "records.sqlite"), PORT: String(port), BETTER_OFF_TEAMS: TEAM });

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** The team's records as stored (the summaries round counts to the nearest 5, so they cannot show one more). */
async function calculations(): Promise<number> {
  const db = new Database(join(dataDir, "records.sqlite"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT COUNT(*) FROM records WHERE team = ?").pluck().get(TEAM) as number;
  } finally {
    db.close();
  }
}

/** The outbox in the page's IndexedDB (src/outbox/queue.ts). */
const outbox = () =>
  page.evaluate(
    () =>
      new Promise<{ id: string; state: string }[]>((resolve, reject) => {
        const open = indexedDB.open("better-off-records");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("outbox").objectStore("outbox").getAll();
          all.onsuccess = () => {
            resolve((all.result as { id: string; state: string; createdAt: number }[]).sort((a, b) => a.createdAt - b.createdAt).map(({ id, state }) => ({ id, state })));
            open.result.close();
          };
        };
      }),
  );

const w = (selector: string) => page.locator(`better-off-calculator ${selector}`);
const statusLine = () => w("#team-results-status");

async function expectNoAxeViolations() {
  const v = await axe(page);
  expect(v, JSON.stringify(v, null, 2)).toEqual([]);
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

beforeAll(async () => {
  await ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), "better-off-e2e-team-"));
  port = await freePort();
  app = await start();
  for (let i = 0; i < SEEDED; i++) {
    const res = await fetch(url("/api/records"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(makeRecord({ team: TEAM, month: monthOf(new Date()) })) });
    expect(res.status).toBe(201);
  }
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await context.route(`http://127.0.0.1:${port}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!serviceDown || path.startsWith("/api/")) return route.continue();
    const file = join(DIST, path === "/" ? "index.html" : path);
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
  });
  page = await context.newPage();
  page.on("pageerror", (e) => problems.push(e.message));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("team results", () => {
  it("adds worked example p01, by keyboard, after showing what will be sent; the team's count goes up", async () => {
    expect(await calculations()).toBe(SEEDED);
    await page.goto(url(`/frame.html?region=england&team=${TEAM}&records-endpoint=/api/records`));
    await w("#adults-0-age").waitFor();
    await typeWorkedExampleP01(page);
    await waitForFocus(page, "results-title");

    await tabTo(page, "team-results-add");
    await page.keyboard.press("Enter");
    await waitForFocus(page, "team-results-check-title");
    const check = await w(".team-results__confirm").innerText();
    expect(check).toContain(TEAM);
    expect(check).toMatch(/16 hours a week\s+£94 a week better off/);
    expect(check).not.toMatch(/£575|£13\.00/); // no rent or wage: bands only
    await expectNoAxeViolations(); // results shown, the check step open

    await tabTo(page, "team-results-send");
    await page.keyboard.press("Enter");
    await waitForFocus(page, "team-results-title");
    await expect.poll(() => statusLine().innerText()).toBe(`Sent: this calculation is now counted in the team results for ${TEAM}.`);
    expect(await calculations()).toBe(SEEDED + 1);

    const dashboard = await context.newPage();
    await dashboard.goto(url(`/team-results?team=${TEAM}`));
    // 6 stored, served rounded to the nearest 5.
    await dashboard.getByText(/^Of about 5 calculations/).first().waitFor();
    await dashboard.close();
  }, 90_000);

  it("with the service stopped, keeps the record in the outbox through a reload and delivers it once when the service is back", async () => {
    await app.stop();
    serviceDown = true;
    await w("#wage").fill("14"); // a new calculation
    await tabTo(page, "team-results-add");
    await page.keyboard.press("Enter");
    await waitForFocus(page, "team-results-check-title");
    await tabTo(page, "team-results-send");
    await page.keyboard.press("Enter");
    await expect.poll(() => statusLine().innerText()).toMatch(/^Waiting to send: the service could not be reached/);
    const [first, second] = await outbox();
    expect(first!.state).toBe("sent");
    expect(second!.state).toBe("waiting");
    await expectNoAxeViolations(); // waiting to send, "Try to send now" shown

    await page.reload(); // the service is still down; the answers and the record come back
    await expect.poll(() => statusLine().innerText(), { timeout: 15_000 }).toMatch(/^Waiting to send/);
    expect(await outbox()).toEqual([first, second]);

    app = await start(); // same database, same port
    serviceDown = false;
    await page.reload(); // a page with the calculator sends what is waiting as it loads
    await expect.poll(() => statusLine().innerText(), { timeout: 15_000 }).toMatch(/^Sent/);
    expect(await outbox()).toEqual([first, { id: second!.id, state: "sent" }]);
    expect(await calculations()).toBe(SEEDED + 2);

    await page.reload(); // nothing is sent twice
    await expect.poll(() => statusLine().innerText()).toMatch(/^Sent/);
    expect(await calculations()).toBe(SEEDED + 2);
    expect(problems).toEqual([]);
  }, 90_000);
});
