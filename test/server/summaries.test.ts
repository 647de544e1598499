/**
 * Team and trust-wide summaries and the CSV, from records posted to the real
 * service: counts, medians and quartiles, reasons, months, ranges, and
 * suppression of small numbers.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { makeRecord } from "../helpers/records.js";
import { postAll, testApp, type TestApp } from "../helpers/server.js";
import type { AnonymisedRecord } from "../../src/records/schema.js";

/**
 * North IPS: 42 calculations at 16 hours. 41 better off by £3, £6, … £123
 * (3k for k = 1..41) and one worse off by £20 (New Style ESA ends). Months:
 * 20 in April, 20 in May, 2 in June. Four of them also compared 8 hours.
 * South IPS: 3 calculations in May.
 */
const north: AnonymisedRecord[] = [
  ...Array.from({ length: 41 }, (_, i) => makeRecord({ month: i < 20 ? "2026-04" : i < 40 ? "2026-05" : "2026-06", gains: { "16": 3 * (i + 1) } })),
  makeRecord({ month: "2026-06", gains: { "16": [-20, ["esa-ends-hours"]] } }),
];
north.slice(0, 4).forEach((r, i) => (r.scenarios = [{ hours: "8", betterOffAfterCostsWeekly: 10 + i, outcome: "better", flags: [] }, ...r.scenarios]));
const south = Array.from({ length: 3 }, () => makeRecord({ team: "south-ips", month: "2026-05", gains: { "16": [-5, ["carers-allowance-lost"]] } }));

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await postAll(t, [...north, ...south]);
});
afterAll(async () => t.close());

const get = async (url: string) => {
  const res = await t.app.inject(url);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe("GET /api/teams/:team/summary", () => {
  it("counts, outcomes by hours, median and quartiles, reasons and months", async () => {
    expect(await get("/api/teams/north-ips/summary")).toEqual({
      team: "north-ips",
      from: null,
      to: null,
      smallNumberThreshold: 5,
      calculations: 42,
      firstMonth: "2026-04",
      lastMonth: "2026-06",
      months: [
        { month: "2026-04", calculations: 20 },
        { month: "2026-05", calculations: 20 },
        { month: "2026-06", calculations: "fewer than 5" },
      ],
      hours: [
        {
          hours: "16",
          results: 42,
          better: 41,
          // 1 worse off: fewer than 5; the 0 "same" beside it is hidden too, or 42 - 41 - 0 would give it away.
          worse: "fewer than 5",
          same: "fewer than 5",
          // Sorted gains: x0 = -20, xk = 3k. Type 7 quantiles, h = 41p:
          // Q1: h = 10.25 → 30 + 0.25 × 3 = 30.75 → 31; median: h = 20.5 → 61.5 → 62; Q3: h = 30.75 → 90 + 0.75 × 3 = 92.25 → 92.
          weeklyGain: { lowerQuartile: 31, median: 62, upperQuartile: 92 },
        },
      ],
      // 8 hours: only 4 results, so that level is left out.
      hoursNotShown: 1,
      worseOff: {
        results: "fewer than 5",
        reasons: [{ code: "esa-ends-hours", label: "New Style ESA stops (16 hours or more)", results: "fewer than 5" }],
      },
    });
  });

  it("from/to limit the months", async () => {
    const s = await get("/api/teams/north-ips/summary?from=2026-05&to=2026-05");
    expect(s.calculations).toBe(20);
    expect(s.from).toBe("2026-05");
    expect(s.months).toEqual([{ month: "2026-05", calculations: 20 }]);
    // May: gains 3k for k = 21..40 (20 values): Q1 h = 4.75 → 75 + 0.75 × 3 = 77.25 → 77; median h = 9.5 → 91.5 → 92; Q3 h = 14.25 → 105.75 → 106.
    expect(s.hours).toEqual([{ hours: "16", results: 20, better: 20, worse: 0, same: 0, weeklyGain: { lowerQuartile: 77, median: 92, upperQuartile: 106 } }]);
    expect(s.worseOff).toEqual({ results: 0, reasons: [] });
  });

  it("a team with fewer than 5 calculations shows only that", async () => {
    expect(await get("/api/teams/south-ips/summary")).toEqual({
      team: "south-ips",
      from: null,
      to: null,
      smallNumberThreshold: 5,
      calculations: "fewer than 5",
      firstMonth: "2026-05",
      lastMonth: "2026-05",
      months: [],
      hours: [],
      hoursNotShown: 0,
      worseOff: { results: "fewer than 5", reasons: [] },
    });
  });

  it("a team with no records", async () => {
    const s = await get("/api/teams/nobody/summary");
    expect(s.calculations).toBe(0);
    expect(s.firstMonth).toBeNull();
  });

  it.each([
    ["/api/teams/north-ips/summary?from=2026-13", "from"],
    ["/api/teams/north-ips/summary?from=2026-06&to=2026-04", "from"],
    ["/api/teams/north-ips/summary?since=2026-04", "since"],
    ["/api/teams/North%20IPS/summary", "team"],
  ])("400 for %s", async (url, path) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().problems.map((p: { path: string }) => p.path)).toEqual([path]);
  });
});

