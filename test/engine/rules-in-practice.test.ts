/**
 * Hand-worked households for rules the shared worked examples do not reach.
 * Each expected figure is written as the arithmetic from the 2026/27 (or
 * 2025/26) rule tables that produces it.
 */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { calculate, type Result, type ScenarioResult } from "../../src/engine/index.js";
import { D, type Money } from "../../src/base/money.js";
import { household, rulesFor, rulesOn, ROOT } from "../helpers/rules.js";
import { pence } from "../helpers/arithmetic.js";

const calc = (input: Record<string, unknown>): Result => {
  const h = household({ taxYear: "2026-27", region: "england", ...input });
  return calculate(h, h.date ? rulesOn(h.date) : rulesFor(h.taxYear!));
};
const at = (r: Result, hours: number): ScenarioResult => {
  const s = r.scenarios.find((x) => Number(x.hours) === hours);
  if (!s) throw new Error(`no scenario at ${hours} hours`);
  return s;
};
/** The arithmetic, worked exactly and rounded half-up to the penny. */
const p = (x: string | Money) => pence(x);
const codes = (s: ScenarioResult) => s.thresholds.map((t) => t.code);
const job = (hours: number[], hourlyWage: number | string = 12.71, extra: object = {}) => ({ job: { hourlyWage, hours, ...extra } });

const cases = JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8")) as { id: string; expected: unknown }[];
const worked = (id: string) => {
  const { expected: _e, ...input } = cases.find((c) => c.id.startsWith(id))!;
  return calc(input);
};

