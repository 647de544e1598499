/**
 * Widget performance, measured in headless Debian Chromium (playwright-core):
 *  - the element's JavaScript, gzipped (budget 40 KB): the file the script tag
 *    loads, which draws the interview; then the chunks it fetches (the
 *    calculation, as the element starts; team results, only where set
 *    up), and what a first calculation loads in all;
 *  - each rule table, gzipped, as loaded on demand (budget 6 KB), and the
 *    sources and notes fetched after the first result;
 *  - first render of the interview after the script has loaded (budget 150 ms);
 *  - results and chart updated after an answer changes, median (budget 16 ms);
 *  - time to the interview painted on a slow machine and line (CPU 6× slower,
 *    1.5 Mbit/s, 150 ms round trips), loading the demo's /frame.html from the
 *    real service (`src/server/main.ts`, as `npm start` serves it), with the
 *    precompressed files and, for comparison, without compression (issue 12).
 * `runWidgetBench()` prints its own lines; test/bench/run.ts calls it.
 * Run alone: `npm run bench:widget`.
 */
import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { launch, setQuickP01 } from "../helpers/browser.js";
import { DIST, ELEMENT, ROOT, ensureBuilt } from "../helpers/build.js";
import { startApp } from "../helpers/app.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import type { Browser } from "playwright-core";

const KB = 1024;
const BUDGET = { elementKb: 40, ruleTableKb: 6, firstRenderMs: 150, updateMs: 16 };

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const TYPES: Record<string, string> = { ".js": "text/javascript", ".html": "text/html", ".css": "text/css", ".svg": "image/svg+xml" };

/** dist/ over HTTP, plus a bare page holding only the element. */
function serve(): Promise<Server> {
  const bare = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/better-off-calculator.js"></script></head>
<body><better-off-calculator tax-year="2026-27" region="england" no-persist></better-off-calculator></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/bench.html") return void res.writeHead(200, { "content-type": "text/html" }).end(bare);
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(readFileSync(file));
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

/**
 * Notes when the element has drawn its form, in ms since navigation start: window.__rendered once the form is in
 * its shadow root with style and layout worked out, and window.__painted at the next frame after that (a
 * requestAnimationFrame callback, then a task: the frame has been painted), which is when a user sees it.
 */
const RENDER_WATCH = () => {
  const w = window as unknown as { __rendered?: number; __painted?: number };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((_, mo) => {
      if (!root.querySelector("form")) return;
      mo.disconnect();
      (root.host as HTMLElement).getBoundingClientRect(); // style and layout included
      w.__rendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now()), 0));
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
};

async function watchRender(page: Page): Promise<void> {
  await page.addInitScript(RENDER_WATCH);
}

