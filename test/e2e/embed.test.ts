/**
 * Embedding from another origin, in Debian's Chromium, against the real
 * service (`src/server/main.ts`) serving the built calculator:
 *  - a page on another port loads the element with the documented script tag
 *    (the service lets any origin load the widget's code);
 *  - the same page frames /frame.html when the service's frameOrigins names
 *    it, and the frame sizes itself to its content through frame-resize.js;
 *  - a page on an origin not named cannot frame it, but can still load the
 *    element; neither may read the records API (not in allowedOrigins).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "../helpers/app.js";
import { launch } from "../helpers/browser.js";
import { ensureBuilt } from "../helpers/build.js";

let app: RunningApp;
let browser: Browser;
let dataDir: string;
const hosts: Server[] = [];

/** A trust page on its own origin (another port): the embedding guide's script tag and iframe snippets. */
function hostPage(service: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Trust intranet</title>
<script type="module" src="${service}/better-off-calculator.js"></script>
</head><body><main><h1>Money advice</h1>
<better-off-calculator region="england"><p id="fallback">The calculator has not loaded here.</p></better-off-calculator>
<iframe id="frame" src="${service}/frame.html?region=england" title="Better Off calculator" width="100%" height="300" style="border: 0"></iframe>
<script src="${service}/frame-resize.js" defer></script>
</main></body></html>`;
}

async function serveHost(service: string): Promise<string> {
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage(service)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  hosts.push(server);
  return `http://localhost:${(server.address() as AddressInfo).port}`;
}

let allowedHost: string;
let otherHost: string;

beforeAll(async () => {
  await ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), "better-off-e2e-embed-"));
  // The host pages' ports are only known once they listen: start them first on placeholder content.
  const placeholder = createServer();
  await new Promise<void>((r) => placeholder.listen(0, "127.0.0.1", r));
  const servicePort = (placeholder.address() as AddressInfo).port;
  await new Promise((r) => placeholder.close(r));
  const service = `http://127.0.0.1:${servicePort}`;
  allowedHost = await serveHost(service);
  otherHost = await serveHost(service);
  app = await startApp({ BETTER_OFF_DB: join(dataDir, "records.sqlite"), PORT: String(servicePort), BETTER_OFF_FRAME_ORIGINS: allowedHost });
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  for (const h of hosts) await new Promise((r) => h.close(r));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(url: string): Promise<{ page: Page; console: string[] }> {
  const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
  const console: string[] = [];
  page.on("console", (m) => console.push(m.text()));
  await page.goto(url);
  return { page, console };
}

const elementRuns = (page: Page) =>
  page.waitForFunction(() => {
    const el = document.querySelector("better-off-calculator");
    return Boolean(customElements.get("better-off-calculator") && el?.shadowRoot && (el.shadowRoot.textContent ?? "").length > 100);
  }, undefined, { timeout: 20_000 });

describe("embedding from another origin", () => {
  it("a page on another origin loads the element with the script tag", async () => {
    const { page } = await open(allowedHost);
    await elementRuns(page);
    expect(await page.locator("#fallback").isVisible()).toBe(false);
    await page.close();
  }, 60_000);

  it("with frameOrigins naming the page, /frame.html is framed and the frame takes its content's height", async () => {
    const { page } = await open(allowedHost);
    const frame = page.frames().find((f) => f.url().includes("/frame.html"))!;
    await page.locator("#frame").scrollIntoViewIfNeeded();
    await frame.waitForFunction(() => Boolean(document.querySelector("better-off-calculator")?.shadowRoot), undefined, { timeout: 20_000 });
    // The iframe starts at 300 px; the message from the frame sets it to the frame document's height.
    await expect.poll(() => page.$eval("#frame", (f) => f.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(400);
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(Math.abs((await page.$eval("#frame", (f) => f.getBoundingClientRect().height)) - inner)).toBeLessThanOrEqual(1);
    await page.close();
  }, 60_000);

  it("a page on an origin not named cannot frame it, but still loads the element", async () => {
    const { page } = await open(otherHost);
    await elementRuns(page);
    await page.waitForLoadState("load");
    await page.locator("#frame").scrollIntoViewIfNeeded();
    await new Promise((r) => setTimeout(r, 2000)); // framed in about 1 s when allowed (above)
    // Chromium replaces a refused frame with its own error page.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.evaluate(() => document.querySelector("better-off-calculator") !== null).catch(() => false)).toBe(false);
    expect(frame.url()).not.toMatch(/^http:\/\/127\.0\.0\.1:\d+\/frame\.html/);
    expect(await page.$eval("#frame", (f) => f.getBoundingClientRect().height)).toBe(300);
    await page.close();
  }, 60_000);

  it("the records API stays on the allow-list: a page on another origin cannot read it", async () => {
    const { page } = await open(allowedHost);
    const service = app.url;
    const read = await page.evaluate(async (url) => fetch(`${url}/api/summary`).then((r) => `read ${r.status}`, (e: Error) => `blocked: ${e.name}`), service);
    expect(read).toBe("blocked: TypeError");
    await page.close();
  }, 60_000);
});
