// @vitest-environment jsdom
/**
 * "If the job ends" (issue 14): the engine's statements, each a paragraph
 * with its rules and sources, "not confirmed" where a rule is unconfirmed or
 * derived; opened by a button, keyboard and screen-reader friendly.
 * Figures from rules/uk/2026-27.json.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import type { Result } from "../../src/engine/index.js";
import { choose, fillP01, renderCalculator, showResults, type } from "./helpers.js";

afterEach(cleanup);

const toggle = () => screen.getByRole("button", { name: /what happens if the job ends/ });

describe("If the job ends", () => {
  it("p01 (single, 41, social rent £575): UC goes up again, restarts without a claim, reclaim keeps the dates", async () => {
    renderCalculator({ "tax-year": "2026-27" });
    await fillP01();
    showResults();
    const section = await screen.findByRole("region", { name: "If the job ends" });
    // Closed at first; the button says so and names what it controls.
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    const body = section.querySelector("#job-ends-body")!;
    expect(toggle().getAttribute("aria-controls")).toBe("job-ends-body");
    fireEvent.click(toggle());
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    expect(toggle().textContent).toBe("Hide what happens if the job ends");
    const text = body.textContent ?? "";
    // UC not working: standard allowance single 25 or over £424.90 + rent £575.00 = £999.90 a month.
    expect(text).toContain("With no job it would be £999.90 a month, as now");
    // ifJobEnds.ucPaidAgainWithoutClaimAssessmentPeriods = 5 (C&P Regs reg 32A); ucReclaimWithinMonths = 6 (UC Regs reg 21(3C)).
    expect(text).toContain("in any of the next 5 assessment periods when wages fall (Claims and Payments Regulations 2013 reg 32A)");
    expect(text).toContain("a new claim within 6 months of the last award keeps the same assessment period dates");
    // No health condition, no ESA, no disability benefit: nothing about them.
    expect(text).not.toMatch(/LCWRA|New Style ESA|PIP/);
    // Each statement has its own list of rules, named for screen readers, with its sources as links.
    const lists = within(section).getAllByRole("list", { name: /^Rules and sources for point \d$/ });
    expect(lists).toHaveLength(3);
    expect(within(lists[0]!).getByText(/taper/i)).toBeTruthy();
    expect(lists[1]!.textContent).toMatch(/: 5\b/);
    expect(within(lists[2]!).getAllByRole("listitem").length).toBeGreaterThan(0);
  });

  it("UC and ESA, assessment yes, decided before April 2026: ESA linking, the protected rate, and Right to Try marked not confirmed", async () => {
    const { emit } = renderCalculator({ "tax-year": "2026-27", region: "england" });
    await screen.findByText(/Leave blank for the minimum wage/);
    type("Your age", "41");
    fireEvent.click(screen.getByLabelText("Universal Credit"));
    fireEvent.click(screen.getByLabelText("New Style Employment and Support Allowance (ESA)"));
    choose("Did your assessment say you don't have to look for work or go to work-focused meetings?", "Yes");
    choose("Was that first decided before 6 April 2026?", "Yes");
    choose("How do you pay for your home?", "Rent from the council or a housing association");
    type("Rent", "575");
    type("Hourly wage before tax", "13");
    type("Hours a week of the job offered (if known)", "16");
    showResults();
    await screen.findByRole("region", { name: "If the job ends" });
    const result = (emit.mock.calls.find((c) => c[0] === "better-off-calculated")![1] as unknown as { result: Result }).result;
    // Keyboard: the toggle is a real button (Enter and Space click it).
    toggle().focus();
    fireEvent.click(toggle());
    const section = screen.getByRole("region", { name: "If the job ends" });
    const items = [...section.querySelectorAll(".job-ends__item")];
    const item = (re: RegExp) => items.find((x) => re.test(x.textContent ?? ""))!;
    // esaLinkingWeeks = 12 (ESA Regs 2013 reg 86), corroborated: confirmed enough, no flag.
    expect(item(/New Style ESA: a new claim within 12 weeks/).textContent).not.toContain("not confirmed");
    // universalCredit.lcwraElement.protected £429.80, newClaim £217.26 a month; kept within 6 months.
    expect(item(/protected LCWRA rate/).textContent).toContain("(£429.80 a month) is kept if Universal Credit stopped because of wages and is paid again within 6 months");
    expect(item(/protected LCWRA rate/).textContent).toContain("new-claim rate (£217.26)");
    // ifJobEnds.rightToTryFrom is "unconfirmed": the statement says so, and its rule shows the note.
    const rtt = item(/Right to Try|not, by itself, a reason/);
    expect(rtt.textContent).toContain("(not confirmed");
    expect(rtt.classList.contains("job-ends__item--unconfirmed")).toBe(true);
    expect(within(rtt as HTMLElement).getByText(/Not yet confirmed: treat this figure with care/)).toBeTruthy();
    // The sources arrive after the values (loadProvenance): then each rule links them.
    await waitFor(() => expect(within(rtt as HTMLElement).getAllByRole("link").length).toBeGreaterThan(0));
    expect(within(rtt as HTMLElement).getAllByRole("link")[0]!.getAttribute("href")).toMatch(/^https:\/\//);
    // Each statement's rules are the engine's keys, found in rules.used.
    for (const s of result.ifJobEnds) for (const k of s.rules) expect(result.rules.used[k]).toBeDefined();
    expect(items).toHaveLength(result.ifJobEnds.length);
  });
});
