/**
 * End to end in Debian's Chromium: the demo page served by the real service
 * (`src/server/main.ts`, as `npm start` runs it), a worked example completed
 * by keyboard alone, the figures checked against the worked example, axe in
 * each state, the print view, and the page's Content-Security-Policy obeyed.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "../helpers/app.js";
import { axe, focused, launch, setQuickP01, tabTo, typeWorkedExampleP01, waitForFocus } from "../helpers/browser.js";
import { ensureBuilt } from "../helpers/build.js";
import { ROOT, household, readTable, rulesFor } from "../helpers/rules.js";
import { calculate } from "../../src/engine/index.js";

interface Case {
  id: string;
  expected: Record<string, string | number>[];
}
const p01 = (JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8")) as Case[]).find((c) => c.id.startsWith("p01"))!;
const expectedAt = (h: number) => p01.expected.find((e) => e.hours === h)!;
const { expected: _e, ...p01Input } = p01 as Case & Record<string, unknown>;
const engineP01 = calculate(household(p01Input), rulesFor("2026-27"));
const pounds = (s: string | number) => `£${Number(s).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`;

let app: RunningApp;
let dataDir: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

/** Text of an element inside the widget's shadow root. */
const text = (selector: string) => page.locator(`better-off-calculator ${selector}`).first().innerText();

/** A figure in the comparison table, by its column header and its row ("16 hours", "Not working"). */
async function figure(name: string, hours: string): Promise<string> {
  return page.evaluate(
    ([name, hours]) => {
      const root = document.querySelector("better-off-calculator")!.shadowRoot!;
      const table = root.querySelector<HTMLTableElement>(".results .table--comparison")!;
      const cols = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent);
      const tr = [...table.tBodies[0]!.rows].find((r) => r.cells[0]!.textContent === hours)!;
      return tr.cells[cols.indexOf(name)]!.textContent!.replace("*", "");
    },
    [name, hours] as const,
  );
}

async function expectNoAxeViolations() {
  const v = await axe(page);
  expect(v, JSON.stringify(v, null, 2)).toEqual([]);
}

