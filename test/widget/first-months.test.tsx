// @vitest-environment jsdom
/**
 * "The first three months" (issue 14), worked by hand from rules/uk/2026-27.json.
 *
 * p01 (single, 41, social rent £575 a month, £13.00 an hour) at 16 hours, starting Monday 13 April 2026,
 * paid weekly on Fridays (a payday 3 April 2026), assessment periods from the 1st:
 *   weekly take-home 16 × £13.00 = £208.00 (under the tax and NI thresholds);
 *   first payday on or after the start: Friday 17 April, for the pay period 11 to 17 April (7 days),
 *     of which 13 to 17 April (5 days) worked: £208.00 × 5 ÷ 7 = £148.571 → £148.57; then £208.00 every Friday;
 *   UC maximum £424.90 + £575.00 = £999.90, no work allowance, taper 55%; paid 7 days after a period's last day:
 *     1 to 30 April (17 and 24 April: £148.57 + £208.00 = £356.57): £999.90 − 55% × £356.57 (£196.11) = £803.79, paid 7 May (week 4);
 *     1 to 31 May (5 Fridays: £1,040.00): £999.90 − £572.00 = £427.90, paid 7 June (week 8);
 *     1 to 30 June (4 Fridays: £832.00): £999.90 − £457.60 = £542.30, paid 7 July (week 13);
 *   not working: £999.90 on 7 May, 7 June and 7 July;
 *   13 weeks: wages £148.57 + 12 × £208.00 = £2,644.57, UC £803.79 + £427.90 + £542.30 = £1,773.99, total £4,418.56;
 *     against not working 3 × £999.90 = £2,999.70: £1,418.86 more.
 *   Week 4 against not working: (£148.57 + 3 × £208.00 + £803.79) − £999.90 = £1,576.36 − £999.90 = +£576.46.
 *
 */
import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { choose, fillP01, renderCalculator, showResults, type } from "./helpers.js";

afterEach(cleanup);

async function p01FirstMonths() {
  renderCalculator({ "tax-year": "2026-27", mode: "full" });
  await fillP01("16");
  type("Hours a week of the job offered (if known)", "16");
  type("The day the job starts (optional)", "2026-04-13");
  fireEvent.change(screen.getByLabelText("How often will you be paid?"), { target: { value: "weekly" } });
  type("First payday (optional)", "2026-04-03");
  type("Day of the month your Universal Credit assessment period starts (optional)", "1");
  showResults();
  // The first calculation of a file can be slow on a busy machine.
  return screen.findByRole("region", { name: "The first three months" }, { timeout: 5000 });
}

describe("The first three months: p01 at 16 hours, paid weekly, starting 13 April 2026", () => {
  it("the table: money arriving each week, by source, with the total and the difference from not working", async () => {
    const section = await p01FirstMonths();
    const table = within(section).getByRole("table", { name: "Money arriving each week from 13 April 2026" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Week",
      "Take-home pay",
      "Universal Credit",
      "Total this week",
      "Since the start, against not working",
    ]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(13);
    const cells = (i: number) => [...rows[i]!.children].map((c) => c.textContent);
    expect(cells(0)).toEqual(["Week 1: 13 Apr to 19 Apr 2026", "£148.57", "£0.00", "£148.57", "+£148.57"]);
    expect(cells(1)).toEqual(["Week 2: 20 Apr to 26 Apr 2026", "£208.00", "£0.00", "£208.00", "+£356.57"]);
    // Week 4: £208.00 + £803.79 = £1,011.79; against not working +£576.46 (above).
    expect(cells(3)).toEqual(["Week 4: 4 May to 10 May 2026", "£208.00", "£803.79", "£1,011.79", "+£576.46"]);
    expect(cells(7)).toEqual(["Week 8: 1 Jun to 7 Jun 2026", "£208.00", "£427.90", "£635.90", "+£836.46"]);
    expect(cells(12)).toEqual(["Week 13: 6 Jul to 12 Jul 2026", "£208.00", "£542.30", "£750.30", "+£1,418.86"]);
    expect(section.textContent).toContain("Over the 13 weeks from 13 April 2026, £4,418.56 arrives: £1,418.86 more than not working.");
    expect(section.textContent).toContain("No week falls below what would arrive without the job.");
  });

  it("what ends or starts: free prescriptions stop from 1 June (May's earnings, £1,040.00, are over the £435 limit)", async () => {
    const section = await p01FirstMonths();
    // Help with health costs goes by the last assessment period that ended (NHSBSA): April's £356.57 is within £435,
    // May's 5 Fridays (5 × £208.00 = £1,040.00) are over it, so from the day after May's period ends, 1 June (week 8).
    expect(section.textContent).toContain(
      "Week 8 (1 Jun to 7 Jun 2026), help with health costs: No more free NHS prescriptions, dental treatment and sight tests from 1 June 2026: they go by the last assessment period that ended (1 May 2026 to 31 May 2026), and take-home pay of £1,040.00 is over the £435.00 limit",
    );
  });

  it("the chart: a bar a week, described in words, with the sources in the legend", async () => {
    const section = await p01FirstMonths();
    const chart = within(section).getByRole("img", { name: /Money arriving each week, weeks 1 to 13/ });
    expect(chart.querySelectorAll("rect.chart__area")).toHaveLength(13 + 3); // 13 wage bars, 3 UC payments
    expect(chart.querySelector("desc")!.textContent).toContain("£1,418.86 more than not working");
    const figure = chart.closest("figure")!;
    expect(within(figure).getAllByRole("listitem").map((li) => li.textContent?.trim())).toEqual(["Take-home pay", "Universal Credit"]);
  });

  it("what helps, and each amount explained with its rule once opened", async () => {
    const section = await p01FirstMonths();
    expect(section.textContent).toContain("Ask the employer when the first wage comes: here 17 April 2026, for 5 days.");
    expect(section.textContent).toMatch(/budgeting advance.*at most £2,600\.00/);
    fireEvent.click(within(section).getByText("Show how each amount is worked out"));
    const details = section.querySelector("details")!;
    fireEvent(details, new Event("toggle"));
    details.open = true;
    fireEvent(details, new Event("toggle"));
    const uc = await within(section).findByText(/Universal Credit £803\.79 for the assessment period 1 April 2026 to 30 April 2026, on £356\.57 earnings received in it/);
    const item = uc.closest("li")!;
    const rules = within(item).getByRole("list", { name: /Rules and sources: week 4, Universal Credit/ });
    expect(rules.textContent).toMatch(/Universal Credit: payment days after period: 7/i);
    expect(within(section).getByText(/First wage £148\.57 paid 17 April 2026: 5 of the 7 days/)).toBeTruthy();
  });

  it("is printed: the same table in the print summary, with every explanation written out", async () => {
    await p01FirstMonths();
    const printed = document.querySelector(".first-months--print")!;
    expect(printed).toBeTruthy();
    expect(printed.closest(".print-summary")).toBeTruthy();
    const rows = within(printed as HTMLElement).getAllByRole("row").slice(1);
    expect([...rows[3]!.children].map((c) => c.textContent)).toEqual(["Week 4: 4 May to 10 May 2026", "£208.00", "£803.79", "£1,011.79", "+£576.46"]);
    expect(printed.textContent).toMatch(/Universal Credit £427\.90 for the assessment period 1 May 2026 to 31 May 2026, on £1,040\.00 earnings/);
    // The printed assumptions give the start date.
    expect(document.querySelector(".assumptions")!.textContent).toContain("Job starts13 April 2026");
  });

  it("without a start date there is no section", async () => {
    renderCalculator({ "tax-year": "2026-27", mode: "full" });
    await fillP01("16");
    showResults();
    await screen.findByRole("region", { name: "Universal Credit month by month" });
    expect(screen.queryByRole("region", { name: "The first three months" })).toBeNull();
  });

  it("a bad start date is named on its field", async () => {
    renderCalculator({ "tax-year": "2026-27", mode: "full" });
    await fillP01("16");
    type("The day the job starts (optional)", "13/04/2026");
    showResults();
    const field = await screen.findByLabelText("The day the job starts (optional)");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getAllByText(/the day the job starts/i).length).toBeGreaterThan(0);
  });
});

