/**
 * Couples where both work (issue 13, part 1), worked by hand from the
 * 2026/27 rule table: each person's own tax, NI and pension; UC on the
 * couple's earnings with one work allowance; the childcare element only when
 * both work, or the partner has LCW or cares (UC Regs reg 32(1)(b)); the benefit cap's earnings exemption on the
 * couple's earnings (reg 82); each person's New Style ESA by their own work.
 *
 * 2026/27 values used: NMW £12.71; NI 8% above £242 a week; personal
 * allowance £12,570, basic rate 20% (Scotland: starter 19% to £3,967 above
 * the allowance, then basic 20%); UC couple standard allowance (one or both
 * 25+) £666.97, child element £303.94, LCWRA (protected) £429.80, work
 * allowance £427 (with housing) / £710 (without), taper 55%, childcare 85%;
 * benefit cap (family, outside London) £1,835.00, earnings exemption £881;
 * Child Benefit £27.05 eldest, £17.90 others; ESA main phase £95.55 + support
 * £50.35; Scottish Child Payment £28.20.
 */
import { describe, it, expect } from "vitest";
import { calculate, parseHousehold, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { household, rulesFor } from "../helpers/rules.js";
import { pence } from "../helpers/arithmetic.js";

const calc = (input: Record<string, unknown>): Result => {
  const h = household({ taxYear: "2026-27", region: "england", ...input });
  return calculate(h, rulesFor(h.taxYear!));
};
const at = (r: Result, hours: number): ScenarioResult => {
  const s = r.scenarios.find((x) => Number(x.hours) === hours);
  if (!s) throw new Error(`no scenario at ${hours} hours`);
  return s;
};
const p = pence;
const nmw = (hours: number[]) => ({ job: { hourlyWage: 12.71, hours } });

describe("a couple both on the minimum wage", () => {
  // Partner 16 h: 16 × 12.71 = 203.36 a week; no NI (not above 242), no tax (203.36 × 52 = 10,574.72, within 12,570).
  // UC month: 203.36 × 52 / 12 = 881.2267 → 881.23.
  // Claimant 30 h: 30 × 12.71 = 381.30; NI (381.30 − 242) × 8% = 11.144 → 11.14;
  // tax (381.30 × 52 − 12,570) × 20% = 7,257.60 × 20% = 1,451.52 a year ÷ 52 = 27.9138 → 27.91;
  // take-home 381.30 − 27.91 − 11.14 = 342.25; a month × 52 / 12 = 1,483.0833 → 1,483.08.
  // Household: one child (5), private rent £600: maximum 666.97 + 303.94 + 600 = 1,570.91; lower work allowance 427.
  const r = calc({
    adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 16 } }],
    children: [{ age: 5 }],
    housing: { tenure: "private", rentMonthly: 600 },
    ...nmw([0, 16, 30]),
  });

  it("each person's pay, tax and NI on their own pay", () => {
    const s = at(r, 30);
    expect([s.grossWeekly, s.incomeTaxWeekly, s.niWeekly, s.takeHomeWeekly]).toEqual(["381.30", "27.91", "11.14", "342.25"]);
    expect([s.partnerGrossWeekly, s.partnerIncomeTaxWeekly, s.partnerNiWeekly, s.partnerTakeHomeWeekly]).toEqual(["203.36", "0.00", "0.00", "203.36"]);
    expect(s.partnerTakeHomeMonthly).toBe(p("203.36 * 52 / 12"));
    // The partner's job is the same in every scenario, the baseline included.
    expect(r.baseline.partnerTakeHomeWeekly).toBe("203.36");
    expect(r.baseline.takeHomeWeekly).toBe("0.00");
  });

  it("UC on the couple's earnings, one work allowance", () => {
    // Baseline: partner's 881.23 only; (881.23 − 427) × 55% = 249.8265 → 249.83; UC 1,570.91 − 249.83 = 1,321.08.
    expect(r.baseline.ucEarningsMonthly).toBe("881.23");
    expect(r.baseline.ucMonthly).toBe(p("1570.91 - 249.83"));
    // 16 h: 881.23 + 881.23 = 1,762.46; (1,762.46 − 427) × 55% = 734.503 → 734.50; UC 836.41.
    expect(at(r, 16).ucEarningsMonthly).toBe(p("881.23 + 881.23"));
    expect(at(r, 16).ucTaperMonthly).toBe("734.50");
    expect(at(r, 16).ucMonthly).toBe(p("1570.91 - 734.50"));
    // 30 h: 1,483.08 + 881.23 = 2,364.31; (2,364.31 − 427) × 55% = 1,065.5205 → 1,065.52; UC 505.39.
    expect(at(r, 30).ucEarningsMonthly).toBe(p("1483.08 + 881.23"));
    expect(at(r, 30).ucMonthly).toBe(p("1570.91 - 1065.52"));
    expect(at(r, 30).workAllowanceMonthly).toBe("427.00");
  });

  it("net income and better-off for the household", () => {
    // UC a week: 1,321.08 × 12 / 52 = 304.8646 → 304.86; 836.41 → 193.0177 → 193.02; 505.39 → 116.6285 → 116.63.
    // Baseline: 203.36 partner + 304.86 UC + 27.05 Child Benefit = 535.27.
    expect(r.baseline.netIncomeWeekly).toBe(p("203.36 + 304.86 + 27.05"));
    // 16 h: 203.36 + 203.36 + 193.02 + 27.05 = 626.79, better off by 626.79 − 535.27 = 91.52.
    expect(at(r, 16).netIncomeWeekly).toBe(p("203.36 + 203.36 + 193.02 + 27.05"));
    expect(at(r, 16).betterOffWeekly).toBe(p("626.79 - 535.27"));
    // 30 h: 342.25 + 203.36 + 116.63 + 27.05 = 689.29, better off by 154.02.
    expect(at(r, 30).netIncomeWeekly).toBe(p("342.25 + 203.36 + 116.63 + 27.05"));
    expect(at(r, 30).betterOffWeekly).toBe(p("689.29 - 535.27"));
  });

  it("explanations say whose figure each is", () => {
    const s = at(r, 30);
    expect(s.explanations.grossWeekly!.text).toBe("the claimant's pay: £12.71 an hour × 30 hours = £381.30");
    expect(s.explanations.partnerGrossWeekly!.text).toBe("the partner's pay: £12.71 an hour × 16 hours = £203.36");
    expect(s.explanations.partnerTakeHomeWeekly!.text).toMatch(/^the partner's take-home pay: £203\.36 gross/);
    expect(s.explanations.ucEarningsMonthly!.text).toBe(
      "the couple's earnings after tax, NI: claimant £342.25 a week × 52 ÷ 12 = £1,483.08; partner £203.36 a week × 52 ÷ 12 = £881.23; together £2,364.31 a month",
    );
    expect(s.explanations.netIncomeWeekly!.text).toMatch(/£342\.25 claimant's take-home pay \+ £203\.36 partner's take-home pay/);
  });

  it("the partner's own pension choice, on their own pay", () => {
    // Auto-enrolment, net pay: 5% of (203.36 − 120) = 4.168 → 4.17; taxable 199.19 (no tax); NI on gross (none).
    // Take-home 203.36 − 4.17 = 199.19; UC counts 199.19 × 52 / 12 = 863.1567 → 863.16.
    const r2 = calc({ adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 16, pension: "netPay" } }], ...nmw([0]) });
    expect(r2.baseline.partnerPensionWeekly).toBe("4.17");
    expect(r2.baseline.partnerTakeHomeWeekly).toBe(p("203.36 - 4.17"));
    expect(r2.baseline.ucEarningsMonthly).toBe(p("199.19 * 52 / 12"));
    expect(r2.baseline.pensionWeekly).toBe("0.00");
  });

  it("pay given a week or a month gives the same weekly figures", () => {
    const weekly = calc({ adults: [{ age: 30 }, { age: 30, job: { weeklyPay: 203.36, hours: 16 } }], ...nmw([0]) });
    expect(weekly.baseline.partnerGrossWeekly).toBe("203.36");
    // £881.23 a month × 12 / 52 = 203.3607 → 203.36.
    const monthly = calc({ adults: [{ age: 30 }, { age: 30, job: { monthlyPay: "881.23", hours: 16 } }], ...nmw([0]) });
    expect(monthly.baseline.partnerGrossWeekly).toBe("203.36");
    expect(monthly.baseline.explanations.partnerGrossWeekly!.text).toBe("the partner's pay: £881.23 a month × 12 ÷ 52 = £203.36 a week (16 hours)");
  });
});

