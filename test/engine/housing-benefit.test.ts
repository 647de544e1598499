/**
 * Issue 15: supported housing, hostels and temporary accommodation. UC has no
 * housing costs element there (UC Regs Sch 1 paras 3(h), 3(i), 3A, 3B); the
 * council's Housing Benefit meets the rent. Worked by hand from the rule
 * tables; each expected figure shows its arithmetic.
 *
 * 2026/27 figures used below: UC standard allowance (25+) £424.90, LCWRA
 * (protected) £429.80, child element £303.94, work allowance £710 (higher) /
 * £427 (lower), taper 55%; HB personal allowance (25+, lone parent 18+)
 * £95.55, child £87.88, support component £50.35, enhanced disability premium
 * £22.00, taper 65%, minimum 50p; NI 8% over £242 a week; income tax 20% over
 * £12,570 a year. Pay £12.71 an hour, no pension.
 */
import { describe, it, expect } from "vitest";
import { calculate, parseHousehold, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { household, rulesFor, rulesOn } from "../helpers/rules.js";
import { pence as p } from "../helpers/arithmetic.js";

const calc = (input: Record<string, unknown>): Result => {
  const h = household(input.date ? input : { taxYear: "2026-27", ...input });
  return calculate(h, h.date ? rulesOn(h.date) : rulesFor(h.taxYear!));
};
const at = (r: Result, hours: number): ScenarioResult => {
  const s = hours === 0 ? r.baseline : r.scenarios.find((x) => Number(x.hours) === hours);
  if (!s) throw new Error(`no scenario at ${hours} hours`);
  return s;
};
const codes = (s: ScenarioResult) => s.thresholds.map((t) => t.code);

describe("single person in exempt accommodation, on UC with LCWRA", () => {
  // 30, LCWRA (protected rate), England; eligible rent £250 a week, £15 a week of ineligible service charges.
  const input = {
    region: "england",
    adults: [{ age: 30, lcwra: "protected" }],
    housing: { tenure: "supported", rentWeekly: 250, ineligibleServiceChargesWeekly: 15 },
    job: { hourlyWage: 12.71, hours: [0, 8, 16, 30, 50, 56.5, 57] },
  };
  const r = calc(input);

  it("0 hours: UC is the maximum without a housing element; HB is the whole eligible rent", () => {
    const s = at(r, 0);
    expect(s.ucMaximumMonthly).toBe(p("424.90 + 429.80")); // 854.70: no housing costs element
    expect(s.workAllowanceMonthly).toBe("710.00"); // the higher work allowance: no housing costs in the award
    expect(s.ucMonthly).toBe("854.70");
    expect(s.ucWeekly).toBe(p("854.70 * 12 / 52")); // 197.24
    expect(s.housingBenefitWeekly).toBe("250.00");
    expect(s.netIncomeWeekly).toBe(p("197.24 + 250")); // 447.24: before housing costs, HB counted as UC's housing element would be
    expect(s.explanations.housingBenefitWeekly!.text).toMatch(/Universal Credit is awarded, so all income and savings are disregarded/);
    expect(s.explanations.housingBenefitWeekly!.text).toMatch(/£15\.00 a week are not met by Housing Benefit/);
  });

  it("8 hours: earnings £440.61 a month are within the £710 work allowance; HB stays £250", () => {
    const s = at(r, 8);
    expect(s.ucEarningsMonthly).toBe(p("101.68 * 52 / 12")); // 440.61
    expect(s.ucMonthly).toBe("854.70");
    expect(s.housingBenefitWeekly).toBe("250.00");
    expect(s.netIncomeWeekly).toBe(p("101.68 + 197.24 + 250")); // 548.92
    expect(s.betterOffWeekly).toBe("101.68");
  });

  it("16 hours: UC tapers at 55% above £710; HB does not taper at all while UC is awarded", () => {
    const s = at(r, 16);
    expect(s.ucTaperMonthly).toBe(p("(881.23 - 710) * 0.55")); // 94.18
    expect(s.ucMonthly).toBe(p("854.70 - 94.18")); // 760.52
    expect(s.housingBenefitWeekly).toBe("250.00");
    expect(s.netIncomeWeekly).toBe(p("203.36 + 760.52 * 12 / 52 + 250")); // 203.36 + 175.50 + 250 = 628.86
  });

  it("30 hours: tax and NI are paid, UC falls to £429.51; HB is still £250", () => {
    const s = at(r, 30);
    expect(s.niWeekly).toBe(p("(381.30 - 242) * 0.08")); // 11.14
    expect(s.incomeTaxWeekly).toBe(p("(381.30 * 52 - 12570) * 0.20 / 52")); // 27.91
    expect(s.takeHomeWeekly).toBe(p("381.30 - 27.91 - 11.14")); // 342.25
    expect(s.ucMonthly).toBe(p("854.70 - (1483.08 - 710) * 0.55")); // 342.25 × 52 ÷ 12 = 1,483.08; 854.70 − 425.19 = 429.51
    expect(s.housingBenefitWeekly).toBe("250.00");
    expect(s.netIncomeWeekly).toBe(p("342.25 + 429.51 * 12 / 52 + 250")); // 691.37
  });

  it("50 hours: UC ends, so HB is means-tested and falls from £250 to £41.82 (the cliff edge)", () => {
    const s = at(r, 50);
    // Pay: £635.50; NI (635.50 − 242) × 8% = 31.48; tax (635.50 × 52 − 12,570) × 20% ÷ 52 = 78.75; take-home 525.27.
    expect(s.takeHomeWeekly).toBe(p("635.50 - 78.75 - 31.48"));
    // UC: £525.27 × 52 ÷ 12 = £2,276.17; taper (2,276.17 − 710) × 55% = £861.39, more than the £854.70 maximum: nil.
    expect(s.ucMonthly).toBe("0.00");
    // HB: earnings £525.27 less £20 (LCWRA) and the £17.10 additional disregard (25+ working 30 hours) = £488.17;
    // applicable amount £95.55 + £50.35 support component + £22.00 enhanced disability premium = £167.90;
    // 65% of (488.17 − 167.90) = £208.18; HB £250 − £208.18.
    expect(s.housingBenefitWeekly).toBe(p("250 - (525.27 - 20 - 17.10 - (95.55 + 50.35 + 22.00)) * 0.65")); // 41.82
    expect(codes(s)).toEqual(expect.arrayContaining(["uc-nil", "housing-benefit-falls"]));
    expect(s.explanations.housingBenefitWeekly!.rules).toEqual(expect.arrayContaining(["housingBenefit.taperRate", "housingBenefit.supportComponent", "housingBenefit.additionalEarningsDisregard"]));
  });

  it("HB where it ends: £3.16 at 56.5 hours; at 57 hours 19p, under the 50p minimum, so nil", () => {
    // 56.5 h: pay £718.12 (12.71 × 56.5 = 718.115); NI 38.09; tax 95.28; take-home 584.75.
    expect(at(r, 56.5).takeHomeWeekly).toBe(p("718.12 - 95.28 - 38.09"));
    expect(at(r, 56.5).housingBenefitWeekly).toBe(p("250 - (584.75 - 37.10 - 167.90) * 0.65")); // 250 − 246.84 = 3.16
    // 57 h: pay £724.47; NI (724.47 − 242) × 8% = 38.60; tax (724.47 × 52 − 12,570) × 20% ÷ 52 = 96.55; take-home 589.32.
    expect(at(r, 57).takeHomeWeekly).toBe(p("724.47 - 96.55 - 38.60"));
    expect(p("250 - (589.32 - 37.10 - 167.90) * 0.65")).toBe("0.19");
    expect(at(r, 57).housingBenefitWeekly).toBe("0.00");
    expect(codes(at(r, 57))).toContain("housing-benefit-ends");
    expect(at(r, 57).explanations.housingBenefitWeekly!.text).toMatch(/under the £0\.50 minimum, so nil/);
  });

  it("the sweep marks where UC ends and HB becomes means-tested", () => {
    expect(r.markers).toEqual(expect.arrayContaining([{ code: "housing-benefit-means-tested", hours: "50", text: expect.any(String) }]));
    // The chart stacks HB with the other benefits.
    expect(r.sweep.find((x) => x.hours === "40")!.otherBenefitsWeekly).toBe("250.00");
  });

  it("from 5 October 2026 the specified accommodation disregard (Sch 4 para 18) also comes off earnings", () => {
    const later = calc({ ...input, date: "2026-10-05", job: { hourlyWage: 12.71, hours: [50] } });
    // £525.27 − £20 − £77.73 (single, 25 or over) − £17.10 = £410.44; 65% of (410.44 − 167.90) = £157.65.
    expect(later.scenarios[0]!.housingBenefitWeekly).toBe(p("250 - (525.27 - 20 - 77.73 - 17.10 - 167.90) * 0.65")); // 92.35
    expect(later.warnings.join(" ")).not.toMatch(/Sch 4 para 18/);
    // Before that date the figures leave it out and say so.
    expect(r.warnings.join(" ")).toMatch(/From 2026-10-05 Housing Benefit in supported or temporary accommodation has an extra earnings disregard/);
  });
});

describe("hostel resident on New Style ESA (support group) and UC", () => {
  // 40, New Style ESA main phase, support group, LCWRA (protected); council hostel, eligible rent £700 a month.
  const r = calc({
    region: "wales",
    adults: [{ age: 40, lcwra: "protected", newStyleEsa: { phase: "main", group: "support" } }],
    housing: { tenure: "supported", rentMonthly: 700 },
    job: { hourlyWage: 12.71, hours: [0, 8, 16] },
  });
  const esa = "145.90"; // £95.55 + £50.35 support component
  const hb = p("700 * 12 / 52"); // reg 80(2)(b): 161.54 a week

  it("0 hours: ESA comes off UC in full; HB meets the rent", () => {
    const s = at(r, 0);
    expect(s.esaWeekly).toBe(esa);
    expect(s.unearnedIncomeMonthly).toBe(p("145.90 * 52 / 12")); // 632.23
    expect(s.ucMonthly).toBe(p("854.70 - 632.23")); // 222.47
    expect(s.housingBenefitWeekly).toBe(hb);
    expect(s.netIncomeWeekly).toBe(p("222.47 * 12 / 52 + 145.90 + 161.54")); // 51.34 + 145.90 + 161.54 = 358.78
  });

  it("8 hours: permitted work keeps ESA (PAYE takes the tax on ESA too); UC and HB unchanged", () => {
    const s = at(r, 8);
    expect(s.incomeTaxWeekly).toBe(p("((101.68 + 145.90) * 52 - 12570) * 0.20 / 52")); // 1.17
    expect(s.esaWeekly).toBe(esa);
    expect(s.ucMonthly).toBe("222.47"); // earnings £435.54 a month are within the £710 work allowance
    expect(s.housingBenefitWeekly).toBe(hb);
    expect(s.netIncomeWeekly).toBe(p("100.51 + 51.34 + 145.90 + 161.54")); // 459.29
  });

  it("16 hours: ESA stops; UC rises; HB is still the whole rent", () => {
    const s = at(r, 16);
    expect(s.esaWeekly).toBe("0.00");
    expect(codes(s)).toContain("esa-ends-hours");
    expect(s.ucMonthly).toBe(p("854.70 - (881.23 - 710) * 0.55")); // 760.52
    expect(s.housingBenefitWeekly).toBe(hb);
    expect(s.netIncomeWeekly).toBe(p("203.36 + 175.50 + 161.54")); // 540.40
    expect(codes(s)).not.toContain("housing-benefit-falls");
  });
});

describe("lone parent with two children in temporary accommodation from the council", () => {
  // 30, children of 5 and 8 (born after April 2017), England outside London; eligible rent £300 a week.
  const r = calc({
    region: "england",
    adults: [{ age: 30 }],
    children: [{ age: 5 }, { age: 8 }],
    housing: { tenure: "temporary", rentWeekly: 300 },
    job: { hourlyWage: 12.71, hours: [0, 16, 30, 52] },
  });
  // UC maximum £424.90 + 2 × £303.94 = £1,032.78; Child Benefit £27.05 + £17.90 = £44.95 a week (£194.78 a month).

  it("0 hours: HB counts as nil in the benefit cap (UC Regs reg 80(2A)), so nothing is capped", () => {
    const s = at(r, 0);
    expect(s.ucMaximumMonthly).toBe(p("424.90 + 2 * 303.94"));
    expect(s.benefitCapReductionMonthly).toBe("0.00"); // UC £1,032.78 + CB £194.78 = £1,227.56, within £1,835
    expect(s.explanations.benefitCapReductionMonthly!.text).toMatch(/Housing Benefit counts as nil/);
    expect(s.housingBenefitWeekly).toBe("300.00");
    expect(s.netIncomeWeekly).toBe(p("1032.78 * 12 / 52 + 300 + 44.95")); // 238.33 + 300 + 44.95 = 583.28
  });

  it("16 hours: the lower work allowance, as if UC included housing costs (SI 2014/1230 reg 5A)", () => {
    const s = at(r, 16);
    expect(s.workAllowanceMonthly).toBe("427.00");
    expect(s.ucTaperMonthly).toBe(p("(881.23 - 427) * 0.55")); // 249.83
    expect(s.ucMonthly).toBe(p("1032.78 - 249.83")); // 782.95
    expect(s.housingBenefitWeekly).toBe("300.00");
    expect(s.netIncomeWeekly).toBe(p("203.36 + 782.95 * 12 / 52 + 300 + 44.95")); // 728.99
  });

  it("30 hours: UC £451.94, HB £300", () => {
    const s = at(r, 30);
    expect(s.ucMonthly).toBe(p("1032.78 - (1483.08 - 427) * 0.55")); // 451.94
    expect(s.housingBenefitWeekly).toBe("300.00");
  });

  it("52 hours: UC ends; HB is means-tested with the lone parent's applicable amount and disregards", () => {
    const s = at(r, 52);
    // Pay £660.92; NI (660.92 − 242) × 8% = 33.51; tax (660.92 × 52 − 12,570) × 20% ÷ 52 = 83.84; take-home 543.57.
    expect(s.takeHomeWeekly).toBe(p("660.92 - 83.84 - 33.51"));
    expect(s.ucMonthly).toBe("0.00"); // 543.57 × 52 ÷ 12 = 2,355.47; (2,355.47 − 427) × 55% = 1,060.66 > 1,032.78
    // Earnings less £25 (lone parent) and £17.10 (lone parent working 16 hours) = £501.47; Child Benefit is disregarded.
    // Applicable amount £95.55 + 2 × £87.88 = £271.31; 65% of (501.47 − 271.31) = £149.60.
    expect(s.housingBenefitWeekly).toBe(p("300 - (543.57 - 25 - 17.10 - (95.55 + 2 * 87.88)) * 0.65")); // 150.40
    expect(s.explanations.housingBenefitWeekly!.text).toMatch(/benefit cap to Housing Benefit for temporary accommodation/);
  });
});

describe("childcare charges once UC has ended (HB Regs regs 27(1)(c), (3), 28)", () => {
  // Lone parent, 30, one child of 10 (born after April 2017), temporary accommodation at £300 a week, England; pay £12.71 an hour.
  const base = {
    region: "england",
    adults: [{ age: 30 }],
    children: [{ age: 10 }],
    housing: { tenure: "temporary", rentWeekly: 300 },
    job: { hourlyWage: 12.71, hours: [52] },
  };

  it("52 hours: £200 a month childcare comes off the counted earnings, so HB is £123.27 rather than £93.27", () => {
    const s = at(calc({ ...base, childcareMonthly: 200 }), 52);
    // Take-home £543.57 (as for the family above). UC: maximum £424.90 + £303.94 + childcare element 85% × £200 = £170 = £898.84;
    // (2,355.47 − 427) × 55% = £1,060.66 is more, so no UC and HB is means-tested.
    expect(s.ucMonthly).toBe("0.00");
    // Charges £200 × 12 ÷ 52 = £46.15 a week, under the £175 maximum for one child; a lone parent working 16 hours or more (reg 28(1)(a)).
    // Para 17: £543.57 ≥ £25 + £46.15 + £17.10, so the additional disregard applies.
    // Income 543.57 − 25 − 17.10 − 46.15 = £455.32; applicable amount £95.55 + £87.88 = £183.43;
    // 65% × (455.32 − 183.43) = 65% × 271.89 = 176.7285 → £176.73; HB 300 − 176.73.
    expect(s.housingBenefitWeekly).toBe(p("300 - 176.73")); // 123.27
    expect(p("300 - (543.57 - 25 - 17.10 - 200 * 12 / 52 - (95.55 + 87.88)) * 0.65")).toBe("123.27");
    expect(s.explanations.housingBenefitWeekly!.text).toMatch(/less £46\.15 childcare charges \(regs 27\(1\)\(c\), 28/);
    expect(s.explanations.housingBenefitWeekly!.rules).toContain("housingBenefit.childcareMaximumDeductionOneChild");
    // Without the childcare: 65% × (543.57 − 25 − 17.10 − 183.43) = 65% × 318.04 = 206.726 → £206.73; HB £93.27.
    expect(at(calc(base), 52).housingBenefitWeekly).toBe(p("300 - 206.73"));
  });

  it("the deduction stops at £175 a week for one child (reg 27(3)(a)): £1,000 a month at 90 hours, rent £400", () => {
    const s = at(calc({ ...base, childcareMonthly: 1000, housing: { tenure: "temporary", rentWeekly: 400 }, job: { hourlyWage: 12.71, hours: [90] } }), 90);
    // Pay 12.71 × 90 = £1,143.90 a week (£59,482.80 a year).
    // Tax: (50,270 − 12,570) × 20% + (59,482.80 − 50,270) × 40% = 7,540 + 3,685.12 = 11,225.12 ÷ 52 = £215.87.
    // NI: (967 − 242) × 8% + (1,143.90 − 967) × 2% = 58.00 + 3.54 = £61.54. Take-home 1,143.90 − 215.87 − 61.54 = £866.49.
    expect(s.takeHomeWeekly).toBe(p("1143.90 - 215.87 - 61.54"));
    expect(s.ucMonthly).toBe("0.00");
    // Charges 1,000 × 12 ÷ 52 = £230.77 a week, capped at £175. Income 866.49 − 25 − 17.10 − 175 = £649.39;
    // 65% × (649.39 − 183.43) = 65% × 465.96 = 302.874 → £302.87; HB 400 − 302.87.
    expect(s.housingBenefitWeekly).toBe(p("400 - 302.87")); // 97.13
    expect(s.explanations.housingBenefitWeekly!.text).toMatch(/£230\.77 a week paid .*up to the £175\.00 maximum/);
  });

  it("a couple: only when both are in remunerative work, 16 hours or more (reg 28(1)(b))", () => {
    const couple = (partnerHours: number) => ({
      ...base,
      adults: [{ age: 30 }, { age: 30, job: { weeklyPay: 200, hours: partnerHours } }],
      job: { hourlyWage: 12.71, hours: [52] },
    });
    const hbAt = (partnerHours: number) => at(calc({ ...couple(partnerHours), childcareMonthly: 200 }), 52);
    // Partner's £200 a week is under the NI threshold (£242) and the personal allowance (200 × 52 = 10,400 < 12,570): £200 net.
    // Earnings 543.57 + 200 = £743.57, less £10 (couple) and £17.10 (the claimant is 25+ and works 30 hours or more) = £716.47.
    // Applicable amount £150.15 (couple) + £87.88 = £238.03. No UC: it tapers away as for the lone parent above.
    // Partner working 10 hours: not both in remunerative work, no childcare deduction; 65% × (716.47 − 238.03) = 310.986 → £310.99 > £300, so nil.
    const ten = hbAt(10);
    expect(ten.ucMonthly).toBe("0.00");
    expect(ten.housingBenefitWeekly).toBe("0.00");
    expect(ten.explanations.housingBenefitWeekly!.text).not.toMatch(/childcare/);
    // Partner working 20 hours: £46.15 comes off; 65% × (716.47 − 46.15 − 238.03) = 65% × 432.29 = 280.9885 → £280.99; HB 300 − 280.99.
    expect(hbAt(20).housingBenefitWeekly).toBe(p("300 - 280.99")); // 19.01
  });
});

describe("the additional earnings disregard for a partner aged 25+ working 30 hours (HB Regs Sch 4 para 17(2)(b)(i))", () => {
  // A childless couple in exempt accommodation, 1 June 2026 (before the October para 18 disregard): the client is 40 and
  // not working at 0 hours; the partner, 41, works 30 hours at £12.71. Found by an independent check: the £17.10 was
  // given only when the client worked 30 hours.
  const r = calc({
    date: "2026-06-01",
    region: "england",
    adults: [{ age: 40 }, { age: 41, job: { hourlyWage: 12.71, hours: 30 } }],
    housing: { tenure: "supported", rentWeekly: 260 },
    job: { hourlyWage: 12.71, hours: [0, 8, 16] },
  });
  // Partner: £381.30 gross; tax (381.30 × 52 − 12,570) × 20% ÷ 52 = £27.91; NI (381.30 − 242) × 8% = £11.14; net £342.25.
  // UC is nil (couple maximum £666.97 against £1,483.08 a month of earnings, no work allowance), so HB is means-tested:
  // £342.25 − £10 (couple, Sch 4 para 9) − £17.10 (para 17, the partner is 25+ and works 30 hours) = £315.15 against
  // the couple's applicable amount £150.15; 65% of £165.00 = £107.25 off the £260 rent.
  it("0 hours: the partner's 30 hours earn the £17.10, so HB is £152.75", () => {
    expect(at(r, 0).ucMonthly).toBe("0.00");
    expect(at(r, 0).housingBenefitWeekly).toBe(p("260 - (342.25 - 10 - 17.10 - 150.15) * 0.65")); // 152.75
    expect(at(r, 0).explanations.housingBenefitWeekly!.text).toContain("£17.10 additional (Sch 4 para 17)");
  });
  // 8 hours: the client's £101.68 is under the £242 NI threshold and the allowance, so £101.68 more counted: 65% × £101.68 = £66.09.
  it("8 hours: the client's £101.68 is added; HB falls by 65% of it to £86.66", () => {
    expect(at(r, 8).housingBenefitWeekly).toBe(p("260 - (342.25 + 101.68 - 10 - 17.10 - 150.15) * 0.65")); // 86.66
  });
});

describe("non-dependant deductions (HB Regs reg 74)", () => {
  const base = { region: "scotland", adults: [{ age: 45 }], job: { hourlyWage: 12.71, hours: [0] } };
  it("by the non-dependant's gross income: £300 a week is in the £279–£364.99 band, £64.35 (2026/27)", () => {
    const r = calc({ ...base, housing: { tenure: "supported", rentWeekly: 200, nonDependants: [{ age: 30, grossWeeklyIncome: 300 }] } });
    expect(r.baseline.housingBenefitWeekly).toBe(p("200 - 64.35"));
  });
  it("2025/26: the same income is in the £266–£347.99 band, £62.00", () => {
    const r = calc({ ...base, taxYear: "2025-26", housing: { tenure: "supported", rentWeekly: 200, nonDependants: [{ age: 30, grossWeeklyIncome: 300 }] } });
    expect(r.baseline.housingBenefitWeekly).toBe(p("200 - 62.00"));
  });
  it("none when the claimant gets PIP daily living (reg 74(6))", () => {
    const r = calc({ ...base, adults: [{ age: 45, pip: { dailyLiving: "standard" } }], housing: { tenure: "supported", rentWeekly: 200, nonDependants: [{ age: 30, grossWeeklyIncome: 300 }] } });
    expect(r.baseline.housingBenefitWeekly).toBe("200.00");
  });
});

describe("input: rent a week or a month, with messages naming the field", () => {
  const problems = (housing: Record<string, unknown>) => {
    const r = parseHousehold({ taxYear: "2026-27", region: "england", adults: [{ age: 30 }], housing, job: { hourlyWage: 12.71, hours: [0] } });
    return r.ok ? [] : r.problems.map((x) => `${x.path}: ${x.message}`);
  };
  it("a weekly and a monthly rent give the same HB when they are the same rent", () => {
    const weekly = calc({ region: "england", adults: [{ age: 30 }], housing: { tenure: "temporary", rentWeekly: "161.54" }, job: { hourlyWage: 12.71, hours: [0] } });
    const monthly = calc({ region: "england", adults: [{ age: 30 }], housing: { tenure: "temporary", rentMonthly: 700 }, job: { hourlyWage: 12.71, hours: [0] } });
    expect(weekly.baseline.housingBenefitWeekly).toBe(monthly.baseline.housingBenefitWeekly);
  });
  it("refuses what does not fit", () => {
    expect(problems({ tenure: "supported" })).toEqual([expect.stringMatching(/^housing\.rentMonthly: give the eligible rent for supported accommodation/)]);
    expect(problems({ tenure: "supported", rentWeekly: 100, rentMonthly: 400 })).toEqual([expect.stringMatching(/^housing\.rentMonthly: .*not both/)]);
    expect(problems({ tenure: "social", rentMonthly: 400, rentWeekly: 100 })).toEqual([expect.stringMatching(/^housing\.rentWeekly: a weekly rent is taken for supported or temporary accommodation/)]);
    expect(problems({ tenure: "temporary", rentWeekly: 100, serviceChargesMonthly: 20 })).toEqual([expect.stringMatching(/^housing\.serviceChargesMonthly: in supported or temporary accommodation, include the eligible service charges/)]);
    expect(problems({ tenure: "private", rentMonthly: 400, ineligibleServiceChargesWeekly: 5 })).toEqual([expect.stringMatching(/^housing\.ineligibleServiceChargesWeekly: .*supported or temporary accommodation only/)]);
    expect(problems({ tenure: "supported", rentWeekly: -5 })).toEqual(["housing.rentWeekly: rent cannot be negative"]);
    expect(problems({ tenure: "supported", rentWeekly: 100, ineligibleServiceChargesWeekly: 5, ineligibleServiceChargesMonthly: 20 })).toEqual([
      expect.stringMatching(/^housing\.ineligibleServiceChargesMonthly: .*not both/),
    ]);
  });
});
