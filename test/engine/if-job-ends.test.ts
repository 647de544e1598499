/**
 * "If the job ends": each statement checked against the regulation it rests
 * on, with the figure taken from the rule table (issue 14). The worked
 * examples are the households.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, type Result } from "../../src/engine/index.js";
import { ROOT, household, rulesFor, rulesOn } from "../helpers/rules.js";

const cases = JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8")) as { id: string; taxYear: string; expected: unknown }[];
const worked = (id: string, change: (x: Record<string, unknown>) => Record<string, unknown> = (x) => x): Result => {
  const { expected: _e, ...input } = cases.find((c) => c.id.startsWith(id))!;
  return calculate(household(change(input)), rulesFor(input.taxYear));
};
const codes = (r: Result) => r.ifJobEnds.map((s) => s.code);
const said = (r: Result, code: string) => r.ifJobEnds.find((s) => s.code === code)!;
/** The titles of the sources behind a statement, from the result's own provenance. */
const sourcesOf = (r: Result, code: string) => said(r, code).rules.flatMap((k) => r.rules.used[k]!.sources.map((s) => s.title)).join(" | ");

describe("p02: LCWRA at the protected rate, New Style ESA in the support group, renting", () => {
  const r = worked("p02");

  it("says what happens to UC, the LCWRA element, reassessment and ESA, in that order", () => {
    expect(codes(r)).toEqual([
      "uc-goes-up-again",
      "uc-restarts-without-claim",
      "uc-reclaim-within-months",
      "lcwra-no-new-wait",
      "lcwra-protected-rate",
      "assessment-kept-while-working",
      "right-to-try",
      "esa-linking",
    ]);
  });

  it("UC back at no work is the baseline's UC (as the table's 0-hour column)", () => {
    expect(said(r, "uc-goes-up-again").text).toContain(`£${r.baseline.ucMonthly} a month`);
  });

  it("UC restarts without a claim for 5 assessment periods: Claims and Payments Regulations 2013 reg 32A", () => {
    const s = said(r, "uc-restarts-without-claim");
    expect(s.rules).toEqual(["ifJobEnds.ucPaidAgainWithoutClaimAssessmentPeriods"]);
    expect(r.rules.used["ifJobEnds.ucPaidAgainWithoutClaimAssessmentPeriods"]!.value).toBe(5);
    expect(s.text).toContain("next 5 assessment periods");
    expect(sourcesOf(r, "uc-restarts-without-claim")).toMatch(/Claims and Payments\) Regulations 2013 reg 32A/);
  });

  it("a new claim within 6 months keeps the assessment period day (UC Regs reg 21(3C)) and brings no new LCWRA wait (reg 28(3)-(4))", () => {
    expect(said(r, "uc-reclaim-within-months").text).toContain("within 6 months");
    expect(said(r, "lcwra-no-new-wait").text).toContain("within 6 months");
    expect(sourcesOf(r, "uc-reclaim-within-months")).toMatch(/reg 21\(3C\).*reg 28\(3\)-\(4\)/);
  });

  it("the protected LCWRA rate (429.80) against the new-claim rate (217.26): only corroborated, and it says so", () => {
    const s = said(r, "lcwra-protected-rate");
    expect(s.text).toContain("£429.80 a month");
    expect(s.text).toContain("£217.26");
    expect(s.text).toContain("the regulation's own wording has not been checked");
    expect(r.rules.used["ifJobEnds.lcwraProtectedRateKeptWithinMonths"]!.status).toBe("corroborated");
    expect(sourcesOf(r, "lcwra-protected-rate")).toMatch(/question 71743/);
  });

  it("an LCWRA decision is looked at again only for a change in condition (UC Regs reg 41)", () => {
    expect(sourcesOf(r, "assessment-kept-while-working")).toMatch(/Regulations 2013 reg 41/);
  });

  it("Right to Try: law from 30 April 2026, within the 2026/27 year these rules cover; marked unconfirmed, and the 6-month promise is not law", () => {
    const s = said(r, "right-to-try");
    expect(s.text).toContain("Regulations 2026 put this into law from 30 April 2026");
    expect(s.text).toContain("is not law");
    expect(r.rules.used["ifJobEnds.rightToTryFrom"]!.status).toBe("unconfirmed");
    expect(r.rules.notConfirmed).toContain("ifJobEnds.rightToTryFrom");
  });

  it("ESA links within 12 weeks (ESA Regulations 2013 reg 86)", () => {
    expect(said(r, "esa-linking").text).toContain("within 12 weeks");
    expect(sourcesOf(r, "esa-linking")).toMatch(/Employment and Support Allowance Regulations 2013 reg 86/);
  });
});

it("with the 2025/26 rules (a year ending 5 April 2026, before 30 April 2026), Right to Try 'will' be law", () => {
  const { expected: _e, taxYear: _t, ...input } = cases.find((c) => c.id.startsWith("p02"))!;
  const r = calculate(household({ ...input, taxYear: "2025-26", adults: [{ age: 47, lcwra: "protected", newStyleEsa: { phase: "main", group: "support" } }] }), rulesFor("2025-26"));
  expect(said(r, "right-to-try").text).toContain("will put this into law from 30 April 2026");
  // and on a date in 2026/27, it is law
  const later = calculate(household({ ...input, date: "2026-06-01" }), rulesOn("2026-06-01"));
  expect(said(later, "right-to-try").text).toContain("Regulations 2026 put this into law from 30 April 2026");
});

it("p06: New Style JSA links within 12 weeks (JSA Regulations 2013 reg 39); no health statements", () => {
  const r = worked("p06");
  expect(codes(r)).toEqual(["uc-goes-up-again", "uc-restarts-without-claim", "uc-reclaim-within-months", "jsa-linking"]);
  expect(said(r, "jsa-linking").text).toContain("within 12 weeks");
  expect(sourcesOf(r, "jsa-linking")).toMatch(/Jobseeker's Allowance Regulations 2013 reg 39/);
});

it("p05: Carer's Allowance week by week, at the rule table's earnings limit", () => {
  const r = worked("p05");
  const s = said(r, "carers-allowance-week-by-week");
  const limit = rulesFor("2026-27").carers.carersAllowanceEarningsLimit.value.toFixed(2);
  expect(s.text).toContain(`Carer's Allowance is decided week by week`);
  expect(s.text).toContain(`£${limit} or less`);
});

it("p09: PIP is not affected by work, and Right to Try names PIP reviews", () => {
  const r = worked("p09");
  expect(codes(r)).toContain("disability-benefits-unaffected");
  expect(said(r, "right-to-try").text).toContain("or to review PIP");
  expect(codes(r)).not.toContain("lcwra-protected-rate"); // a new claim from April 2026: nothing protected to keep
});

it("in Scotland, Carer Support Payment and ADP by their names", () => {
  const r = worked("p05", (x) => ({ ...x, region: "scotland", adults: [{ age: 52, carer: true, carersAllowance: true, adp: { dailyLiving: "standard" } }] }));
  expect(said(r, "carers-allowance-week-by-week").text).toMatch(/^Carer Support Payment is decided week by week/);
  expect(said(r, "disability-benefits-unaffected").text).toMatch(/^Adult Disability Payment/);
});
