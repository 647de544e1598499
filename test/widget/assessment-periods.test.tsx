// @vitest-environment jsdom
/**
 * Universal Credit month by month (issue 13): pay that arrives weekly.
 * p01 (single, 41, social rent £575 a month, £13.00 an hour) at 16 hours,
 * paid weekly from Friday 3 April 2026, assessment periods from the 1st.
 * Worked from rules/uk/2026-27.json (cross-checked with `npm run calc`):
 *   weekly pay 16 × £13.00 = £208.00 (below the tax and NI thresholds: take-home £208.00);
 *   maximum UC: standard allowance single 25 or over £424.90 + rent £575.00 = £999.90;
 *   no work allowance (no children, no LCW), taper 55%;
 *   4 paydays: £832.00 earnings, UC £999.90 − 55% × £832.00 (£457.60) = £542.30;
 *   5 paydays: £1,040.00 earnings, UC £999.90 − £572.00 = £427.90;
 *   average month: £208.00 × 52 ÷ 12 = £901.33, UC £999.90 − £495.73 = £504.17;
 *   so a 5-payday month is £504.17 − £427.90 = £76.27 lower than an average month.
 * Fridays from 3 April 2026: 5 in May, July, October 2026 and January 2027.
 */
import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { choose, fillP01, renderCalculator, showResults, type } from "./helpers.js";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The widget sends today's date (within the tax year shown) so the periods run from today: fix "today". */
const today = (iso: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${iso}T12:00:00`));
};

describe("Universal Credit month by month", () => {
  it("paid weekly: the 12 periods, and a sentence for each month with 5 paydays", async () => {
    today("2026-04-06");
    renderCalculator({ "tax-year": "2026-27", mode: "full" });
    await fillP01("16");
    type("Hours a week of the job offered (if known)", "16");
    fireEvent.change(screen.getByLabelText("How often will you be paid?"), { target: { value: "weekly" } });
    type("First payday (optional)", "2026-04-03");
    type("Day of the month your Universal Credit assessment period starts (optional)", "1");
    showResults();
    const section = await screen.findByRole("region", { name: "Universal Credit month by month" });
    const drops = within(section).getAllByRole("listitem").map((li) => li.textContent);
    expect(drops).toEqual([
      "In May 2026 you are paid 5 times, so Universal Credit is £76.27 lower than in an average month (£427.90); it comes back in June.",
      "In July 2026 you are paid 5 times, so Universal Credit is £76.27 lower than in an average month (£427.90); it comes back in August.",
      "In October 2026 you are paid 5 times, so Universal Credit is £76.27 lower than in an average month (£427.90); it comes back in November.",
      "In January 2027 you are paid 5 times, so Universal Credit is £76.27 lower than in an average month (£427.90); it comes back in February.",
    ]);
    expect(section.textContent).toContain("The figures above are an average month (£504.17)");
    const table = within(section).getByRole("table", { name: /The next 12 assessment periods, working 16 hours a week/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(12);
    const cells = (i: number) => [...rows[i]!.children].map((c) => c.textContent);
    expect(cells(0)).toEqual(["1 Apr to 30 Apr 2026", "4", "£832.00", "£542.30"]);
    expect(cells(1)).toEqual(["1 May to 31 May 2026", "5", "£1,040.00", "£427.90"]);
    expect(cells(9)).toEqual(["1 Jan to 31 Jan 2027", "5", "£1,040.00", "£427.90"]);
    expect(cells(11)).toEqual(["1 Mar to 31 Mar 2027", "4", "£832.00", "£542.30"]);
  }, 20_000);

  it("in December, the periods run from December (today), not from April", async () => {
    today("2026-12-02");
    renderCalculator({ "tax-year": "2026-27", mode: "full" });
    await fillP01("16");
    type("Hours a week of the job offered (if known)", "16");
    fireEvent.change(screen.getByLabelText("How often will you be paid?"), { target: { value: "weekly" } });
    type("First payday (optional)", "2026-04-03");
    type("Day of the month your Universal Credit assessment period starts (optional)", "1");
    showResults();
    const section = await screen.findByRole("region", { name: "Universal Credit month by month" });
    const table = within(section).getByRole("table", { name: /The next 12 assessment periods, working 16 hours a week/ });
    const rows = within(table).getAllByRole("row").slice(1);
    // 1 December 2026 to 30 November 2027; Fridays from 3 April 2026: 4 in December 2026, 5 in January 2027.
    expect([...rows[0]!.children].map((c) => c.textContent)).toEqual(["1 Dec to 31 Dec 2026", "4", "£832.00", "£542.30"]);
    expect([...rows[1]!.children].map((c) => c.textContent)).toEqual(["1 Jan to 31 Jan 2027", "5", "£1,040.00", "£427.90"]);
    expect(rows[11]!.children[0]!.textContent).toBe("1 Nov to 30 Nov 2027");
  }, 20_000);

  it("paid monthly (quick mode): one sentence, the periods behind Show", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01("16");
    showResults();
    const section = await screen.findByRole("region", { name: "Universal Credit month by month" });
    // p01 at 16 hours, monthly: £504.17 in every period (the average month).
    expect(section.textContent).toContain("Universal Credit is the same in each of the next 12 assessment periods: £504.17 a month.");
    expect(within(section).queryAllByRole("listitem")).toHaveLength(0);
  });
});
