/**
 * Council Tax Reduction, passported help and work costs (issue 5), worked by
 * hand from the 2026/27 rule tables. Each expected figure shows its arithmetic.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { calculate, parseHousehold, checkAgainstRules, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { D, type Money } from "../../src/base/money.js";
import { household, rulesFor, rulesOn } from "../helpers/rules.js";
import { pence as p } from "../helpers/arithmetic.js";

const calc = (input: Record<string, unknown>): Result => {
  const h = household({ taxYear: "2026-27", ...input });
  return calculate(h, h.date ? rulesOn(h.date) : rulesFor(h.taxYear!));
};
const at = (r: Result, hours: number): ScenarioResult => r.scenarios.find((s) => Number(s.hours) === hours)!;
const codes = (s: ScenarioResult) => s.thresholds.map((t) => t.code);

// Worked example p01: single, 41, social rent £575, £13 an hour.
const p01 = { region: "england", adults: [{ age: 41 }], housing: { tenure: "social", rentMonthly: 575 }, job: { hourlyWage: 13, hours: [0, 10, 16, 25] } };

describe("England: a taper scheme (Westminster preset)", () => {
  const r = calc({ ...p01, councilTax: { annualCharge: 1000, scheme: { type: "preset", id: "westminster" } } });
  it("the bill a week, after the single person discount: £1,000 × 75% × 7 ÷ 365", () => {
    expect(r.baseline.councilTaxWeekly).toBe(p("1000 * 0.75 * 7 / 365")); // 14.38
  });
  it("out of work: income (UC £999.90) equals the applicable amount (UC maximum £999.90), so the full bill is covered", () => {
    expect(r.baseline.councilTaxReductionWeekly).toBe("14.38");
    expect(r.baseline.councilTaxDueWeekly).toBe("0.00");
  });
  it("10 hours: income (UC £690.07 + earnings £563.33) × 12 ÷ 52 = £289.25, £58.50 over £230.75: less 20%", () => {
    expect(at(r, 10).councilTaxReductionWeekly).toBe(p("14.38 - (289.25 - 230.75) * 0.20")); // 2.68
    expect(codes(at(r, 10))).toContain("council-tax-reduction-falls");
  });
  it("16 hours: £324.35 income, 20% of £93.60 = £18.72 is more than the bill: no reduction", () => {
    expect(at(r, 16).councilTaxReductionWeekly).toBe("0.00");
    expect(codes(at(r, 16))).toContain("council-tax-reduction-ends");
    expect(at(r, 16).betterOffAfterCouncilTaxWeekly).toBe(p("93.60 - 14.38"));
  });
  it("explains the scheme and names the council", () => {
    expect(at(r, 10).explanations.councilTaxReductionWeekly!.text).toMatch(/^Westminster City Council: /);
    expect(at(r, 10).explanations.councilTaxReductionWeekly!.rules).toContain("councilTaxReductionEnglandPresets.schemes.westminster");
  });
});

describe("England: a banded scheme the adviser describes", () => {
  const bands = [
    { fromWeekly: 0, toWeekly: 100, discountPercent: 80 },
    { fromWeekly: "100.01", toWeekly: 250, discountPercent: 50 },
    { fromWeekly: "250.01", discountPercent: 0 },
  ];
  const r = calc({ ...p01, councilTax: { annualCharge: 1200, singlePersonDiscount: false, scheme: { type: "banded", bands, universalCreditCounted: "none" } } });
  const bill = p("1200 * 7 / 365"); // 23.01
  it("no earnings: the first band, 80%", () => expect(r.baseline.councilTaxReductionWeekly).toBe(p(`${bill} * 0.80`)));
  it("10 hours: earnings £563.33 a month = £130.00 a week: 50%", () => expect(at(r, 10).councilTaxReductionWeekly).toBe(p(`${bill} * 0.50`)));
  it("25 hours: £301.71 a week: the top band, nothing", () => expect(at(r, 25).councilTaxReductionWeekly).toBe("0.00"));
});

describe("England: keep the current reduction", () => {
  it("the same in and out of work", () => {
    const r = calc({ ...p01, councilTax: { annualCharge: 1200, scheme: { type: "keepCurrent", reductionAnnual: 300 } } });
    expect(r.baseline.councilTaxReductionWeekly).toBe(p("300 * 7 / 365"));
    expect(at(r, 25).councilTaxReductionWeekly).toBe(p("300 * 7 / 365"));
  });
});

describe("England: Barking and Dagenham (banded by household, UC counts)", () => {
  it("a single person: standard allowance £424.90 × 12 ÷ 52 = £98.05 a week is in the first band (to £102.00): 63%", () => {
    const r = calc({ ...p01, councilTax: { annualCharge: 1600, scheme: { type: "preset", id: "barking-and-dagenham" } } });
    // bill £1,600 × 75% × 7 ÷ 365 = £23.01; UC counted = award less the housing element = £424.90
    expect(r.baseline.councilTaxReductionWeekly).toBe(p("23.01 * 0.63"));
  });
});

describe("Scotland: the national scheme", () => {
  const r = calc({
    region: "scotland",
    adults: [{ age: 36 }, { age: 35 }],
    children: [{ age: 6 }, { age: 11 }],
    housing: { tenure: "social", rentMonthly: 640 },
    councilTax: { annualCharge: 1500 },
    job: { hourlyWage: 13.4, hours: [0, 16, 30] },
  });
  // Applicable amount: couple £150.15 + 2 × £109.85 child premium = £369.85.
  // UC that counts: the child elements, 2 × £303.94 = £607.88 a month = £140.28 a week.
  it("out of work and at 16 hours: income below £369.85, the whole bill (£1,500 × 7 ÷ 365) is covered", () => {
    expect(r.baseline.councilTaxReductionWeekly).toBe(p("1500 * 7 / 365"));
    // 16 h: (£929.07 × 12 ÷ 52 − £10 couple disregard) + £140.28 = £344.68
    expect(at(r, 16).councilTaxReductionWeekly).toBe("28.77");
  });
  it("30 hours: (£1,550.94 × 12 ÷ 52 − £10) + £140.28 = £488.19; less 20% of the excess over £369.85", () => {
    expect(at(r, 30).councilTaxReductionWeekly).toBe(p("28.77 - (488.19 - 369.85) * 0.20")); // 5.10
  });
});

describe("Wales: the national scheme", () => {
  it("UC maximum amount as the applicable amount: earnings within the work allowance still count", () => {
    const r = calc({
      region: "wales",
      adults: [{ age: 58, lcwra: "new", pip: { dailyLiving: "enhanced", mobility: "enhanced" } }],
      capital: 9100,
      councilTax: { annualCharge: 1200 },
      job: { hourlyWage: 12.71, hours: [0, 8] },
    });
    // Out of work: award £585.61 + tariff income £56.55 = the maximum £642.16: income = applicable amount.
    expect(r.baseline.councilTaxReductionWeekly).toBe(p("1200 * 0.75 * 7 / 365"));
    // 8 h: (585.61 + 440.61 + 56.55) × 12 ÷ 52 = £249.87; 20% of (249.87 − 148.19) = £20.34 > £17.26
    expect(at(r, 8).councilTaxReductionWeekly).toBe("0.00");
  });
});

describe("help with health costs (England)", () => {
  const lp = {
    region: "england",
    adults: [{ age: 28 }],
    children: [{ age: 3 }],
    childcareMonthly: 520,
    housing: { tenure: "social", rentMonthly: 690 },
    healthCosts: { prescriptionItemsPerMonth: 2 },
    job: { hourlyWage: 12.9, hours: [0, 12, 16, 30] },
  };
  const r = calc(lp);
  it("prescriptions: the cheaper of 2 items × 12 × £9.90 and the £114.50 certificate, a week", () => {
    expect(r.baseline.passportedPrescriptionsWeekly).toBe(p("114.50 / 52"));
  });
  it("Healthy Start for a child of 3, lost once take-home pay passes £408 a month", () => {
    expect(r.baseline.passportedHealthyStartWeekly).toBe("4.65");
    expect(at(r, 12).passportedHealthyStartWeekly).toBe("0.00"); // £670.80 > £408
    expect(codes(at(r, 12))).toContain("healthy-start-lost");
  });
  it("with a child element the limit is £935: kept at 16 hours (£894.40), lost at 30 (£1,500.85)", () => {
    expect(at(r, 16).passportedPrescriptionsWeekly).toBe("2.20");
    expect(at(r, 30).passportedPrescriptionsWeekly).toBe("0.00");
    expect(codes(at(r, 30))).toContain("help-with-health-costs-lost");
    expect(r.markers.find((m) => m.code === "help-with-health-costs-lost")!.hours).toBe("17");
  });
  it("'including help with health costs' = after work costs + the change in help", () => {
    // 16 h: £249.08 better off − £120.00 childcare paid (£520 × 12 ÷ 52) = £129.08; help £2.20 − £6.85
    expect(at(r, 16).betterOffAfterCostsWeekly).toBe(p("249.08 - 520 * 12 / 52"));
    expect(at(r, 16).betterOffIncludingPassportedWeekly).toBe(p("129.08 + 2.20 - (2.20 + 4.65)"));
  });
  it("without a child element or LCW/LCWRA the limit is £435", () => {
    const single = calc({ ...p01, healthCosts: { prescriptionItemsPerMonth: 1, dentalCostsYearly: 52 } });
    // 1 item × 12 × £9.90 = £118.80 > £114.50, so the certificate: £2.20; dental £52 ÷ 52 = £1.00
    expect(single.baseline.passportedValueWeekly).toBe(p("114.50 / 52 + 1"));
    expect(at(single, 10).passportedValueWeekly).toBe("0.00"); // £563.33 > £435
  });
  it("Scotland and Wales: prescriptions are free for everyone, so there is nothing to lose", () => {
    const w = calc({ ...p01, region: "wales", healthCosts: { prescriptionItemsPerMonth: 4 } });
    expect(w.baseline.passportedPrescriptionsWeekly).toBe("0.00");
    expect(w.baseline.explanations.passportedValueWeekly!.text).toMatch(/free for everyone in Wales/);
  });
});

describe("free school meals (England)", () => {
  const family = { region: "england", adults: [{ age: 35 }], children: [{ age: 8 }], housing: { tenure: "social", rentMonthly: 500 }, job: { hourlyWage: 12.71, hours: [0, 10, 30] } };
  it("until September 2026: only while UC earnings are at most £616.67 a month; worth £2.61 × 190 ÷ 52 a week", () => {
    const r = calc(family);
    expect(r.baseline.passportedFreeSchoolMealsWeekly).toBe(p("2.61 * 190 / 52"));
    expect(at(r, 10).passportedFreeSchoolMealsWeekly).toBe(p("2.61 * 190 / 52")); // £550.77
    expect(at(r, 30).passportedFreeSchoolMealsWeekly).toBe("0.00");
    expect(codes(at(r, 30))).toContain("free-school-meals-lost");
  });
  it("from September 2026: every household getting UC", () => {
    const r = calc({ ...family, taxYear: undefined, date: "2026-10-01" });
    expect(at(r, 30).passportedFreeSchoolMealsWeekly).toBe(p("2.61 * 190 / 52"));
  });
  it("children under 7 get universal infant meals anyway: no cliff", () => {
    expect(calc({ ...family, children: [{ age: 5 }] }).baseline.passportedFreeSchoolMealsWeekly).toBe("0.00");
  });
});

describe("bad council tax input is refused with a clear message", () => {
  const bad = (councilTax: unknown, region = "england") => {
    const r = parseHousehold({ taxYear: "2026-27", region, adults: [{ age: 30 }], job: { hourlyWage: 12.71, hours: [0] }, councilTax });
    return r.ok ? [] : r.problems.map((x) => `${x.path}: ${x.message}`);
  };
  it("a negative bill", () => expect(bad({ annualCharge: -5, scheme: { type: "none" } })).toEqual(["councilTax.annualCharge: the council tax bill cannot be negative"]));
  it("bands that overlap", () =>
    expect(
      bad({ annualCharge: 1000, scheme: { type: "banded", bands: [{ fromWeekly: 0, toWeekly: 100, discountPercent: 50 }, { fromWeekly: 90, discountPercent: 0 }] } }),
    ).toEqual(["councilTax.scheme.bands.1.fromWeekly: overlaps band 1 (which runs to £100.00): start at £100.01"]));
  it("bands that leave a gap", () =>
    expect(
      bad({ annualCharge: 1000, scheme: { type: "banded", bands: [{ fromWeekly: 0, toWeekly: 100, discountPercent: 50 }, { fromWeekly: 120, discountPercent: 0 }] } }),
    ).toEqual(["councilTax.scheme.bands.1.fromWeekly: leaves a gap after band 1: incomes from £100.01 to £119.99 are in no band"]));
  it("a first band not starting at £0, and a closed top band", () =>
    expect(bad({ annualCharge: 1000, scheme: { type: "banded", bands: [{ fromWeekly: 5, toWeekly: 100, discountPercent: 50 }] } })).toEqual([
      "councilTax.scheme.bands.0.fromWeekly: the first band must start at £0",
      "councilTax.scheme.bands.0.toWeekly: the top band must be open-ended: leave out toWeekly",
    ]));
  it("a percentage over 100", () =>
    expect(bad({ annualCharge: 1000, scheme: { type: "taper", maximumPercent: 120, taperPercent: 20 } })).toEqual([
      "councilTax.scheme.maximumPercent: a percentage cannot be more than 100",
    ]));
  it("no scheme in England", () => expect(bad({ annualCharge: 1000 })[0]).toMatch(/^councilTax\.scheme: each English council has its own scheme/));
  it("a scheme in Scotland", () => expect(bad({ annualCharge: 1000, scheme: { type: "none" } }, "scotland")[0]).toMatch(/^councilTax\.scheme: Scotland has a national/));
  it("an unknown preset", () => {
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 30 }], job: { hourlyWage: 12.71, hours: [0] }, councilTax: { annualCharge: 900, scheme: { type: "preset", id: "atlantis" } } });
    expect(checkAgainstRules(h, rulesFor("2026-27"))[0]!.path).toBe("councilTax.scheme.id");
  });
});

describe("properties: Council Tax Reduction", () => {
  const scheme = fc.oneof(
    fc.constant({ type: "preset", id: "westminster" }),
    fc.constant({ type: "preset", id: "barking-and-dagenham" }),
    fc.constant({ type: "preset", id: "slough" }),
    fc.record({ type: fc.constant("taper"), maximumPercent: fc.integer({ min: 0, max: 100 }), taperPercent: fc.integer({ min: 1, max: 50 }) }),
  );
  const input = fc.record({
    region: fc.constantFrom("england", "scotland", "wales"),
    scheme,
    adults: fc.integer({ min: 1, max: 2 }),
    children: fc.integer({ min: 0, max: 3 }),
    rent: fc.integer({ min: 0, max: 1200 }),
    bill: fc.integer({ min: 0, max: 4000 }),
    wagePence: fc.integer({ min: 1000, max: 3000 }),
    lcwra: fc.boolean(),
    esa: fc.boolean(),
  });
  type Drawn = typeof input extends fc.Arbitrary<infer T> ? T : never;
  const build = (x: Drawn) => ({
    taxYear: "2026-27",
    region: x.region,
    adults: Array.from({ length: x.adults }, (_, i) => ({ age: 30 + i, ...(i === 0 && x.lcwra ? { lcwra: "protected" } : {}), ...(i === 0 && x.esa ? { newStyleEsa: { phase: "main", group: "support" } } : {}) })),
    children: Array.from({ length: x.children }, (_, i) => ({ age: 2 + 3 * i })),
    housing: { tenure: "social", rentMonthly: x.rent },
    councilTax: { annualCharge: x.bill, ...(x.region === "england" ? { scheme: x.scheme } : {}) },
    job: { hourlyWage: new D(x.wagePence).div(100).toFixed(2), hours: [0] },
  });

  it("the reduction is never more than the bill, and never rises as hours rise unless a benefit counted as income stops", () => {
    fc.assert(
      fc.property(input, (x) => {
        const r = calc(build(x));
        let prev: { due: Money; esa: Money } | null = null;
        for (const s of r.sweep) {
          const due = new D(s.councilTaxDueWeekly);
          expect(due.isNegative()).toBe(false);
          expect(due.lessThanOrEqualTo(r.baseline.councilTaxWeekly)).toBe(true);
          const esa = new D(s.esaJsaWeekly);
          if (prev && esa.equals(prev.esa)) expect(due.greaterThanOrEqualTo(prev.due), `at ${s.hours} hours`).toBe(true);
          prev = { due, esa };
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
