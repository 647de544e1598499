// @vitest-environment jsdom
/**
 * Council tax, help with health costs and the better-off ladder (issue 5):
 * the questions, their validation (the engine's messages, linked from the
 * error summary) and the engine's figures in the results. Expected values
 * are those of test/engine/council-tax-and-help.test.ts, worked by hand there.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { ROOT, cell, choose, fillP01, renderCalculator, showResults, type } from "./helpers.js";

/** The presets in the rule table for a year, as the widget must list them: from the rules, by council name. */
const presetsIn = (year: string): [string, { value: { council: string; summary: string } }][] =>
  Object.entries(JSON.parse(readFileSync(`${ROOT}rules/uk/${year}.json`, "utf8")).councilTaxReductionEnglandPresets.schemes as Record<string, { value: { council: string; summary: string } }>).sort(
    ([, a], [, b]) => a.value.council.localeCompare(b.value.council, "en-GB"),
  );

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const select = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const summaryLinks = async () => within(await screen.findByRole("alert", { name: "There is a problem" })).getAllByRole("link");
const figureIn = (figure: string | RegExp, hours: string) => cell(figure, hours).textContent?.replace("*", "");

/** p01 with a £1,000 bill and Westminster's scheme. */
async function fillP01Westminster() {
  await fillP01("10, 16, 25");
  choose("Questions", "Full");
  type("Council tax for the year", "1000");
  fireEvent.click(await screen.findByRole("radio", { name: "Choose the council from a list" })); // once the rules have loaded
  select("Council", "westminster");
}

describe("council tax questions", () => {
  it("are asked in full mode, with the councils in the rules for the year", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    expect(screen.queryByLabelText("Council tax for the year")).toBeNull();
    choose("Questions", "Full");
    type("Council tax for the year", "1200");
    fireEvent.click(await screen.findByRole("radio", { name: "Choose the council from a list" }));
    const councils = () => [...(screen.getByLabelText("Council") as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);
    expect(councils()).toEqual(presetsIn("2026-27").map(([id]) => id));
    expect(councils()).toContain("westminster");
    select("Council", "westminster");
    expect(screen.getByText(presetsIn("2026-27").find(([id]) => id === "westminster")![1].value.summary)).toBeTruthy();
    select("Rates for tax year", "2025-26");
    await waitFor(() => expect(councils()).toEqual(presetsIn("2025-26").map(([id]) => id)));
    // Westminster is not in the 2025-26 rules: said in words, against the council field.
    type("Your age", "41");
    choose("How do you pay for your home?", "No housing costs");
    showResults();
    expect((await summaryLinks()).map((a) => a.textContent)).toContain("Your council is not in the list for 2025-26: choose another council, or describe the scheme");
  });

  it("default the single person discount from the household", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england", mode: "full" });
    type("Council tax for the year", "900");
    const yes = () => within(screen.getByRole("group", { name: "Do you get the single person discount?" })).getByRole("radio", { name: "Yes" }) as HTMLInputElement;
    expect(yes().checked).toBe(true);
    choose("Do you live with a partner?", "Yes");
    expect(yes().checked).toBe(false);
  });

  it("say that Scotland uses its national scheme", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "scotland", mode: "full" });
    type("Council tax for the year", "1500");
    expect(screen.getByText(/Scotland has a national Council Tax Reduction scheme/)).toBeTruthy();
    expect(screen.queryByRole("group", { name: "The council's Council Tax Reduction scheme" })).toBeNull();
  });

  it("keep the bands typed after a reload", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england", mode: "full" }, sessionStorage);
    type("Council tax for the year", "1000");
    choose("The council's Council Tax Reduction scheme", "Describe an income-banded scheme");
    type("Discount", "80");
    fireEvent.click(screen.getByRole("button", { name: "Add another band" }));
    const band2 = screen.getByRole("group", { name: "Band 2" });
    fireEvent.input(within(band2).getByLabelText("From"), { target: { value: "100.01" } });
    cleanup();
    renderCalculator({ "tax-year": "2026-27", region: "england", mode: "full" }, sessionStorage);
    expect((within(screen.getByRole("group", { name: "Band 2" })).getByLabelText("From") as HTMLInputElement).value).toBe("100.01");
    expect((within(screen.getByRole("group", { name: "Band 1" })).getByLabelText("Discount") as HTMLInputElement).value).toBe("80");
  });
});

