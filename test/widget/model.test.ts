/**
 * The widget's pure parts: attribute parsing, answers to engine input,
 * messages, birth dates, formatting.
 */
import { describe, expect, it } from "vitest";
import { calculate, parseHousehold, type ScenarioResult } from "../../src/engine/index.js";
import { comparisonTable, flagsThatApply } from "../../src/widget/model/table.js";
import { chartModel, thresholdsOf } from "../../src/widget/model/chart.js";
import { ruleKeys } from "../../src/widget/model/explain.js";
import { headline } from "../../src/widget/model/headline.js";
import { readConfig } from "../../src/widget/attributes.js";
import { money, signedMoney, ruleValue } from "../../src/widget/format.js";
import { emptyAnswers, withJob, withAdult, withChild } from "../../src/widget/model/answers.js";
import { bornBefore2017AprilFromAge } from "../../src/engine/born-before-2017.js";
import { fieldErrors, messageFor } from "../../src/widget/model/problems.js";
import { fieldFor } from "../../src/widget/model/fields.js";
import { toHouseholdInput } from "../../src/widget/model/to-household.js";
import { chooseRules, rulesKey } from "../../src/widget/model/rules-choice.js";
import { rulesFor } from "../helpers/rules.js";

const config = readConfig(() => null);
const choice = { taxYear: "2026-27", shownYear: "2026-27" };
const rules = rulesFor("2026-27");

describe("attributes", () => {
  it("has documented defaults", () => {
    expect(config).toMatchObject({ hours: ["0", "8", "16", "24", "30", "37.5"], period: "week", mode: "quick", london: false, problems: [] });
  });
  it.each([
    ["tax-year", "2026-28"],
    ["date", "2026-02-30"],
    ["region", "mars"],
    ["wage", "-3"],
    ["period", "year"],
  ] as const)("refuses %s=%s without throwing", (name, v) => {
    const c = readConfig((n) => (n === name ? v : null));
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toContain(name);
  });
  it("treats region=london as England in Greater London", () => {
    expect(readConfig((n) => (n === "region" ? "London" : null))).toMatchObject({ region: "england", london: true });
  });
});

describe("which date the assessment periods run from", () => {
  it("today, beside the tax year, when today lies in the tax year chosen; the rules stay the tax year's", () => {
    // 2 December 2026 is in 2026-27: sent as date; picking 2025-26 (6 April 2025 to 5 April 2026) sends none.
    expect(chooseRules(config, "", "2026-12-02")).toEqual({ taxYear: "2026-27", shownYear: "2026-27", periodsFrom: "2026-12-02" });
    expect(chooseRules(config, "2025-26", "2026-12-02")).toEqual({ taxYear: "2025-26", shownYear: "2025-26" });
    expect(rulesKey(chooseRules(config, "", "2026-12-02"))).toBe("year:2026-27");
    const b = toHouseholdInput({ ...emptyAnswers, region: "england", tenure: "none" }, config, chooseRules(config, "", "2026-12-02"), rules);
    expect([b.input.taxYear, b.input.date]).toEqual(["2026-27", "2026-12-02"]);
  });
});

