/**
 * Issue 9: Scottish CTR premiums and reg 57(2)(d), Best Start Foods 2026/27,
 * free school meals by school stage in Scotland and Wales. Worked by hand from
 * the 2026/27 rule tables; each expected figure shows its arithmetic.
 *
 * Pay used below (no income tax under the £12,570 allowance, no NI under £242 a week):
 *   16 h × £12.71 = £203.36 a week; UC earnings £203.36 × 52 ÷ 12 = £881.23 a month
 *    8 h × £12.71 = £101.68 a week; UC earnings £101.68 × 52 ÷ 12 = £440.61 a month
 * and back to a week for CTR: £881.23 × 12 ÷ 52 = £203.3607… a week.
 */
import { describe, it, expect } from "vitest";
import { calculate, parseHousehold, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { planCouncilTax, councilTaxReduction } from "../../src/engine/council-tax.js";
import { inferStage } from "../../src/engine/school-stage.js";
import { D } from "../../src/base/money.js";
import { household, rulesFor } from "../helpers/rules.js";
import { pence as p } from "../helpers/arithmetic.js";

const r2627 = rulesFor("2026-27");
const calc = (input: Record<string, unknown>): Result => calculate(household({ taxYear: "2026-27", ...input }), r2627);
const at = (r: Result, hours: number): ScenarioResult => r.scenarios.find((s) => Number(s.hours) === hours)!;
const codes = (s: ScenarioResult) => s.thresholds.map((t) => t.code);
const job = (hours: number[]) => ({ hourlyWage: 12.71, hours });

describe("1. Scottish CTR: Schedule 1 premiums for a household on UC", () => {
  // Lone parent, 30, child of 8 with the higher rate disabled child addition; no housing costs.
  // Bill: £1,500 less the 25% single person discount = £1,125 × 7 ÷ 365 = £21.58 a week.
  const lp = calc({
    region: "scotland",
    adults: [{ age: 30 }],
    children: [{ age: 8, disability: "higher" }],
    councilTax: { annualCharge: 1500 },
    job: job([0, 16]),
  });
  // UC amounts for the child, counted as income (reg 57(2)(d)(i)): £303.94 + £514.71 = £818.65 a month,
  // × 12 ÷ 52 = £188.9192… a week.
  // Applicable amount: lone parent £95.55 + child premium £109.85 + (para 4(b)) disabled child
  // premium £84.46 + enhanced disability premium £33.99 = £323.85.
  it("out of work: income £188.92 is under the applicable amount £323.85: the whole bill", () => {
    expect(lp.baseline.councilTaxWeekly).toBe(p("1500 * 0.75 * 7 / 365"));
    expect(lp.baseline.councilTaxReductionWeekly).toBe("21.58");
  });
  it("16 hours: income (£203.3607… − £25 lone parent disregard) + £188.9192… = £367.28; less 20% of the £43.43 over £323.85", () => {
    expect(p("881.23 * 12 / 52 - 25 + 818.65 * 12 / 52")).toBe("367.28");
    expect(at(lp, 16).councilTaxReductionWeekly).toBe(p("21.58 - (367.28 - (95.55 + 109.85 + 84.46 + 33.99)) * 0.20")); // 12.89
    // Without the para 4 premiums the excess would be £367.28 − £205.40 = £161.88, 20% = £32.38: no reduction at all.
    expect(at(lp, 16).explanations.councilTaxReductionWeekly!.rules).toEqual(
      expect.arrayContaining(["councilTaxReductionScotland.disabledChildPremium", "councilTaxReductionScotland.enhancedDisabilityPremiumChild"]),
    );
  });
  it("the lower rate addition brings the disabled child premium alone", () => {
    const lower = calc({ region: "scotland", adults: [{ age: 30 }], children: [{ age: 8, disability: "lower" }], councilTax: { annualCharge: 1500 }, job: job([16]) });
    // UC for the child £303.94 + £164.79 = £468.73 → × 12 ÷ 52 = £108.1684…; income £203.3607… − £25 + £108.1684… = £286.53
    expect(p("881.23 * 12 / 52 - 25 + 468.73 * 12 / 52")).toBe("286.53");
    // Applicable £95.55 + £109.85 + £84.46 = £289.86: income is under it, the whole bill
    expect(at(lower, 16).councilTaxReductionWeekly).toBe("21.58");
  });

  // Para 12: the disability premium goes with PIP/ADP/DLA, but not with LCW or LCWRA (para 12(8), SSI 2022/271);
  // para 14: the enhanced disability premium with LCWRA or the enhanced daily living rate;
  // para 13: the severe disability premium with daily living, living alone; paras 8-9: the disability
  // premium and these two can all be added. Single, 40, no children or housing; bill £1,200 × 75% × 7 ÷ 365 = £17.26.
  const adp = (adp: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    calc({ region: "scotland", adults: [{ age: 40, adp, ...extra }], councilTax: { annualCharge: 1200 }, job: job([16, 24]) });
  it("UC with ADP mobility only: the disability premium £44.85", () => {
    // income £203.3607… − £5 = £198.36; applicable £95.55 + £44.85 = £140.40
    expect(at(adp({ mobility: "enhanced" }), 16).councilTaxReductionWeekly).toBe(p("1200 * 0.75 * 7 / 365 - (198.36 - (95.55 + 44.85)) * 0.20")); // 5.67
  });
  it("UC with ADP and LCWRA: no disability premium (para 12(8)); the enhanced disability premium £22.00", () => {
    // income £203.3607… − £20 (LCW/LCWRA disregard) = £183.36; applicable £95.55 + £22.00 = £117.55
    expect(at(adp({ mobility: "enhanced" }, { lcwra: "protected" }), 16).councilTaxReductionWeekly).toBe(p("17.26 - (183.36 - (95.55 + 22.00)) * 0.20")); // 4.10
  });
  it("UC with ADP enhanced daily living, living alone: disability £44.85 + enhanced disability £22.00 + severe disability £86.05", () => {
    const r = adp({ dailyLiving: "enhanced" });
    // 16 h: income £198.36 is under £95.55 + £44.85 + £22.00 + £86.05 = £248.45: the whole bill
    expect(at(r, 16).councilTaxReductionWeekly).toBe("17.26");
    // 24 h: gross £305.04; tax 19% × (£305.04 × 52 − £12,570) = £625.4952 a year ÷ 52 = £12.03; NI 8% × (£305.04 − £242) = £5.04
    // take-home £287.97; UC earnings £1,247.87 a month; CTR income £1,247.87 × 12 ÷ 52 − £5 = £282.97
    expect(p("305.04 - 12.03 - 5.04")).toBe("287.97");
    expect(at(r, 24).councilTaxReductionWeekly).toBe(p("17.26 - (1247.87 * 12 / 52 - 5 - 248.45) * 0.20")); // 10.36
    expect(at(r, 24).explanations.councilTaxReductionWeekly!.text).toMatch(/disability premium £44\.85, enhanced disability premium £22\.00, severe disability premium £86\.05/);
  });
  it("no severe disability premium with a non-dependant aged 18 or over", () => {
    const r = calc({
      region: "scotland",
      adults: [{ age: 40, adp: { dailyLiving: "enhanced" } }],
      housing: { tenure: "owner", nonDependants: [{ age: 19, grossWeeklyIncome: 0 }] },
      councilTax: { annualCharge: 1200 },
      job: job([16]),
    });
    // no single person discount (someone else lives there): £1,200 × 7 ÷ 365 = £23.01; ADP daily living exempts the
    // claimant from non-dependant deductions; applicable £95.55 + £44.85 + £22.00 = £162.40 (with the severe
    // disability premium it would be £248.45 and the whole bill); income £198.36
    expect(at(r, 16).councilTaxReductionWeekly).toBe(p("1200 * 7 / 365 - (198.36 - 162.40) * 0.20")); // 15.82
  });

  it("a couple who both get daily living: the double severe disability premium, or the single one if one is paid to care", () => {
    const couple = (carer: boolean) =>
      calc({ region: "scotland", adults: [{ age: 40, adp: { dailyLiving: "standard" } }, { age: 38, adp: { dailyLiving: "standard" }, carer }], councilTax: { annualCharge: 1800 }, job: job([16]) });
    // disability premium (couple) £64.00 + severe disability premium 2 × £86.05 = £172.10 (or £86.05), and a carer premium £48.15
    expect(at(couple(false), 16).explanations.councilTaxReductionWeekly!.text).toMatch(/\(with the disability premium £64\.00, severe disability premium £172\.10\)/);
    expect(at(couple(true), 16).explanations.councilTaxReductionWeekly!.text).toMatch(/\(with the carer premium £48\.15, disability premium £64\.00, severe disability premium £86\.05\)/);
  });

  it("carer premium (para 5(5): UC with the carer element): a partner caring 35 hours a week", () => {
    const couple = calc({ region: "scotland", adults: [{ age: 40 }, { age: 38, carer: true }], councilTax: { annualCharge: 1800 }, job: job([16]) });
    // bill £1,800 × 7 ÷ 365 = £34.52 (a couple: no discount); income £203.3607… − £10 couple disregard = £193.36
    // applicable £150.15 + carer premium £48.15 = £198.30: income is under it, the whole bill
    expect(at(couple, 16).councilTaxReductionWeekly).toBe(p("1800 * 7 / 365"));
    // (without the premium: £34.52 − 20% × (£193.36 − £150.15) = £25.88)
  });
});

describe("5. Scottish CTR reg 57(2)(d): the UC amounts for a child count in full unless the benefit cap cuts the award below them", () => {
  it("UC tapered below the child element: the child element still counts (head (i)), not the smaller award", () => {
    // Lone parent, child of 8, £20 an hour for 20 hours: gross £400.00.
    // Scottish income tax: (£400 × 52 − £12,570) = £8,230 taxable; 19% of £3,967 + 20% of £4,263 = £1,606.33 a year ÷ 52 = £30.89
    // NI (£400 − £242) × 8% = £12.64; take-home £356.47; UC earnings × 52 ÷ 12 = £1,544.70
    // UC: £424.90 + £303.94 = £728.84 − 55% × (£1,544.70 − £710 work allowance) £459.09 = £269.75, under the £303.94 child element
    const r = calc({ region: "scotland", adults: [{ age: 30 }], children: [{ age: 8 }], councilTax: { annualCharge: 3000 }, job: { hourlyWage: 20, hours: [20] } });
    expect(at(r, 20).ucMonthly).toBe(p("728.84 - 459.09"));
    // CTR income: £1,544.70 × 12 ÷ 52 − £25 + £303.94 × 12 ÷ 52 = £401.61; applicable £95.55 + £109.85 = £205.40
    expect(p("1544.70 * 12 / 52 - 25 + 303.94 * 12 / 52")).toBe("401.61");
    // bill £3,000 × 75% × 7 ÷ 365 = £43.15; less 20% of (£401.61 − £205.40)
    expect(at(r, 20).councilTaxReductionWeekly).toBe(p("3000 * 0.75 * 7 / 365 - (401.61 - 205.40) * 0.20")); // 3.91
    // (counting the award instead, £269.75 × 12 ÷ 52 = £62.25, would give income £393.72 and £5.49)
  });

  it("an award the benefit cap cuts below the child elements: the award after the cap counts (head (iv))", () => {
    // Lone parent, child of 8; bill £21.58 a week. A month with £800 earnings and an award capped to £100.
    const h = household({ taxYear: "2026-27", region: "scotland", adults: [{ age: 30 }], children: [{ age: 8 }], councilTax: { annualCharge: 1500 }, job: job([16]) });
    const plan = planCouncilTax(h, r2627, false)!;
    const base = { ucAward: new D(100), ucMaximum: new D("728.84"), ucEarnings: new D(800), ucUnearned: new D(0), ucChildRelated: new D("303.94"), ucChildElements: new D("303.94"), ucChildcare: new D(0), ucHousing: new D(0), ucNonStandardElements: new D(0), hours: 16 };
    // capped: (£800 × 12 ÷ 52 − £25) + £100 × 12 ÷ 52 = £182.69, under the £205.40 applicable amount: the whole bill
    expect(p("800 * 12 / 52 - 25 + 100 * 12 / 52")).toBe("182.69");
    const capped = councilTaxReduction(plan, { ...base, ucCapped: true });
    expect(capped.reduction.toFixed(2)).toBe("21.58");
    expect(capped.text()).toMatch(/the UC award after the benefit cap/);
    // not capped (an award that low from the taper): the child element counts: £159.6154… + £70.14 = £229.76
    const tapered = councilTaxReduction(plan, { ...base, ucCapped: false });
    expect(tapered.reduction.toFixed(2)).toBe(p("21.58 - (229.76 - 205.40) * 0.20")); // 16.71
  });
});

describe("Scottish CTR: childcare charges behind the UC childcare element come off income (regs 42(2)(c), 78(3)); found beside issue 9", () => {
  // Lone parent, child of 8, bill £1,500 a year with the single person discount: £1,500 × 75% × 7 ÷ 365 = £21.58 a week.
  const h = household({ taxYear: "2026-27", region: "scotland", adults: [{ age: 30 }], children: [{ age: 8 }], councilTax: { annualCharge: 1500 }, job: job([16]) });
  const plan = planCouncilTax(h, r2627, false)!;
  const base = { ucAward: new D(300), ucMaximum: new D("1068.84"), ucEarnings: new D(800), ucUnearned: new D(0), ucChildElements: new D("303.94"), ucCapped: false, ucHousing: new D(0), ucNonStandardElements: new D(0), hours: 16 };

  it("£400 a month of childcare: element 85% = £340.00; charges £340 ÷ 85 × 100 × 12 ÷ 52 = £92.31 a week, deducted", () => {
    expect(p("340 / 85 * 100 * 12 / 52")).toBe("92.31");
    // income: £800 × 12 ÷ 52 − £25 disregard + (£303.94 + £340) × 12 ÷ 52 = £308.22; less £92.31 = £215.91; applicable £205.40
    expect(p("800 * 12 / 52 - 25 + 643.94 * 12 / 52")).toBe("308.22");
    const r = councilTaxReduction(plan, { ...base, ucChildRelated: new D("643.94"), ucChildcare: new D(340) });
    expect(r.reduction.toFixed(2)).toBe(p("21.58 - (308.22 - 92.31 - 205.40) * 0.20")); // 19.48
    expect(r.text()).toMatch(/less £92\.31 childcare charges/);
    expect(r.rules).toContain(r2627.councilTaxReductionScotland.childcareMaximumDeductionOneChild);
    // Without the deduction it would be £21.58 − 20% of (£308.22 − £205.40) = £1.02.
    expect(councilTaxReduction(plan, { ...base, ucChildRelated: new D("643.94"), ucChildcare: new D(0) }).reduction.toFixed(2)).toBe(p("21.58 - (308.22 - 205.40) * 0.20"));
  });

  it("follows the UC element: a couple where only the claimant works and the partner has LCWRA (UC Regs reg 32(1)(b)) gets the deduction", () => {
    // Childcare £400 a month, child 3: UC childcare element 85% = £340.00 (the partner cannot provide childcare: LCWRA);
    // charges £340 ÷ 85 × 100 × 12 ÷ 52 = £92.31 a week, as above. Before the fix the element, and so the deduction, was nil.
    const r = calc({ region: "scotland", adults: [{ age: 34 }, { age: 36, lcwra: "protected" }], children: [{ age: 3 }], childcareMonthly: 400, councilTax: { annualCharge: 1500 }, job: job([0, 16]) });
    expect(at(r, 16).childcareElementMonthly).toBe("340.00");
    expect(at(r, 16).explanations.councilTaxReductionWeekly!.text).toMatch(/less £92\.31 childcare charges/);
  });

  it("charges above the maximum deduction for one child (£275.00 a week, reg 42(4)(a)) are deducted only up to it", () => {
    // The one-child cap on the element, £1,071.09: charges £1,071.09 ÷ 85 × 100 × 12 ÷ 52 = £290.79, more than £275.00.
    expect(p("1071.09 / 85 * 100 * 12 / 52")).toBe("290.79");
    const r = councilTaxReduction(plan, { ...base, ucChildRelated: new D("1375.03"), ucChildcare: new D("1071.09") });
    // income: £159.62 (earnings after the disregard) + £1,375.03 × 12 ÷ 52 = £476.93; less £275.00 = £201.93, under £205.40: the whole bill
    expect(p("800 * 12 / 52 - 25 + 1375.03 * 12 / 52")).toBe("476.93");
    expect(r.reduction.toFixed(2)).toBe("21.58");
    expect(r.text()).toMatch(/less £275\.00 childcare charges \(the most that can be deducted; the charges are £290\.79\)/);
  });
});

describe("2. Best Start Foods 2026/27: derived by September 2025 CPI to the nearest 5p", () => {
  const r = calc({ region: "scotland", adults: [{ age: 25 }], children: [{ age: 0 }, { age: 2 }], pregnant: true, job: job([0]) });
  it("basic rate £5.40 × 1.038 = £5.6052 → £5.60; under 1 double: £11.20", () => {
    expect(r2627.bestStartFoods.pregnancyWeekly.value.toFixed(2)).toBe(new D("5.40").times("1.038").toNearest("0.05").toFixed(2));
    expect(r2627.bestStartFoods.childUnder1Weekly.value.toFixed(2)).toBe(p("5.60 * 2"));
    expect(r.baseline.passportedBestStartFoodsWeekly).toBe(p("11.20 + 5.60 + 5.60"));
    expect(r.rules.used["bestStartFoods.childUnder1Weekly"]!.status).toBe("derived");
  });
});

describe("3. Scottish free school meals by school stage", () => {
  it("the stage from age: August intake, cohorts from 1 March", () => {
    const intake = { intakeMonth: 8, cohortStartMonth: 3, firstStage: 1, lastStage: 13 };
    // 11 on 6 April 2026: born 7 April 2014 – 6 April 2015; school year from August 2025.
    // Born before 1 March 2015 (328 of 365 days): P7; from then (37 days): P6.
    expect(inferStage(11, "2026-04-06", intake)).toEqual({ stage: 7, other: 6, boundary: "2015-03-01" });
    // 9 on 1 October 2026 (school year from August 2026): born 2 Oct 2016 – 1 Oct 2017: P6 if born before
    // 1 March 2017 (150 days: cohort 2016, 2026 − 5 − 2016 + 1 = 6), else P5 (215 days): P5 is the more likely.
    expect(inferStage(9, "2026-10-01", intake)).toEqual({ stage: 5, other: 6, boundary: "2017-03-01" });
    // 7 on 6 April 2026: born 7 April 2018 – 6 April 2019: cohort 2018, 2025 − 5 − 2018 + 1 = P3 (or P2 if born from 1 March 2019)
    expect(inferStage(7, "2026-04-06", intake)).toEqual({ stage: 3, other: 2, boundary: "2019-03-01" });
  });

  // Lone parent with a P4 pupil (universal), a P6 pupil (with Scottish Child Payment) and an S2 pupil (earnings test).
  const family = {
    region: "scotland",
    adults: [{ age: 40 }],
    children: [
      { age: 8, schoolStage: "P4" },
      { age: 10, schoolStage: "P6", bornBefore2017April: true },
      { age: 13, schoolStage: "S2", bornBefore2017April: true },
    ],
    job: job([0, 8, 16]),
  };
  const r = calc(family);
  it("out of work: the P6 and S2 pupils, £400 a year each ÷ 52; P4 is universal, nothing to lose", () => {
    expect(r.baseline.passportedFreeSchoolMealsWeekly).toBe(p("400 * 2 / 52")); // 15.38
  });
  it("8 hours: UC earnings £440.61 are within £850: both keep them", () => {
    expect(at(r, 8).passportedFreeSchoolMealsWeekly).toBe(p("400 * 2 / 52"));
  });
  it("16 hours: £881.23 is over £850: the S2 pupil loses them; the P6 pupil keeps them with Scottish Child Payment", () => {
    // UC is still paid: £424.90 + £351.88 + 2 × £303.94 = £1,384.66 − 55% × (£881.23 − £710) £94.18 = £1,290.48
    expect(at(r, 16).ucMonthly).toBe(p("424.90 + 351.88 + 2 * 303.94 - 94.18"));
    expect(at(r, 16).passportedFreeSchoolMealsWeekly).toBe(p("400 / 52")); // 7.69
    expect(codes(at(r, 16))).toContain("free-school-meals-lost");
  });
  it("an 11-year-old with no stage given is taken to be in P7 (SCP-linked), not left out", () => {
    const r11 = calc({ region: "scotland", adults: [{ age: 35 }], children: [{ age: 11, bornBefore2017April: true }], job: job([0]) });
    expect(r11.baseline.passportedFreeSchoolMealsWeekly).toBe(p("400 / 52"));
    expect(r11.warnings.some((w) => w.includes("schoolStage"))).toBe(false); // P6 or P7: the same rule
  });
  it("a 12-year-old may be in P7 or S1: the warning says so and names the field", () => {
    const r12 = calc({ region: "scotland", adults: [{ age: 35 }], children: [{ age: 12, bornBefore2017April: true }], job: job([0]) });
    expect(r12.warnings).toContain(
      "children.0: a child aged 12 on 2026-04-06 is in S1 if born before 2014-03-01, otherwise P7; free school meals are worked out for S1, the more likely. Give children.0.schoolStage to be sure.",
    );
  });
  it("a stage from the wrong nation is refused, naming the field", () => {
    const bad = parseHousehold({ taxYear: "2026-27", region: "wales", adults: [{ age: 30 }], children: [{ age: 10, schoolStage: "P6" }], job: job([0]) });
    expect(bad.ok ? [] : bad.problems.map((x) => `${x.path}: ${x.message}`)).toEqual([
      'children.0.schoolStage: P6 is a Scottish school stage; in Wales give "reception" or "year1" to "year13"',
    ]);
  });
});

describe("4. Welsh free school meals: secondary pupils on UC with earnings up to £7,400 a year", () => {
  // Lone parent with a 13-year-old (year 8 or 9: secondary either way) and an 8-year-old (primary: universal).
  const r = calc({ region: "wales", adults: [{ age: 40 }], children: [{ age: 13, bornBefore2017April: true }, { age: 8 }], job: job([0, 8, 16]) });
  const meals = p("2.61 * 190 / 52"); // 9.54: England's meal rate (no Welsh figure published), marked unconfirmed
  it("out of work and at 8 hours (£440.61 ≤ £616.67): one secondary pupil's meals", () => {
    expect(r.baseline.passportedFreeSchoolMealsWeekly).toBe(meals);
    expect(at(r, 8).passportedFreeSchoolMealsWeekly).toBe(meals);
    expect(r.rules.used["freeSchoolMeals.walesMealValue"]!.status).toBe("unconfirmed");
  });
  it("16 hours: £881.23 is over £616.67 a month: lost", () => {
    expect(at(r, 16).passportedFreeSchoolMealsWeekly).toBe("0.00");
    expect(codes(at(r, 16))).toContain("free-school-meals-lost");
  });
  it("an 11-year-old may be in year 6 (universal) or year 7: warned, and year 6 (born 1 Sept 2014 – 6 April 2015, 218 days of 365) is used", () => {
    const r11 = calc({ region: "wales", adults: [{ age: 35 }], children: [{ age: 11, bornBefore2017April: true }], job: job([0]) });
    expect(r11.baseline.passportedFreeSchoolMealsWeekly).toBe("0.00");
    expect(r11.warnings).toContain(
      "children.0: a child aged 11 on 2026-04-06 is in year 7 if born before 2014-09-01, otherwise year 6; free school meals are worked out for year 6, the more likely. Give children.0.schoolStage to be sure.",
    );
    const y7 = calc({ region: "wales", adults: [{ age: 35 }], children: [{ age: 11, bornBefore2017April: true, schoolStage: "year7" }], job: job([0]) });
    expect(y7.baseline.passportedFreeSchoolMealsWeekly).toBe(meals);
  });
});
