/**
 * UC period by period (issue 13, part 2), worked by hand from the 2026/27
 * rule table: the wages received in each assessment period (UC Regs reg 54,
 * 61), the benefit cap's earnings exemption tested in each period (reg 82),
 * surplus earnings carried forward (reg 54A, £300 de minimis from April 2026)
 * and the monthly-pay pattern (reg 61(6)).
 *
 * The household for most cases: a single parent aged 30, one child (5),
 * private rent £600. Maximum amount 424.90 + 303.94 + 600 = 1,328.84; lower
 * work allowance 427; taper 55%. With `taxYear` 2026-27 the rules' date is
 * 6 April 2026, so the periods run 6th to 5th, 6 April 2026 to 5 April 2027.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { calculate, parseHousehold, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { D } from "../../src/base/money.js";
import { household, rulesFor } from "../helpers/rules.js";
import { pence } from "../helpers/arithmetic.js";
import { assessmentPeriodDates, isoOfDay, paydaysIn } from "../../src/engine/pay-cycles.js";

const calc = (input: Record<string, unknown>): Result => {
  const h = household({ taxYear: "2026-27", region: "england", ...input });
  return calculate(h, rulesFor(h.taxYear!));
};
const at = (r: Result, hours: number): ScenarioResult => r.scenarios.find((x) => Number(x.hours) === hours)!;
const p = pence;
const parent = { adults: [{ age: 30 }], children: [{ age: 5 }], housing: { tenure: "private", rentMonthly: 600 } };
const column = <K extends keyof ScenarioResult["assessmentPeriods"][number]>(s: ScenarioResult, k: K) => s.assessmentPeriods.map((x) => x[k]);

describe("assessment period dates (reg 21(2))", () => {
  it("the 12 periods start with the one holding the rules' date, on the claim's day each month", () => {
    const s = calc({ ...parent, job: { hourlyWage: 12.71, hours: [0] } }).baseline;
    expect(s.assessmentPeriods).toHaveLength(12);
    expect([s.assessmentPeriods[0]!.start, s.assessmentPeriods[0]!.end]).toEqual(["2026-04-06", "2026-05-05"]);
    expect([s.assessmentPeriods[11]!.start, s.assessmentPeriods[11]!.end]).toEqual(["2027-03-06", "2027-04-05"]);
    // UC is paid within 7 days of the period's last day (C&P Regs reg 47): 5 May + 7 = 12 May.
    expect(s.assessmentPeriods[0]!.ucPaymentDate).toBe("2026-05-12");
    expect(s.assessmentPeriods[11]!.ucPaymentDate).toBe("2027-04-12");
  });

  it("a claim from the 31st starts each period on the last day of the month; from the 30th, on 27 February (28th in a leap year)", () => {
    const starts = (day: number, ref: string) => assessmentPeriodDates(ref, day, 13).map((d) => isoOfDay(d.start));
    expect(starts(31, "2026-04-10").slice(0, 3)).toEqual(["2026-03-31", "2026-04-30", "2026-05-31"]);
    expect(starts(31, "2026-04-10")).toContain("2027-02-28");
    expect(starts(30, "2026-04-10")).toContain("2027-02-27");
    expect(starts(30, "2027-04-10")).toContain("2028-02-28");
    // Each period ends the day before the next starts.
    const d = assessmentPeriodDates("2026-04-10", 30, 3);
    expect(isoOfDay(d[0]!.end)).toBe("2026-04-29");
  });

  it("paydays: weekly from Friday 10 April 2026 — 4, then 5 (8 May to 5 June), in the first two periods", () => {
    const periods = assessmentPeriodDates("2026-04-06", 6, 2);
    expect(paydaysIn(periods, "weekly", "2026-04-10")).toEqual([4, 5]);
    // Fortnightly from 10 April: 10, 24 April; 8, 22 May, 5 June.
    expect(paydaysIn(periods, "fortnightly", "2026-04-10")).toEqual([2, 3]);
    // The last working day: Thursday 30 April, Friday 29 May.
    expect(paydaysIn(periods, "lastWorkingDay", "2026-04-06")).toEqual([1, 1]);
  });
});

describe("paid weekly: 12 periods, four with 5 paydays", () => {
  // 30 h × 12.71 = 381.30 a week; NI (381.30 − 242) × 8% = 11.144 → 11.14;
  // tax (381.30 × 52 − 12,570) × 20% ÷ 52 = 1,451.52 ÷ 52 = 27.9138 → 27.91; take-home 342.25.
  // Paid Fridays from 10 April 2026: 5 paydays in the periods starting 6 May, 6 August, 6 November and 6 January.
  const r = calc({ ...parent, job: { hourlyWage: 12.71, hours: [0, 30], payFrequency: "weekly", firstPayday: "2026-04-10" } });
  const s = at(r, 30);

  it("paydays and earnings in each period", () => {
    expect(column(s, "paydays")).toEqual([4, 5, 4, 4, 5, 4, 4, 5, 4, 5, 4, 4]);
    expect(column(s, "earningsMonthly")[0]).toBe(p("4 * 342.25"));
    expect(column(s, "earningsMonthly")[1]).toBe(p("5 * 342.25"));
  });

  it("UC for each period", () => {
    // 4 paydays: 1,369.00; (1,369.00 − 427) × 55% = 518.10; UC 1,328.84 − 518.10 = 810.74.
    // 5 paydays: 1,711.25; (1,711.25 − 427) × 55% = 706.3375 → 706.34; UC 1,328.84 − 706.34 = 622.50.
    const four = p("1328.84 - 518.10");
    const five = p("1328.84 - 706.34");
    expect(column(s, "ucMonthly")).toEqual([four, five, four, four, five, four, four, five, four, five, four, four]);
    // The average month: 342.25 × 52 / 12 = 1,483.08; (1,483.08 − 427) × 55% = 580.844 → 580.84; UC 748.00.
    expect(s.ucMonthly).toBe(p("1328.84 - 580.84"));
    expect(s.assessmentPeriods[1]!.ucDifferenceMonthly).toBe(p("622.50 - 748.00"));
    expect(s.assessmentPeriods[1]!.text).toBe(
      "6 May 2026 to 5 June 2026: paid 5 times (weekly); earnings £1,711.25; UC £622.50, £125.50 less than an average month; UC comes back up to £810.74 in the next period (from 6 June 2026); paid by 12 June 2026",
    );
  });

  it("the year's UC is the average month's × 12, but for the pennies rounded in each period", () => {
    // 8 × 810.74 + 4 × 622.50 = 8,975.92 against 12 × 748.00 = 8,976.00.
    const total = s.assessmentPeriods.reduce((a, x) => a.plus(x.ucMonthly), new D(0));
    expect(total.toFixed(2)).toBe(p("8 * 810.74 + 4 * 622.50"));
    expect(p("12 * 748.00")).toBe("8976.00");
  });

  it("the baseline (no work) is the average month in every period", () => {
    expect(new Set(column(r.baseline, "ucMonthly"))).toEqual(new Set([r.baseline.ucMonthly]));
    expect(new Set(column(r.baseline, "paydays"))).toEqual(new Set([0]));
  });
});

describe("paid every four weeks: one period with 2 paydays", () => {
  // Paydays 10 April, 8 May, 5 June, 3 July … : the period 6 May to 5 June holds two, the others one (13 in the year).
  const s = at(calc({ ...parent, job: { hourlyWage: 12.71, hours: [0, 30], payFrequency: "fourWeekly", firstPayday: "2026-04-10" } }), 30);

  it("the 2-payday period", () => {
    expect(column(s, "paydays")).toEqual([1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Four weeks' pay 4 × 381.30 = 1,525.20. NI with the four-weekly threshold £967 (not 4 × 242 = 968):
    // (1,525.20 − 967) × 8% = 44.656 → 44.66. Tax: 1,525.20 × 13 = 19,827.60; (19,827.60 − 12,570) × 20% = 1,451.52 ÷ 13
    // = 111.655… → 111.66. A payday's earnings 1,525.20 − 111.66 − 44.66 = 1,368.88 (4 weeks of the weekly convention: 1,369.00).
    // One payday: (1,368.88 − 427) × 55% = 518.034 → 518.03; UC 1,328.84 − 518.03 = 810.81.
    // Two: 2,737.76; (2,737.76 − 427) × 55% = 1,270.918 → 1,270.92; UC 57.92.
    expect(s.niWeekly).toBe(p("44.66 * 13 / 52")); // 11.165 → 11.17
    expect(s.assessmentPeriods[0]!.earningsMonthly).toBe("1368.88");
    expect(s.assessmentPeriods[0]!.ucMonthly).toBe(p("1328.84 - 518.03"));
    expect(s.assessmentPeriods[1]!.earningsMonthly).toBe(p("2 * 1368.88"));
    expect(s.assessmentPeriods[1]!.ucMonthly).toBe(p("1328.84 - 1270.92"));
    expect(s.assessmentPeriods[1]!.text).toMatch(/^6 May 2026 to 5 June 2026: paid twice \(every four weeks\)/);
  });
});

describe("a 5-payday period that makes UC nil and carries surplus earnings (reg 54A)", () => {
  // 37.5 h × £22 = 825.00 a week; NI (825 − 242) × 8% = 46.64; tax (825 × 52 − 12,570) × 20% ÷ 52 = 6,066 ÷ 52 = 116.6538 → 116.65;
  // take-home 825 − 116.65 − 46.64 = 661.71.
  // Nil UC threshold (reg 54A(6)): 1,328.84 ÷ 55% + 427 = 2,416.0727 + 427 = 2,843.0727 → 2,843.07.
  const r = calc({ ...parent, job: { hourlyWage: 22, hours: [0, 37.5], payFrequency: "weekly", firstPayday: "2026-04-10" } });
  const s = at(r, 37.5);

  it("4 paydays: UC; 5 paydays: nil, and the surplus carried into the next period", () => {
    // 4 × 661.71 = 2,646.84; (2,646.84 − 427) × 55% = 1,220.912 → 1,220.91; UC 1,328.84 − 1,220.91 = 107.93.
    expect(s.assessmentPeriods[0]!.earningsMonthly).toBe(p("4 * 661.71"));
    expect(s.assessmentPeriods[0]!.ucMonthly).toBe(p("1328.84 - 1220.91"));
    // 5 × 661.71 = 3,308.55, over the threshold: UC nil; surplus 3,308.55 − 2,843.07 − 300 = 165.48.
    const five = s.assessmentPeriods[1]!;
    expect(five.ucMonthly).toBe("0.00");
    expect(five.surplusEarningsCarriedForwardMonthly).toBe(p("3308.55 - 2843.07 - 300"));
    expect(five.text).toMatch(/no UC this period: earnings are above the £2,843\.07 at which UC stops .*£165\.48 over that threshold and the £300\.00 allowed is carried into the next period as surplus earnings \(reg 54A\)/);
    // The next (4 paydays): 2,646.84 + 165.48 = 2,812.32; (2,812.32 − 427) × 55% = 1,311.926 → 1,311.93; UC 1,328.84 − 1,311.93 = 16.91.
    const next = s.assessmentPeriods[2]!;
    expect(next.surplusEarningsMonthly).toBe("165.48");
    expect(next.earningsMonthly).toBe("2646.84");
    expect(next.ucMonthly).toBe(p("1328.84 - 1311.93"));
    expect(next.surplusEarningsCarriedForwardMonthly).toBe("0.00");
    // And the period after that is back to 107.93.
    expect(s.assessmentPeriods[3]!.ucMonthly).toBe("107.93");
  });

  it("the average month gives no UC at all, yet the 4-payday periods do", () => {
    // 661.71 × 52 / 12 = 2,867.41, over the 2,843.07 threshold.
    expect(s.ucEarningsMonthly).toBe(p("661.71 * 52 / 12"));
    expect(s.ucMonthly).toBe("0.00");
  });

  it("no surplus carried for a claimant who has recently been a victim of domestic violence (reg 54A(5))", () => {
    const v = at(calc({ ...parent, recentVictimOfDomesticViolence: true, job: { hourlyWage: 22, hours: [0, 37.5], payFrequency: "weekly", firstPayday: "2026-04-10" } }), 37.5);
    // The 5-payday period: UC nil as before, but the 165.48 is not carried: the next period is an ordinary 4-payday one, UC 107.93.
    expect(v.assessmentPeriods[1]!.ucMonthly).toBe("0.00");
    expect(v.assessmentPeriods[1]!.surplusEarningsCarriedForwardMonthly).toBe("0.00");
    expect(v.assessmentPeriods[1]!.text).toMatch(/no surplus earnings are carried into the next period: the claimant has recently been a victim of domestic violence \(reg 54A\(5\)\)/);
    expect(v.assessmentPeriods[2]!.surplusEarningsMonthly).toBe("0.00");
    expect(v.assessmentPeriods[2]!.ucMonthly).toBe(p("1328.84 - 1220.91"));
    // Nothing else moves: the average month and the 4-payday periods are the same.
    expect(v.ucMonthly).toBe(s.ucMonthly);
    expect(v.assessmentPeriods[0]!.ucMonthly).toBe(s.assessmentPeriods[0]!.ucMonthly);
    // Bad input named by field.
    const bad = parseHousehold({ taxYear: "2026-27", region: "england", adults: [{ age: 30 }], job: { hourlyWage: 12.71, hours: [0] }, recentVictimOfDomesticViolence: "yes" });
    expect(bad.ok ? [] : bad.problems.map((x) => x.path)).toEqual(["recentVictimOfDomesticViolence"]);
  });

  it("the de minimis is the rule table's, marked unconfirmed for 2026/27", () => {
    const used = r.rules.used["universalCredit.surplusEarnings.deMinimis"]!;
    expect(used.value).toBe("300");
    expect(used.status).toBe("unconfirmed");
    expect(r.rules.notConfirmed).toContain("universalCredit.surplusEarnings.deMinimis");
  });
});

describe("the benefit cap per period: the earnings exemption in the months with more paydays", () => {
  // Couple, children 6 and 4, private rent £1,400 (maximum 2,674.85, work allowance 427; Child Benefit 194.78 a month).
  // The claimant, paid weekly from 10 April: 15 h × 12.71 = 190.65 a week, no tax or NI; the partner has no job.
  // Average month 190.65 × 52 / 12 = 826.15: under £881, capped.
  // 4 paydays: 762.60, capped; 5 paydays: 953.25, at or over £881: no cap that period.
  const s = at(
    calc({
      adults: [{ age: 30 }, { age: 30 }],
      children: [{ age: 6 }, { age: 4 }],
      housing: { tenure: "private", rentMonthly: 1400 },
      job: { hourlyWage: 12.71, hours: [0, 15], payFrequency: "weekly", firstPayday: "2026-04-10" },
    }),
    15,
  );

  it("capped with 4 paydays, exempt with 5", () => {
    // 4 paydays: (762.60 − 427) × 55% = 184.58; UC before cap 2,674.85 − 184.58 = 2,490.27;
    // cap 2,490.27 + 194.78 − 1,835 = 850.05; UC 2,490.27 − 850.05 = 1,640.22.
    const four = s.assessmentPeriods[0]!;
    expect(four.earningsMonthly).toBe(p("4 * 190.65"));
    expect(four.benefitCapReductionMonthly).toBe(p("2490.27 + 194.78 - 1835"));
    expect(four.ucMonthly).toBe("1640.22");
    // 5 paydays: 953.25; (953.25 − 427) × 55% = 289.4375 → 289.44; UC 2,674.85 − 289.44 = 2,385.41, not capped.
    const five = s.assessmentPeriods[1]!;
    expect(five.benefitCapReductionMonthly).toBe("0.00");
    expect(five.ucMonthly).toBe(p("2674.85 - 289.44"));
    expect(five.text).toMatch(/no benefit cap this period: earnings of £953\.25 a month reach the £881\.00 earnings exemption/);
    // The average month is capped: 1,640.22 too ((826.15 − 427) × 55% = 219.5325 → 219.53; before cap 2,455.32; cap 815.10).
    expect(s.benefitCapReductionMonthly).toBe(p("2455.32 + 194.78 - 1835"));
  });
});

describe("paid monthly: one payment counted in each period (reg 61(6))", () => {
  it("the last working day with periods from the 30th: 2 paydays in one period, none in the next, one counted in each", () => {
    // Periods 30th to 29th: Thursday 30 April and Friday 29 May fall in 30 April – 29 May; nothing in 30 May – 29 June.
    const s = at(calc({ ...parent, assessmentPeriodStartDay: 30, job: { hourlyWage: 12.71, hours: [0, 30], payFrequency: "lastWorkingDay" } }), 30);
    expect(s.assessmentPeriods[1]!.start).toBe("2026-04-30");
    expect(column(s, "paydays").slice(0, 3)).toEqual([1, 2, 0]);
    expect(new Set(column(s, "paymentsCounted"))).toEqual(new Set([1]));
    expect(new Set(column(s, "ucMonthly"))).toEqual(new Set([s.ucMonthly]));
    expect(s.assessmentPeriods[1]!.text).toMatch(/paid twice \(on the last working day of the month\); one payment counted in another assessment period, to keep one a month \(reg 61\(6\)\)/);
  });

  it("a couple: the partner paid fortnightly, the claimant monthly", () => {
    // Partner 20 h × 12.71 = 254.20 a week, 508.40 a fortnight. NI with the fortnightly threshold £484:
    // (508.40 − 484) × 8% = 1.952 → 1.95; a week 1.95 × 26 / 52 = 0.975 → 0.98.
    // Tax: 508.40 × 26 = 13,218.40; (13,218.40 − 12,570) × 20% = 129.68 ÷ 26 = 4.9877 → 4.99; a week 4.99 ÷ 2 = 2.495 → 2.50.
    // A fortnight's take-home 508.40 − 4.99 − 1.95 = 501.46; a week's figures 254.20 − 2.50 − 0.98 = 250.72.
    const r = calc({
      ...parent,
      adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 20, payFrequency: "fortnightly", firstPayday: "2026-04-10" } }],
      job: { hourlyWage: 12.71, hours: [0, 16] },
    });
    const s = at(r, 16);
    expect(s.partnerIncomeTaxWeekly).toBe("2.50");
    expect(s.partnerNiWeekly).toBe("0.98");
    expect(s.partnerTakeHomeWeekly).toBe(p("254.20 - 2.50 - 0.98"));
    // A month: 501.46 × 26 / 12 = 1,086.4967 → 1,086.50.
    expect(s.partnerTakeHomeMonthly).toBe("1086.50");
    expect(column(s, "partnerPaydays").slice(0, 2)).toEqual([2, 3]);
    // Claimant monthly: 203.36 × 52 / 12 = 881.23. Period 2: 881.23 + 3 × 501.46 = 2,385.61.
    expect(s.assessmentPeriods[1]!.earningsMonthly).toBe(p("881.23 + 3 * 501.46"));
    // Couple maximum 666.97 + 303.94 + 600 = 1,570.91; (2,385.61 − 427) × 55% = 1,077.2355 → 1,077.24; UC 493.67.
    expect(s.assessmentPeriods[1]!.ucMonthly).toBe(p("1570.91 - 1077.24"));
    expect(s.assessmentPeriods[1]!.text).toMatch(/^6 May 2026 to 5 June 2026: the claimant paid once \(monthly\); the partner paid 3 times \(fortnightly\)/);
  });
});

describe("pay frequency input: bad values named by field", () => {
  const problems = (extra: Record<string, unknown>, job: Record<string, unknown> = {}) => {
    const r = parseHousehold({ taxYear: "2026-27", region: "england", adults: [{ age: 30 }], job: { hourlyWage: 12.71, hours: [0, 16], ...job }, ...extra });
    return r.ok ? [] : r.problems.map((x) => x.path);
  };
  it("refuses an unknown frequency, a bad date, a day past 31 and a first payday with the last working day", () => {
    expect(problems({}, { payFrequency: "daily" })).toEqual(["job.payFrequency"]);
    expect(problems({}, { firstPayday: "2026-02-30" })).toEqual(["job.firstPayday"]);
    expect(problems({ assessmentPeriodStartDay: 32 })).toEqual(["assessmentPeriodStartDay"]);
    expect(problems({ assessmentPeriodStartDay: 0 })).toEqual(["assessmentPeriodStartDay"]);
    expect(problems({}, { payFrequency: "lastWorkingDay", firstPayday: "2026-04-30" })).toEqual(["job.firstPayday"]);
    expect(problems({})).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Properties over random households.

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const householdArb = fc.record({
  age: fc.integer({ min: 25, max: 60 }),
  children: fc.integer({ min: 0, max: 3 }),
  rent: fc.integer({ min: 0, max: 1500 }),
  lcwra: fc.boolean(),
  wage: fc.integer({ min: 1271, max: 2500 }).map((x) => x / 100),
  hours: fc.integer({ min: 1, max: 80 }).map((x) => x / 2),
  partnerHours: fc.option(fc.integer({ min: 1, max: 70 }).map((x) => x / 2), { nil: undefined }),
  startDay: fc.integer({ min: 1, max: 31 }),
  payday: fc.integer({ min: 0, max: 60 }),
});
type Drawn = typeof householdArb extends fc.Arbitrary<infer T> ? T : never;
const input = (x: Drawn, payFrequency: string) => {
  const payday = new Date(Date.UTC(2026, 3, 1 + x.payday)).toISOString().slice(0, 10);
  return {
    assessmentPeriodStartDay: x.startDay,
    adults: [
      { age: x.age, ...(x.lcwra ? { lcwra: "protected" } : {}) },
      ...(x.partnerHours ? [{ age: x.age, job: { hourlyWage: 12.71, hours: x.partnerHours, payFrequency: "monthly" } }] : []),
    ],
    children: Array.from({ length: x.children }, (_, i) => ({ age: 3 + i })),
    housing: x.rent ? { tenure: "private", rentMonthly: x.rent } : { tenure: "none" },
    job: { hourlyWage: x.wage, hours: [0, x.hours], payFrequency, ...(payFrequency === "lastWorkingDay" ? {} : { firstPayday: payday }) },
  };
};

describe("properties", () => {
  it("paid monthly (a date or the last working day), every period is the average month", () => {
    fc.assert(
      fc.property(householdArb, fc.constantFrom("monthly", "lastWorkingDay"), (x, freq) => {
        const r = calc(input(x, freq));
        for (const s of [r.baseline, ...r.scenarios])
          for (const period of s.assessmentPeriods) {
            expect(period.ucMonthly).toBe(s.ucMonthly);
            expect(period.benefitCapReductionMonthly).toBe(s.benefitCapReductionMonthly);
            expect(period.earningsMonthly).toBe(s.ucEarningsMonthly);
          }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("paid weekly, the 12 periods' UC is 12 average months, but for rounding, where every period has UC above nil, no cap and no surplus", () => {
    // With 52 paydays in the 12 periods, the earnings counted add up to 52 weeks' exactly: 12 average months
    // (each × 52 ÷ 12 to the penny) differ from that by at most 12 × ½p per earner. Where every period's
    // earnings are over the work allowance and its UC above nil, UC is linear in earnings: the totals then
    // differ only by those pennies × 55% and each period's and month's own taper rounding (½p each, 24 in all):
    // at most 0.55 × 2 × 0.06 + 0.12 = 0.19.
    let checked = 0;
    fc.assert(
      fc.property(householdArb, (x) => {
        const r = calc(input(x, "weekly"));
        const s = r.scenarios[1]!;
        const ps = s.assessmentPeriods;
        if (ps.reduce((a, q) => a + q.paydays, 0) !== 52) return;
        const wa = new D(s.workAllowanceMonthly);
        const linear = ps.every((q) => new D(q.ucBeforeCapMonthly).greaterThan(0) && new D(q.earningsMonthly).greaterThanOrEqualTo(wa));
        const noCap = s.benefitCapReductionMonthly === "0.00" && ps.every((q) => q.benefitCapReductionMonthly === "0.00");
        const noSurplus = ps.every((q) => q.surplusEarningsMonthly === "0.00");
        if (!linear || !noCap || !noSurplus || new D(s.ucBeforeCapMonthly).isZero()) return;
        checked++;
        const total = ps.reduce((a, q) => a.plus(q.ucMonthly), new D(0));
        expect(total.minus(new D(s.ucMonthly).times(12)).abs().toNumber()).toBeLessThanOrEqual(0.19);
      }),
      { numRuns: RUNS * 3 },
    );
    expect(checked).toBeGreaterThan(5);
  }, 60_000);
});