describe("council tax validation", () => {
  it("names overlapping bands in the error summary and links to the band", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01();
    choose("Questions", "Full");
    type("Council tax for the year", "1000");
    choose("The council's Council Tax Reduction scheme", "Describe an income-banded scheme");
    type("To", "100");
    type("Discount", "50");
    fireEvent.click(screen.getByRole("button", { name: "Add another band" }));
    await waitFor(() => expect(document.activeElement?.id).toBe("ct-band-1-from")); // focus moves to the band added
    const band2 = screen.getByRole("group", { name: "Band 2" });
    fireEvent.input(within(band2).getByLabelText("From"), { target: { value: "90" } });
    fireEvent.input(within(band2).getByLabelText("Discount"), { target: { value: "0" } });
    showResults();
    const link = (await summaryLinks()).find((a) => a.textContent === "Band 2 overlaps band 1 (which runs to £100.00): start at £100.01")!;
    expect(link).toBeTruthy();
    const from = within(band2).getByLabelText("From");
    expect(from.getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(link);
    await waitFor(() => expect(document.activeElement).toBe(from));
  });

  it("refuses a negative bill, and asks for the scheme in England", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01();
    choose("Questions", "Full");
    type("Council tax for the year", "-5");
    showResults();
    expect((await summaryLinks()).map((a) => a.textContent)).toEqual([
      "The council tax bill cannot be negative",
      "Select the council's Council Tax Reduction scheme",
    ]);
  });
});

describe("results with council tax: p01 and Westminster's scheme (£1,000 a year)", () => {
  it("shows council tax to pay, its working and where the reduction ends", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01Westminster();
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    // Bill £1,000 × 75% × 7 ÷ 365 = £14.38 a week; reduction £14.38 not working, £2.68 at 10 hours, none at 16.
    expect(figureIn("Council tax to pay", "Not working")).toBe("£0.00");
    expect(figureIn("Council tax to pay", "10 hours")).toBe("£11.70");
    expect(figureIn("Council tax to pay", "16 hours")).toBe("£14.38");
    expect(figureIn("Better off after council tax", "16 hours")).toBe("+£79.22"); // £93.60 − £14.38
    expect(cell("What changes", "10 hours").textContent).toMatch(/Change: Council Tax Reduction falls from £14.38 to £2.68/);
    expect(cell("What changes", "16 hours").textContent).toMatch(/Loss: Council Tax Reduction ends/);
    // No job hours given: the best of 10, 16 and 25 hours after council tax is 25 hours; with the job at 16 hours, the headline says 16.
    type("Hours a week of the job offered (if known)", "16");
    expect(screen.getByText(/^Working 16 hours/).textContent).toBe("Working 16 hours a week at £13.00 an hour, you would be £79.22 a week better off after council tax.");
    expect(screen.getByText("Before council tax, you would be £93.60 a week better off.")).toBeTruthy();

    fireEvent.click(within(cell("Council tax to pay", "10 hours")).getByRole("button"));
    const panel = await screen.findByRole("region", { name: /Council tax to pay, 10 hours: £11.70 a week/ });
    expect(within(panel).getByText(/^Westminster City Council: .* = £2.68$/)).toBeTruthy();
    expect(within(panel).getByText("£14.38 − £2.68 reduction = £11.70 a week")).toBeTruthy();
    expect(within(panel).getByText("Council Tax Reduction (England): Westminster City Council's scheme")).toBeTruthy();
    // Sources and notes are fetched after the first result (a separate file): they appear shortly after.
    expect((await within(panel).findAllByRole("link")).length).toBeGreaterThan(0);
  });

  it("marks where the reduction ends in the chart and its table", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01Westminster();
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    // Labelled on the chart in words, at the half hour where the sweep first shows it.
    expect(screen.getByText("12.5 h: Council Tax Reduction ends")).toBeTruthy();
    const details = screen.getByText("Show the chart as a table").closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    const table = await screen.findByRole("table", { name: /by hours worked a week/ });
    const row = within(table).getByRole("rowheader", { name: "12.5" }).closest("tr")!;
    expect(row.textContent).toMatch(/Council Tax Reduction ends/);
    expect(within(table).getByRole("columnheader", { name: "Council tax to pay" })).toBeTruthy();
  });
});