describe("answers to household input", () => {
  const base = { ...withJob(withAdult(emptyAnswers, 0, { age: "41" }), 0, { wage: "13" }), region: "england" as const, tenure: "social" as const, rent: "£575" };

  it("builds worked example p01, which the engine accepts", () => {
    const b = toHouseholdInput({ ...base, hoursList: "0, 10, 16; 25 37.5" }, config, choice, rules);
    expect(b.problems).toEqual([]);
    expect(b.input).toEqual({
      taxYear: "2026-27",
      region: "england",
      adults: [{ age: 41 }],
      children: [],
      housing: { tenure: "social", rentMonthly: "575" },
      job: { hourlyWage: "13", hours: [0, 10, 16, 25, 37.5] },
    });
    expect(parseHousehold(b.input).ok).toBe(true);
  });

  it("uses the minimum wage for the age from the rules when the wage is blank", () => {
    const b = toHouseholdInput(withJob(withAdult(base, 0, { age: "19" }), 0, { wage: "" }), config, choice, rules);
    expect((b.input.job as { hourlyWage: string }).hourlyWage).toBe(rules.minimumWage.age18To20.value.toFixed(2));
  });

  it("does not send rent for a home owner", () => {
    const b = toHouseholdInput({ ...base, tenure: "owner" }, config, choice, rules);
    expect(b.input.housing).toEqual({ tenure: "owner" });
  });

  it("reports text where a number is needed, against the right field", () => {
    const b = toHouseholdInput({ ...base, jobHours: "twenty" }, config, choice, rules);
    expect(fieldErrors(b.problems, b.overrides).map((e) => [e.field.id, e.message])).toEqual([["job-hours", "The hours of the job must be a number of hours a week, e.g. 16 or 37.5"]]);
  });

  it("settles born-before-April-2017 from the age where it can", () => {
    const a = withChild({ ...base, childCount: "2" }, 0, { age: "12" });
    const b = toHouseholdInput(withChild(a, 1, { age: "3" }), config, choice, rules);
    expect(b.input.children).toEqual([{ age: 12, bornBefore2017April: true }, { age: 3, bornBefore2017April: false }]);
  });

  it("sends a child's school stage chosen for the nation, and drops one left from another nation", () => {
    const a = withChild({ ...base, region: "scotland" as const, childCount: "1" }, 0, { age: "12", schoolStage: "P7" });
    const b = toHouseholdInput(a, config, choice, rules);
    expect(b.input.children).toEqual([{ age: 12, bornBefore2017April: true, schoolStage: "P7" }]);
    expect(parseHousehold(b.input).ok).toBe(true);
    const w = toHouseholdInput({ ...a, region: "wales" }, config, choice, rules);
    expect(w.input.children).toEqual([{ age: 12, bornBefore2017April: true }]);
    expect(fieldFor("children.0.schoolStage").id).toBe("children-0-stage");
  });

  it("asks about a child whose age leaves it open", () => {
    const b = toHouseholdInput(withChild({ ...base, childCount: "1" }, 0, { age: "9" }), config, choice, rules);
    expect(b.problems).toEqual([{ path: "children.0.bornBefore2017April", message: "is required" }]);
  });
});

describe("born before 6 April 2017", () => {
  it.each([
    [10, "2026-04-06", true],
    [9, "2026-04-06", null],
    [8, "2026-04-06", false],
    [9, "2026-04-05", true],
    [8, "2026-04-05", null],
  ])("age %s on %s: %s", (age, on, want) => expect(bornBefore2017AprilFromAge(age, on)).toBe(want));
});

describe("messages", () => {
  it("turns the engine's words into GOV.UK-style messages", () => {
    expect(messageFor(fieldFor("adults.0.age"), "is required")).toBe("Enter your age");
    expect(messageFor(fieldFor("region"), 'must be one of "england", "wales", "scotland"')).toBe("Select where you live");
    expect(messageFor(fieldFor("housing.rentMonthly"), "rent cannot be negative")).toBe("Rent cannot be negative");
    expect(messageFor(fieldFor("children.1.age"), "must be a child's age in whole years")).toBe("The age of child 2 must be a child's age in whole years");
  });
});

describe("format", () => {
  it("writes pounds and pence in en-GB with a true minus sign", () => {
    expect(money("1234.5")).toBe("£1,234.50");
    expect(money("-5")).toBe("−£5.00");
    expect(signedMoney("93.6")).toBe("+£93.60");
    expect(signedMoney("0.00")).toBe("£0.00");
    expect(ruleValue("0.55", "ratio")).toBe("55%");
    expect(ruleValue("881", "GBP/month")).toBe("£881.00 a month");
  });
});

describe("headline", () => {
  const scenario = (betterOffWeekly: string, extra: Record<string, unknown> = {}) =>
    ({
      hours: "16",
      betterOffWeekly,
      betterOffMonthly: "0",
      workCostsWeekly: "0.00",
      betterOffAfterCostsWeekly: betterOffWeekly,
      thresholds: [
        { code: "carers-allowance-lost", kind: "loss", text: "Carer's Allowance stops: earnings are over the limit", rules: [] },
        { code: "income-tax-paid", kind: "change", text: "Income tax is paid", rules: [] },
      ],
      explanations: { grossWeekly: { text: "", rules: [], inputs: { hourlyWage: "12.71" } } },
      ...extra,
    }) as unknown as ScenarioResult;

  it("says honestly when work leaves someone worse off, and why", () => {
    const h = headline(scenario("-12.40"), "week");
    expect(h.text).toBe("Working 16 hours a week at £12.71 an hour, you would be £12.40 a week worse off.");
    expect(h.direction).toBe("worse");
    expect(h.reasons).toEqual(["Carer's Allowance stops: earnings are over the limit"]);
  });

  it("says when it makes no difference", () => {
    expect(headline(scenario("0.00"), "week").text).toBe("Working 16 hours a week at £12.71 an hour, you would be no better or worse off.");
  });

  it("gives one verdict, after work costs when there are any, with the figure before them beside it", () => {
    const h = headline(scenario("20.00", { workCostsWeekly: "25.00", betterOffAfterCostsWeekly: "-5.00" }), "week");
    expect(h.text).toBe("Working 16 hours a week at £12.71 an hour, you would be £5.00 a week worse off after £25.00 a week of work costs.");
    expect(h.direction).toBe("worse");
    expect(h.afterCosts).toBe("Before £25.00 a week of work costs, you would be £20.00 a week better off.");
  });
});