describe("GET /api/summary", () => {
  it("a row per team, and the trust pooled", async () => {
    const s = await get("/api/summary");
    expect(s.teams).toEqual([
      {
        team: "north-ips",
        calculations: 42,
        hours: [{ hours: "16", results: 42, better: 41, worse: "fewer than 5", same: "fewer than 5", weeklyGain: { lowerQuartile: 31, median: 62, upperQuartile: 92 } }],
        hoursNotShown: 1,
      },
      { team: "south-ips", calculations: "fewer than 5", hours: [], hoursNotShown: 0 },
    ]);
    // Pooled: 45 results at 16 hours, 41 better, 4 worse (-20, -5, -5, -5).
    expect(s.trust.calculations).toBe(45);
    expect(s.trust.hours).toEqual([
      {
        hours: "16",
        results: 45,
        better: 41,
        worse: "fewer than 5",
        same: "fewer than 5",
        // Sorted: -20, -5, -5, -5, 3, 6, …, 123 (x(k+3) = 3k). Q1 h = 11 → x11 = 24; median h = 22 → x22 = 57; Q3 h = 33 → x33 = 90.
        weeklyGain: { lowerQuartile: 24, median: 57, upperQuartile: 90 },
      },
    ]);
    expect(s.trust.worseOff).toEqual({
      results: "fewer than 5",
      reasons: [
        { code: "carers-allowance-lost", label: "Carer's Allowance stops (earnings over the limit)", results: "fewer than 5" },
        { code: "esa-ends-hours", label: "New Style ESA stops (16 hours or more)", results: "fewer than 5" },
      ],
    });
    expect(s.trust.months).toEqual([
      { month: "2026-04", calculations: 20 },
      { month: "2026-05", calculations: 23 },
      { month: "2026-06", calculations: "fewer than 5" },
    ]);
  });
});

describe("the small-number threshold is configurable", () => {
  it("with 3, South IPS's 3 calculations are shown", async () => {
    const t3 = await testApp({ smallNumberThreshold: 3 });
    try {
      await postAll(t3, south.map((r) => ({ ...r, id: crypto.randomUUID() })));
      const s = (await t3.app.inject("/api/teams/south-ips/summary")).json();
      expect(s.smallNumberThreshold).toBe(3);
      expect(s.calculations).toBe(3);
      expect(s.hours).toEqual([{ hours: "16", results: 3, better: 0, worse: 3, same: 0, weeklyGain: { lowerQuartile: -5, median: -5, upperQuartile: -5 } }]);
      expect(s.worseOff.reasons).toEqual([{ code: "carers-allowance-lost", label: "Carer's Allowance stops (earnings over the limit)", results: 3 }]);
    } finally {
      await t3.close();
    }
  });
});

describe("GET /api/teams/:team/records.csv", () => {
  it("one row per record and hours, in month then id order, as an attachment", async () => {
    const res = await t.app.inject("/api/teams/north-ips/records.csv");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="better-off-north-ips.csv"');
    expect(res.headers["cache-control"]).toBe("no-store");
    const lines = res.body.split("\r\n");
    expect(lines.pop()).toBe("");
    expect(lines[0]).toBe(
      "record_id,month,team,rules_id,engine_version,schema_version,region,adults,children,age_band,health,disability_benefit,tenure,benefits_before,wage_band,hours,better_off_after_costs_weekly,outcome,flags",
    );
    expect(lines).toHaveLength(1 + 42 + 4);
    const byId = [...north].sort((a, b) => (a.month === b.month ? (a.id < b.id ? -1 : 1) : a.month < b.month ? -1 : 1));
    expect([...new Set(lines.slice(1).map((l) => l.split(",")[0]))]).toEqual(byId.map((r) => r.id));
    const worse = north[41]!;
    expect(lines).toContain(
      `${worse.id},2026-06,north-ips,uk/2026-27@6901d8251d5938,0.1.0,1,england,single,0,25-plus,lcwra,no,private,universal-credit new-style-esa,12-to-13,16,-20,worse,esa-ends-hours`,
    );
  });

  it("from/to limit the rows", async () => {
    const res = await t.app.inject("/api/teams/north-ips/records.csv?from=2026-06");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="better-off-north-ips-2026-06.csv"');
    expect(res.body.trim().split("\r\n")).toHaveLength(1 + 2);
  });

  it("every value is a code or a number: nothing a spreadsheet would take for a formula or a date", async () => {
    const res = await t.app.inject("/api/teams/north-ips/records.csv");
    for (const line of res.body.trim().split("\r\n").slice(1))
      for (const cell of line.split(",")) {
        expect(cell).not.toMatch(/^[=+@]/);
        expect(cell).not.toMatch(/^\d{1,2}-\d{1,2}$/);
      }
  });
});