describe("childcare: a couple gets the element only when both work, or the partner has LCW or cares (UC Regs reg 32(1)(b))", () => {
  // One child (3), childcare £400 a month: 85% × 400 = 340.00 (within the £1,071.09 one-child cap).
  const base = { children: [{ age: 3 }], childcareMonthly: 400, ...nmw([0, 16]) };

  it("only the claimant works: none, with a warning", () => {
    const r = calc({ adults: [{ age: 30 }, { age: 30 }], ...base });
    expect(at(r, 16).childcareElementMonthly).toBe("0.00");
    expect(r.warnings.join(" ")).toMatch(/both partners in paid work/);
  });

  it("only the partner works (the baseline): none", () => {
    const r = calc({ adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 16 } }], ...base });
    expect(r.baseline.childcareElementMonthly).toBe("0.00");
  });

  it("both work: 85% of the childcare paid", () => {
    const r = calc({ adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 16 } }], ...base });
    const s = at(r, 16);
    expect(s.childcareElementMonthly).toBe(p("400 * 0.85"));
    // No housing: higher work allowance 710. Earnings 881.23 × 2 = 1,762.46; (1,762.46 − 710) × 55% = 578.853 → 578.85.
    // Maximum 666.97 + 303.94 + 340.00 = 1,310.91; UC 1,310.91 − 578.85 = 732.06.
    expect(s.ucMaximumMonthly).toBe(p("666.97 + 303.94 + 340"));
    expect(s.ucMonthly).toBe(p("1310.91 - 578.85"));
    expect(r.warnings.join(" ")).not.toMatch(/both partners in paid work/);
    expect(s.explanations.ucMaximumMonthly!.text).toMatch(/childcare costs element \(both partners in paid work\): 85% of £400\.00 = £340\.00/);
  });

  // The checker's household e28 (notes/checker/mismatches.md M4): the partner does not work but has LCWRA (protected);
  // reg 32(1)(b)(i): unable to provide childcare because of limited capability for work.
  // Private rent £650. Maximum at 16 h: 666.97 couple + 303.94 child + 429.80 LCWRA + 650 rent + 340.00 childcare = 2,390.71.
  // Lower work allowance 427 (housing element). 16 h: 16 × 12.71 = 203.36 a week, no tax or NI; × 52 ÷ 12 = 881.2267 → 881.23;
  // (881.23 − 427) × 55% = 249.8265 → 249.83; UC 2,390.71 − 249.83 = 2,140.88.
  // 30 h: take-home 342.25 (first describe); × 52 ÷ 12 = 1,483.0833 → 1,483.08; (1,483.08 − 427) × 55% = 580.844 → 580.84;
  // UC 2,390.71 − 580.84 = 1,809.87.
  const rented = { ...base, housing: { tenure: "private", rentMonthly: 650 }, ...nmw([0, 16, 30]) };
  it("only the claimant works, the partner has LCWRA: 85% of the childcare paid (reg 32(1)(b)(i))", () => {
    const r = calc({ adults: [{ age: 34 }, { age: 36, lcwra: "protected" }], ...rented });
    const s = at(r, 16);
    expect(s.childcareElementMonthly).toBe(p("400 * 0.85"));
    expect(s.ucMaximumMonthly).toBe(p("666.97 + 303.94 + 429.80 + 650 + 340"));
    expect(s.ucMonthly).toBe(p("2390.71 - 249.83"));
    expect(at(r, 30).ucMonthly).toBe(p("2390.71 - 580.84"));
    // Nobody works at 0 hours: no element.
    expect(r.baseline.childcareElementMonthly).toBe("0.00");
    expect(r.warnings.join(" ")).not.toMatch(/childcare costs element needs/);
    expect(s.explanations.ucMaximumMonthly!.text).toMatch(/childcare costs element \(the partner has limited capability for work\): 85% of £400\.00 = £340\.00/);
  });

  it("the partner has LCW (lcw): the element too", () => {
    const r = calc({ adults: [{ age: 34 }, { age: 36, lcw: true }], ...rented });
    expect(at(r, 16).childcareElementMonthly).toBe(p("400 * 0.85"));
  });

  it("the partner cares 35 hours a week for a severely disabled person (carer): the element (reg 32(1)(b)(ii))", () => {
    // Maximum at 16 h: 666.97 + 303.94 + 209.34 carer element + 650 + 340 = 2,170.25; UC 2,170.25 − 249.83 = 1,920.42.
    const r = calc({ adults: [{ age: 34 }, { age: 36, carer: true }], ...rented });
    const s = at(r, 16);
    expect(s.childcareElementMonthly).toBe(p("400 * 0.85"));
    expect(s.ucMaximumMonthly).toBe(p("666.97 + 303.94 + 209.34 + 650 + 340"));
    expect(s.ucMonthly).toBe(p("2170.25 - 249.83"));
    expect(s.explanations.ucMaximumMonthly!.text).toMatch(/\(the partner cares for a severely disabled person\)/);
  });
});