describe("only what applied", () => {
  const p01 = (extra: Record<string, unknown> = {}) => {
    const parsed = parseHousehold({ taxYear: "2026-27", region: "england", adults: [{ age: 41 }], children: [], housing: { tenure: "social", rentMonthly: "575" }, job: { hourlyWage: "13", hours: [0, 16, 30] }, ...extra });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return calculate(parsed.household, rules);
  };

  it("leaves out conditionality and benefit-cap notes where no UC is paid (savings over £16,000), and says the savings warning once", () => {
    const r = p01({ capital: "20000" });
    const flags = flagsThatApply([r.baseline, ...r.scenarios.filter((s) => !s.isBaseline)]).map((f) => f.map((x) => x.code));
    expect(flags[0]).toContain("uc-capital-over-limit");
    for (const f of flags.slice(1)) {
      expect(f.some((c) => c.startsWith("conditionality-") || c.startsWith("benefit-cap") || c === "uc-capital-over-limit")).toBe(false);
    }
  });

  it("marks on the chart that UC tapers from the first pound for a household with no work allowance", () => {
    // p01: single, no children, no health element: no work allowance; UC falls from the first half hour (£6.50 × 52 ÷ 12 × 55%).
    expect(thresholdsOf(p01()).find((m) => m.code === "uc-tapers-from-first-pound")?.hours).toBe("0.5");
  });

  it("says UC conditionality where it changes, not on every row", () => {
    const r = p01();
    const flags = flagsThatApply([r.baseline, ...r.scenarios.filter((s) => !s.isBaseline)]).map((f) => f.filter((x) => x.code.startsWith("conditionality-")).map((x) => x.code));
    // 16 h × £13 = £208 a week × 52 ÷ 12 = £901.33 a month: under the £991 administrative earnings threshold → intensive work search;
    // 30 h: £390 × 52 ÷ 12 = £1,690 a month: over £991, under the £1,927.68 conditionality earnings threshold → light touch.
    expect(flags).toEqual([[], ["conditionality-intensive-work-search"], ["conditionality-light-touch"]]);
  });

  it("shows no rules about children for a household without children", () => {
    const r = p01();
    const s = r.scenarios.find((x) => x.hours === "16")!;
    expect(s.explanations.ucMaximumMonthly!.rules.some((k) => k.includes("child"))).toBe(true); // the engine looked
    expect(ruleKeys(s, "uc", r).some((k) => /child/i.test(k))).toBe(false);
    expect(ruleKeys(s, "uc", r)).toContain("universalCredit.standardAllowance.single25OrOver");
  });
});

describe("the chart's thresholds", () => {
  // The specialist's case: single, 35, private rent £650, UC with protected LCWRA, PIP daily living standard, £12.71 an hour.
  const parsed = parseHousehold({
    taxYear: "2026-27",
    region: "england",
    adults: [{ age: 35, lcwra: "protected", pip: { dailyLiving: "standard" } }],
    children: [],
    housing: { tenure: "private", rentMonthly: "650" },
    job: { hourlyWage: "12.71", hours: [0, 8, 16, 24, 30] },
  });
  if (!parsed.ok) throw new Error("bad household");
  const r = calculate(parsed.household, rules, { sweepMaxHours: 50, sweepStepHours: 0.5 });

  it("marks only what applies: where the work allowance is used up, no 16-hour line without ESA, JSA or Carer's Allowance", () => {
    // Work allowance (with housing costs) £427 a month; below the tax and NI thresholds take-home is £12.71 × h,
    // × 52 ÷ 12 a month: 7.5 h → £413.08 (under), 8 h → £440.61 (over): UC first falls at 8 hours.
    const t = thresholdsOf(r);
    expect(t.find((m) => m.code === "work-allowance-used")?.hours).toBe("8");
    expect(t.some((m) => m.hours === "16")).toBe(false);
    expect(t.some((m) => m.code.startsWith("benefit-cap"))).toBe(false); // PIP: never capped
  });

  it("draws the labels at the width shown, each on its own row, and marks the hours compared", () => {
    const m = chartModel(r, "week", 300);
    expect(m.width).toBe(300);
    const ys = m.labels.map((l) => l.y);
    expect(new Set(ys).size).toBe(ys.length);
    for (const l of m.labels) for (const line of l.lines) expect(line.length * 7).toBeLessThanOrEqual(l.anchor === "start" ? 300 - l.x + 8 : l.x + 8);
    expect(m.compared.map((c) => c.hours)).toEqual(["0", "8", "16", "24", "30"]);
  });
});

