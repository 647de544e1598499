/**
 * Issue 11 end to end in Debian's Chromium, by keyboard: the clinician's
 * case ("Not sure" answered, both readings shown, the question that settles
 * it) and the specialist's case (which hours, whether better off, what each
 * extra hour adds), each checked for sideways overflow at 320, 360, 768 and
 * 1280 px, with axe in every state and the print view's assumptions.
 *
 * Figures are worked out by hand from the 2026-27 rule tables (the
 * arithmetic is written beside each).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp, type RunningApp } from "../helpers/app.js";
import { axe, chooseRadio, launch, overflow, tabTo, typeInto, waitForFocus } from "../helpers/browser.js";
import { ensureBuilt } from "../helpers/build.js";

let app: RunningApp;
let dataDir: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

const w = (sel: string) => page.locator(`better-off-calculator ${sel}`).first();

async function expectNoAxeViolations(state: string) {
  const v = await axe(page);
  expect(v, `${state}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
}

/** At each width: nothing scrolls sideways, and axe finds nothing. */
async function checkWidths(state: string) {
  const size = page.viewportSize()!;
  onTestFinished(() => page.setViewportSize(size));
  for (const width of [320, 360, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150); // the chart and tables measure their room after a resize
    expect(await overflow(page), `${state} at ${width} px`).toEqual([]);
    await expectNoAxeViolations(`${state} at ${width} px`);
  }
}

/** The headline is on screen, whole, after "Show results" (1280 × 900). */
async function headlineInView() {
  const box = (await w("#headline-text").boundingBox())!;
  return box.y >= 0 && box.y + box.height <= 900;
}

beforeAll(async () => {
  await ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), "better-off-e2e11-"));
  app = await startApp({ BETTER_OFF_DB: join(dataDir, "records.sqlite") });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function freshPage() {
  await page.goto(`${app.url}/frame.html?region=england&tax-year=2026-27&no-persist`);
  await w("#adults-0-age").waitFor();
  await page.locator("body").click({ position: { x: 1, y: 1 } });
}

describe("the clinician's case: New Style ESA, the assessment not known, 10 hours, quick questions", () => {
  it("asks in plain words, with 'Not sure', and says what quick mode leaves out", async () => {
    await freshPage();
    expect(await w("#quick-note").innerText()).toMatch(/^Quick questions leave out council tax, savings, living in London \(the benefit cap\) and work costs and pension\. Add them with the full questions$/);
    await typeInto(page, "adults-0-age", "40");
    await tabTo(page, "adults-0-benefits-esa");
    await page.keyboard.press("Space");
    await chooseRadio(page, "adults-0-assessment", 3); // Yes, No, No assessment yet, Not sure
    expect(await w("#adults-0-assessment-4").isChecked()).toBe(true);
    await chooseRadio(page, "adults-0-lcwra-before", 2); // Yes, No, Not sure
    await chooseRadio(page, "tenure", 0); // council or housing association
    await typeInto(page, "rent", "500");
    await typeInto(page, "wage", "12.71");
    await typeInto(page, "job-hours", "10");
    await expectNoAxeViolations("interview answered");
    await page.keyboard.press("Enter");
    await w(".results").waitFor();
    await waitForFocus(page, "results-title");
  }, 120_000);

  it("shows both readings, the range, and the question that settles it, with the headline in view", async () => {
    // Support group (LCWRA, protected): not working ESA £95.55 + £50.35 = £145.90; UC £424.90 + £429.80 + £500 − £632.23 (ESA × 52 ÷ 12)
    //   = £722.47 a month (£166.72 a week); net £312.62. 10 h: £127.10 gross; tax (£127.10 + £145.90) × 52 − £12,570 = £1,626 × 20% ÷ 52 = £6.25;
    //   take-home £120.85 = £523.68 a month; taper 55% × (£523.68 − £427) = £53.17; UC £669.30 (£154.45 a week);
    //   net £120.85 + £154.45 + £145.90 = £421.20; better off £108.58.
    // New claim rate (£217.26): UC £509.93 and £456.76 a month (£117.68, £105.41 a week): £372.16 − £263.58 = £108.58 again.
    // Work-related activity group (no LCWRA, so no work allowance): not working ESA £95.55, UC £924.90 − £414.05 = £510.85 (£117.89);
    //   net £213.44. 10 h: no tax; £550.77 a month × 55% = £302.92; UC £207.93 (£47.98); net £127.10 + £47.98 + £95.55 = £270.63;
    //   better off £57.19.
    expect(await w("#headline-text").innerText()).toBe("Working 10 hours a week, you would be between £57.19 and £108.58 a week better off, depending on an answer you were not sure of.");
    const readings = await w(".readings").innerText();
    expect(readings).toContain("If your assessment said no work search or work-focused meetings; decided before 6 April 2026 (protected rate): £108.58 a week better off.");
    expect(readings).toContain("If your assessment did not say that: £57.19 a week better off.");
    expect(await w(".settle").innerText()).toContain("The ESA decision letter says “support group” (yes) or “work-related activity group” (no).");
    expect(await headlineInView()).toBe(true);
    await checkWidths("clinician's results");
  }, 120_000);

  it("switches the figures to the other reading by keyboard", async () => {
    await tabTo(page, "reading");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown"); // the third reading: the assessment did not say that
    await page.waitForFunction(() => document.querySelector("better-off-calculator")!.shadowRoot!.querySelector(".assumptions")!.textContent!.includes("work-related activity group"));
    expect(await w(".assumptions").innerText()).toContain("The figures shown assume: your assessment did not say that.");
    await expectNoAxeViolations("clinician's results, other reading");
  }, 60_000);
});