describe("the benefit cap's earnings exemption on the couple's earnings (reg 82)", () => {
  // Couple, children 6 and 4, private rent £1,400: maximum 666.97 + 2 × 303.94 + 1,400 = 2,674.85; work allowance 427.
  // Child Benefit (27.05 + 17.90) × 52 / 12 = 194.7833 → 194.78 a month.
  // 8 h × 12.71 = 101.68 a week each: × 52 / 12 = 440.6133 → 440.61 a month each, under the £881 exemption;
  // together 881.22, over it.
  const kids = { children: [{ age: 6 }, { age: 4 }], housing: { tenure: "private", rentMonthly: 1400 }, ...nmw([0, 8]) };

  it("neither alone reaches the exemption: capped", () => {
    // Baseline: partner's 440.61; (440.61 − 427) × 55% = 7.4855 → 7.49; UC before cap 2,674.85 − 7.49 = 2,667.36.
    // Cap: 2,667.36 + 194.78 = 2,862.14, which is 1,027.14 over 1,835.00: UC 2,667.36 − 1,027.14 = 1,640.22.
    const r = calc({ adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 8 } }], ...kids });
    expect(r.baseline.ucBeforeCapMonthly).toBe(p("2674.85 - 7.49"));
    expect(r.baseline.benefitCapReductionMonthly).toBe(p("2667.36 + 194.78 - 1835"));
    expect(r.baseline.ucMonthly).toBe("1640.22");
    // Without the partner's job the claimant's 8 hours alone is the same 440.61: capped the same.
    const alone = calc({ adults: [{ age: 30 }, { age: 30 }], ...kids });
    expect(at(alone, 8).ucMonthly).toBe("1640.22");
  });

  it("together they do: no cap", () => {
    // 8 h: 440.61 + 440.61 = 881.22 ≥ 881; (881.22 − 427) × 55% = 249.821 → 249.82; UC 2,674.85 − 249.82 = 2,425.03.
    const r = calc({ adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 8 } }], ...kids });
    const s = at(r, 8);
    expect(s.ucEarningsMonthly).toBe(p("440.61 + 440.61"));
    expect(s.benefitCapReductionMonthly).toBe("0.00");
    expect(s.ucMonthly).toBe(p("2674.85 - 249.82"));
    expect(s.explanations.benefitCapReductionMonthly!.text).toMatch(/earnings of £881\.22 a month reach the £881\.00 earnings exemption/);
    expect(s.thresholds.map((t) => t.code)).toContain("benefit-cap-lifted-by-earnings");
  });
});

