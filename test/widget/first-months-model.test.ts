/**
 * "The first three months", the model (model/first-months.ts): the tightest weeks in words, and the chart's geometry.
 * New Style ESA support group (47, LCWRA, private rent £500), 20 hours at £12.71 paid monthly on the 5th (first payday
 * 5 June 2026), starting Monday 11 May 2026, assessment periods from the 6th:
 *   ESA is paid fortnightly 7 days after each fortnight (C&P Regs reg 46(2)); the last out-of-work fortnight is taken as
 *   27 April to 10 May, paid 17 May (week 1), in work and out. Out of work the next, 11 to 24 May, is paid 31 May (week 3);
 *   in work ESA has stopped (20 hours reach the permitted work hours limit) and the first wage comes on 5 June (week 4).
 *   So by the end of week 3 (25 to 31 May) 2 weeks of ESA less has arrived than without the job: 2 × esaWeekly
 *   (main phase basic £95.55 + support component £50.35 = £145.90 a week; 2 × £145.90 = £291.80).
 */
import { describe, expect, it } from "vitest";
import { calculate } from "../../src/engine/index.js";
import { D } from "../../src/base/money.js";
import { firstMonthsChart, firstMonthsView } from "../../src/widget/model/first-months.js";
import { household, rulesFor } from "../helpers/rules.js";

describe("the model: the tightest weeks in words (New Style ESA stopping before a late monthly first wage)", () => {
  const h = household({
    taxYear: "2026-27",
    region: "england",
    assessmentPeriodStartDay: 6,
    adults: [{ age: 47, lcwra: "new", newStyleEsa: { phase: "main", group: "support" } }],
    housing: { tenure: "private", rentMonthly: 500 },
    job: { hourlyWage: 12.71, hours: [0, 20], payFrequency: "monthly", firstPayday: "2026-06-05", startDate: "2026-05-11" },
  });
  const r = calculate(h, rulesFor("2026-27"));
  const s = r.scenarios.find((x) => x.hours === "20")!;
  const v = firstMonthsView(r, s)!;

  it("week 3 is the tightest: two weeks' ESA behind, said in words and in the row", () => {
    // ESA stops from 11 May; out of work the fortnight 11 to 24 May is paid 31 May (week 3): 2 × the weekly rate behind.
    expect(r.baseline.esaWeekly).toBe("145.90");
    const behind = new D(r.baseline.esaWeekly).times(2).toFixed(2);
    expect(behind).toBe("291.80");
    expect(v.tightest).toBe(`The tightest week is week 3 (25 May to 31 May 2026): by the end of it, £${behind} less has arrived since the start date than without the job.`);
    expect(v.weeks.filter((w) => w.tightest).map((w) => w.n)).toEqual([3]);
    expect(v.weeks[2]!.against).toBe(`−£${behind}`);
    expect(v.columns.map((c) => c.label)).toContain("New Style ESA");
  });

  it("the chart places bars within the plot, and the tallest week at the top gridline or below", () => {
    const c = firstMonthsChart(v, 320);
    expect(c.bars).toHaveLength(13);
    for (const b of c.bars) {
      expect(b.x).toBeGreaterThanOrEqual(c.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(c.plot.right);
      for (const seg of b.segments) expect(seg.y).toBeGreaterThanOrEqual(c.plot.top - 0.1);
    }
    // At 320 px every other week is numbered.
    expect(c.xTicks.map((t) => t.label)).toEqual(["1", "3", "5", "7", "9", "11", "13"]);
  });
});