describe("the specialist's case: single, 35, private rent £650, UC with protected LCWRA, PIP daily living standard, £12.71", () => {
  it("is answered by keyboard", async () => {
    await freshPage();
    await typeInto(page, "adults-0-age", "35");
    await tabTo(page, "adults-0-benefits"); // Universal Credit
    await page.keyboard.press("Space");
    await tabTo(page, "adults-0-benefits-disability");
    await page.keyboard.press("Space");
    await chooseRadio(page, "adults-0-disability", 0); // PIP
    await tabTo(page, "adults-0-daily-living");
    await page.keyboard.type("Standard");
    await chooseRadio(page, "adults-0-assessment", 0); // Yes: no work search or work-focused meetings
    await chooseRadio(page, "adults-0-lcwra-before", 0); // decided before 6 April 2026
    await chooseRadio(page, "tenure", 1); // private landlord
    await typeInto(page, "rent", "650");
    await typeInto(page, "wage", "12,71");
    await typeInto(page, "hours-list", "0, 8, 16, 24, 30");
    await page.keyboard.press("Enter");
    // "12,71" is not read as £1,271: the summary asks for a full stop.
    await w(".error-summary").waitFor();
    expect(await w(".error-summary").innerText()).toContain("Use a full stop for pence, for example 12.71");
    await expectNoAxeViolations("wage with a comma");
    await tabTo(page, "wage");
    await page.keyboard.press("End");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Backspace");
    await page.keyboard.type("12.71");
    await page.keyboard.press("Enter");
    await w(".results").waitFor();
    await waitForFocus(page, "results-title");
  }, 120_000);

  it("says which hours leave the client best off, one verdict, and what each extra hour adds", async () => {
    // Maximum UC £424.90 standard allowance + £429.80 LCWRA (protected) + £650 rent = £1,504.70; work allowance £427; taper 55%.
    // PIP £76.70 a week is not income for UC. Not working: UC £1,504.70 × 12 ÷ 52 = £347.24; net £347.24 + £76.70 = £423.94.
    //  8 h: £101.68 (no tax or NI); × 52 ÷ 12 = £440.61; taper 55% × £13.61 = £7.49; UC £1,497.21 (£345.51); net £523.89; better off £99.95.
    // 16 h: £203.36; £881.23 a month; 55% × £454.23 = £249.83; UC £1,254.87 (£289.59); net £569.65; better off £145.71.
    // 24 h: £305.04; tax (£15,862.08 − £12,570) × 20% ÷ 52 = £12.66; NI (£305.04 − £242) × 8% = £5.04; take-home £287.34
    //       = £1,245.14 a month; 55% × £818.14 = £449.98; UC £1,054.72 (£243.40); net £607.44; better off £183.50.
    // 30 h: £381.30; tax (£19,827.60 − £12,570) × 20% ÷ 52 = £27.91; NI £139.30 × 8% = £11.14; take-home £342.25 = £1,483.08;
    //       55% × £1,056.08 = £580.84; UC £923.86 (£213.20); net £632.15; better off £208.21.
    expect(await w("#headline-text").innerText()).toBe("Working 30 hours a week at £12.71 an hour, you would be £208.21 a week better off.");
    expect(await w(".headline").innerText()).toContain("Of the hours compared, 30 hours a week leaves you best off.");
    expect(await headlineInView()).toBe(true);
    const rows = await page.evaluate(() =>
      [...document.querySelector("better-off-calculator")!.shadowRoot!.querySelectorAll(".which-hours tbody tr")].map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, " ").trim()),
    );
    // Each extra hour: (better off now − before) ÷ extra hours, to the penny.
    expect(rows).toEqual([
      "8 +£99.95 £12.49 (from 0 hours)", // £99.95 ÷ 8 = £12.49375
      "16 +£145.71 £5.72 (from 8 hours)", // £45.76 ÷ 8 = £5.72
      "24 +£183.50 £4.72 (from 16 hours)", // £37.79 ÷ 8 = £4.72375
      "30 (best) +£208.21 £4.12 (from 24 hours)", // £24.71 ÷ 6 = £4.118…
    ]);
    // The chart marks where the work allowance is used up (7.5 h: £413.08 a month, under £427; 8 h: £440.61, over), and no 16-hour line.
    const labels = await page.evaluate(() => [...document.querySelector("better-off-calculator")!.shadowRoot!.querySelectorAll(".chart__marker-label")].map((t) => t.textContent));
    expect(labels.some((l) => l!.startsWith("8 h: Work allowance used up"))).toBe(true);
    expect(labels.some((l) => l!.startsWith("16 h"))).toBe(false);
    await checkWidths("specialist's results");
  }, 120_000);

  it("prints the verdict, the chart and the assumptions, not the questions", async () => {
    await page.emulateMedia({ media: "print" });
    onTestFinished(() => page.emulateMedia({ media: "screen" }));
    expect(await w("form").isVisible()).toBe(false);
    expect(await w("#headline-text").isVisible()).toBe(true);
    expect(await w(".chart svg").isVisible()).toBe(true);
    const assumed = await w(".assumptions").innerText();
    expect(assumed).toContain("Rents from a private landlord: rent £650.00 a month");
    expect(assumed).toContain("PIP (daily living standard)");
    expect(assumed).toContain("LCWRA (no work search or work-focused meetings), decided before 6 April 2026: protected rate");
    expect(assumed).toContain("£12.71 an hour");
    expect(assumed).toContain("single, 25 or over");
    expect(assumed).not.toContain("35");
    expect(await w(".print-summary").innerText()).toContain("What to tell DWP and when");
    expect(await w(".print-summary").innerText()).toMatch(/rules uk\/2026-27@/);
    await expectNoAxeViolations("print view");
  }, 60_000);

  it("fits the widest comparison (childcare, council tax and help in kind: ten figures) at every width", async () => {
    await freshPage();
    await page.evaluate(async () => {
      const root = document.querySelector("better-off-calculator")!.shadowRoot!;
      const tick = () => new Promise((r) => setTimeout(r, 30));
      const set = async (id: string, v: string) => {
        const el = root.getElementById(id) as HTMLInputElement | HTMLSelectElement;
        el.value = v;
        el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
        await tick();
      };
      const click = async (id: string) => {
        (root.getElementById(id) as HTMLInputElement).click();
        await tick();
      };
      await click("mode-2"); // full questions
      await set("adults-0-age", "28");
      await set("child-count", "1");
      await set("children-0-age", "3");
      await click("tenure");
      await set("rent", "690");
      await set("childcare", "520");
      await set("prescriptions", "2");
      await set("ct-bill", "1000");
      await click("ct-scheme");
      await set("ct-preset", "westminster");
      await set("wage", "12.90");
      await set("hours-list", "12, 16, 30");
      await set("travel", "10");
    });
    await w("button[type=submit]").click();
    await w(".results").waitFor();
    const headers = await page.evaluate(() => document.querySelector("better-off-calculator")!.shadowRoot!.querySelectorAll(".table--comparison thead th").length);
    expect(headers).toBeGreaterThanOrEqual(11); // hours, ten figures or more, what changes
    await checkWidths("the widest comparison");
  }, 120_000);

  it("logged no errors", () => {
    expect(problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  });
});
