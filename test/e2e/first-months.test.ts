/**
 * Issue 14, "The first three months", end to end in Debian's Chromium, by
 * keyboard only: p01 in full mode with a start date, pay weekly; the
 * section's table checked against figures worked by hand, the explanations
 * opened by keyboard with their sources, axe with no violations at 1280 px
 * and 320 px (nothing wider than the screen), and the printed version.
 *
 * Worked from rules/uk/2026-27.json. p01: single, 41, social rent £575 a month, £13.00 an hour, 16 hours,
 * starting Monday 13 April 2026, paid weekly on Fridays (a payday 3 April), assessment periods from the 1st:
 *   take-home 16 × £13.00 = £208.00 a week (under the tax and NI thresholds);
 *   first wage Friday 17 April for 13 to 17 April, 5 of the pay period's 7 days: £208.00 × 5 ÷ 7 = £148.571 → £148.57;
 *   UC maximum £424.90 + £575.00 = £999.90, no work allowance, taper 55%, paid 7 days after each period:
 *     April (£148.57 + £208.00 = £356.57): £999.90 − £196.11 = £803.79 on 7 May (week 4, 4 to 10 May);
 *     May (5 Fridays, £1,040.00): £999.90 − £572.00 = £427.90 on 7 June (week 8);
 *     June (4 Fridays, £832.00): £999.90 − £457.60 = £542.30 on 7 July (week 13);
 *   against not working (£999.90 on 7 May, 7 June, 7 July):
 *     week 4: £148.57 + 3 × £208.00 + £803.79 − £999.90 = +£576.46;
 *     week 13: £148.57 + 12 × £208.00 + £1,773.99 − £2,999.70 = +£1,418.86.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "../helpers/app.js";
import { axe, chooseRadio, focused, launch, overflow, tabTo, typeInto, waitForFocus } from "../helpers/browser.js";
import { ensureBuilt } from "../helpers/build.js";

let app: RunningApp;
let dataDir: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const w = (sel: string) => page.locator(`better-off-calculator ${sel}`).first();

/** The rows of a first-months table (screen or printed), as the cells' text. */
const rowsOf = (selector: string) =>
  page.evaluate((selector) => {
    const root = document.querySelector("better-off-calculator")!.shadowRoot!;
    const table = root.querySelector(selector)!;
    return [...table.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => (c as HTMLElement).textContent!.trim()));
  }, selector);

beforeAll(async () => {
  await ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), "better-off-e2e14-"));
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