beforeAll(async () => {
  await ensureBuilt();
  // Its own database, so the team-results store of a developer's checkout is never touched.
  dataDir = mkdtempSync(join(tmpdir(), "better-off-e2e-"));
  app = await startApp({ BETTER_OFF_DB: join(dataDir, "records.sqlite") });
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  // Report every CSP violation (this runs before the page's own scripts, outside its CSP).
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("the demo page, by keyboard", () => {
  it("loads the calculator with no accessibility violations (empty)", async () => {
    await page.goto(`${app.url}/index.html`);
    await page.locator("better-off-calculator #adults-0-age").waitFor();
    await expectNoAxeViolations();
  }, 60_000);

  it("shows the error summary, focused, with no violations (errors shown)", async () => {
    await tabTo(page, "adults-0-age");
    await page.keyboard.press("Enter"); // submits the form from a text field, as browsers do
    await page.locator("better-off-calculator .error-summary").waitFor();
    await page.waitForFunction(() => document.querySelector("better-off-calculator")!.shadowRoot!.activeElement?.classList.contains("error-summary"));
    expect(await text(".error-summary")).toContain("Select where you live");
    await expectNoAxeViolations();
  }, 60_000);

  it("completes worked example p01 by keyboard and shows the engine's figures", async () => {
    await page.keyboard.press("Tab"); // first link in the summary
    expect((await focused(page))?.text).toBe("Select where you live");
    await page.keyboard.press("Enter");
    await waitForFocus(page, "region");
    await page.keyboard.press("Space"); // England
    await typeWorkedExampleP01(page);
    await page.locator("better-off-calculator .results").waitFor();
    await waitForFocus(page, "results-title");
    expect(await text("#headline-text")).toBe("Working 16 hours a week at £13.00 an hour, you would be £93.60 a week better off.");
    for (const h of [16, 37.5]) {
      const e = expectedAt(h);
      expect(await figure("Take-home pay", `${h} hours`)).toBe(pounds(e.takeHomeWeekly!));
      expect(await figure("Net income", `${h} hours`)).toBe(pounds(e.netIncomeWeekly!));
      expect(await figure("Better off than not working", `${h} hours`)).toBe(`+${pounds(e.betterOffWeekly!)}`);
    }
    expect(await figure("Net income", "Not working")).toBe(pounds(expectedAt(0).netIncomeWeekly!));
  }, 90_000);

  it("opens a figure's working by keyboard", async () => {
    await tabTo(page, "fig-netIncome-2");
    await page.keyboard.press("Enter");
    await page.locator("better-off-calculator #explanation").waitFor();
    await waitForFocus(page, "explanation-title");
    expect(await text("#explanation")).toContain("£208.00 take-home pay + £116.35 Universal Credit = £324.35");
    await expectNoAxeViolations(); // results shown, explanation open
    await tabTo(page, "explanation-close");
    await page.keyboard.press("Enter");
    await waitForFocus(page, "fig-netIncome-2");
  }, 90_000);

  it("shows results with no accessibility violations (results shown, monthly)", async () => {
    await page.locator("better-off-calculator #period-2").check();
    await page.locator("better-off-calculator .results .table--comparison caption").filter({ hasText: "a month" }).first().waitFor();
    expect(await figure("Net income", "16 hours")).toBe(pounds(engineP01.scenarios.find((s) => s.hours === "16")!.netIncomeMonthly));
    await expectNoAxeViolations();
    await page.locator("better-off-calculator #period").check();
  }, 60_000);

  it("adds council tax (Westminster's scheme) with no accessibility violations (council tax shown)", async () => {
    const w = (sel: string) => page.locator(`better-off-calculator ${sel}`);
    await w("#mode-2").check(); // Full
    await w("#ct-bill").fill("1000");
    await w("#ct-scheme").check(); // choose the council from a list
    await w("#ct-preset").selectOption("westminster");
    await page.waitForFunction(() => [...document.querySelector("better-off-calculator")!.shadowRoot!.querySelectorAll(".results .table--comparison thead th")].some((th) => th.textContent === "Council tax to pay"));
    // £1,000 × 75% × 7 ÷ 365 = £14.38 a week, no reduction left at 16 hours (test/engine/council-tax-and-help.test.ts).
    expect(await figure("Council tax to pay", "16 hours")).toBe("£14.38");
    expect(await figure("Better off after council tax", "16 hours")).toBe("+£79.22");
    await expectNoAxeViolations();
  }, 60_000);

  it("prints a summary without the questions, with the date and the rules id", async () => {
    await page.emulateMedia({ media: "print" });
    onTestFinished(() => page.emulateMedia({ media: "screen" }));
    const visible = (sel: string) => page.locator(`better-off-calculator ${sel}`).first().isVisible();
    expect(await visible("form")).toBe(false);
    expect(await visible(".chart")).toBe(true); // the chart is part of what a client keeps
    expect(await visible("#headline-text")).toBe(true);
    expect(await visible(".results table")).toBe(true);
    expect(await text(".print-summary")).toContain("What to tell DWP and when");
    expect(await text(".print-summary")).toContain(`rules ${readTable("2026-27").id}`);
    expect(await visible(".help-notes")).toBe(true); // the working behind council tax, printed only
    expect(await text(".help-notes")).toContain("Westminster City Council");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  }, 60_000);

  it("kept to the page's Content-Security-Policy and made no third-party requests", () => {
    expect(problems.filter((p) => !/favicon/.test(p)), problems.join("\n")).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(app.url))).toEqual([]);
  });
});