async function firstRender(page: Page, base: string, runs: number): Promise<{ rendered: number[]; ready: number[] }> {
  await watchRender(page);
  const rendered: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${base}/bench.html`);
    await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined);
    await page.waitForFunction(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).some((e) => /\/assets\/rules-/.test(e.name) && e.responseEnd > 0));
    const [r, c] = await page.evaluate(() => {
      const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const end = (re: RegExp) => entries.find((e) => re.test(e.name))!.responseEnd;
      const script = end(/\/better-off-calculator\.js$/);
      return [(window as unknown as { __rendered: number }).__rendered - script, Math.max(end(/\/assets\/calculation-/), end(/\/assets\/rules-/)) - script];
    });
    rendered.push(r);
    ready.push(c);
  }
  return { rendered, ready };
}

/**
 * Time to the interview (the frame with the form painted), ms from navigation start, on a throttled machine and
 * line, each load from a cold cache; and, for the last load, the files fetched before then: how many, their bytes
 * on the wire, and how many came one after another (a file requested only once an earlier one had arrived: a round
 * trip each, 150 ms here).
 */
async function throttledInterview(
  browser: Browser,
  url: string,
  encoding: "compressed" | "identity",
  runs: number,
): Promise<{ ms: number[]; bytes: number; files: number; inTurn: number }> {
  const ms: number[] = [];
  let before = { bytes: 0, files: 0, inTurn: 0 };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (encoding === "identity") await page.setExtraHTTPHeaders({ "accept-encoding": "identity" });
    await page.addInitScript("window.__name = (f) => f");
    await page.addInitScript(RENDER_WATCH);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.5e6 / 8) | 0, uploadThroughput: (0.75e6 / 8) | 0 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, undefined, { timeout: 60_000 });
    const seen = await page.evaluate(() => {
      const painted = (window as unknown as { __painted: number }).__painted;
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const done = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((e) => e.responseEnd > 0 && e.responseEnd <= painted);
      const files = [nav, ...done];
      // Depth of the chain: a file requested after another had arrived is one round trip behind it.
      const depth = (f: PerformanceResourceTiming): number => 1 + Math.max(0, ...files.filter((g) => g !== f && g.responseEnd <= f.startTime).map(depth));
      return { painted, bytes: files.reduce((n, f) => n + f.transferSize, 0), files: files.length, inTurn: Math.max(...files.map(depth)) };
    });
    ms.push(seen.painted);
    before = seen;
    await context.close();
  }
  return { ms, ...before };
}

async function updates(page: Page, runs: number): Promise<number[]> {
  await setQuickP01(page);
  await page.locator("better-off-calculator button[type=submit]").click();
  await page.locator("better-off-calculator .results").waitFor();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate((wage) => {
        const root = document.querySelector("better-off-calculator")!.shadowRoot!;
        const results = root.querySelector(".results")!;
        const input = root.getElementById("wage") as HTMLInputElement;
        return new Promise<number>((resolve) => {
          const t0 = performance.now();
          new MutationObserver((_, mo) => {
            mo.disconnect();
            results.getBoundingClientRect();
            resolve(performance.now() - t0);
          }).observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
          input.value = wage;
          input.dispatchEvent(new Event("input", { bubbles: true }));
        });
      }, i % 2 ? "13" : "13.50"),
    );
  }
  return times;
}

/** Throttling as issue 11 measured it: a slow phone on a slow connection (Chrome DevTools protocol). */
const THROTTLE = { cpu: 6, latencyMs: 150, kbitPerSecond: 1500 };
const BUDGET_THROTTLED = { interviewMs: 1000, headlineMs: 300 };

/**
 * Throttled (CPU × 6, 150 ms latency, 1.5 Mbit/s, no cache), per page load:
 * page open (navigation start) to the interview drawn, and "Show results"
 * (p01 answered) to the headline drawn. The service here sends files
 * uncompressed, as dist/ is served by this bench.
 */
async function throttled(page: Page, base: string, runs: number): Promise<{ interview: number[]; headline: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const bytes = (THROTTLE.kbitPerSecond * 1000) / 8;
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: THROTTLE.latencyMs, downloadThroughput: bytes, uploadThroughput: bytes });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE.cpu });
  const interview: number[] = [];
  const headline: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto(`${base}/bench.html`);
      await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, undefined, { timeout: 60_000 });
      interview.push(await page.evaluate(() => (window as unknown as { __painted: number }).__painted));
      // The calculation code and the year's rules arrive while the user reads the first question.
      await page.waitForFunction(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).some((e) => /\/assets\/rules-/.test(e.name) && e.responseEnd > 0), undefined, { timeout: 60_000 });
      await setQuickP01(page);
      headline.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const root = document.querySelector("better-off-calculator")!.shadowRoot!;
              const t0 = performance.now();
              const done = () => {
                if (!root.getElementById("headline-text")) return false;
                root.host.getBoundingClientRect(); // style and layout included
                resolve(performance.now() - t0);
                return true;
              };
              new MutationObserver((_, mo) => done() && mo.disconnect()).observe(root, { childList: true, subtree: true });
              (root.querySelector("button[type=submit]") as HTMLButtonElement).click();
            }),
        ),
      );
    }
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  }
  return { interview, headline };
}

export async function runWidgetBench(opts: { runs?: number } = {}): Promise<void> {
  const runs = opts.runs ?? 31;
  await ensureBuilt();
  const print = (s: string) => process.stdout.write(`widget: ${s}\n`);

  const entry = readFileSync(ELEMENT);
  const assets = join(DIST, "assets");
  const files = readdirSync(assets).sort();
  const chunk = (prefix: string) => files.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".js")).map((f) => readFileSync(join(assets, f)));
  // What the script tag loads before anything runs: better-off-calculator.js and what it imports statically (assets/element-*.js).
  const statics = [...entry.toString("utf8").matchAll(/\bfrom\s*["']\.\/assets\/([^"']+\.js)["']/g)].map((m) => readFileSync(join(assets, m[1]!)));
  const [calculation] = chunk("calculation");
  const [team] = chunk("team-results");
  if (!calculation || !team || !statics.length) throw new Error(`dist/ has no element, calculation or team-results chunk: ${files.join(", ")}`);
  const elementGz = gz(entry) + statics.reduce((n, b) => n + gz(b), 0);
  const elementMin = entry.length + statics.reduce((n, b) => n + b.length, 0);
  const calculationGz = gz(calculation);
  const total = elementGz + calculationGz;
  print(`element (better-off-calculator.js + assets/element-*.js, what the script tag loads: draws the interview): ${kb(elementGz)} gzipped (${kb(elementMin)} minified); budget ${BUDGET.elementKb} KB: ${verdict(elementGz <= BUDGET.elementKb * KB)}`);
  print(`  assets/calculation-*.js (engine, decimal.js, zod, rules loader, results; fetched as the element starts): ${kb(calculationGz)} gzipped (${kb(calculation.length)} minified)`);
  print(`  assets/team-results-*.js (records, outbox and panel; only where the page sets team and records-endpoint): ${kb(gz(team))} gzipped`);
  print(`  JavaScript for a first calculation, element + calculation: ${kb(total)} gzipped${total > BUDGET.elementKb * KB ? ` (over ${BUDGET.elementKb} KB if the budget is read as all of the widget's JavaScript)` : ""}`);
  const singleFile = join(DIST, "better-off-calculator.single.js");
  if (existsSync(singleFile))
    print(`  better-off-calculator.single.js (the same element as one file, every year's rules included, for platforms that take a file but not a folder): ${kb(gz(readFileSync(singleFile)))} gzipped`);
  const years = files.filter((f) => /^rules-\d{4}-\d{2}-.*\.js$/.test(f));
  for (const f of years) {
    const year = f.slice(6, 13);
    const size = gz(readFileSync(join(assets, f)));
    const sources = files.find((x) => x.startsWith(`sources-${year}-`));
    const sourcesGz = sources ? gz(readFileSync(join(assets, sources))) : NaN;
    print(`rule table ${year} (values, units, statuses): ${kb(size)} gzipped, loaded on demand; budget ${BUDGET.ruleTableKb} KB: ${verdict(size <= BUDGET.ruleTableKb * KB)}; its sources and notes: ${kb(sourcesGz)}, fetched after the first result`);
  }
  // The team dashboard is its own module (issue 4), built by `npm run build`'s postbuild step.
  const dashboard = join(DIST, "better-off-team-results.js");
  if (!existsSync(dashboard)) {
    const { build } = await import("vite");
    await build({ root: ROOT, mode: "dashboard", logLevel: "silent" });
  }
  if (existsSync(dashboard)) {
    const d = readFileSync(dashboard);
    print(`dashboard better-off-team-results.js (its own module, only on team results pages): ${kb(gz(d))} gzipped (${kb(d.length)} minified)`);
  }

  const server = await serve();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent to the page need it too.
    await page.addInitScript("window.__name = (f) => f");
    const { rendered: first, ready } = await firstRender(page, base, Math.min(runs, 15));
    print(`first render of the interview after better-off-calculator.js loaded (fetching assets/element-*.js included): median ${median(first).toFixed(1)} ms (max ${Math.max(...first).toFixed(1)}); budget ${BUDGET.firstRenderMs} ms: ${verdict(median(first) <= BUDGET.firstRenderMs)}`);
    print(`  calculation code and rule table fetched (from this machine) after the script loaded: median ${median(ready).toFixed(1)} ms (max ${Math.max(...ready).toFixed(1)})`);
    const upd = await updates(page, runs);
    print(`results and chart updated after an answer changes: median ${median(upd).toFixed(1)} ms (max ${Math.max(...upd).toFixed(1)}, ${runs} changes); budget ${BUDGET.updateMs} ms: ${verdict(median(upd) <= BUDGET.updateMs)}`);
    const slow = await browser.newPage();
    await slow.addInitScript("window.__name = (f) => f");
    await watchRender(slow);
    const t = await throttled(slow, base, Math.min(runs, 5));
    const how = `CPU × ${THROTTLE.cpu}, ${THROTTLE.latencyMs} ms latency, ${THROTTLE.kbitPerSecond / 1000} Mbit/s, served uncompressed, ${t.interview.length} loads`;
    // A page holding only the script tag and the element, as on another site, with no preload: for comparison; the budget is judged over the service (below).
    print(`throttled (${how}): page open to the interview painted, a bare page with the script tag: median ${median(t.interview).toFixed(0)} ms (max ${Math.max(...t.interview).toFixed(0)}); for comparison (budget ${BUDGET_THROTTLED.interviewMs} ms judged below, over the service)`);
    print(`throttled: "Show results" to the headline drawn (p01, the calculation code already fetched): median ${median(t.headline).toFixed(0)} ms (max ${Math.max(...t.headline).toFixed(0)}); budget ${BUDGET_THROTTLED.headlineMs} ms: ${verdict(median(t.headline) <= BUDGET_THROTTLED.headlineMs)}`);
    // The same slow machine and line, over the service as npm start runs it (precompressed), and uncompressed for comparison.
    // Each load in a context of its own; the pages above are closed first so that nothing else runs in the browser meanwhile.
    await slow.close();
    await page.close();
    const dir = mkdtempSync(join(tmpdir(), "better-off-widget-bench-"));
    const app = await startApp({ BETTER_OFF_DB: join(dir, "records.sqlite") });
    try {
      const url = `${app.url}/frame.html?region=england`;
      // A browser of its own, as a visitor's would be: not the one that has just run the measurements above.
      const fresh = await launch();
      const [packed, plain] = await (async () => {
        try {
          return [await throttledInterview(fresh, url, "compressed", 5), await throttledInterview(fresh, url, "identity", 5)] as const;
        } finally {
          await fresh.close();
        }
      })();
      const before = (r: typeof packed) => `${r.files} files, ${kb(r.bytes)}, ${r.inTurn} one after another`;
      print(
        `time to the interview painted over the service (/frame.html, which preloads the element's two files; CPU 6× slower, 1.5 Mbit/s, 150 ms latency, cold cache, 5 loads): precompressed median ${median(packed.ms).toFixed(0)} ms (max ${Math.max(...packed.ms).toFixed(0)}; before it: ${before(packed)}); uncompressed median ${median(plain.ms).toFixed(0)} ms (${before(plain)}); budget ${BUDGET_THROTTLED.interviewMs} ms (precompressed, as npm start serves it): ${verdict(median(packed.ms) <= BUDGET_THROTTLED.interviewMs)}`,
      );
    } finally {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runWidgetBench().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