describe("the first three months, p01 paid weekly from 13 April 2026", () => {
  it("is answered by keyboard in full mode, with the start date", async () => {
    await page.goto(`${app.url}/frame.html?region=england&tax-year=2026-27&mode=full&no-persist`);
    await w("#adults-0-age").waitFor();
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    await typeInto(page, "adults-0-age", "41");
    await chooseRadio(page, "tenure", 0); // council or housing association
    await typeInto(page, "rent", "575");
    await typeInto(page, "wage", "13");
    await typeInto(page, "job-hours", "16");
    await typeInto(page, "start-date", "2026-04-13");
    await tabTo(page, "pay-frequency");
    // Monthly on the same date, last working day, four-weekly, fortnightly, weekly: the fifth, by its first letter.
    await page.keyboard.press("w");
    expect(await w("#pay-frequency").inputValue()).toBe("weekly");
    await typeInto(page, "first-payday", "2026-04-03");
    await typeInto(page, "ap-start-day", "1");
    await page.keyboard.press("Enter");
    await w(".results").waitFor();
    await waitForFocus(page, "results-title");
    await w("#first-months-title").waitFor();
  }, 120_000);

  it("shows each week's money by source, against hand-worked figures", async () => {
    const rows = await rowsOf(".first-months:not(.first-months--print) table");
    expect(rows[0]).toEqual(["Week", "Take-home pay", "Universal Credit", "Total this week", "Since the start, against not working"]);
    expect(rows).toHaveLength(14);
    expect(rows[1]).toEqual(["Week 1: 13 Apr to 19 Apr 2026", "£148.57", "£0.00", "£148.57", "+£148.57"]);
    expect(rows[4]).toEqual(["Week 4: 4 May to 10 May 2026", "£208.00", "£803.79", "£1,011.79", "+£576.46"]);
    expect(rows[8]).toEqual(["Week 8: 1 Jun to 7 Jun 2026", "£208.00", "£427.90", "£635.90", "+£836.46"]);
    expect(rows[13]).toEqual(["Week 13: 6 Jul to 12 Jul 2026", "£208.00", "£542.30", "£750.30", "+£1,418.86"]);
    // 13 bars of wages and 3 UC payments.
    expect(await page.evaluate(() => document.querySelector("better-off-calculator")!.shadowRoot!.querySelectorAll(".first-months__chart .chart__svg rect.chart__area").length)).toBe(16);
  }, 60_000);

  it("opens how each amount is worked out by keyboard, with the sources; axe finds nothing at 1280 and 320 px", async () => {
    await tabTo(page, "first-months-how", 400);
    expect((await focused(page))?.tag).toBe("summary");
    await page.keyboard.press("Enter");
    const body = w(".first-months__weeks");
    await body.waitFor({ state: "visible" });
    expect(await body.innerText()).toContain("Universal Credit £803.79 for the assessment period 1 April 2026 to 30 April 2026, on £356.57 earnings received in it");
    await page.waitForFunction(() => document.querySelector("better-off-calculator")!.shadowRoot!.querySelectorAll(".first-months__weeks .rule__sources a").length > 0);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.waitForTimeout(200);
    expect(await overflow(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    // At 320 px the table is drawn as blocks, each figure labelled.
    expect(await w(".first-months:not(.first-months--print) table").getAttribute("class")).toContain("table--stacked");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  }, 120_000);

  it("is printed in the print summary: the table and every explanation, not the screen section", async () => {
    await page.emulateMedia({ media: "print" });
    try {
      expect(await w(".print-summary .first-months--print").isVisible()).toBe(true);
      expect(await w(".first-months:not(.first-months--print)").isVisible()).toBe(false);
      const rows = await rowsOf(".first-months--print table");
      expect(rows[4]).toEqual(["Week 4: 4 May to 10 May 2026", "£208.00", "£803.79", "£1,011.79", "+£576.46"]);
      const text = await w(".first-months--print").innerText();
      expect(text).toContain("Ask the employer when the first wage comes: here 17 April 2026, for 5 days.");
      expect(text).toMatch(/First wage £148\.57 paid 17 April 2026: 5 of the 7 days/);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  }, 60_000);
});

describe("the tightest week: New Style ESA stopping before a late monthly first wage", () => {
  // 47, UC and New Style ESA, assessment "yes" (support group, LCWRA), decided from April 2026; social rent £575; 20 hours at
  // the minimum wage, paid monthly, first payday 5 June 2026; start Monday 11 May 2026; assessment periods from the 6th.
  // ESA support group £95.55 + £50.35 = £145.90 a week, fortnightly: not working, 11 to 24 May is paid 31 May (week 3);
  // working, ESA stops from the start (20 hours: over the permitted work limit of 16) and the first wage comes 5 June.
  // So week 3 (25 to 31 May) is 2 × £145.90 = £291.80 behind: the tightest week.
  it("is answered by keyboard, marks week 3 in words, and axe finds nothing at 1280 and 320 px", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${app.url}/frame.html?region=england&tax-year=2026-27&mode=full&no-persist`);
    await w("#adults-0-age").waitFor();
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    await typeInto(page, "adults-0-age", "47");
    await tabTo(page, "adults-0-benefits");
    await page.keyboard.press("Space"); // Universal Credit
    await tabTo(page, "adults-0-benefits-esa");
    await page.keyboard.press("Space");
    await chooseRadio(page, "adults-0-assessment", 0); // Yes
    await chooseRadio(page, "adults-0-lcwra-before", 1); // No
    await chooseRadio(page, "tenure", 0);
    await typeInto(page, "rent", "575");
    await typeInto(page, "job-hours", "20");
    await typeInto(page, "start-date", "2026-05-11");
    await typeInto(page, "first-payday", "2026-06-05");
    await typeInto(page, "ap-start-day", "6");
    await page.keyboard.press("Enter");
    await w(".results").waitFor();
    await waitForFocus(page, "results-title");
    await w("#first-months-title").waitFor();
    expect(await w(".first-months:not(.first-months--print)").innerText()).toContain(
      "The tightest week is week 3 (25 May to 31 May 2026): by the end of it, £291.80 less has arrived since the start date than without the job.",
    );
    const rows = await rowsOf(".first-months:not(.first-months--print) table");
    expect(rows[3]![0]).toBe("Week 3: 25 May to 31 May 2026 (tightest)");
    expect(rows[3]!.at(-1)).toBe("−£291.80");
    expect(await w(".first-months__chart .legend").innerText()).toContain("Tightest week: 3");
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.waitForTimeout(200);
    expect(await overflow(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  }, 120_000);
});