describe("a partner with LCWRA, in permitted work on New Style ESA", () => {
  // Partner 40, LCWRA (protected), ESA main phase support group: 95.55 + 50.35 = 145.90 a week.
  // Works 10 h × 12.71 = 127.10 a week: under 16 hours and within the £203.50 permitted work limit, so ESA continues.
  // Tax through PAYE on pay + ESA: (127.10 + 145.90) × 52 = 14,196; − 12,570 = 1,626 × 20% = 325.20 ÷ 52 = 6.2538 → 6.25.
  // No NI (127.10 under 242). Take-home 127.10 − 6.25 = 120.85; UC month 120.85 × 52 / 12 = 523.6833 → 523.68.
  // Claimant 35, 16 h: 203.36 a week, 881.23 a month.
  // No children, no rent: maximum 666.97 + 429.80 = 1,096.77; higher work allowance 710 (LCWRA).
  // ESA as unearned income: 145.90 × 52 / 12 = 632.2333 → 632.23.
  const r = calc({
    adults: [{ age: 35 }, { age: 40, lcwra: "protected", newStyleEsa: { phase: "main", group: "support" }, job: { hourlyWage: 12.71, hours: 10 } }],
    ...nmw([0, 16]),
  });

  it("the partner's ESA is decided by the partner's own work, not the claimant's pay", () => {
    for (const s of [r.baseline, at(r, 16)]) {
      expect(s.partnerEsaWeekly).toBe("145.90");
      expect(s.esaWeekly).toBe("145.90");
      expect(s.partnerIncomeTaxWeekly).toBe("6.25");
      expect(s.partnerTakeHomeWeekly).toBe(p("127.10 - 6.25"));
    }
    expect(at(r, 16).explanations.partnerEsaWeekly!.text).toMatch(/^partner: .*paid in full under permitted work: 10 hours/);
  });

  it("UC with the LCWRA element and the higher work allowance", () => {
    // Baseline: 523.68 is within the 710 work allowance: UC 1,096.77 − 632.23 = 464.54.
    expect(r.baseline.ucMonthly).toBe(p("1096.77 - 632.23"));
    // 16 h: 881.23 + 523.68 = 1,404.91; (1,404.91 − 710) × 55% = 382.2005 → 382.20; UC 1,096.77 − 382.20 − 632.23 = 82.34.
    expect(at(r, 16).ucEarningsMonthly).toBe(p("881.23 + 523.68"));
    expect(at(r, 16).ucMonthly).toBe(p("1096.77 - 382.20 - 632.23"));
    // UC a week 464.54 × 12 / 52 = 107.2015 → 107.20 and 82.34 → 19.0015 → 19.00.
    // Net income: baseline 120.85 + 107.20 + 145.90 = 373.95; 16 h 203.36 + 120.85 + 19.00 + 145.90 = 489.11.
    expect(at(r, 16).betterOffWeekly).toBe(p("489.11 - 373.95"));
  });
});

