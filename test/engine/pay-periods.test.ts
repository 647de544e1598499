/**
 * Tax, NI and pension per real pay period (issue 13), worked by hand from
 * the 2026/27 rule table.
 *
 * With `payFrequency` given, each deduction is worked on one pay period's
 * pay: NI with the thresholds for that period (SS (Contributions) Regs 2001
 * reg 11: £1,048 / £4,189 a month; four weeks £967 / £3,867, the yearly
 * figure ÷ 52 × 4 rounded up, not 4 × £242), the auto-enrolment band for
 * the pay reference period (TPR: £520–£4,189 a month, trigger £833), income
 * tax as the annual liability on the period's taxable pay × periods a year,
 * ÷ periods. The weekly fields are the period's × periods a year ÷ 52, each
 * to the penny; take-home a week is what those leave; monthly take-home and
 * UC earnings are the period's × periods a year ÷ 12.
 *
 * Without a pay frequency, nothing moves: the worked examples' weekly
 * convention (tests elsewhere, unchanged).
 *
 * The household for most cases: a single parent aged 30, one child (5),
 * private rent £600. UC maximum 424.90 + 303.94 + 600 = 1,328.84; lower
 * work allowance 427; taper 55%. Job: 30 h at the 2026/27 National Living
 * Wage, 12.71: 381.30 a week.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { calculate, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { D } from "../../src/base/money.js";
import { household, rulesFor } from "../helpers/rules.js";
import { pence } from "../helpers/arithmetic.js";

const calc = (input: Record<string, unknown>): Result => {
  const h = household({ taxYear: "2026-27", region: "england", ...input });
  return calculate(h, rulesFor(h.taxYear!));
};
const at = (r: Result, hours: number): ScenarioResult => r.scenarios.find((x) => Number(x.hours) === hours)!;
const p = pence;
const parent = { adults: [{ age: 30 }], children: [{ age: 5 }], housing: { tenure: "private", rentMonthly: 600 } };
const job = (extra: Record<string, unknown>) => ({ hourlyWage: 12.71, hours: [0, 30], ...extra });
const column = <K extends keyof ScenarioResult["assessmentPeriods"][number]>(s: ScenarioResult, k: K) => s.assessmentPeriods.map((x) => x[k]);
const total = (xs: readonly string[]) => xs.reduce((a, x) => a.plus(x), new D(0)).toFixed(2);

describe("paid monthly: NI on the monthly thresholds, pennies from the weekly convention", () => {
  const conventional = at(calc({ ...parent, job: job({}) }), 30);
  const s = at(calc({ ...parent, job: job({ payFrequency: "monthly" }) }), 30);

  it("the month's pay, tax, NI and take-home", () => {
    // A month: 381.30 × 52 ÷ 12 = 1,652.30.
    // NI: (1,652.30 − 1,048) × 8% = 48.344 → 48.34 a month.
    // Tax: 1,652.30 × 12 = 19,827.60; (19,827.60 − 12,570) × 20% = 1,451.52 a year ÷ 12 = 120.96 a month.
    // Take-home 1,652.30 − 120.96 − 48.34 = 1,483.00 a month.
    expect(p("381.30 * 52 / 12")).toBe("1652.30");
    expect(p("(1652.30 - 1048) * 0.08")).toBe("48.34");
    expect(p("(1652.30 * 12 - 12570) * 0.20 / 12")).toBe("120.96");
    expect(s.payPeriods).toEqual({
      claimant: { payFrequency: "monthly", periodsPerYear: 12, grossPay: "1652.30", incomeTax: "120.96", ni: "48.34", pension: "0.00", takeHome: p("1652.30 - 120.96 - 48.34"), ucEarnings: "1483.00" },
      partner: null,
    });
  });

  it("the weekly figures: NI 11.16 against the weekly convention's 11.14", () => {
    // Weekly convention: (381.30 − 242) × 8% = 11.144 → 11.14. From the month: 48.34 × 12 ÷ 52 = 11.155… → 11.16.
    expect(conventional.niWeekly).toBe(p("(381.30 - 242) * 0.08"));
    expect(conventional.niWeekly).toBe("11.14");
    expect(s.niWeekly).toBe(p("48.34 * 12 / 52"));
    expect(s.niWeekly).toBe("11.16");
    // Over a year: 12 × 48.34 = 580.08 against 52 × 11.14 = 579.28 (the monthly threshold is 12 × 1,048 = 12,576, the weekly 52 × 242 = 12,584).
    expect(p("12 * 48.34 - 52 * 11.14")).toBe("0.80");
    // Tax is the same: 120.96 × 12 ÷ 52 = 27.913… → 27.91, as 1,451.52 ÷ 52.
    expect(s.incomeTaxWeekly).toBe(conventional.incomeTaxWeekly);
    expect(s.incomeTaxWeekly).toBe("27.91");
    expect(s.grossWeekly).toBe("381.30");
    // Take-home a week: 381.30 − 27.91 − 11.16 = 342.23 (convention 342.25); a month: the month's own, 1,483.00 (convention 342.25 × 52 ÷ 12 = 1,483.08).
    expect(s.takeHomeWeekly).toBe(p("381.30 - 27.91 - 11.16"));
    expect(s.takeHomeMonthly).toBe("1483.00");
    expect(conventional.takeHomeMonthly).toBe(p("342.25 * 52 / 12"));
  });

  it("UC on the month's earnings, the same in every assessment period", () => {
    // (1,483.00 − 427) × 55% = 580.80; UC 1,328.84 − 580.80 = 748.04 (convention 748.00); a week 748.04 × 12 ÷ 52 = 172.62.
    expect(s.ucEarningsMonthly).toBe("1483.00");
    expect(s.ucMonthly).toBe(p("1328.84 - (1483.00 - 427) * 0.55"));
    expect(s.ucMonthly).toBe("748.04");
    expect(conventional.ucMonthly).toBe("748.00");
    expect(s.ucWeekly).toBe(p("748.04 * 12 / 52"));
    expect(new Set(column(s, "earningsMonthly"))).toEqual(new Set(["1483.00"]));
    expect(new Set(column(s, "ucMonthly"))).toEqual(new Set(["748.04"]));
  });

  it("explains the month's working", () => {
    expect(s.explanations.niWeekly!.text).toBe("8% of pay a month above the £1,048.00 primary threshold for that period = £48.34 a month; × 12 ÷ 52 = £11.16 a week");
    expect(s.explanations.niWeekly!.rules).toContain("nationalInsurance.primaryThresholdMonthly");
    expect(s.explanations.grossWeekly!.text).toBe("£12.71 an hour × 30 hours = £381.30 a week; paid monthly: × 52 ÷ 12 = £1,652.30 a month");
    expect(s.explanations.incomeTaxWeekly!.text).toBe(
      "£1,652.30 taxable pay a month × 12 = £19,827.60 a year; less the £12,570.00 personal allowance: 20% on £7,257.60 = £1,451.52 a year ÷ 12 = £120.96 a month; × 12 ÷ 52 = £27.91 a week",
    );
    expect(s.explanations.takeHomeWeekly!.text).toBe("£1,652.30 − £120.96 tax − £48.34 NI = £1,483.00 a month; a week: £381.30 gross − £27.91 tax − £11.16 NI = £342.23");
    expect(s.explanations.ucEarningsMonthly!.text).toBe("earnings after tax, NI: £1,483.00 a month (paid monthly)");
  });

  it("an auto-enrolment pension on the monthly band (£520 to £4,189, trigger £833), relief at source", () => {
    const q = at(calc({ ...parent, job: job({ payFrequency: "monthly", pension: "reliefAtSource" }) }), 30);
    // Qualifying earnings 1,652.30 − 520 = 1,132.30; 5% = 56.615 → 56.62 gross; paid 80%: 45.292 → 45.29 a month.
    expect(q.payPeriods!.claimant!.pension).toBe(p("(1652.30 - 520) * 0.05 * 0.8"));
    // A week: 45.29 × 12 ÷ 52 = 10.451… → 10.45. Take-home a month 1,652.30 − 120.96 − 48.34 − 45.29 = 1,437.71.
    expect(q.pensionWeekly).toBe(p("45.29 * 12 / 52"));
    expect(q.payPeriods!.claimant!.takeHome).toBe(p("1652.30 - 120.96 - 48.34 - 45.29"));
    expect(q.takeHomeMonthly).toBe("1437.71");
    // UC deducts the gross contribution: 1,652.30 − 120.96 − 48.34 − 56.62 = 1,426.38.
    expect(q.payPeriods!.claimant!.ucEarnings).toBe(p("1652.30 - 120.96 - 48.34 - 56.62"));
    expect(q.ucEarningsMonthly).toBe("1426.38");
    expect(q.explanations.pensionWeekly!.text).toBe(
      "workplace pension from pay: £45.29 a month; × 12 ÷ 52 = £10.45 a week (relief at source, on the £520.00–£4,189.00 band for pay a month; £56.62 a month with basic-rate relief)",
    );
    expect(q.explanations.pensionWeekly!.rules).toEqual(
      expect.arrayContaining(["autoEnrolment.qualifyingEarningsLowerMonthly", "autoEnrolment.qualifyingEarningsUpperMonthly", "autoEnrolment.earningsTriggerMonthly"]),
    );
    // Below the monthly trigger: 12 h × 12.71 = 152.52 a week, 152.52 × 52 ÷ 12 = 660.92 a month, not above £833: no contribution.
    const low = at(calc({ ...parent, job: { hourlyWage: 12.71, hours: [0, 12], payFrequency: "monthly", pension: "reliefAtSource" } }), 12);
    expect(low.payPeriods!.claimant!.grossPay).toBe(p("152.52 * 52 / 12"));
    expect(low.pensionWeekly).toBe("0.00");
  });
});

describe("paid every four weeks: the four-weekly NI threshold is £967, not 4 × £242", () => {
  const s = at(calc({ ...parent, job: job({ payFrequency: "fourWeekly", firstPayday: "2026-04-10" }) }), 30);

  it("four weeks' pay, tax, NI and take-home, and the weekly figures", () => {
    // 4 × 381.30 = 1,525.20. NI (1,525.20 − 967) × 8% = 44.656 → 44.66 (on 4 × 242 = 968 it would be 44.58).
    // Tax: 1,525.20 × 13 = 19,827.60; 1,451.52 ÷ 13 = 111.655… → 111.66. Take-home 1,525.20 − 111.66 − 44.66 = 1,368.88.
    expect(s.payPeriods!.claimant).toEqual({
      payFrequency: "fourWeekly",
      periodsPerYear: 13,
      grossPay: "1525.20",
      incomeTax: p("1451.52 / 13"),
      ni: p("(1525.20 - 967) * 0.08"),
      pension: "0.00",
      takeHome: p("1525.20 - 111.66 - 44.66"),
      ucEarnings: "1368.88",
    });
    // A week: NI 44.66 ÷ 4 = 11.165 → 11.17; tax 111.66 ÷ 4 = 27.915 → 27.92; take-home 381.30 − 27.92 − 11.17 = 342.21.
    expect(s.niWeekly).toBe(p("44.66 * 13 / 52"));
    expect(s.incomeTaxWeekly).toBe(p("111.66 * 13 / 52"));
    expect(s.takeHomeWeekly).toBe(p("381.30 - 27.92 - 11.17"));
    // A month: 1,368.88 × 13 ÷ 12 = 1,482.953… → 1,482.95.
    expect(s.takeHomeMonthly).toBe(p("1368.88 * 13 / 12"));
    expect(s.explanations.niWeekly!.rules).toContain("nationalInsurance.primaryThresholdFourWeekly");
  });

  it("UC: the average month and the 12 periods (one with 2 paydays)", () => {
    // Average month: (1,482.95 − 427) × 55% = 580.7725 → 580.77; UC 1,328.84 − 580.77 = 748.07.
    expect(s.ucEarningsMonthly).toBe("1482.95");
    expect(s.ucMonthly).toBe(p("1328.84 - 580.77"));
    // One payday: (1,368.88 − 427) × 55% = 518.034 → 518.03, UC 810.81; two: (2,737.76 − 427) × 55% = 1,270.918 → 1,270.92, UC 57.92.
    expect(column(s, "paydays")).toEqual([1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // The year: 11 × 810.81 + 57.92 = 8,976.83 against 12 × 748.07 = 8,976.84 (a penny of rounding).
    expect(total(column(s, "ucMonthly"))).toBe(p("11 * (1328.84 - 518.03) + 1328.84 - 1270.92"));
    expect(p("12 * 748.07")).toBe("8976.84");
  });
});

describe("paid fortnightly: the fortnight's thresholds £484 and £1,934 (2 × the week's)", () => {
  const s = at(calc({ ...parent, job: job({ payFrequency: "fortnightly", firstPayday: "2026-04-10" }) }), 30);

  it("a fortnight's pay, tax, NI and take-home", () => {
    // 2 × 381.30 = 762.60. NI (762.60 − 484) × 8% = 22.288 → 22.29. Tax 1,451.52 ÷ 26 = 55.827… → 55.83.
    // Take-home 762.60 − 55.83 − 22.29 = 684.48.
    const q = s.payPeriods!.claimant!;
    expect([q.grossPay, q.ni, q.incomeTax, q.takeHome]).toEqual(["762.60", p("(762.60 - 484) * 0.08"), p("1451.52 / 26"), p("762.60 - 55.83 - 22.29")]);
    // A week: NI 22.29 ÷ 2 = 11.145 → 11.15; tax 55.83 ÷ 2 = 27.915 → 27.92; take-home 381.30 − 27.92 − 11.15 = 342.23.
    expect([s.niWeekly, s.incomeTaxWeekly, s.takeHomeWeekly]).toEqual(["11.15", "27.92", p("381.30 - 27.92 - 11.15")]);
  });

  it("UC: the average month and periods of 2 and 3 paydays", () => {
    // A month: 684.48 × 26 ÷ 12 = 1,483.04; (1,483.04 − 427) × 55% = 580.822 → 580.82; UC 748.02.
    expect(s.ucEarningsMonthly).toBe(p("684.48 * 26 / 12"));
    expect(s.ucMonthly).toBe(p("1328.84 - 580.82"));
    // 2 paydays: 1,368.96; (1,368.96 − 427) × 55% = 518.078 → 518.08; UC 810.76.
    // 3 paydays: 2,053.44; (2,053.44 − 427) × 55% = 894.542 → 894.54; UC 434.30.
    const paydays = column(s, "paydays");
    expect(paydays.reduce((a, x) => a + x, 0)).toBe(26);
    expect(column(s, "ucMonthly")).toEqual(paydays.map((n) => (n === 2 ? p("1328.84 - 518.08") : p("1328.84 - 894.54"))));
    // The year: 10 × 810.76 + 2 × 434.30 = 8,976.20 against 12 × 748.02 = 8,976.24.
    expect(paydays.filter((n) => n === 3)).toHaveLength(2);
    expect(total(column(s, "ucMonthly"))).toBe(p("10 * 810.76 + 2 * 434.30"));
  });
});

describe("paid weekly: the same figures as the weekly convention", () => {
  it("a week's pay, tax, NI and take-home, paid weekly", () => {
    const s = at(calc({ ...parent, job: job({ payFrequency: "weekly", firstPayday: "2026-04-10" }) }), 30);
    const conventional = at(calc({ ...parent, job: job({}) }), 30);
    // 381.30; NI (381.30 − 242) × 8% = 11.14; tax 1,451.52 ÷ 52 = 27.91; take-home 342.25.
    expect(s.payPeriods!.claimant).toEqual({ payFrequency: "weekly", periodsPerYear: 52, grossPay: "381.30", incomeTax: "27.91", ni: "11.14", pension: "0.00", takeHome: "342.25", ucEarnings: "342.25" });
    for (const f of ["grossWeekly", "incomeTaxWeekly", "niWeekly", "takeHomeWeekly", "takeHomeMonthly", "ucEarningsMonthly", "ucMonthly"] as const) expect(s[f]).toBe(conventional[f]);
    // Not working: no pay period to show.
    expect(calc({ ...parent, job: job({ payFrequency: "weekly" }) }).baseline.payPeriods).toBeUndefined();
    expect(conventional.payPeriods).toBeUndefined();
  });
});

describe("a couple: the partner paid every four weeks, the claimant with no pay frequency", () => {
  // Partner 35 h × 12.71 = 444.85 a week; four weeks 1,779.40.
  // NI (1,779.40 − 967) × 8% = 64.992 → 64.99. Tax 1,779.40 × 13 = 23,132.20; (23,132.20 − 12,570) × 20% = 2,112.44 ÷ 13 = 162.495… → 162.50.
  // Take-home 1,779.40 − 162.50 − 64.99 = 1,551.91 every four weeks; a month 1,551.91 × 13 ÷ 12 = 1,681.235… → 1,681.24.
  // Claimant 16 h × 12.71 = 203.36 a week, no tax or NI; a month 203.36 × 52 ÷ 12 = 881.23.
  // Couple maximum 666.97 + 303.94 + 600 = 1,570.91; lower work allowance 427.
  const r = calc({
    ...parent,
    adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 35, payFrequency: "fourWeekly", firstPayday: "2026-04-10" } }],
    job: { hourlyWage: 12.71, hours: [0, 16] },
  });
  const s = at(r, 16);

  it("the partner's pay per four weeks and as a week", () => {
    expect(s.payPeriods).toEqual({
      claimant: null,
      partner: { payFrequency: "fourWeekly", periodsPerYear: 13, grossPay: "1779.40", incomeTax: p("2112.44 / 13"), ni: p("(1779.40 - 967) * 0.08"), pension: "0.00", takeHome: "1551.91", ucEarnings: "1551.91" },
    });
    // A week: tax 162.50 ÷ 4 = 40.625 → 40.63 (convention 2,112.44 ÷ 52 = 40.62); NI 64.99 ÷ 4 = 16.2475 → 16.25 (convention 16.23).
    expect([s.partnerGrossWeekly, s.partnerIncomeTaxWeekly, s.partnerNiWeekly]).toEqual(["444.85", "40.63", "16.25"]);
    expect(s.partnerTakeHomeWeekly).toBe(p("444.85 - 40.63 - 16.25"));
    expect(s.partnerTakeHomeMonthly).toBe(p("1551.91 * 13 / 12"));
    expect(s.explanations.partnerNiWeekly!.text).toBe(
      "the partner's National Insurance: 8% of pay every 4 weeks above the £967.00 primary threshold for that period = £64.99 every 4 weeks; × 13 ÷ 52 = £16.25 a week",
    );
  });

  it("UC: the couple's month, and the period with two of the partner's paydays (UC nil, surplus carried)", () => {
    // Average month: 881.23 + 1,681.24 = 2,562.47; (2,562.47 − 427) × 55% = 1,174.5085 → 1,174.51; UC 1,570.91 − 1,174.51 = 396.40.
    expect(s.ucEarningsMonthly).toBe(p("881.23 + 1681.24"));
    expect(s.ucMonthly).toBe(p("1570.91 - 1174.51"));
    expect(column(s, "partnerPaydays").slice(0, 3)).toEqual([1, 2, 1]);
    // Period 1: 881.23 + 1,551.91 = 2,433.14; (2,433.14 − 427) × 55% = 1,103.377 → 1,103.38; UC 467.53.
    expect(s.assessmentPeriods[0]!.earningsMonthly).toBe(p("881.23 + 1551.91"));
    expect(s.assessmentPeriods[0]!.ucMonthly).toBe(p("1570.91 - 1103.38"));
    // Period 2: 881.23 + 2 × 1,551.91 = 3,985.05: UC nil. Nil UC threshold 1,570.91 ÷ 55% + 427 = 3,283.20;
    // surplus 3,985.05 − 3,283.20 − 300 (de minimis) = 401.85 carried into period 3.
    expect(s.assessmentPeriods[1]!.earningsMonthly).toBe(p("881.23 + 2 * 1551.91"));
    expect(s.assessmentPeriods[1]!.ucMonthly).toBe("0.00");
    expect(s.assessmentPeriods[1]!.surplusEarningsCarriedForwardMonthly).toBe(p("3985.05 - (1570.91 / 0.55 + 427) - 300"));
    // Period 3: 2,433.14 + 401.85 = 2,834.99; (2,834.99 − 427) × 55% = 1,324.3945 → 1,324.39; UC 246.52.
    expect(s.assessmentPeriods[2]!.surplusEarningsMonthly).toBe("401.85");
    expect(s.assessmentPeriods[2]!.ucMonthly).toBe(p("1570.91 - 1324.39"));
  });
});

describe("Scotland, paid monthly: Scottish income tax on the month's pay", () => {
  it("30 h at 12.71, single, no children", () => {
    const s = at(calc({ region: "scotland", adults: [{ age: 30 }], job: job({ payFrequency: "monthly" }) }), 30);
    // A year 1,652.30 × 12 = 19,827.60; above the allowance 7,257.60: 19% on 3,967 = 753.73; 20% on 3,290.60 = 658.12; 1,411.85 a year.
    // ÷ 12 = 117.654… → 117.65 a month; a week 117.65 × 12 ÷ 52 = 27.150 → 27.15 (the weekly convention's 1,411.85 ÷ 52 = 27.15 too).
    expect(p("3967 * 0.19 + (7257.60 - 3967) * 0.20")).toBe("1411.85");
    expect(s.payPeriods!.claimant!.incomeTax).toBe(p("1411.85 / 12"));
    expect(s.incomeTaxWeekly).toBe(p("117.65 * 12 / 52"));
    // NI as in England: 48.34 a month, 11.16 a week. Take-home 1,652.30 − 117.65 − 48.34 = 1,486.31 a month; a week 381.30 − 27.15 − 11.16 = 342.99.
    expect(s.payPeriods!.claimant!.takeHome).toBe(p("1652.30 - 117.65 - 48.34"));
    expect(s.takeHomeMonthly).toBe("1486.31");
    expect(s.takeHomeWeekly).toBe(p("381.30 - 27.15 - 11.16"));
    expect(s.explanations.incomeTaxWeekly!.text).toMatch(/^£1,652\.30 taxable pay a month × 12 = £19,827\.60 a year; less the £12,570\.00 personal allowance: 19% on £3,967\.00 \+ 20% on £3,290\.60/);
  });
});

describe("the rule values behind the period thresholds", () => {
  it("NI: four weeks' and a fortnight's thresholds are the yearly ÷ 52 × weeks, rounded up to the pound (reg 11)", () => {
    const r = rulesFor("2026-27");
    // 12,570 ÷ 52 × 4 = 966.92 → 967; 50,270 ÷ 52 × 4 = 3,866.92 → 3,867; × 2: 483.46 → 484, 1,933.46 → 1,934.
    const up = (yearly: number, weeks: number) => new D(yearly).div(52).times(weeks).toDecimalPlaces(0, D.ROUND_UP).toFixed(2);
    const ni = r.nationalInsurance;
    expect([ni.primaryThresholdFourWeekly, ni.upperEarningsLimitFourWeekly, ni.primaryThresholdFortnightly, ni.upperEarningsLimitFortnightly].map((x) => x.value.toFixed(2))).toEqual([
      up(12570, 4),
      up(50270, 4),
      up(12570, 2),
      up(50270, 2),
    ]);
    expect(up(12570, 4)).toBe("967.00");
    expect(up(50270, 4)).toBe("3867.00");
    expect(r.nationalInsurance.primaryThresholdMonthly.value.toFixed(2)).toBe("1048.00");
    expect(r.nationalInsurance.upperEarningsLimitMonthly.value.toFixed(2)).toBe("4189.00");
  });
});

describe("which 12 assessment periods: from the job's start date, else the household's date, else the rules' date", () => {
  const calcOn = (input: Record<string, unknown>): Result => {
    const h = household({ region: "england", ...input });
    return calculate(h, rulesFor("2026-27"));
  };

  it("a household's date in December: the periods run from December, not April, and those after 5 April say they use 2026/27 rates", () => {
    // date 2 December 2026: periods start on the 2nd (the claim's day defaults to the date's), 2 December 2026 to 1 December 2027.
    const s = at(calcOn({ date: "2026-12-02", ...parent, job: job({ payFrequency: "monthly", firstPayday: "2026-12-15" }) }), 30);
    expect([s.assessmentPeriods[0]!.start, s.assessmentPeriods[0]!.end]).toEqual(["2026-12-02", "2027-01-01"]);
    expect(s.assessmentPeriods[11]!.start).toBe("2027-11-02");
    // 2 April 2027 starts before the tax year ends (5 April): no note; 2 May 2027 after it.
    expect(s.assessmentPeriods[4]!.start).toBe("2027-04-02");
    expect(s.assessmentPeriods[4]!.text).not.toMatch(/rates/);
    expect(s.assessmentPeriods[5]!.text).toMatch(/; worked at 2026\/27 rates \(next year's are not used\); paid by 8 June 2027$/);
  });

  it("a job starting on 14 September 2026, paid weekly with no payday given: paid from one week after the start, nothing before it", () => {
    // taxYear 2026-27 and no date: the claim's day is the rules' date's (6th); the first period is the one holding 14 September: 6 September to 5 October.
    // First payday 14 + 6 = 20 September, then 27 September and 4 October: 3 paydays in the first period (not 5: none before the start).
    const s = at(calc({ ...parent, job: job({ payFrequency: "weekly", startDate: "2026-09-14" }) }), 30);
    expect([s.assessmentPeriods[0]!.start, s.assessmentPeriods[0]!.end]).toEqual(["2026-09-06", "2026-10-05"]);
    expect(s.assessmentPeriods[0]!.paydays).toBe(3);
    // 3 × 342.25 = 1,026.75; (1,026.75 − 427) × 55% = 329.8625 → 329.86; UC 1,328.84 − 329.86 = 998.98.
    expect(s.assessmentPeriods[0]!.earningsMonthly).toBe(p("3 * 342.25"));
    expect(s.assessmentPeriods[0]!.ucMonthly).toBe(p("1328.84 - 329.86"));
    // Then Sundays 11 October … : 6 October to 5 November holds 11, 18, 25 October and 1 November.
    expect(s.assessmentPeriods[1]!.paydays).toBe(4);
  });

  it("a job starting on 14 September 2026, paid monthly: no payment counted in the period before the first payday", () => {
    // Monthly with no payday: on the 13th (the day before the start's), first on 13 October. Periods from the 6th:
    // 6 September to 5 October holds none (reg 61(6) does not move a payment into it: nothing was paid yet), then one each.
    const s = at(calc({ ...parent, job: job({ payFrequency: "monthly", startDate: "2026-09-14" }) }), 30);
    expect(column(s, "paydays").slice(0, 3)).toEqual([0, 1, 1]);
    expect(column(s, "paymentsCounted").slice(0, 3)).toEqual([0, 1, 1]);
    expect(s.assessmentPeriods[0]!.earningsMonthly).toBe("0.00");
    expect(s.assessmentPeriods[1]!.earningsMonthly).toBe("1483.00");
  });
});

describe("a working partner's default payday stays on the household's date when the claimant's job has a start date", () => {
  it("the claimant starts on Wednesday 13 May 2026: the partner, paid weekly with no payday given, is still paid on Mondays", () => {
    // The checker's household t01 (notes/checker/mismatches.md M6). taxYear 2026-27, no date: the rules' date, Monday 6 April 2026,
    // is the partner's payday; weekly on, Mondays. The first period holds 13 May: 6 May to 5 June, with Mondays 11, 18, 25 May and
    // 1 June: 4 paydays (anchored on the start date it would be Wednesdays 6, 13, 20, 27 May and 3 June: 5).
    // Partner 16 × 12.71 = 203.36 a week, no tax or NI: 4 × 203.36 = 813.44. Couple, no children, no housing: maximum 666.97,
    // no work allowance; UC at 0 hours 666.97 − 55% × 813.44 (447.392 → 447.39) = 219.58.
    const r = calc({
      adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 16, payFrequency: "weekly" } }],
      job: { hourlyWage: 12.71, hours: [0], startDate: "2026-05-13" },
    });
    const ap1 = r.baseline.assessmentPeriods[0]!;
    expect([ap1.start, ap1.end, ap1.partnerPaydays]).toEqual(["2026-05-06", "2026-06-05", 4]);
    expect(ap1.earningsMonthly).toBe(p("4 * 203.36"));
    expect(ap1.ucMonthly).toBe(p("666.97 - 447.39"));
    // 6 June to 5 July: Mondays 8, 15, 22, 29 June = 4; 6 July to 5 August: 6, 13, 20, 27 July, 3 August = 5.
    expect(column(r.baseline, "partnerPaydays").slice(1, 3)).toEqual([4, 5]);
  });
});

describe("the plan of paydays kept between calls", () => {
  it("is not reused for a household that differs only in having a partner's job (both without a pay frequency)", () => {
    // The plan is kept by its dates and frequencies; a missing frequency no longer reads "monthly", so whether a
    // partner has a job must be part of what is compared. Without it the couple's periods would count no partner pay.
    calc({ ...parent, job: { hourlyWage: 12.71, hours: [0, 16] } });
    const couple = calc({ ...parent, adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 20 } }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(new Set(column(couple.baseline, "partnerPaydays"))).toEqual(new Set([1]));
    expect(new Set(column(couple.baseline, "ucMonthly"))).toEqual(new Set([couple.baseline.ucMonthly]));
  });
});

describe("properties", () => {
  const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
  const household = fc.record({
    region: fc.constantFrom("england", "wales", "scotland"),
    age: fc.integer({ min: 18, max: 64 }),
    wage: fc.integer({ min: 1271, max: 6000 }).map((x) => (x / 100).toFixed(2)),
    hours: fc.integer({ min: 1, max: 100 }).map((x) => x / 2),
    pension: fc.constantFrom("none", "netPay", "reliefAtSource"),
    children: fc.integer({ min: 0, max: 2 }),
  });
  const input = (x: { region: string; age: number; wage: string; hours: number; pension: string; children: number }, payFrequency?: string) => ({
    region: x.region,
    adults: [{ age: x.age }],
    children: Array.from({ length: x.children }, () => ({ age: 5 })),
    housing: { tenure: "private", rentMonthly: 600 },
    job: { hourlyWage: x.wage, hours: [0, x.hours], pension: x.pension, ...(payFrequency ? { payFrequency, firstPayday: "2026-04-10" } : {}) },
  });

  it("paid weekly, every weekly figure is the weekly convention's (the frequency moves only the paydays)", () => {
    fc.assert(
      fc.property(household, (x) => {
        const a = at(calc(input(x)), x.hours);
        const b = at(calc(input(x, "weekly")), x.hours);
        for (const f of ["grossWeekly", "incomeTaxWeekly", "niWeekly", "pensionWeekly", "takeHomeWeekly", "takeHomeMonthly", "ucEarningsMonthly", "ucMonthly", "netIncomeWeekly"] as const)
          expect(b[f], f).toBe(a[f]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("paid fortnightly, each deduction is the weekly convention's to within a penny a week (the thresholds are 2 × the week's)", () => {
    // Fortnightly thresholds are exactly twice the weekly ones, so a fortnight's NI and tax are twice the week's before rounding:
    // rounded once a fortnight and halved, each weekly figure is within a penny of the week's own.
    fc.assert(
      fc.property(household, (x) => {
        const a = at(calc(input(x)), x.hours);
        const b = at(calc(input(x, "fortnightly")), x.hours);
        for (const f of ["incomeTaxWeekly", "niWeekly", "pensionWeekly"] as const) expect(new D(b[f]).minus(a[f]).abs().lessThanOrEqualTo("0.01"), f).toBe(true);
        expect(b.grossWeekly).toBe(a.grossWeekly);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
