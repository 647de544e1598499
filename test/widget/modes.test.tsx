// @vitest-environment jsdom
/** Switching quick/full questions, weekly/monthly amounts or the tax year never loses an answer. */
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { choose, renderCalculator, showResults, type } from "./helpers.js";

afterEach(cleanup);

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe("switching mode, period and tax year", () => {
  it("quick mode asks the questions that matter most; full mode adds the rest", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByLabelText("Your age");
    expect(screen.queryByLabelText("Travel to work")).toBeNull();
    expect(screen.queryByRole("group", { name: "Where do you live?" })).toBeNull(); // set by the region attribute
    choose("Questions", "Full");
    expect(screen.getByLabelText("Travel to work")).toBeTruthy();
    expect(screen.getByRole("group", { name: "Where do you live?" })).toBeTruthy();
    expect(screen.getByLabelText("I care for someone for 35 hours a week or more")).toBeTruthy();
  });

  it("keeps quick answers through full mode and back", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    type("Your age", "41");
    choose("How do you pay for your home?", "Rent from the council or a housing association");
    type("Rent", "575");
    choose("Questions", "Full");
    expect(value("Your age")).toBe("41");
    expect(value("Rent")).toBe("575");
    type("Service charges", "12.50");
    choose("Questions", "Quick");
    expect(value("Your age")).toBe("41");
    choose("Questions", "Full");
    expect(value("Service charges")).toBe("12.50");
  });

  it("says in one line what quick mode leaves out, that full-mode answers are not used, with a way to add them", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    expect(screen.getByText(/^Quick questions leave out council tax, savings, living in London \(the benefit cap\) and work costs and pension\./)).toBeTruthy();
    choose("Questions", "Full");
    type("Travel to work", "15");
    choose("Questions", "Quick");
    expect(screen.getByText(/1 answer you gave there is kept but not used/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Add them with the full questions" }));
    expect((screen.getByLabelText("Travel to work") as HTMLInputElement).value).toBe("15");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Full" })));
  });

  it("keeps every answer when the period and the tax year change", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    type("Your age", "29");
    type("Hourly wage before tax", "12.21");
    choose("Show amounts", "Monthly");
    const year = screen.getByLabelText("Rates for tax year") as HTMLSelectElement;
    year.value = "2025-26";
    year.dispatchEvent(new Event("change", { bubbles: true }));
    await waitFor(() => expect((screen.getByLabelText("Rates for tax year") as HTMLSelectElement).value).toBe("2025-26"));
    expect(value("Your age")).toBe("29");
    expect(value("Hourly wage before tax")).toBe("12.21");
  });

  it("keeps the hours typed for each child when the number of children goes down and up", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    type("How many children live with you?", "2");
    type("Age of child 1", "4");
    type("Age of child 2", "7");
    type("How many children live with you?", "1");
    expect(screen.queryByLabelText("Age of child 2")).toBeNull();
    type("How many children live with you?", "2");
    expect(value("Age of child 2")).toBe("7");
  });

  it("asks whether a child was born before 6 April 2017 only when the age leaves it open", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    type("How many children live with you?", "1");
    type("Age of child 1", "12");
    await screen.findByText(/Leave blank for the minimum wage/);
    await waitFor(() => expect(screen.queryByRole("group", { name: /born before 6 April 2017/ })).toBeNull());
    type("Age of child 1", "9");
    await waitFor(() => expect(screen.getByRole("group", { name: "Was child 1 born before 6 April 2017?" })).toBeTruthy());
  });

  it("full mode asks each child's school stage, with the stages of the nation", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "scotland" });
    type("How many children live with you?", "1");
    expect(screen.queryByLabelText("School stage of child 1")).toBeNull(); // quick mode: worked out from the age
    choose("Questions", "Full");
    const stage = screen.getByLabelText("School stage of child 1") as HTMLSelectElement;
    expect([...stage.options].map((o) => o.value)).toEqual(["", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "S1", "S2", "S3", "S4", "S5", "S6", "notAtSchool"]);
    stage.value = "P7";
    stage.dispatchEvent(new Event("change", { bubbles: true }));
    await waitFor(() => expect((screen.getByLabelText("School stage of child 1") as HTMLSelectElement).value).toBe("P7"));
  });

  it("shows results again, with the same answers, after switching to monthly", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    type("Your age", "41");
    choose("How do you pay for your home?", "No housing costs");
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    choose("Show amounts", "Monthly");
    expect(screen.getByRole("table", { name: /^Income a month, not working/ })).toBeTruthy();
    expect(value("Your age")).toBe("41");
  });
});

describe("which rules", () => {
  it("uses the rules in force on the date attribute", async () => {
    const { emit } = renderCalculator({ date: "2026-06-01", region: "england" });
    expect((screen.getByLabelText("Rates for tax year") as HTMLSelectElement).value).toBe("2026-27");
    type("Your age", "41");
    choose("How do you pay for your home?", "No housing costs");
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    await waitFor(() => expect(emit.mock.calls.some(([n]) => n === "better-off-calculated")).toBe(true));
    const calculated = emit.mock.calls.find(([n]) => n === "better-off-calculated")!;
    expect((calculated[1] as { result: { rules: { asOf: string } } }).result.rules.asOf).toBe("2026-06-01");
  });

  it("says so, rather than guessing, when there are no rates for the tax year asked for", async () => {
    renderCalculator({ "tax-year": "2031-32" });
    expect(screen.getByText(/has no rates for 2031-32 yet, so it is using \d{4}-\d{2} rates/)).toBeTruthy();
  });
});