describe("results with help with health costs: p03 with 2 prescription items a month", () => {
  it("values the help, and shows the ladder to the figure including it", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england", mode: "full" });
    await screen.findByText(/minimum wage for age|Leave blank for the minimum wage/);
    type("Your age", "28");
    type("How many children live with you?", "1");
    type("Age of child 1", "3");
    choose("How do you pay for your home?", "Rent from the council or a housing association");
    type("Rent", "690");
    type("Registered childcare you would pay while working", "520");
    type("NHS prescription items a month", "2");
    type("Hourly wage before tax", "12.90");
    type("Hours to compare", "12, 16, 30");
    type("Hours a week of the job offered (if known)", "16");
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    const help = "Value of help in kind";
    // Prescriptions: the £114.50 certificate ÷ 52 = £2.20; Healthy Start £4.65 for a child of 3.
    expect(figureIn(help, "Not working")).toBe("£6.85");
    expect(figureIn(help, "16 hours")).toBe("£2.20");
    expect(figureIn(help, "30 hours")).toBe("£0.00");
    expect(figureIn("Better off after work costs", "16 hours")).toBe("+£129.08");
    expect(figureIn("Better off including help in kind", "16 hours")).toBe("+£124.43"); // £129.08 + £2.20 − £6.85
    expect(screen.getByText(/^Help in kind: help with health costs and Healthy Start, valued/)).toBeTruthy();
    expect(cell("What changes", "30 hours").textContent).toMatch(/Loss: Free NHS prescriptions, dental treatment and sight tests stop/);
    expect(screen.getByText(/^You would lose some or all help with health costs and Healthy Start\. Counting its value \(help in kind, not cash\), you would be £124\.43 a week better off\.$/)).toBeTruthy();

    fireEvent.click(within(cell(help, "Not working")).getByRole("button"));
    const panel = await screen.findByRole("region", { name: /Value of help in kind, not working: £6.85 a week/ });
    expect(within(panel).getByText("Free NHS prescriptions")).toBeTruthy();
    expect(within(panel).getByText("worth £2.20 a week")).toBeTruthy();
    expect(within(panel).getByText("NHS health costs: prescription prepayment certificate 12 months")).toBeTruthy();
  });
});

describe("council tax in England without knowing the council's scheme", () => {
  it("leaves council tax out, says so in words, and still reads the bill carefully", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01("10, 16");
    choose("Questions", "Full");
    type("Council tax for the year", "1000");
    fireEvent.click(await screen.findByRole("radio", { name: "I don't know our council's scheme" }));
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    expect(screen.queryByRole("columnheader", { name: "Council tax to pay" })).toBeNull();
    // What it could change: the whole weekly bill, £1,000 × 75% (single person discount) × 7 ÷ 365 = £14.38.
    expect(screen.getByText(/^Council tax is left out of these figures: your council's Council Tax Reduction scheme is not known\./).textContent).toContain(
      "may be lower, by up to £14.38 a week (the whole bill after any single person discount) if the reduction now covers all of it and stops in work.",
    );
    expect(screen.getByText("left out: the council's Council Tax Reduction scheme is not known")).toBeTruthy();
    type("Council tax for the year", "1000,50");
    showResults();
    const summary = await screen.findByRole("alert", { name: "There is a problem" });
    expect(within(summary).getByRole("link").textContent).toBe("Use a full stop for pence, for example 1000.50");
  });
});