describe("The first three months: New Style ESA stopping before a late first wage (the tightest week)", () => {
  // 47, UC and New Style ESA, assessment "yes" (support group, LCWRA), first decided from April 2026; social rent £575;
  // 20 hours at the minimum wage £12.71, paid monthly on the 5th (first payday 5 June 2026), starting Monday 11 May 2026,
  // assessment periods from the 6th. ESA support group: £95.55 + £50.35 = £145.90 a week, paid fortnightly 7 days after
  // each fortnight: the last fortnight before the job (27 April to 10 May) is paid 17 May (week 1) either way. Not working,
  // the next is paid 31 May (week 3); working, ESA has stopped (20 hours: the permitted work hours limit is 16) and the first
  // wage comes on 5 June (week 4). UC for 6 April to 5 May is paid 12 May (week 1) either way; the next UC, 12 June (week 5).
  // So by the end of week 3 (25 to 31 May) 2 × £145.90 = £291.80 less has arrived than not working: the tightest week.
  it("marks week 3 in words in the sentence, the table and the chart's legend", async () => {
    renderCalculator({ "tax-year": "2026-27", region: "england", mode: "full" });
    await screen.findByText(/Leave blank for the minimum wage/);
    type("Your age", "47");
    fireEvent.click(screen.getByLabelText("Universal Credit"));
    fireEvent.click(screen.getByLabelText("New Style Employment and Support Allowance (ESA)"));
    choose("Did your assessment say you don't have to look for work or go to work-focused meetings?", "Yes");
    choose("Was that first decided before 6 April 2026?", "No");
    choose("How do you pay for your home?", "Rent from the council or a housing association");
    type("Rent", "575");
    type("Hours a week of the job offered (if known)", "20");
    type("The day the job starts (optional)", "2026-05-11");
    type("First payday (optional)", "2026-06-05");
    type("Day of the month your Universal Credit assessment period starts (optional)", "6");
    showResults();
    const section = await screen.findByRole("region", { name: "The first three months" }, { timeout: 5000 });
    expect(section.textContent).toContain(
      "The tightest week is week 3 (25 May to 31 May 2026): by the end of it, £291.80 less has arrived since the start date than without the job.",
    );
    const table = within(section).getByRole("table", { name: "Money arriving each week from 11 May 2026" });
    const row = within(table).getByRole("rowheader", { name: /^Week 3:/ });
    expect(row.textContent).toBe("Week 3: 25 May to 31 May 2026 (tightest)");
    expect([...row.closest("tr")!.children].at(-1)!.textContent).toBe("−£291.80");
    expect(within(table).getAllByRole("rowheader").filter((h) => h.textContent!.includes("(tightest)"))).toHaveLength(1);
    expect(within(section).getByText(/Tightest week: 3/)).toBeTruthy();
    // The chart marks it with a triangle over week 3's bar, as well as in the legend.
    expect(section.querySelectorAll(".chart__svg .first-months__tight")).toHaveLength(1);
    // ESA's last payment is explained with its rule once opened.
    const details = section.querySelector("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect(await within(section).findByText(/New Style ESA £291\.80 for 27 April 2026 to 10 May 2026, paid by 17 May 2026: the last payment/)).toBeTruthy();
  });
});