describe("other pages", () => {
  it("the iframe page takes attributes from its address", async () => {
    await page.goto(`${app.url}/frame.html?region=scotland&period=month`);
    await page.locator("better-off-calculator #adults-0-age").waitFor();
    expect(await page.locator("better-off-calculator").getAttribute("region")).toBe("scotland");
    await expectNoAxeViolations();
  }, 60_000);

  it("the embedding guide has no accessibility violations", async () => {
    await page.goto(`${app.url}/embed.html`);
    await expectNoAxeViolations();
  }, 60_000);

  it("fits a 320 px wide screen (400% zoom) without sideways scrolling", async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${app.url}/index.html`);
    await page.locator("better-off-calculator #adults-0-age").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }, 60_000);
});

/** p01's four answers, then "Show results". */
async function quickP01(p: Page) {
  await setQuickP01(p);
  await p.locator("better-off-calculator button[type=submit]").click();
}

const HEADLINE_P01 = "Working 16 hours a week at £13.00 an hour, you would be £93.60 a week better off.";

describe("on a slow or failing connection", () => {
  it("draws the interview before the calculation arrives, and finishes a 'Show results' made while waiting", async () => {
    const p = await browser.newPage();
    onTestFinished(() => p.close());
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await p.route(/\/assets\/calculation-/, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(`${app.url}/frame.html?region=england&tax-year=2026-27`);
    await p.locator("better-off-calculator #adults-0-age").waitFor();
    await quickP01(p);
    await p.waitForTimeout(300);
    expect(await p.locator("better-off-calculator .results").count()).toBe(0);
    release();
    await p.locator("better-off-calculator #headline-text").waitFor();
    expect(await p.locator("better-off-calculator #headline-text").innerText()).toBe(HEADLINE_P01);
  }, 60_000);

  it("says so when the calculation cannot be fetched, keeps the answers, and tries again at 'Show results'", async () => {
    const p = await browser.newPage();
    onTestFinished(() => p.close());
    let offline = true;
    await p.route(/\/assets\/calculation-/, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
    await p.addInitScript(() => {
      const w = window as unknown as { kinds: string[] };
      w.kinds = [];
      document.addEventListener("better-off-error", (e) => w.kinds.push((e as CustomEvent<{ kind: string }>).detail.kind));
    });
    await p.goto(`${app.url}/frame.html?region=england&tax-year=2026-27`);
    await p.locator("better-off-calculator #adults-0-age").waitFor();
    await p.locator("better-off-calculator [role=alert]").filter({ hasText: "could not be loaded" }).waitFor();
    expect(await p.locator("better-off-calculator [role=alert]").first().innerText()).toMatch(/Check the connection and choose "Show results" to try again/);
    expect(await p.evaluate(() => (window as unknown as { kinds: string[] }).kinds)).toEqual(["network"]);
    await quickP01(p);
    expect(await p.locator("better-off-calculator .results").count()).toBe(0);
    offline = false;
    await p.locator("better-off-calculator button[type=submit]").click();
    await p.locator("better-off-calculator #headline-text").waitFor();
    expect(await p.locator("better-off-calculator #headline-text").innerText()).toBe(HEADLINE_P01);
    expect(await p.locator("better-off-calculator #adults-0-age").inputValue()).toBe("41");
  }, 60_000);

  /** A page of the service's own origin holding these module scripts and a calculator; p01 answered, its headline and one explanation's sources checked. */
  async function p01OnPageWith(p: Page, scripts: string[]) {
    await p.route(`${app.url}/test-page.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Test page</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join("")}</head>
<body><main><better-off-calculator region="england" tax-year="2026-27" no-persist></better-off-calculator></main></body></html>`,
      }),
    );
    await p.goto(`${app.url}/test-page.html`);
    await p.locator("better-off-calculator #adults-0-age").waitFor();
    await quickP01(p);
    await p.locator("better-off-calculator #headline-text").waitFor();
    expect(await p.locator("better-off-calculator #headline-text").innerText()).toBe(HEADLINE_P01);
    // The explanation's sources arrive after the first result.
    await p.locator("better-off-calculator #fig-takeHome-2").click();
    await p.locator("better-off-calculator #explanation a[href^='https://']").first().waitFor();
  }

  it("works from the single-file build, fetching nothing else", async () => {
    const p = await browser.newPage();
    onTestFinished(() => p.close());
    const fetched: string[] = [];
    p.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await p01OnPageWith(p, ["/better-off-calculator.single.js"]);
    expect(fetched.filter((f) => !/favicon/.test(f))).toEqual(["/test-page.html", "/better-off-calculator.single.js"]);
  }, 60_000);

  it("works when a page loads the element with a version in its address, or twice", async () => {
    const p = await browser.newPage();
    onTestFinished(() => p.close());
    const errors: string[] = [];
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await p01OnPageWith(p, ["/better-off-calculator.js?v=2", "/better-off-calculator.js"]);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, 60_000);
});