describe("Scotland: the partner's Scottish income tax", () => {
  // Partner 30 h × 12.71 = 381.30 a week; NI (381.30 − 242) × 8% = 11.14.
  // Scottish tax: 381.30 × 52 = 19,827.60; − 12,570 = 7,257.60: 19% of 3,967 = 753.73, 20% of 3,290.60 = 658.12;
  // 1,411.85 a year ÷ 52 = 27.1510 → 27.15. Take-home 381.30 − 27.15 − 11.14 = 343.01; a month 1,486.3767 → 1,486.38.
  // Child 5, social rent £500: maximum 666.97 + 303.94 + 500 = 1,470.91; lower work allowance 427.
  const r = calc({
    region: "scotland",
    adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 30 } }],
    children: [{ age: 5 }],
    housing: { tenure: "social", rentMonthly: 500 },
    ...nmw([0, 16]),
  });

  it("each person taxed at Scottish rates on their own pay", () => {
    expect(r.baseline.partnerIncomeTaxWeekly).toBe("27.15");
    expect(r.baseline.partnerTakeHomeWeekly).toBe(p("381.30 - 27.15 - 11.14"));
  });

  it("UC on both earnings; Scottish Child Payment while UC is paid", () => {
    // Baseline: (1,486.38 − 427) × 55% = 582.659 → 582.66; UC 1,470.91 − 582.66 = 888.25.
    expect(r.baseline.ucMonthly).toBe(p("1470.91 - 582.66"));
    // 16 h: 1,486.38 + 881.23 = 2,367.61; (2,367.61 − 427) × 55% = 1,067.3355 → 1,067.34; UC 403.57.
    expect(at(r, 16).ucMonthly).toBe(p("1470.91 - 1067.34"));
    expect(at(r, 16).scottishChildPaymentWeekly).toBe("28.20");
  });
});

