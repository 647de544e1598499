// @vitest-environment jsdom
/**
 * Validation: every problem is named next to its field and in the error
 * summary at the top, which links to the field; nothing typed is lost.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { choose, renderCalculator, showResults, type } from "./helpers.js";

afterEach(cleanup);

const summary = () => screen.getByRole("alert", { name: "There is a problem" });

describe("validation", () => {
  it("lists each missing answer in the error summary and takes focus there", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await screen.findByText(/Leave blank for the minimum wage/);
    showResults();
    await waitFor(() => expect(summary()).toBeTruthy());
    const links = within(summary()).getAllByRole("link").map((a) => a.textContent);
    expect(links).toEqual(["Select where you live", "Enter your age", "Select how you pay for your home"]);
    await waitFor(() => expect(document.activeElement).toBe(summary()));
  });

  it("shows the message next to the field and links the field to it", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    showResults();
    const age = await screen.findByLabelText("Your age");
    expect(age.getAttribute("aria-invalid")).toBe("true");
    const described = age.getAttribute("aria-describedby")!.split(" ").map((id) => document.getElementById(id)!.textContent);
    expect(described).toContain("Error: Enter your age");
  });

  it("names what is wrong with a value, in words", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    type("Your age", "forty");
    choose("How do you pay for your home?", "Rent from a private landlord");
    type("Rent", "-50");
    showResults();
    const links = within(await screen.findByRole("alert", { name: "There is a problem" })).getAllByRole("link").map((a) => a.textContent);
    expect(links).toEqual(["Your age must be a whole number of years, e.g. 41", "Rent cannot be negative"]);
  });

  it("refuses an age at State Pension age with the engine's reason", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "wales" });
    await screen.findByText(/Leave blank for the minimum wage/);
    type("Your age", "70");
    choose("How do you pay for your home?", "No housing costs");
    showResults();
    expect((await screen.findAllByText(/under State Pension age/)).length).toBeGreaterThan(0);
  });

  it("moves focus to the field when its link in the summary is followed", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    showResults();
    fireEvent.click(within(await screen.findByRole("alert", { name: "There is a problem" })).getByRole("link", { name: "Enter your age" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Your age")));
  });

  it("never checks or uses an answer quick mode does not show; full mode checks it again", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    type("Your age", "30");
    choose("How do you pay for your home?", "No housing costs");
    choose("Questions", "Full");
    type("Travel to work", "lots");
    choose("Questions", "Quick");
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    expect(screen.queryByRole("alert", { name: "There is a problem" })).toBeNull();
    choose("Questions", "Full");
    showResults();
    const link = within(await screen.findByRole("alert", { name: "There is a problem" })).getByRole("link", { name: /^Travel costs must be an amount in pounds/ });
    fireEvent.click(link);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Travel to work")));
  });

  it.each([
    ["9,50", "9.50"],
    ["12,71", "12.71"],
  ])("asks for a full stop for pence when the wage is typed %s", async (typed, example) => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    type("Your age", "30");
    choose("How do you pay for your home?", "No housing costs");
    type("Hourly wage before tax", typed);
    showResults();
    const summary = await screen.findByRole("alert", { name: "There is a problem" });
    expect(within(summary).getByRole("link").textContent).toBe(`Use a full stop for pence, for example ${example}`);
  });

  it("keeps what was typed when errors appear", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    type("Your age", "forty");
    type("Hourly wage before tax", "£12.50");
    showResults();
    await screen.findByRole("alert", { name: "There is a problem" });
    expect((screen.getByLabelText("Your age") as HTMLInputElement).value).toBe("forty");
    expect((screen.getByLabelText("Hourly wage before tax") as HTMLInputElement).value).toBe("£12.50");
  });

  it("clears a message as soon as the answer is corrected", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    choose("How do you pay for your home?", "No housing costs");
    showResults();
    await screen.findByRole("alert", { name: "There is a problem" });
    type("Your age", "35");
    await waitFor(() => expect(screen.queryByRole("alert", { name: "There is a problem" })).toBeNull());
    expect(screen.getByLabelText("Your age").getAttribute("aria-invalid")).toBeNull();
  });

  it("reports the problems in a better-off-error event", async () => {
    const { emit } = renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    showResults();
    await screen.findByRole("alert", { name: "There is a problem" });
    const [name, detail] = emit.mock.calls.find(([n]) => n === "better-off-error")!;
    expect(name).toBe("better-off-error");
    expect(detail).toMatchObject({ kind: "input", problems: expect.arrayContaining([expect.objectContaining({ path: "adults.0.age" })]) });
  });
});
