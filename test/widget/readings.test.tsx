// @vitest-environment jsdom
/**
 * The clinician's case (issue 11): New Style ESA, the assessment's outcome
 * not known, 10 hours, quick mode. "Not sure" is read both ways and the
 * result says so; no answer left alone moves the figure.
 *
 * Single, 40, England, social rent £500 a month, £12.71 an hour (2026-27 rules):
 *  Support group (assessment said yes; LCWRA protected, decided before April 2026):
 *   not working: ESA £95.55 basic + £50.35 support component = £145.90 a week;
 *     UC £424.90 standard allowance + £429.80 LCWRA + £500.00 rent = £1,354.70
 *     − ESA £145.90 × 52 ÷ 12 = £632.23 → £722.47 a month (£166.72 a week); net £312.62.
 *   10 hours: £127.10 gross; tax (£127.10 + £145.90 ESA) × 52 − £12,570 = £1,626 × 20% ÷ 52 = £6.25;
 *     take-home £120.85 (£523.68 a month); taper 55% × (£523.68 − £427.00 work allowance) = £53.17;
 *     UC £1,354.70 − £53.17 − £632.23 = £669.30 (£154.45 a week); net £120.85 + £154.45 + £145.90 = £421.20;
 *     better off £421.20 − £312.62 = £108.58.
 *  Work-related activity group (assessment said no; no LCWRA, so no work allowance):
 *   not working: ESA £95.55; UC £924.90 − £414.05 = £510.85 (£117.89 a week); net £213.44.
 *   10 hours: no tax (£222.65 a week is under £12,570 ÷ 52); £127.10 × 52 ÷ 12 = £550.77; taper 55% = £302.92;
 *     UC £924.90 − £302.92 − £414.05 = £207.93 (£47.98 a week); net £270.63; better off £57.19.
 *  LCWRA from April 2026 (£217.26): UC £1,142.16 − £632.23 = £509.93 and £456.76: better off £108.58 again.
 */
import { cleanup, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { choose, renderCalculator, showResults, type } from "./helpers.js";
import { fireEvent } from "@testing-library/preact";

afterEach(cleanup);

async function clinicianCase() {
  const view = renderCalculator({ "tax-year": "2026-27", region: "england" });
  await screen.findByText(/Leave blank for the minimum wage/);
  type("Your age", "40");
  fireEvent.click(screen.getByLabelText("New Style Employment and Support Allowance (ESA)"));
  choose("Did your assessment say you don't have to look for work or go to work-focused meetings?", "Not sure");
  choose("If it did: was that first decided before 6 April 2026?", "Not sure");
  choose("How do you pay for your home?", "Rent from the council or a housing association");
  type("Rent", "500");
  type("Hourly wage before tax", "12.71");
  type("Hours a week of the job offered (if known)", "10");
  return view;
}

describe("“Not sure” is read both ways", () => {
  it("asks the assessment question only for UC or ESA, and never assumes an answer", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    expect(screen.queryByRole("group", { name: /Did your assessment say/ })).toBeNull();
    fireEvent.click(screen.getByLabelText("Universal Credit"));
    const q = screen.getByRole("group", { name: "Did your assessment say you don't have to look for work or go to work-focused meetings?" });
    expect(within(q).getAllByRole("radio").every((r) => !(r as HTMLInputElement).checked)).toBe(true);
    type("Your age", "40");
    choose("How do you pay for your home?", "No housing costs");
    showResults();
    const summary = await screen.findByRole("alert", { name: "There is a problem" });
    expect(within(summary).getByRole("link", { name: "Select what your assessment said" })).toBeTruthy();
  });

  it("shows both readings at 10 hours, the range, and which question settles it", async () => {
    const { emit } = await clinicianCase();
    showResults();
    await screen.findByRole("heading", { name: "Results" });
    await waitFor(() => expect(emit).toHaveBeenCalledWith("better-off-calculated", expect.anything()));
    const detail = emit.mock.calls.find((c) => c[0] === "better-off-calculated")![1] as unknown as { readings: { says: string[] }[] };
    expect(detail.readings.map((r) => r.says.length)).toEqual([2, 2, 1]);
    expect(screen.getByText(/^Working 10 hours a week, you would be between/).textContent).toBe(
      "Working 10 hours a week, you would be between £57.19 and £108.58 a week better off, depending on an answer you were not sure of.",
    );
    const readings = screen.getAllByText(/^If your assessment said no work search/)[0]!.closest("ul")!;
    expect(within(readings).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "If your assessment said no work search or work-focused meetings; decided before 6 April 2026 (protected rate): £108.58 a week better off.",
      "If your assessment said no work search or work-focused meetings; decided from 6 April 2026 (new claim rate): £108.58 a week better off.",
      "If your assessment did not say that: £57.19 a week better off.",
    ]);
    expect(screen.getByText(/^Whether the assessment said you don.t have to look for work or go to work-focused meetings\. The ESA decision letter says “support group” \(yes\)/)).toBeTruthy();
    // The figures below follow the reading chosen: ESA £145.90 (support group), then £95.55.
    expect(screen.getByRole("rowheader", { name: "10 hours" }).closest("tr")!.textContent).toContain("£145.90");
    const assumed = () => screen.getByRole("heading", { name: "What these figures assume" }).parentElement!.textContent!;
    expect(assumed()).toContain("New Style ESA (support group)");
    expect(assumed()).toContain("Rents from the council or a housing association: rent £500.00 a month");
    expect(assumed()).toContain("Not asked (quick questions)council tax, savings, living in London (the benefit cap) and work costs and pension");
    choose("Show the figures below for", /did not say that/);
    expect(screen.getByRole("rowheader", { name: "10 hours" }).closest("tr")!.textContent).toContain("£95.55");
    expect(assumed()).toContain("New Style ESA (work-related activity group)");
    expect(assumed()).toContain("The figures shown assume: your assessment did not say that.");
  });
});