describe("hours compared", () => {
  it("are sorted, with the job's own hours among them", () => {
    const a = { ...withJob(withAdult(emptyAnswers, 0, { age: "41" }), 0, { wage: "13" }), region: "england" as const, tenure: "none" as const, hoursList: "30, 8 0", jobHours: "16" };
    const b = toHouseholdInput(a, config, choice, rules);
    expect((b.input.job as { hours: number[] }).hours).toEqual([0, 8, 16, 30]);
    expect(b.overrides).toEqual({ "job.hours.2": "jobHours" });
  });
  it("turn weekly, fortnightly and four-weekly rent into a month as UC does (× 52, 26 or 13 ÷ 12, to the penny)", () => {
    const rent = (rentPeriod: "week" | "fortnight" | "fourWeeks" | "month", v: string) =>
      (toHouseholdInput({ ...withAdult(emptyAnswers, 0, { age: "41" }), region: "england", tenure: "social", rent: v, rentPeriod }, config, choice, rules).input.housing as { rentMonthly: string }).rentMonthly;
    expect(rent("week", "151")).toBe("654.33"); // 151 × 52 ÷ 12 = 654.333…
    expect(rent("fortnight", "300")).toBe("650.00"); // 300 × 26 ÷ 12
    expect(rent("fourWeeks", "600")).toBe("650.00"); // 600 × 13 ÷ 12
    expect(rent("month", "£650")).toBe("650");
  });
});

describe("the comparison table's income rows add up to net income", () => {
  const r = rulesFor("2026-27");
  const run = (input: Record<string, unknown>) => {
    const p = parseHousehold(input);
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    return calculate(p.household, r);
  };
  const incomeRows = ["takeHome", "partnerTakeHome", "uc", "housingBenefit", "esa", "jsa", "carersAllowance", "childBenefit", "disability", "scottishChildPayment"];
  const check = (res: ReturnType<typeof run>) => {
    const t = comparisonTable(res, "week");
    const net = t.rows.find((x) => x.def.key === "netIncome")!;
    t.columns.forEach((_, i) => {
      const sum = t.rows.filter((x) => incomeRows.includes(x.def.key)).reduce((a, x) => a + Math.round(Number(x.values[i]) * 100), 0);
      expect(sum, `column ${i}`).toBe(Math.round(Number(net.values[i]) * 100));
    });
    return t;
  };

  it("with Housing Benefit in supported housing (eligible rent £250 a week: maximum HB £250.00 while UC is paid)", () => {
    const t = check(run({ taxYear: "2026-27", region: "england", adults: [{ age: 40, lcwra: "protected" }], housing: { tenure: "supported", rentWeekly: "250" }, job: { hourlyWage: 12.71, hours: [0, 16] } }));
    expect(t.rows.find((x) => x.def.key === "housingBenefit")!.values).toEqual(["250.00", "250.00"]);
  });

  it("with a partner in work (20 hours at £12.71 = £254.20 a week, fixed in every column)", () => {
    const t = check(run({ taxYear: "2026-27", region: "england", adults: [{ age: 40 }, { age: 38, job: { hourlyWage: 12.71, hours: 20 } }], job: { hourlyWage: 12.71, hours: [0, 16] } }));
    const partner = t.rows.find((x) => x.def.key === "partnerTakeHome")!;
    expect(partner.label).toBe("Partner's take-home pay");
    // NI (254.20 − 242) × 8% = 0.976 → 0.98; tax (254.20 × 52 − 12,570) × 20% ÷ 52 = 2.4938… → 2.49; 254.20 − 0.98 − 2.49 = 250.73.
    expect(partner.values).toEqual(["250.73", "250.73"]);
  });
});
