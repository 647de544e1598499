// @vitest-environment jsdom
/**
 * A partner who works (issue 13): asked in both modes, mapped to the
 * engine's `adults[1].job`, errors linked to the fields. Figures worked
 * from rules/uk/2026-27.json (cross-checked with `npm run calc`).
 */
import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { cell, choose, fillP01, renderCalculator, showResults, type } from "./helpers.js";
import { emptyAnswers, withAdult, withJob, usedAnswers, type Answers } from "../../src/widget/model/answers.js";
import { toHouseholdInput } from "../../src/widget/model/to-household.js";
import { readConfig } from "../../src/widget/attributes.js";

afterEach(cleanup);

const CHOICE = { taxYear: "2026-27", shownYear: "2026-27" };
const summaryLinks = async () => within(await screen.findByRole("alert", { name: "There is a problem" })).getAllByRole("link");
const figure = (f: string | RegExp, hours: string) => cell(f, hours).textContent?.replace("*", "");

describe("a partner who works", () => {
  it("quick mode: p01 as a couple, the partner 30 hours at £12.71 an hour; the partner's take-home and the couple's UC", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01("16");
    choose("Do you live with a partner?", "Yes");
    type("Your partner's age", "41");
    choose("Does your partner work?", "Yes");
    type("Your partner's hours a week", "30");
    type("Your partner's hourly wage before tax", "12.71");
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    // Partner: 30 × £12.71 = £381.30 a week gross.
    // Income tax: (£381.30 × 52 − £12,570 personal allowance) × 20% = £7,257.60 × 20% = £1,451.52 a year ÷ 52 = £27.91.
    // NI: (£381.30 − £242.00 primary threshold) × 8% = £11.144 → £11.14.
    // Take-home: £381.30 − £27.91 − £11.14 = £342.25 a week, in every column (their job does not change).
    expect(figure("Partner's take-home pay", "Not working")).toBe("£342.25");
    expect(figure("Partner's take-home pay", "16 hours")).toBe("£342.25");
    // UC not working: couple standard allowance (both 25 or over) £666.97 + rent £575.00 = £1,241.97;
    // no work allowance (no children, no LCW): 55% × £342.25 × 52 ÷ 12 (£1,483.08) = £815.69;
    // £1,241.97 − £815.69 = £426.28 a month. At 16 hours: earnings £208.00 × 52 ÷ 12 = £901.33 + £1,483.08 = £2,384.41;
    // 55% = £1,311.43 > £1,241.97, so nil.
    choose("Show amounts", "Monthly");
    expect(figure("Universal Credit", "Not working")).toBe("£426.28");
    expect(figure("Universal Credit", "16 hours")).toBe("£0.00");
  });

  it("quick mode: an answer left out is named and linked to its field", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01("16");
    choose("Do you live with a partner?", "Yes");
    type("Your partner's age", "41");
    showResults();
    let links = await summaryLinks();
    const works = links.find((l) => l.textContent === "Select whether your partner works")!;
    expect(works.getAttribute("href")).toBe("#adults-1-works");
    choose("Does your partner work?", "Yes");
    type("Your partner's hourly wage before tax", "9,50");
    showResults();
    links = await summaryLinks();
    expect(links.map((l) => [l.textContent, l.getAttribute("href")])).toEqual(
      expect.arrayContaining([
        ["Enter your partner's hours a week", "#adults-1-hours"],
        ["Use a full stop for pence, for example 9.50", "#adults-1-wage"],
      ]),
    );
  });

  it("full mode: pay a week, how often it arrives; quick mode keeps only the hourly wage", () => {
    const config = readConfig((n) => (n === "tax-year" ? "2026-27" : null));
    let a: Answers = { ...emptyAnswers, couple: "yes", region: "england", tenure: "none" };
    a = withAdult(withAdult(a, 0, { age: "41" }), 1, { age: "39" });
    a = withJob(a, 1, { works: "yes", hours: "20", payPer: "week", wage: "£250", payFrequency: "weekly", firstPayday: "2026-05-01" });
    const full = toHouseholdInput(a, config, CHOICE, null, "full");
    expect(full.problems).toEqual([]);
    expect((full.input.adults as Record<string, unknown>[])[1]!.job).toEqual({ weeklyPay: "250", hours: 20, payFrequency: "weekly", firstPayday: "2026-05-01" });
    // Their own pension choice (full mode).
    const pension = toHouseholdInput(withJob(a, 1, { pension: "netPay", pensionPercent: "5" }), config, CHOICE, null);
    expect((pension.input.adults as Record<string, Record<string, unknown>>[])[1]!.job!.pension).toEqual({ type: "netPay", employeePercent: 5 });
    // Quick mode asks an hourly wage: pay a week is kept for full mode, not used, so the wage is asked for.
    const quick = toHouseholdInput(usedAnswers(a, "quick"), config, CHOICE, null, "quick");
    expect(quick.problems).toEqual([{ path: "adults.1.job.hourlyWage", message: "is required" }]);
    // Quick mode does not ask how often pay arrives: none is sent (the weekly convention), for the partner or the client.
    const quickPaid = toHouseholdInput(withJob(usedAnswers(a, "quick"), 1, { wage: "12.71" }), config, CHOICE, null, "quick");
    expect((quickPaid.input.adults as Record<string, Record<string, unknown>>[])[1]!.job!.payFrequency).toBeUndefined();
    expect((quickPaid.input.job as Record<string, unknown>).payFrequency).toBeUndefined();
    // Full mode sends the client's frequency as chosen, monthly included.
    expect((full.input.job as Record<string, unknown>).payFrequency).toBe("monthly");
    // A partner not working: no job sent.
    const no = toHouseholdInput(withJob(a, 1, { works: "no" }), config, CHOICE, null);
    expect((no.input.adults as Record<string, unknown>[])[1]!.job).toBeUndefined();
  });
});