describe("standard allowance and health elements", () => {
  it("single under 25 / couple both under 25", () => {
    expect(calc({ adults: [{ age: 24 }], ...job([0]) }).baseline.ucMaximumMonthly).toBe("338.58");
    expect(calc({ adults: [{ age: 24 }, { age: 22 }], ...job([0]) }).baseline.ucMaximumMonthly).toBe("528.34");
    expect(calc({ adults: [{ age: 24 }, { age: 25 }], ...job([0]) }).baseline.ucMaximumMonthly).toBe("666.97");
  });

  it("a couple who both have LCWRA get one element, the higher (protected 429.80, not new-claim 217.26)", () => {
    const r = calc({ adults: [{ age: 40, lcwra: "new" }, { age: 41, lcwra: "protected" }], ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("666.97 + 429.80"));
  });

  it("no carer element for the carer who has LCWRA; the partner's carer element is paid", () => {
    const r = calc({ adults: [{ age: 40, lcwra: "protected", carer: true }, { age: 41, carer: true }], ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("666.97 + 429.80 + 209.34"));
  });

  it("the legacy LCW element brings the higher work allowance (no housing costs)", () => {
    const r = calc({ adults: [{ age: 45, lcw: true }], ...job([0, 16]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("424.90 + 158.76"));
    expect(at(r, 16).workAllowanceMonthly).toBe("710.00");
    // 16 h × 12.71 = 203.36 a week, no tax or NI; × 52 / 12 = 881.23; (881.23 − 710) × 55% = 94.1765 → 94.18
    expect(at(r, 16).ucMonthly).toBe(p("424.90 + 158.76 - 94.18"));
  });
});

describe("children", () => {
  it("2025/26 two-child limit: no element for a third child born after 6 April 2017, unless an exception applies", () => {
    const kids = [{ age: 7 }, { age: 4 }, { age: 1 }];
    const limited = calc({ taxYear: "2025-26", adults: [{ age: 30 }], children: kids, ...job([0]) });
    expect(limited.baseline.ucMaximumMonthly).toBe(p("400.14 + 2 * 292.81"));
    expect(limited.warnings.join(" ")).toMatch(/two-child limit/);
    const excepted = calc({ taxYear: "2025-26", adults: [{ age: 30 }], children: [...kids.slice(0, 2), { age: 1, twoChildLimitException: true }], ...job([0]) });
    expect(excepted.baseline.ucMaximumMonthly).toBe(p("400.14 + 3 * 292.81"));
  });

  it("2025/26: an eldest child born before April 2017 gets the higher rate and counts as the first of two", () => {
    const r = calc({ taxYear: "2025-26", adults: [{ age: 40 }], children: [{ age: 10, bornBefore2017April: true }, { age: 4 }, { age: 2 }], ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("400.14 + 339.00 + 292.81"));
  });

  it("2026/27: the limit is gone — every child gets an element", () => {
    const r = calc({ adults: [{ age: 40 }], children: [{ age: 10, bornBefore2017April: true }, { age: 4 }, { age: 2 }], ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("424.90 + 351.88 + 2 * 303.94"));
  });

  it("disabled child additions are paid for each disabled child, at the lower or higher rate", () => {
    const r = calc({ adults: [{ age: 40 }], children: [{ age: 6, disability: "higher" }, { age: 3, disability: "lower" }], ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("424.90 + 2 * 303.94 + 514.71 + 164.79"));
  });

  it("a child whose age means they were born before April 2017 but is not marked so: a warning, not a silent change", () => {
    // p04 (2026/27) as it was first written: children of 10 and 13 without the flag, though both must be born before 6 April 2017.
    const { expected: _e, ...input } = cases.find((c) => c.id.startsWith("p04"))! as unknown as { expected: unknown; children: { age: number }[] };
    const r = calc({ ...input, children: input.children.map(({ age }) => ({ age })) });
    expect(r.warnings.filter((w) => w.includes("bornBefore2017April"))).toHaveLength(2);
  });

  it("a child too young to have been born before April 2017 cannot be marked so", async () => {
    const { checkAgainstRules } = await import("../../src/engine/index.js");
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 30 }], children: [{ age: 5, bornBefore2017April: true }], ...job([0]) });
    expect(checkAgainstRules(h, rulesFor("2026-27"))).toEqual([
      expect.objectContaining({ path: "children.0.bornBefore2017April" }),
    ]);
  });
});

describe("housing costs element", () => {
  it("social rent with one spare bedroom: rent and service charges less 14%", () => {
    const r = calc({ adults: [{ age: 30 }], housing: { tenure: "social", rentMonthly: 500, serviceChargesMonthly: 20, spareBedrooms: 1 }, ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("424.90 + (500 + 20) - 0.14 * 520"));
  });

  it("two or more spare bedrooms: 25%", () => {
    const r = calc({ adults: [{ age: 30 }], housing: { tenure: "social", rentMonthly: 500, spareBedrooms: 2 }, ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("424.90 + 500 * 0.75"));
  });

  it("a non-dependant contribution for each non-dependant aged 21 or over who is not exempt", () => {
    const rent = { tenure: "private", rentMonthly: 700 };
    expect(calc({ adults: [{ age: 50 }], housing: { ...rent, nonDependants: 2 }, ...job([0]) }).baseline.ucMaximumMonthly).toBe(p("424.90 + 700 - 2 * 96.55"));
    expect(calc({ adults: [{ age: 50 }], housing: { ...rent, nonDependants: [{ age: 20 }, { age: 30, exempt: true }] }, ...job([0]) }).baseline.ucMaximumMonthly).toBe(
      p("424.90 + 700"),
    );
  });

  it("no non-dependant contribution at all when the claimant gets PIP daily living", () => {
    const r = calc({ adults: [{ age: 50, pip: { dailyLiving: "standard" } }], housing: { tenure: "private", rentMonthly: 700, nonDependants: 1 }, ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("424.90 + 700"));
  });

  it("private rent above the Local Housing Allowance is capped at it", () => {
    const r = calc({ adults: [{ age: 30 }], housing: { tenure: "private", rentMonthly: 900, localHousingAllowanceMonthly: 750 }, ...job([0]) });
    expect(r.baseline.ucMaximumMonthly).toBe(p("424.90 + 750"));
  });

  it("the housing element brings the lower work allowance", () => {
    const r = calc({ adults: [{ age: 30 }], children: [{ age: 5 }], housing: { tenure: "social", rentMonthly: 400 }, ...job([0, 16]) });
    expect(at(r, 16).workAllowanceMonthly).toBe("427.00");
  });
});

describe("capital", () => {
  it.each([
    ["6000", "0.00"],
    ["6000.01", "4.35"],
    ["6250", "4.35"],
    ["6250.01", "8.70"],
    ["16000", p("40 * 4.35")],
  ])("savings of £%s: tariff income £%s a month", (capital, tariff) => {
    const r = calc({ adults: [{ age: 30 }], capital, ...job([0]) });
    expect(r.baseline.tariffIncomeMonthly).toBe(tariff);
    expect(r.baseline.ucMonthly).toBe(p(new D("424.90").minus(tariff)));
  });

  it("over £16,000: no UC, and the result says why", () => {
    const r = calc({ adults: [{ age: 30 }], capital: "16000.01", ...job([0, 16]) });
    expect(r.baseline.ucMonthly).toBe("0.00");
    expect(codes(r.baseline)).toContain("uc-capital-over-limit");
    expect(r.baseline.explanations.ucMonthly!.text).toMatch(/over the £16,000.00 limit/);
  });
});

describe("workplace pension", () => {
  it("relief at source: 4% from net pay, UC deducts the gross 5%, income tax on the whole pay", () => {
    const r = calc({ adults: [{ age: 30 }], housing: { tenure: "social", rentMonthly: 600 }, ...job([30], "12.71", { pension: "reliefAtSource" }) });
    const s = at(r, 30);
    // 30 h × 12.71 = 381.30; qualifying earnings 381.30 − 120 = 261.30
    expect(s.grossWeekly).toBe("381.30");
    expect(s.pensionWeekly).toBe(p("261.30 * 0.04")); // 10.452 → 10.45
    expect(s.incomeTaxWeekly).toBe(p("(381.30 * 52 - 12570) * 0.20 / 52")); // 27.91
    expect(s.niWeekly).toBe(p("(381.30 - 242) * 0.08")); // 11.14
    expect(s.takeHomeWeekly).toBe(p("381.30 - 27.91 - 11.14 - 10.45"));
    // UC: (381.30 − 27.91 − 11.14 − 13.07 gross contribution) × 52 / 12
    expect(s.ucEarningsMonthly).toBe(p("(381.30 - 27.91 - 11.14 - 13.07) * 52 / 12"));
    expect(s.ucMonthly).toBe(p(new D("1024.90").minus(new D("1426.45").times("0.55").toDecimalPlaces(2, D.ROUND_HALF_UP))));
  });

  it("no auto-enrolment contribution under 22, and none at or below the £192 a week trigger", () => {
    const young = calc({ adults: [{ age: 21 }], ...job([30], "12.71", { pension: "netPay" }) });
    expect(at(young, 30).pensionWeekly).toBe("0.00");
    const low = calc({ adults: [{ age: 30 }], ...job([15], "12.80", { pension: "netPay" }) }); // 192.00, not over the trigger
    expect(at(low, 15).pensionWeekly).toBe("0.00");
  });

  it("a chosen percentage of all pay, net pay arrangement", () => {
    const r = calc({ adults: [{ age: 30 }], ...job([20], "15", { pension: { type: "netPay", employeePercent: 3, basis: "allEarnings" } }) });
    expect(at(r, 20).pensionWeekly).toBe(p("300 * 0.03"));
    expect(at(r, 20).incomeTaxWeekly).toBe(p("((300 - 9) * 52 - 12570) * 0.2 / 52"));
  });
});

describe("New Style ESA, JSA and Carer's Allowance", () => {
  const esaSupport = { adults: [{ age: 40, lcwra: "new", newStyleEsa: { phase: "main", group: "support" } }] };

  it("ESA stops when net earnings pass the permitted work limit, even under 16 hours", () => {
    const r = calc({ ...esaSupport, ...job([0, 14, 15], "14.00") });
    // 14 h × £14 = £196 ≤ £203.50: kept. 15 h = £210 > £203.50: lost.
    expect(at(r, 14).esaWeekly).toBe(p("95.55 + 50.35"));
    expect(codes(at(r, 14))).toContain("esa-permitted-work");
    expect(at(r, 15).esaWeekly).toBe("0.00");
    expect(codes(at(r, 15))).toContain("esa-ends-permitted-work-limit");
  });

  it("ESA assessment phase under 25, and New Style JSA under 25", () => {
    expect(calc({ adults: [{ age: 23, newStyleEsa: { phase: "assessment" } }], ...job([0]) }).baseline.esaWeekly).toBe("75.65");
    expect(calc({ adults: [{ age: 23, newStyleJsa: true }], ...job([0]) }).baseline.jsaWeekly).toBe("75.65");
  });

  it("New Style JSA: a fraction of a penny in the earnings is disregarded (JSA Regs 2013 reg 53)", () => {
    // The checker's household g017 (notes/checker/mismatches.md M3(a)): 2025/26, Scotland, 50, 5 h × £12.21 = £61.05 a week;
    // no tax (61.05 × 52 = 3,174.60, within the allowance), no NI; net pay pension 5% = 3.0525 → £3.05 paid.
    // JSA earnings 61.05 − ½ × 3.05 = 59.525: the half penny would count against the claimant, so it is disregarded: £59.52
    // (rounded half-up it would be 59.53, and JSA a penny less). JSA 92.05 − (59.52 − 5.00) = 92.05 − 54.52 = £37.53.
    for (const payFrequency of [undefined, "weekly"]) {
      const s = at(
        calc({ taxYear: "2025-26", region: "scotland", adults: [{ age: 50, newStyleJsa: true }], ...job([0, 5], "12.21", { pension: { type: "netPay", employeePercent: 5, basis: "allEarnings" }, ...(payFrequency ? { payFrequency } : {}) }) }),
        5,
      );
      expect(s.jsaWeekly).toBe(p("92.05 - (59.52 - 5.00)"));
      expect(s.explanations.jsaWeekly!.text).toMatch(/\(£59\.52 − £5\.00 = £54\.52\) = £37\.53/);
    }
  });

  it("Carer's Allowance overlaps with New Style ESA: the ESA is paid and the CA reduced by it", () => {
    const r = calc({ adults: [{ age: 30, carer: true, carersAllowance: true, newStyleEsa: { phase: "assessment" } }], ...job([0]) });
    expect(r.baseline.esaWeekly).toBe("95.55");
    expect(r.baseline.carersAllowanceWeekly).toBe("0.00"); // 86.45 − 95.55, not below nil
  });

  it("in Scotland it is Carer Support Payment, with the same cliff edge", () => {
    const r = calc({ region: "scotland", adults: [{ age: 52, carer: true, carersAllowance: true }], ...job([0, 16], "12.80") });
    expect(r.baseline.carersAllowanceWeekly).toBe("86.45");
    expect(at(r, 16).carersAllowanceWeekly).toBe("0.00");
    expect(at(r, 16).thresholds.find((t) => t.code === "carers-allowance-lost")!.text).toMatch(/Carer Support Payment stops/);
  });
});

describe("benefit cap", () => {
  it("Greater London, single: capped at £1,413.92 a month", () => {
    const r = calc({ london: true, adults: [{ age: 30 }], housing: { tenure: "private", rentMonthly: 1500 }, ...job([0]) });
    expect(r.baseline.benefitCapReductionMonthly).toBe(p("424.90 + 1500 - 1413.92"));
    expect(r.baseline.ucMonthly).toBe("1413.92");
  });

  it("DLA (middle care) for the claimant exempts the household", () => {
    const r = calc({ adults: [{ age: 30, dla: { care: "middle" } }], housing: { tenure: "private", rentMonthly: 1500 }, ...job([0]) });
    expect(r.baseline.benefitCapReductionMonthly).toBe("0.00");
    expect(r.baseline.pipWeekly).toBe("76.70");
  });

  it("worked example p04: capped out of work, lifted by earnings at 16 hours", () => {
    const r = worked("p04");
    expect(codes(at(r, 10))).toContain("benefit-cap-applies");
    expect(codes(at(r, 16))).toContain("benefit-cap-lifted-by-earnings");
    expect(r.markers.find((m) => m.code === "benefit-cap-lifted")!.hours).toBe("16");
  });
});

describe("Scotland", () => {
  it("Scottish rates of income tax, and Scottish Child Payment stops when UC tapers to nil", () => {
    const r = calc({ region: "scotland", adults: [{ age: 30 }], children: [{ age: 5 }], housing: { tenure: "social", rentMonthly: 400 }, ...job([0, 40], "20.00") });
    const s = at(r, 40);
    // £800 a week × 52 = £41,600; less £12,570: 19% on 3,967 + 20% on 12,989 + 21% on 12,074 = £5,887.07 a year ÷ 52
    expect(s.incomeTaxWeekly).toBe(p("(3967 * 0.19 + 12989 * 0.20 + 12074 * 0.21) / 52"));
    expect(s.ucMonthly).toBe("0.00");
    expect(r.baseline.scottishChildPaymentWeekly).toBe("28.20");
    expect(s.scottishChildPaymentWeekly).toBe("0.00");
    expect(codes(s)).toContain("scottish-child-payment-ends");
  });
});

describe("rules in force on a date", () => {
  it("3 April 2026: 2025/26 UC and tax with April 2026's minimum wage", () => {
    const r = calc({ taxYear: undefined, date: "2026-04-03", adults: [{ age: 30 }], ...job([0, 16], "12.50") });
    expect(r.rules.id).toContain("+");
    expect(r.baseline.ucMaximumMonthly).toBe("400.14");
    expect(codes(at(r, 16))).toContain("below-minimum-wage"); // £12.50 < £12.71 from 1 April 2026
  });
});

describe("minimum wage", () => {
  it("an 19-year-old on £10 an hour is below the £10.85 rate for 18 to 20", () => {
    const s = at(calc({ adults: [{ age: 19 }], ...job([16], "10.00") }), 16);
    expect(s.thresholds.find((t) => t.code === "below-minimum-wage")!.text).toMatch(/£10\.85/);
  });
  it("an apprentice of 18 on £8.50 is above the £8.00 apprentice rate", () => {
    expect(codes(at(calc({ adults: [{ age: 18 }], ...job([16], "8.50", { apprentice: true }) }), 16))).not.toContain("below-minimum-wage");
  });
});

describe("thresholds and conditionality in the worked examples", () => {
  it("p02: permitted work at 10 hours, ESA ends at 16", () => {
    const r = worked("p02");
    expect(codes(at(r, 10))).toContain("esa-permitted-work");
    expect(codes(at(r, 16))).toContain("esa-ends-hours");
    expect(r.markers.find((m) => m.code === "esa-ends")!.hours).toBe("16");
  });
  it("p05: Carer's Allowance lost at 16 hours (£204.80 > £204)", () => {
    expect(codes(at(worked("p05"), 16))).toContain("carers-allowance-lost");
    expect(codes(at(worked("p05"), 15.9))).toContain("carers-allowance-kept");
  });
  it("p06: JSA reduced at 5 hours, reduced to nil by earnings at 10, ended by hours at 16", () => {
    const r = worked("p06");
    expect(codes(at(r, 5))).toContain("jsa-reduced");
    expect(codes(at(r, 10))).toContain("jsa-ends-earnings");
    expect(codes(at(r, 16))).toContain("jsa-ends-hours");
  });
  it("p01: intensive work search at 10 hours (£563.33 gross a month < £991), working enough at 37.5 (£2,112.50 ≥ £1,927.68)", () => {
    const r = worked("p01");
    expect(at(r, 10).conditionality.regime).toBe("intensive-work-search");
    expect(at(r, 37.5).conditionality.regime).toBe("working-enough");
    expect(at(r, 25).thresholds.find((t) => t.code === "income-tax-paid")).toBeDefined();
  });
  it("p02: no work-related requirements with LCWRA", () => {
    expect(at(worked("p02"), 24).conditionality.regime).toBe("no-work-related-requirements");
  });
});

describe("work costs", () => {
  it("travel and childcare paid come off 'better off after work costs'", () => {
    const { expected: _e, ...input } = cases.find((c) => c.id.startsWith("p03"))! as Record<string, unknown>;
    const r = calc({ ...input, job: { ...(input.job as object), travelCostsWeekly: 20 } });
    const s = at(r, 16);
    expect(s.betterOffWeekly).toBe("249.08");
    expect(s.workCostsWeekly).toBe(p("20 + 520 * 12 / 52"));
    expect(s.betterOffAfterCostsWeekly).toBe(p("249.08 - 20 - 120"));
    expect(r.baseline.workCostsWeekly).toBe("0.00");
  });

  it("a couple with childcare costs: no childcare element (both must work) and a warning says so", () => {
    const r = calc({ adults: [{ age: 30 }, { age: 30 }], children: [{ age: 2 }], childcareMonthly: 400, ...job([0, 16]) });
    expect(at(r, 16).childcareElementMonthly).toBe("0.00");
    expect(r.warnings.join(" ")).toMatch(/both partners/);
  });
});

describe("explanations", () => {
  it("say how UC was worked out, with the rule keys and their sources", () => {
    const r = worked("p02");
    const s = at(r, 10);
    expect(s.explanations.ucTaperMonthly!.text).toBe("£427.00 work allowance, then 55% of £96.68 (£523.68 − £427.00) = £53.17");
    expect(s.explanations.ucTaperMonthly!.rules).toEqual(expect.arrayContaining(["universalCredit.taperRate", "universalCredit.workAllowance.lower"]));
    expect(s.explanations.incomeTaxWeekly!.text).toContain("£145.90 taxable benefits");
    expect(r.rules.used["universalCredit.taperRate"]!.sources[0]!.href).toBe("https://www.legislation.gov.uk/uksi/2013/376/regulation/22");
  });

  it("list which values used are derived or unconfirmed", () => {
    const r = worked("p01");
    expect(r.rules.notConfirmed).toContain("conditionality.administrativeEarningsThresholdSingle");
    expect(r.rules.used["conditionality.administrativeEarningsThresholdSingle"]!.status).toBe("derived");
  });

  it("the sweep runs 0 to 50 hours in half hours, and agrees with the scenarios", () => {
    const r = worked("p01");
    expect(r.sweep).toHaveLength(101);
    expect(r.sweep[32]!.hours).toBe("16");
    expect(r.sweep[32]!.netIncomeWeekly).toBe(at(r, 16).netIncomeWeekly);
  });
});

describe("high earners", () => {
  it("flags the High Income Child Benefit Charge over £60,000 a year", () => {
    const r = calc({ adults: [{ age: 40 }], children: [{ age: 5 }], ...job([30, 40], "40.00") });
    // 30 h × £40 × 52 = £62,400 > £60,000
    expect(codes(at(r, 30))).toContain("high-income-child-benefit-charge");
    const lower = calc({ adults: [{ age: 40 }], children: [{ age: 5 }], ...job([30], "38.00") }); // £59,280
    expect(codes(at(lower, 30))).not.toContain("high-income-child-benefit-charge");
  });
});
