/**
 * Widget performance, measured in headless Debian Chromium (playwright-core):
 *  - the element's JavaScript, gzipped (budget 40 KB), and what it is made of;
 *  - each rule table, gzipped, as loaded on demand (budget 6 KB), against bundling them;
 *  - first render of the interview after the script has loaded (budget 150 ms);
 *  - results and chart updated after an answer changes, median (budget 16 ms).
 * `runWidgetBench()` prints its own lines; test/bench/run.ts calls it.
 * Run alone: `npm run bench:widget`.
 */
import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { launch } from "../helpers/browser.js";
import { DIST, ELEMENT, ROOT, ensureBuilt } from "../helpers/build.js";

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

/** What the element is made of: build it again in memory with the engine, rules loader, zod and decimal.js left out. */
async function uiOnlyGzipped(): Promise<number> {
  const { build } = await import("vite");
  const external = (id: string) => /\/src\/(engine|rules)\//.test(id) || /(^|\/node_modules\/)(zod|decimal\.js)(\/|$)/.test(id) || id.endsWith(".json");
  const out = await build({ root: ROOT, logLevel: "silent", build: { write: false, rolldownOptions: { external } } });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { fileName: string; type: string; code?: string }[] }[];
  const chunk = outputs[0]!.output.find((c) => c.fileName === "better-off-calculator.js")!;
  return gz(chunk.code!);
}

async function firstRender(page: Page, base: string, runs: number): Promise<number[]> {
  await page.addInitScript(() => {
    const w = window as unknown as { __rendered?: number };
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver((_, mo) => {
        if (!root.querySelector("form")) return;
        mo.disconnect();
        (root.host as HTMLElement).getBoundingClientRect(); // style and layout included
        w.__rendered = performance.now();
      }).observe(root, { childList: true, subtree: true });
      return root;
    };
  });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${base}/bench.html`);
    await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined);
    times.push(
      await page.evaluate(() => {
        const script = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/better-off-calculator.js")) as PerformanceResourceTiming;
        return (window as unknown as { __rendered: number }).__rendered - script.responseEnd;
      }),
    );
  }
  return times;
}

async function updates(page: Page, runs: number): Promise<number[]> {
  await page.evaluate(async () => {
    const root = document.querySelector("better-off-calculator")!.shadowRoot!;
    const set = (id: string, v: string) => {
      const el = root.getElementById(id) as HTMLInputElement;
      el.value = v;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    };
    set("adults-0-age", "41");
    (root.getElementById("tenure") as HTMLInputElement).click();
    await new Promise((r) => setTimeout(r, 50));
    set("rent", "575");
    set("wage", "13");
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  });
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

export async function runWidgetBench(opts: { runs?: number } = {}): Promise<void> {
  const runs = opts.runs ?? 31;
  await ensureBuilt();
  const print = (s: string) => process.stdout.write(`widget: ${s}\n`);

  const element = readFileSync(ELEMENT);
  const elementGz = gz(element);
  print(`better-off-calculator.js ${kb(elementGz)} gzipped (${kb(element.length)} minified); budget ${BUDGET.elementKb} KB: ${verdict(elementGz <= BUDGET.elementKb * KB)}`);
  const ui = await uiOnlyGzipped();
  print(`  of which the widget's own code, styles and Preact: ${kb(ui)}; the engine, rules loader, zod and decimal.js: about ${kb(elementGz - ui)}`);
  const assets = join(DIST, "assets");
  const tables = readdirSync(assets).filter((f) => /^rules-.*\.js$/.test(f)).sort();
  for (const f of tables) {
    const size = gz(readFileSync(join(assets, f)));
    print(`rule table ${f.replace(/^rules-(\d{4}-\d{2}).*/, "$1")}: ${kb(size)} gzipped, loaded on demand; budget ${BUDGET.ruleTableKb} KB: ${verdict(size <= BUDGET.ruleTableKb * KB)}`);
  }
  const bundled = gz(Buffer.concat([element, ...tables.map((f) => readFileSync(join(assets, f)))]));
  const oneYear = elementGz + (tables.length ? gz(readFileSync(join(assets, tables[tables.length - 1]!))) : 0);
  print(`rule tables bundled instead: ${kb(bundled)} gzipped for every page; on demand: ${kb(oneYear)} for a page using one year (chosen: on demand)`);
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
    const first = await firstRender(page, base, Math.min(runs, 15));
    print(`first render of the interview after the script loaded: median ${median(first).toFixed(1)} ms (max ${Math.max(...first).toFixed(1)}); budget ${BUDGET.firstRenderMs} ms: ${verdict(median(first) <= BUDGET.firstRenderMs)}`);
    const upd = await updates(page, runs);
    print(`results and chart updated after an answer changes: median ${median(upd).toFixed(1)} ms (max ${Math.max(...upd).toFixed(1)}, ${runs} changes); budget ${BUDGET.updateMs} ms: ${verdict(median(upd) <= BUDGET.updateMs)}`);
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
