// @vitest-environment jsdom
/**
 * Issue 15 in the interview: the housing question offers supported housing
 * and temporary accommodation, and asks the eligible rent.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { choose, renderCalculator, showResults, type } from "./helpers.js";

afterEach(cleanup);

describe("the housing question", () => {
  it("offers supported housing and temporary accommodation, and asks the eligible rent", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    choose("How do you pay for your home?", "Supported housing, a hostel or a refuge");
    expect(await screen.findByLabelText(/Eligible rent/)).toBeTruthy();
    choose("How do you pay for your home?", "Temporary accommodation from the council");
    expect(screen.getByLabelText(/Eligible rent/)).toBeTruthy();
    type("Your age", "30");
    showResults();
    // A missing rent is named at the rent field.
    await waitFor(() => expect(within(screen.getByRole("alert", { name: "There is a problem" })).getAllByRole("link").map((a) => a.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/rent/i)])));
    // With the rent, the results show.
    fireEvent.input(screen.getByLabelText(/Eligible rent/), { target: { value: "700" } });
    showResults();
    await waitFor(() => expect(screen.queryByRole("alert", { name: "There is a problem" })).toBeNull());
  });

  it("full mode asks the service charges Housing Benefit does not cover (supported and temporary only) and names a bad amount there", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england", mode: "full" });
    await screen.findByText(/Leave blank for the minimum wage/);
    choose("How do you pay for your home?", "Supported housing, a hostel or a refuge");
    const charges = await screen.findByLabelText(/Service charges Housing Benefit does not cover/);
    // Not asked for an ordinary tenancy.
    choose("How do you pay for your home?", "Rent from a private landlord");
    await waitFor(() => expect(screen.queryByLabelText(/Service charges Housing Benefit does not cover/)).toBeNull());
    choose("How do you pay for your home?", "Temporary accommodation from the council");
    type("Your age", "30");
    fireEvent.input(screen.getByLabelText(/Eligible rent/), { target: { value: "700" } });
    fireEvent.input(await screen.findByLabelText(/Service charges Housing Benefit does not cover/), { target: { value: "lots" } });
    expect(charges).toBeTruthy();
    showResults();
    const summary = await screen.findByRole("alert", { name: "There is a problem" });
    const link = within(summary).getAllByRole("link").find((a) => /service charges Housing Benefit does not cover/i.test(a.textContent ?? ""));
    expect(link?.getAttribute("href")).toBe("#ineligible-charges");
    fireEvent.input(screen.getByLabelText(/Service charges Housing Benefit does not cover/), { target: { value: "60" } });
    showResults();
    await waitFor(() => expect(screen.queryByRole("alert", { name: "There is a problem" })).toBeNull());
  });
});
