/**
 * The first months in work, week by week (issue 14 part 1), worked by hand
 * from the 2026/27 rule table. Assessment periods start on the 6th (UC Regs
 * reg 21); UC is paid 7 days after a period's last day (C&P Regs reg 47);
 * New Style ESA fortnightly, 7 days after each fortnight (C&P Regs reg 46(2));
 * wages in arrears, the first one for the days worked since the start date.
 * Week 1 starts on the start date.
 */
import { describe, it, expect } from "vitest";
import { calculate, parseHousehold, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { D, type Money } from "../../src/base/money.js";
import { household, rulesFor } from "../helpers/rules.js";
import { pence as p } from "../helpers/arithmetic.js";

const calc = (input: Record<string, unknown>): Result => {
  const h = household({ taxYear: "2026-27", region: "england", assessmentPeriodStartDay: 6, ...input });
  return calculate(h, rulesFor(h.taxYear!));
};
const at = (r: Result, hours: number): ScenarioResult => r.scenarios.find((x) => Number(x.hours) === hours)!;
const weeks = (s: ScenarioResult) => s.firstMonths!.weeks;
const col = (s: ScenarioResult, k: "wages" | "universalCredit" | "esa" | "jsa" | "carersAllowance") => weeks(s).map((w) => w.amounts[k]);
const pounds = (x: Money) => x.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
const parent = { adults: [{ age: 30 }], children: [{ age: 5 }], housing: { tenure: "private", rentMonthly: 600 } };

describe("first months: off unless a start date is given", () => {
  it("no job.startDate, no firstMonths (nothing existing changes)", () => {
    const r = calc({ ...parent, job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(r.baseline.firstMonths).toBeUndefined();
    expect(at(r, 16).firstMonths).toBeUndefined();
  });
});

describe("UC only, paid monthly on the 28th, starting Monday 11 May 2026", () => {
  // Single parent, one child, rent £600: UC maximum 424.90 + 303.94 + 600 = 1,328.84; work allowance 427.
  // 16 h × £12.71 = £203.36 a week: under the tax and NI thresholds, so take-home 203.36; a month 203.36 × 52 ÷ 12 = 881.2267 → 881.23.
  const r = calc({ ...parent, job: { hourlyWage: 12.71, hours: [0, 16], payFrequency: "monthly", firstPayday: "2026-05-28", startDate: "2026-05-11" } });
  const s = at(r, 16);

  it("13 weeks from the start date", () => {
    expect(weeks(s)).toHaveLength(13);
    expect([weeks(s)[0]!.weekStart, weeks(s)[0]!.weekEnd, weeks(s)[12]!.weekEnd]).toEqual(["2026-05-11", "2026-05-17", "2026-08-09"]);
  });

  it("wages: 18 of 30 days on 28 May, then a full month on 28 June and 28 July", () => {
    // Pay period 29 April to 28 May = 30 days; worked 11 to 28 May = 18: 881.23 × 18 ÷ 30 = 528.738 → 528.74.
    expect(pounds(new D("881.23").times(18).div(30))).toBe("528.74");
    const z = "0.00";
    expect(col(s, "wages")).toEqual([z, z, "528.74", z, z, z, "881.23", z, z, z, z, "881.23", z]);
  });

  it("UC: the period before the job in full, then each period on the wages received in it", () => {
    // 6 Apr-5 May, paid 12 May: out of work, 1,328.84.
    // 6 May-5 Jun (528.74 received), paid 12 June: 1,328.84 − 55% × (528.74 − 427) = 1,328.84 − 55.957 (→ 55.96) = 1,272.88.
    // 6 Jun-5 Jul (881.23), paid 12 July: 1,328.84 − 55% × 454.23 = 1,328.84 − 249.8265 (→ 249.83) = 1,079.01.
    // 6 Jul-5 Aug is paid 12 August, after week 13.
    const z = "0.00";
    expect(col(s, "universalCredit")).toEqual(["1328.84", z, z, z, "1272.88", z, z, z, "1079.01", z, z, z, z]);
    expect(s.ucMonthly).toBe("1079.01");
    const note = weeks(s)[4]!.notes.find((n) => n.source === "universalCredit")!;
    expect(note.text).toMatch(/6 May 2026 to 5 June 2026, on £528\.74 earnings received in it.*paid by 12 June 2026/);
    expect(note.rules).toContain("universalCredit.paymentDaysAfterPeriod");
  });

  it("the month-by-month view agrees: its first period counts the same part wage and gives the same UC", () => {
    // 6 May-5 Jun holds the 28 May payday: 18 of 30 days, £528.74, so UC 1,272.88 as paid on 12 June above
    // (a whole month's £881.23 there would give 1,079.01).
    const ap = s.assessmentPeriods[0]!;
    expect([ap.start, ap.end, ap.earningsMonthly, ap.ucMonthly]).toEqual(["2026-05-06", "2026-06-05", "528.74", "1272.88"]);
    expect(ap.text).toContain("the first wage pays 18 of the 30 days of its pay period");
    expect([s.assessmentPeriods[1]!.earningsMonthly, s.assessmentPeriods[1]!.ucMonthly]).toEqual(["881.23", "1079.01"]);
  });

  it("no week falls behind not working: nothing marked tightest", () => {
    // Week 5: 528.74 + 1,272.88 received against 1,328.84 out of work = +472.78.
    expect(weeks(s)[4]!.cumulativeAgainstNotWorking).toBe("472.78");
    expect(weeks(s).some((w) => w.tightest)).toBe(false);
    expect(col(r.baseline, "universalCredit").filter((x) => x !== "0.00")).toEqual(["1328.84", "1328.84", "1328.84"]);
  });

  it("what helps: tell DWP, the budgeting advance without the 6-month wait (reg 12(2)), the first payday", () => {
    const helps = s.firstMonths!.whatHelps;
    expect(helps.map((x) => x.source)).toEqual(["tellDwp", "budgetingAdvance", "firstPayday"]);
    expect(helps[1]!.text).toMatch(/6 months on benefit, but not when the cost is for getting or keeping a job.*£2,600/);
    expect(helps[1]!.rules).toEqual(["firstMonths.budgetingAdvanceBenefitMonths", "firstMonths.budgetingAdvanceEarningsLimitSingle"]);
    expect(helps[2]!.text).toContain("28 May 2026, for 18 days");
    expect(r.rules.used["firstMonths.budgetingAdvanceBenefitMonths"]!.sources[0]!.href).toMatch(/uksi\/2013\/383\/regulation\/12/);
  });
});

describe("UC + New Style ESA support group, starting 20 hours paid weekly (Fridays from 22 May)", () => {
  const esaPerson = { age: 47, lcwra: "new", newStyleEsa: { phase: "main", group: "support" } };
  const r = calc({ adults: [esaPerson], housing: { tenure: "private", rentMonthly: 500 }, job: { hourlyWage: 12.71, hours: [0, 20], payFrequency: "weekly", firstPayday: "2026-05-22", startDate: "2026-05-11" } });
  const s = at(r, 20);
  const esa = new D(r.baseline.esaWeekly);
  const wage = new D(s.takeHomeWeekly);

  it("20 hours is at the permitted work limit (16): ESA stops from the start date", () => {
    expect(s.esaWeekly).toBe("0.00");
    // The last fortnight, 27 April to 10 May, paid by 17 May: 2 × the weekly rate; no ESA after.
    const z = "0.00";
    expect(col(s, "esa")).toEqual([pounds(esa.times(2)), z, z, z, z, z, z, z, z, z, z, z, z]);
    const note = weeks(s)[0]!.notes.find((n) => n.source === "esa")!;
    expect(note.text).toMatch(/27 April 2026 to 10 May 2026, paid by 17 May 2026: the last payment.*reg 37\(4\)/);
    expect(note.rules).toEqual(["firstMonths.newStylePaymentPeriodDays", "firstMonths.newStylePaymentDaysAfterPeriod", "newStyleEsa.permittedWorkHoursLimit"]);
    // Out of work: every fortnight, paid 17 May, 31 May, ... 9 August (weeks 1, 3, 5, ... 13).
    expect(col(r.baseline, "esa").filter((x) => x !== "0.00")).toHaveLength(7);
  });

  it("wages every Friday from 22 May: nothing in week 1", () => {
    expect(col(s, "wages")[0]).toBe("0.00");
    expect(col(s, "wages").slice(1)).toEqual(Array(12).fill(s.takeHomeWeekly));
  });

  it("UC: the period holding the start date counts 3 Fridays' wages and the ESA paid in it", () => {
    // 6 May-5 June holds paydays 22, 29 May and 5 June: 3 × the week's wage.
    const earned = wage.times(3);
    const m = new D(s.ucMaximumMonthly);
    const wa = new D(s.workAllowanceMonthly);
    // ESA is unearned income in that period (the out-of-work figure), none after.
    const u = new D(r.baseline.unearnedIncomeMonthly);
    const taper = earned.minus(wa).times("0.55").toDecimalPlaces(2, D.ROUND_HALF_UP);
    const ap2 = m.minus(u).minus(taper);
    const z = "0.00";
    // 6 June-5 July holds 12, 19, 26 June and 3 July: 4 paydays, no unearned income.
    const ap3 = m.minus(wage.times(4).minus(wa).times("0.55").toDecimalPlaces(2, D.ROUND_HALF_UP));
    expect(col(s, "universalCredit")).toEqual([r.baseline.ucMonthly, z, z, z, pounds(ap2), z, z, z, pounds(ap3), z, z, z, z]);
  });

  it("week 1 total: UC for April-May and the last ESA fortnight", () => {
    expect(weeks(s)[0]!.total).toBe(pounds(new D(r.baseline.ucMonthly).plus(esa.times(2))));
  });
});

describe("Carer's Allowance stopping: decided week by week, from the week the first wage is paid in", () => {
  const carer = { age: 40, carer: true, carersAllowance: true };
  const r = calc({ adults: [carer], housing: { tenure: "private", rentMonthly: 500 }, job: { hourlyWage: 12.71, hours: [0, 20], payFrequency: "weekly", firstPayday: "2026-05-22", startDate: "2026-05-11" } });
  const s = at(r, 20);

  it("20 h × £12.71 = £254.20 a week, over the £204 limit: CA paid for week 1 only (no wage yet), none from the week of 22 May", () => {
    expect(r.baseline.carersAllowanceWeekly).toBe("86.45");
    expect(s.carersAllowanceWeekly).toBe("0.00");
    expect(col(s, "carersAllowance")).toEqual(["86.45", ...Array(12).fill("0.00")]);
    expect(weeks(s)[0]!.notes.find((n) => n.source === "carersAllowance")!.rules).toEqual(["carers.carersAllowanceEarningsLimit"]);
    expect(col(r.baseline, "carersAllowance")).toEqual(Array(13).fill("86.45"));
  });
});

describe("a start date in the week before an assessment period ends", () => {
  // Start Monday 1 June 2026; the period 6 May-5 June ends that Friday, the first (weekly) payday.
  // Paid in arrears: 1 to 5 June = 5 of the 7 days of the week ending 5 June.
  const r = calc({ ...parent, job: { hourlyWage: 12.71, hours: [0, 16], payFrequency: "weekly", firstPayday: "2026-06-05", startDate: "2026-06-01" } });
  const s = at(r, 16);

  it("the 5 days' wage lands in the period ending 5 June, so the UC paid on 12 June is already lower", () => {
    // 203.36 × 5 ÷ 7 = 145.2571 → 145.26.
    expect(pounds(new D("203.36").times(5).div(7))).toBe("145.26");
    expect(col(s, "wages")[0]).toBe("145.26");
    // Under the £427 work allowance: UC for 6 May-5 June unchanged, 1,328.84, paid 12 June (week 2).
    expect(col(s, "universalCredit")[1]).toBe("1328.84");
    // 6 June-5 July holds 12, 19, 26 June and 3 July: 4 × 203.36 = 813.44; 1,328.84 − 55% × 386.44 (= 212.542 → 212.54) = 1,116.30, paid 12 July (week 6).
    expect(col(s, "universalCredit")[5]).toBe("1116.30");
    expect(col(s, "wages").slice(1)).toEqual(Array(12).fill("203.36"));
  });
});

describe("tightest weeks: where the money since the start falls furthest below not working", () => {
  // ESA support group, paid monthly on the 5th from 5 June; start 11 May. Out of work, ESA arrives on 31 May (week 3);
  // in work it has stopped and the first wage comes on 5 June (week 4): week 3 is 2 weeks' ESA behind.
  const esaPerson = { age: 47, lcwra: "new", newStyleEsa: { phase: "main", group: "support" } };
  const r = calc({ adults: [esaPerson], housing: { tenure: "private", rentMonthly: 500 }, job: { hourlyWage: 12.71, hours: [0, 20], payFrequency: "monthly", firstPayday: "2026-06-05", startDate: "2026-05-11" } });
  const s = at(r, 20);

  it("week 3 marked, 2 × the ESA rate behind", () => {
    const esa2 = pounds(new D(r.baseline.esaWeekly).times(2));
    expect(weeks(s)[2]!.cumulativeAgainstNotWorking).toBe(`-${esa2}`);
    expect(weeks(s).filter((w) => w.tightest).map((w) => w.weekStart)).toEqual(["2026-05-25"]);
  });
});

describe("what ends or starts: help with health costs and council tax reduction (issue 14), p01 paid weekly from 13 April 2026", () => {
  // p01: single, 41, social rent £575, £13.00 an hour, 16 hours: £208.00 a week take-home (no tax or NI), paid every Friday
  // (a payday 3 April 2026); assessment periods from the 1st; start Monday 13 April 2026, so week 1 is 13 to 19 April.
  // UC counts the wages received in each period: April 17 and 24 April (£208 × 5 ÷ 7 = £148.57, then £208.00): £356.57;
  // May 5 Fridays: £1,040.00; June 4 Fridays: £832.00; July 5 Fridays: £1,040.00.
  const p01 = (region: string, extra: Record<string, unknown> = {}) =>
    calculate(
      household({
        taxYear: "2026-27",
        region,
        assessmentPeriodStartDay: 1,
        adults: [{ age: 41 }],
        housing: { tenure: "social", rentMonthly: 575 },
        job: { hourlyWage: 13, hours: [0, 16], payFrequency: "weekly", firstPayday: "2026-04-03", startDate: "2026-04-13" },
        ...extra,
      }),
      rulesFor("2026-27"),
    );
  const notes = (s: ScenarioResult, source: string) =>
    weeks(s).flatMap((w, i) => w.notes.filter((n) => n.source === source).map((n) => ({ week: i + 1, text: n.text, rules: n.rules })));

  it("England: free prescriptions, dental treatment and sight tests end from 1 June (May's £1,040.00 is over £435), said in week 8", () => {
    const s = at(p01("england"), 16);
    // They go by the last assessment period that ended (NHSBSA). Out of work: UC paid, no earnings: free.
    // April (£356.57 ≤ £435): still free from 1 May, no change. May (£1,040.00 > £435): none from 1 June (Monday, week 8: 1 to 7 June).
    // June (£832.00 > £435): none from 1 July, no change.
    const n = notes(s, "prescriptions");
    expect(n).toHaveLength(1);
    expect(n[0]!.week).toBe(8);
    expect(n[0]!.text).toBe(
      "no more free NHS prescriptions, dental treatment and sight tests from 1 June 2026: they go by the last assessment period that ended (1 May 2026 to 31 May 2026), and take-home pay of £1,040.00 is over the £435.00 limit (the NHS Low Income Scheme, form HC1, may still help)",
    );
    expect(n[0]!.rules).toEqual(["firstMonths.healthHelpOnLastEndedAssessmentPeriod", "healthCosts.ucTakeHomeLimit"]);
    // Money arriving is unchanged by the notes: week 8 is still £208.00 + £427.90.
    expect(weeks(s)[7]!.total).toBe("635.90");
  });

  it("the baseline (not working) has no such notes", () => {
    expect(notes(p01("england").baseline, "prescriptions")).toEqual([]);
  });

  it("Scotland, council tax £1,200 a year: the reduction stops from Monday 4 May, the first Monday of May's assessment period", () => {
    const r = p01("scotland", { councilTax: { annualCharge: 1200 } });
    const s = at(r, 16);
    // Bill: £1,200 less the 25% single person discount = £900 × 7 ÷ 365 = £17.26 a week.
    // Scottish CTR: applicable amount £95.55 (single, 25 or over); earnings disregard £5; taper 20%; income is the UC earnings
    // as a week (× 12 ÷ 52). Out of work: no income: the whole £17.26.
    expect(r.baseline.councilTaxReductionWeekly).toBe("17.26");
    // April: £356.57 × 12 ÷ 52 = £82.2854 − £5 = £77.29, under £95.55: still £17.26 (no change).
    expect(p("356.57 * 12 / 52 - 5")).toBe("77.29");
    // May: £1,040.00 × 12 ÷ 52 = £240.00 − £5 = £235.00; 20% × (£235.00 − £95.55) = £27.89, more than the bill: nil.
    expect(p("(1040 * 12 / 52 - 5 - 95.55) * 0.20")).toBe("27.89");
    // June: £832.00 × 12 ÷ 52 = £192.00 − £5 = £187.00; 20% × £91.45 = £18.29 > £17.26: nil (no change).
    // CTR Regs 2021 reg 34A(2)(b): from the first Monday of the assessment period the award is for: 1 May 2026 is a Friday,
    // so Monday 4 May 2026 (week 4: 4 to 10 May).
    const n = notes(s, "councilTaxReduction");
    expect(n.map((x) => x.week)).toEqual([4]);
    expect(n[0]!.text).toMatch(
      /^council tax reduction £0\.00 a week from Monday 4 May 2026 \(was £17\.26\), so council tax to pay is £17\.26 a week: worked out on the Universal Credit of £427\.90 and £1,040\.00 earnings for the assessment period 1 May 2026 to 31 May 2026/,
    );
    expect(n[0]!.rules).toEqual(["firstMonths.ctrUcChangeFromFirstMondayOfAssessmentPeriodScotland"]);
    expect(r.rules.used["firstMonths.ctrUcChangeFromFirstMondayOfAssessmentPeriodScotland"]!.sources[0]!.href).toMatch(/ssi\/2021\/249\/regulation\/34A/);
    // Prescriptions are free for everyone in Scotland: the note names dental treatment and sight tests only.
    expect(notes(s, "prescriptions")[0]!.text).toMatch(/^no more free NHS dental treatment and sight tests from 1 June 2026/);
  });

  it("England, a taper scheme like the default (100%, 20%): recalculated for April from 6 April (before the start), nil from 4 May", () => {
    const r = p01("england", { councilTax: { annualCharge: 1200, scheme: { type: "taper", maximumPercent: 100, taperPercent: 20 } } });
    // Bill £17.26 a week (above). Applicable amount: the UC maximum £999.90 × 12 ÷ 52 = £230.75; income: the UC award plus the
    // earnings UC counts, as a week. Out of work: £999.90 × 12 ÷ 52 = £230.75, no excess: the whole £17.26.
    expect(r.baseline.councilTaxReductionWeekly).toBe("17.26");
    // April: (£803.79 + £356.57) × 12 ÷ 52 = £267.78; 20% × (£267.78 − £230.75) = £7.406; £17.26 − £7.406 = £9.85.
    expect(p("17.26 - ((803.79 + 356.57) * 12 / 52 - 230.75) * 0.20")).toBe("9.85");
    // May: (£427.90 + £1,040.00) × 12 ÷ 52 = £338.75; 20% × £108.00 = £21.60, more than the bill: nil.
    expect(p("((427.90 + 1040) * 12 / 52 - 230.75) * 0.20")).toBe("21.60");
    // June: (£542.30 + £832.00) × 12 ÷ 52 = £317.15; 20% × £86.40 = £17.28 > £17.26: nil again (no change).
    const n = notes(at(r, 16), "councilTaxReduction");
    expect(n.map((x) => x.week)).toEqual([1, 4]);
    // April's first Monday, 6 April, is before the start date (13 April): the note is in week 1 and says so.
    expect(n[0]!.text).toMatch(/^council tax reduction £9\.85 a week from Monday 6 April 2026 \(was £17\.26\), so council tax to pay is £7\.41 a week: .*\(before the start date/);
    expect(n[1]!.text).toMatch(/^council tax reduction £0\.00 a week from Monday 4 May 2026 \(was £9\.85\), so council tax to pay is £17\.26 a week/);
    // English working-age schemes are each council's own: the date rule is assumed from Scotland's, and said to be unconfirmed.
    expect(n[0]!.rules).toEqual(["firstMonths.ctrUcChangeFromFirstMondayOfAssessmentPeriodEnglandWales"]);
    expect(r.rules.used["firstMonths.ctrUcChangeFromFirstMondayOfAssessmentPeriodEnglandWales"]!.status).toBe("unconfirmed");
  });
});

describe("council tax reduction without UC: from the reduction week after the start date (CTR (Scotland) Regs 2021 reg 34(1))", () => {
  // Scotland, a couple with no housing costs; the partner works 30 h × £12.71 = £381.30 a week: Scottish income tax on
  // £381.30 × 52 − £12,570 = £7,257.60: 19% × £3,967 = £753.73 + 20% × £3,290.60 = £658.12, £1,411.85 ÷ 52 = £27.15; NI
  // 8% × (£381.30 − £242) = £11.14; take-home £343.01; UC earnings £343.01 × 52 ÷ 12 = £1,486.38 a month. So no UC in or out
  // of work: £666.97 − 55% × £1,486.38 (£817.51) is below nil.
  // The client starts 16 h × £12.71 = £203.36 a week (no tax or NI; £881.23 a month) on Wednesday 13 May 2026.
  const r = calc({
    region: "scotland",
    adults: [{ age: 40 }, { age: 40, job: { hourlyWage: 12.71, hours: 30 } }],
    councilTax: { annualCharge: 3000 },
    job: { hourlyWage: 12.71, hours: [0, 16], payFrequency: "weekly", firstPayday: "2026-05-15", startDate: "2026-05-13" },
  });
  it("£20.96 a week out of work, nil in work, from Monday 18 May (week 1: 13 to 19 May)", () => {
    // Bill £3,000 × 7 ÷ 365 = £57.53. Applicable amount: couple £150.15; couple earnings disregard £10; taper 20%.
    // Out of work: £1,486.38 × 12 ÷ 52 = £343.01 − £10 = £333.01; 20% × (£333.01 − £150.15) = £36.572; £57.53 − £36.572 = £20.96.
    expect(r.baseline.ucMonthly).toBe("0.00");
    expect(r.baseline.partnerTakeHomeWeekly).toBe("343.01");
    expect(r.baseline.councilTaxReductionWeekly).toBe(p("57.53 - (333.01 - 150.15) * 0.20"));
    expect(r.baseline.councilTaxReductionWeekly).toBe("20.96");
    // In work: (£881.23 + £1,486.38) × 12 ÷ 52 = £546.37 − £10 = £536.37; 20% × £386.22 = £77.24 > £57.53: nil.
    const s = at(r, 16);
    expect(s.councilTaxReductionWeekly).toBe("0.00");
    const n = weeks(s).flatMap((w, i) => w.notes.filter((x) => x.source === "councilTaxReduction").map((x) => ({ week: i + 1, text: x.text, rules: x.rules })));
    expect(n.map((x) => x.week)).toEqual([1]);
    expect(n[0]!.text).toMatch(/^council tax reduction £0\.00 a week from Monday 18 May 2026 \(was £20\.96\), so council tax to pay is £57\.53 a week: a change takes effect from the reduction week after it happens/);
    expect(n[0]!.rules).toEqual(["firstMonths.ctrChangeFromNextReductionWeek"]);
    expect(r.rules.used["firstMonths.ctrChangeFromNextReductionWeek"]!.sources[0]!.href).toMatch(/ssi\/2021\/249\/regulation\/34$/);
  });
});

describe("first months' rules are in rules.used, even when read after rules.used (the weeks are worked out when first read)", () => {
  it.each([
    ["ESA stopping", { adults: [{ age: 47, lcwra: "new", newStyleEsa: { phase: "main", group: "support" } }], housing: { tenure: "private", rentMonthly: 500 } }],
    ["Carer's Allowance stopping", { adults: [{ age: 40, carer: true, carersAllowance: true }], housing: { tenure: "private", rentMonthly: 500 } }],
    ["JSA stopping", { adults: [{ age: 30, newStyleJsa: true }] }],
    ["UC, Scottish council tax reduction and health costs", { region: "scotland", adults: [{ age: 30 }], housing: { tenure: "social", rentMonthly: 500 }, councilTax: { annualCharge: 1200 } }],
  ])("%s", (_, input) => {
    const r = calc({ ...input, job: { hourlyWage: 12.71, hours: [0, 8, 20], payFrequency: "weekly", firstPayday: "2026-05-22", startDate: "2026-05-11" } });
    const used = Object.keys(r.rules.used);
    const keys = new Set<string>();
    for (const s of r.scenarios) {
      for (const w of s.firstMonths!.weeks) for (const n of w.notes) n.rules.forEach((k) => keys.add(k));
      for (const n of s.firstMonths!.whatHelps) n.rules.forEach((k) => keys.add(k));
    }
    expect(keys.size).toBeGreaterThan(2);
    for (const k of keys) expect(used).toContain(k);
  });
});

describe("job.startDate: bad input names the field", () => {
  it.each(["2026-13-01", "11/05/2026", "2026-02-30"])("%s", (startDate) => {
    const parsed = parseHousehold({ region: "england", adults: [{ age: 30 }], job: { hourlyWage: 12.71, hours: [16], startDate } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((x) => x.path)).toContainEqual("job.startDate");
  });
});

describe("Carer's Allowance: a first wage for part of a week can be under the limit", () => {
  // Start Wednesday 13 May 2026, paid weekly on Fridays from 15 May: the first wage covers 13-15 May, 3 of 7 days.
  const r = calc({ adults: [{ age: 40, carer: true, carersAllowance: true }], housing: { tenure: "private", rentMonthly: 500 }, job: { hourlyWage: 12.71, hours: [0, 20], payFrequency: "weekly", firstPayday: "2026-05-15", startDate: "2026-05-13" } });
  const s = at(r, 20);
  it("week 1 keeps CA (3/7 of about £250 is about £107, under £204); from week 2 it is lost", () => {
    // 20 h × 12.71 = 254.20 gross; whatever the tax and NI, 3/7 of it (108.94) is under the £204 limit.
    expect(new D("254.20").times(3).div(7).lessThan(204)).toBe(true);
    expect(col(s, "carersAllowance")).toEqual(["86.45", ...Array(12).fill("0.00")]);
    expect(weeks(s)[0]!.notes.find((n) => n.source === "carersAllowance")!.text).toMatch(/first wage, for part of a pay period.*within the £204\.00 limit/);
    expect(weeks(s)[1]!.notes.find((n) => n.source === "carersAllowance")!.text).toMatch(/over the £204\.00 limit/);
  });
});