describe("passported help on the couple's earnings", () => {
  it("free school meals (England, before September 2026): lost when the couple's earnings pass £616.67 a month, though neither's alone does", () => {
    // Partner 5 h × 12.71 = 63.55 a week × 52 / 12 = 275.3833 → 275.38 a month; claimant 10 h: 127.10 → 550.7667 → 550.77.
    // Baseline 275.38 ≤ 616.67: meals kept, worth 2.61 × 190 ÷ 52 a week; at 10 h 275.38 + 550.77 = 826.15 > 616.67: lost.
    const r = calc({
      adults: [{ age: 35 }, { age: 35, job: { hourlyWage: 12.71, hours: 5 } }],
      children: [{ age: 8 }],
      housing: { tenure: "social", rentMonthly: 500 },
      ...nmw([0, 10]),
    });
    expect(r.baseline.ucEarningsMonthly).toBe(p("63.55 * 52 / 12"));
    expect(r.baseline.passportedFreeSchoolMealsWeekly).toBe(p("2.61 * 190 / 52"));
    expect(at(r, 10).ucEarningsMonthly).toBe(p("275.38 + 550.77"));
    expect(at(r, 10).passportedFreeSchoolMealsWeekly).toBe("0.00");
    expect(at(r, 10).thresholds.map((t) => t.code)).toContain("free-school-meals-lost");
  });
});

describe("a partner paid below the minimum wage", () => {
  it("is warned about, naming the field (2026/27: £12.71 at 21 or over)", () => {
    const r = calc({ adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 10, hours: 16 } }], ...nmw([0]) });
    expect(r.warnings).toContain("adults.1.job.hourlyWage: £10.00 an hour is below the National Living Wage for age 30 (£12.71), unless the partner is an apprentice.");
    const paid = calc({ adults: [{ age: 30 }, { age: 30, job: { hourlyWage: 12.71, hours: 16 } }], ...nmw([0]) });
    expect(paid.warnings.join(" ")).not.toMatch(/adults\.1\.job/);
  });
});

describe("a partner's job: bad input named by field", () => {
  const base = { taxYear: "2026-27", region: "england", job: { hourlyWage: 12.71, hours: [0, 16] } };
  const problems = (adults: unknown[]) => {
    const r = parseHousehold({ ...base, adults });
    return r.ok ? [] : r.problems;
  };

  it("the first adult's job is job, not adults[0].job", () => {
    expect(problems([{ age: 30, job: { hourlyWage: 12, hours: 16 } }])).toEqual([
      { path: "adults.0.job", message: expect.stringMatching(/first adult is the person offered the job/) },
    ]);
  });

  it("pay one way, above nil; hours above 0", () => {
    expect(problems([{ age: 30 }, { age: 30, job: { hours: 16 } }])).toEqual([{ path: "adults.1.job.hourlyWage", message: expect.stringMatching(/give the partner's pay/) }]);
    expect(problems([{ age: 30 }, { age: 30, job: { hourlyWage: 12, weeklyPay: 200, hours: 16 } }])).toEqual([
      { path: "adults.1.job.weeklyPay", message: "give the partner's pay one way only (got hourlyWage and weeklyPay)" },
    ]);
    expect(problems([{ age: 30 }, { age: 30, job: { weeklyPay: 0, hours: 16 } }])).toEqual([{ path: "adults.1.job.weeklyPay", message: "the partner's pay must be more than £0" }]);
    expect(problems([{ age: 30 }, { age: 30, job: { weeklyPay: 200, hours: 0 } }])[0]!.path).toBe("adults.1.job.hours");
    expect(problems([{ age: 30 }, { age: 30, job: { weeklyPay: -5, hours: 10 } }])[0]).toEqual({ path: "adults.1.job.weeklyPay", message: "the partner's weekly pay cannot be negative" });
  });
});
