/**
 * Issues 13 and 14 end to end in Debian's Chromium, by keyboard: a couple
 * where the partner works (quick questions), the partner's take-home pay in
 * the comparison, the "If the job ends" panel opened, axe with no
 * violations, and nothing wider than the screen at 320 px.
 *
 * Figures from the 2026-27 rule tables (arithmetic beside each).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "../helpers/app.js";
import { axe, chooseRadio, launch, overflow, tabTo, typeInto, waitForFocus } from "../helpers/browser.js";
import { ensureBuilt } from "../helpers/build.js";

let app: RunningApp;
let dataDir: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const w = (sel: string) => page.locator(`better-off-calculator ${sel}`).first();

/** The comparison table's figure for a column header and a row header ("16 hours"), as shown. */
const figure = (column: string, row: string) =>
  page.evaluate(
    ([column, row]) => {
      const root = document.querySelector("better-off-calculator")!.shadowRoot!;
      const table = root.querySelector(".table--comparison")!;
      const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
      const tr = [...table.querySelectorAll("tbody tr")].find((r) => r.querySelector("th")!.textContent!.trim() === row)!;
      return (tr.children[heads.indexOf(column)] as HTMLElement).textContent!.replace("*", "").trim();
    },
    [column, row] as const,
  );

beforeAll(async () => {
  await ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), "better-off-e2e13-"));
  app = await startApp({ BETTER_OFF_DB: join(dataDir, "records.sqlite") });
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("a couple where the partner works, and what happens if the job ends", () => {
  it("is answered by keyboard: p01 as a couple, the partner 30 hours at £12.71", async () => {
    await page.goto(`${app.url}/frame.html?region=england&tax-year=2026-27&no-persist`);
    await w("#adults-0-age").waitFor();
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    await typeInto(page, "adults-0-age", "41");
    await chooseRadio(page, "couple", 1); // No, Yes
    await typeInto(page, "adults-1-age", "41");
    await chooseRadio(page, "adults-1-works", 1); // No, Yes
    await typeInto(page, "adults-1-hours", "30");
    await typeInto(page, "adults-1-wage", "12.71");
    await chooseRadio(page, "tenure", 0); // council or housing association
    await typeInto(page, "rent", "575");
    await typeInto(page, "wage", "13");
    await typeInto(page, "job-hours", "16");
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await w(".results").waitFor();
    await waitForFocus(page, "results-title");
  }, 120_000);

  it("shows the partner's take-home pay beside the client's", async () => {
    // Partner: 30 × £12.71 = £381.30; tax (£381.30 × 52 − £12,570) × 20% ÷ 52 = £27.91; NI (£381.30 − £242) × 8% = £11.14;
    // take-home £342.25 a week, in every column.
    expect(await figure("Partner's take-home pay", "Not working")).toBe("£342.25");
    expect(await figure("Partner's take-home pay", "16 hours")).toBe("£342.25");
    // Client at 16 hours: 16 × £13.00 = £208.00 (under the tax and NI thresholds).
    expect(await figure("Take-home pay", "16 hours")).toBe("£208.00");
  }, 60_000);

  it("opens 'If the job ends' by keyboard, with its sources, and axe finds nothing", async () => {
    await tabTo(page, "job-ends-toggle");
    expect(await w("#job-ends-toggle").getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await w("#job-ends-toggle").getAttribute("aria-expanded")).toBe("true");
    await w("#job-ends-body").waitFor({ state: "visible" });
    // UC not working: couple standard allowance £666.97 + rent £575.00 = £1,241.97, less 55% × £1,483.08 (the partner's £342.25 × 52 ÷ 12) = £815.69: £426.28.
    expect(await w("#job-ends-body").innerText()).toContain("With no job it would be £426.28 a month, as now");
    // The sources arrive after the first result: each rule then links its source.
    await page.waitForFunction(() => document.querySelector("better-off-calculator")!.shadowRoot!.querySelectorAll("#job-ends-body .rule__sources a").length > 0);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.waitForTimeout(200);
    expect(await overflow(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  }, 120_000);

  it("prints the panel even when closed, and the partner's job among the assumptions", async () => {
    await tabTo(page, "job-ends-toggle");
    await page.keyboard.press("Enter");
    expect(await w("#job-ends-toggle").getAttribute("aria-expanded")).toBe("false");
    expect(await w("#job-ends-body").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    try {
      expect(await w("#job-ends-body").isVisible()).toBe(true);
      expect(await w("#job-ends-toggle").isVisible()).toBe(false);
      expect(await w(".assumptions").innerText()).toContain("a couple (25 or over and 25 or over); the partner working 30 hours a week at £12.71 an hour");
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  }, 60_000);
});
