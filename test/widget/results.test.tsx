// @vitest-environment jsdom
/**
 * Results for worked example p01 (single, 41, social rent £575, £13.00 an
 * hour) show the engine's figures, as given in
 * test/fixtures/worked-examples-2025-27.json.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caseById, cell, choose, fillP01, renderCalculator, showResults } from "./helpers.js";

afterEach(cleanup);

const p01 = caseById("p01");
const at = (h: number) => p01.expected.find((e) => e.hours === h)!;
const pounds = (s: string | number) => `£${Number(s).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`;

describe("results for worked example p01", () => {
  beforeEach(async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01();
    showResults();
    await screen.findByRole("heading", { name: "Results" });
  });

  it("says which of the compared hours leaves p01 best off, and what each extra hour adds", () => {
    // No job hours given: the headline describes the best of 10, 16, 25 and 37.5 hours (no work costs: cash better off).
    const bo = (h: number) => Number(at(h).betterOffWeekly);
    expect(bo(37.5)).toBeGreaterThan(bo(25));
    expect(screen.getByText(/^Working 37.5 hours/).textContent).toBe(`Working 37.5 hours a week at £13.00 an hour, you would be ${pounds(at(37.5).betterOffWeekly!)} a week better off.`);
    expect(screen.getByText(/^Of the hours compared/).textContent).toBe("Of the hours compared, 37.5 hours a week leaves you best off.");
    const table = screen.getByRole("table", { name: /^Which hours/ });
    const row = (h: string) => within(table).getByRole("rowheader", { name: new RegExp(`^${h}( \\(best\\))?$`) }).closest("tr")!;
    // Each extra hour adds: (better off now − better off at the hours before) ÷ the extra hours, to the penny.
    const perHour = (a: number, b: number) => pounds((Math.round(((bo(b) - (a ? bo(a) : 0)) / (b - a)) * 100) / 100).toFixed(2));
    expect(row("10").textContent).toContain(`${perHour(0, 10)} (from 0 hours)`);
    expect(row("16").textContent).toContain(`${perHour(10, 16)} (from 10 hours)`);
    expect(row("37.5").textContent).toContain(`+${pounds(at(37.5).betterOffWeekly!)}`);
    expect(row("37.5").textContent).toContain("(best)");
  });

  it.each([10, 16, 25, 37.5])("shows the engine's take-home pay, net income and gain at %s hours", (h) => {
    const e = at(h);
    expect(cell("Take-home pay", `${h} hours`).textContent).toBe(pounds(e.takeHomeWeekly!));
    expect(cell("Net income", `${h} hours`).textContent).toBe(pounds(e.netIncomeWeekly!));
    expect(cell("Better off than not working", `${h} hours`).textContent).toBe(`+${pounds(e.betterOffWeekly!)}`);
  });

  it("shows income not working as the baseline column", () => {
    expect(cell("Net income", "Not working").textContent).toBe(pounds(at(0).netIncomeWeekly!));
  });

  it("shows monthly Universal Credit as the engine works it out", () => {
    choose("Show amounts", "Monthly");
    expect(cell("Universal Credit", "16 hours").textContent?.replace("*", "")).toBe(pounds(at(16).ucMonthly!));
  });

  it("says what changes at each number of hours", () => {
    expect(cell("What changes", "16 hours").textContent).toMatch(/Note:.*benefit cap/);
    expect(cell("What changes", "37.5 hours").textContent).toMatch(/Change:.*[Ii]ncome tax/);
  });

  it("opens a figure to show how it was worked out, with its sources", async () => {
    fireEvent.click(within(cell("Take-home pay", "25 hours")).getByRole("button"));
    const panel = await screen.findByRole("region", { name: /Take-home pay, 25 hours: £301.71 a week/ });
    expect(within(panel).getByText(/£13.00 an hour × 25 hours = £325.00/)).toBeTruthy();
    // Sources and notes are fetched after the first result (a separate file): they appear shortly after.
    expect((await within(panel).findAllByRole("link")).length).toBeGreaterThan(0);
    await waitFor(() => expect(document.activeElement?.id).toBe("explanation-title"));
  });

  it("returns focus to the figure when the explanation is closed", async () => {
    const button = within(cell("Net income", "16 hours")).getByRole("button");
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole("button", { name: "Back to the results" }));
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it("draws the chart with a table alternative", () => {
    expect(screen.getByRole("img", { name: /Net income by hours worked, a week/ })).toBeTruthy();
    expect(screen.getByText("Show the chart as a table")).toBeTruthy();
  });

  it("updates the results at once when an answer changes", async () => {
    fireEvent.input(screen.getByLabelText("Hours a week of the job offered (if known)"), { target: { value: "16" } });
    fireEvent.input(screen.getByLabelText("Hourly wage before tax"), { target: { value: "12.71" } });
    await waitFor(() => expect(screen.getByText(/^Working 16 hours/).textContent).toBe("Working 16 hours a week at £12.71 an hour, you would be £91.51 a week better off."));
  });

  it("tells DWP what and when, with the date and the rules used", () => {
    const advice = screen.getByRole("region", { name: /What to tell DWP and when/ });
    expect(within(advice).getByText(/online journal/)).toBeTruthy();
    expect(within(advice).getByText(/rules uk\/2026-27@/)).toBeTruthy();
  });
});
