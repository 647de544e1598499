/**
 * Team and trust-wide summaries and the CSV, from records posted to the real
 * service: counts (rounded to the nearest 5, "fewer than 5" below 5),
 * medians and quartiles, reasons, quarters, periods, and the CSV's key.
 * The adversarial checks (can a hidden figure be worked out?) are in
 * privacy-attacks.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { makeRecord } from "../helpers/records.js";
import { postAll, testApp, type TestApp } from "../helpers/server.js";
import type { AnonymisedRecord } from "../../src/records/schema.js";

/**
 * North IPS: 42 calculations at 16 hours. 41 better off by £3, £6, … £123
 * (3k for k = 1..41) and one worse off by £20 (New Style ESA ends). Months:
 * 20 in April, 20 in May, 2 in June (all 2026-Q2). Four of them also compared 8 hours.
 * South IPS: 3 calculations in May.
 */
const north: AnonymisedRecord[] = [
  ...Array.from({ length: 41 }, (_, i) => makeRecord({ month: i < 20 ? "2026-04" : i < 40 ? "2026-05" : "2026-06", gains: { "16": 3 * (i + 1) } })),
  makeRecord({ month: "2026-06", gains: { "16": [-20, ["esa-ends-hours"]] } }),
];
north.slice(0, 4).forEach((r, i) => (r.scenarios = [{ hours: "8", betterOffAfterCostsWeekly: 10 + i, outcome: "better", flags: [] }, ...r.scenarios]));
const south = Array.from({ length: 3 }, () => makeRecord({ team: "south-ips", month: "2026-05", gains: { "16": [-5, ["carers-allowance-lost"]] } }));

const TRUST_KEY = "trust-key-0123456789abcdef";
let t: TestApp;
beforeAll(async () => {
  t = await testApp({ trust: { readKey: TRUST_KEY } });
  await postAll(t, [...north, ...south]);
});
afterAll(async () => t.close());

const auth = { authorization: `Bearer ${TRUST_KEY}` };
const get = async (url: string) => {
  const res = await t.app.inject({ url, headers: auth });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe("GET /api/teams/:team/summary", () => {
  it("counts rounded to the nearest 5, small ones as words, quartiles to the nearest £5", async () => {
    expect(await get("/api/teams/north-ips/summary")).toEqual({
      team: "north-ips",
      from: null,
      to: null,
      smallNumberThreshold: 5,
      // 42 → 40 (nearest 5).
      calculations: 40,
      quarters: [{ quarter: "2026-Q2", calculations: 40 }],
      hours: [
        {
          hours: "16",
          results: 40, // 42
          better: 40, // 41
          worse: "fewer than 5", // 1
          same: "fewer than 5", // 0: a zero is not told apart from a small number
          // 42 results ≥ 4 × 5, so quartiles are given. Sorted gains: x0 = -20, xk = 3k. Type 7, h = 41p:
          // Q1: h = 10.25 → 30 + 0.25 × 3 = 30.75 → £31 → £30; median: h = 20.5 → 61.5 → £62 → £60; Q3: h = 30.75 → 92.25 → £92 → £90.
          weeklyGain: { lowerQuartile: 30, median: 60, upperQuartile: 90 },
        },
      ],
      // 1 worse off; its reason (1) is under 5, so not listed. 8 hours (4 results) is left out, and nothing says so.
      worseOff: { results: "fewer than 5", reasons: [] },
    });
  });

  it("periods are whole quarters", async () => {
    const s = await get("/api/teams/north-ips/summary?from=2026-04&to=2026-06");
    expect(s.calculations).toBe(40);
    expect(s.from).toBe("2026-04");
    expect(s.to).toBe("2026-06");
    const empty = await get("/api/teams/north-ips/summary?from=2026-07&to=2026-09");
    expect(empty.calculations).toBe("fewer than 5");
    expect(empty.quarters).toEqual([]);
  });

  it("quartiles only where the results shown are at least 4 × 5 = 20", async () => {
    const t2 = await testApp();
    try {
      // 17 results at 16 hours (shown as 15): gains 10, 20, … 170. No quartiles.
      await postAll(t2, Array.from({ length: 17 }, (_, i) => makeRecord({ gains: { "16": 10 * (i + 1) } })));
      const s = (await t2.app.inject("/api/teams/north-ips/summary")).json();
      expect(s.hours).toEqual([{ hours: "16", results: 15, better: 15, worse: "fewer than 5", same: "fewer than 5", weeklyGain: null }]);
      // 18 (shown as 20): gains 10 … 180. Type 7, h = 17p: Q1 h = 4.25 → 50 + 0.25 × 10 = 52.5 → £53 → £55;
      // median h = 8.5 → 95 → £95; Q3 h = 12.75 → 130 + 7.5 = 137.5 → £138 → £140.
      await postAll(t2, [makeRecord({ gains: { "16": 180 } })]);
      const s18 = (await t2.app.inject("/api/teams/north-ips/summary")).json();
      expect(s18.hours[0].weeklyGain).toEqual({ lowerQuartile: 55, median: 95, upperQuartile: 140 });
    } finally {
      await t2.close();
    }
  });

  it("a team with fewer than 5 calculations shows only that", async () => {
    expect(await get("/api/teams/south-ips/summary")).toEqual({
      team: "south-ips",
      from: null,
      to: null,
      smallNumberThreshold: 5,
      calculations: "fewer than 5",
      quarters: [],
      hours: [],
      worseOff: { results: "fewer than 5", reasons: [] },
    });
  });

  it("a team that is not configured: 404", async () => {
    const res = await t.app.inject("/api/teams/nobody/summary");
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/there is no team "nobody" here/);
  });

  it.each([
    ["/api/teams/north-ips/summary?from=2026-13", "from"],
    ["/api/teams/north-ips/summary?from=2026-07&to=2026-03", "from"],
    ["/api/teams/north-ips/summary?from=2026-05", "from"],
    ["/api/teams/north-ips/summary?to=2026-05", "to"],
    ["/api/teams/north-ips/summary?since=2026-04", "since"],
    ["/api/teams/North%20IPS/summary", "team"],
    ["/api/summary?from=2026-06&to=2026-08", "from,to"],
  ])("400 for %s", async (url, path) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().problems.map((p: { path: string }) => p.path).join(",")).toEqual(path);
  });
});

describe("GET /api/summary", () => {
  it("a row per configured team, and the trust pooled", async () => {
    const s = await get("/api/summary");
    expect(s.teams).toEqual([
      {
        team: "north-ips",
        calculations: 40,
        hours: [{ hours: "16", results: 40, better: 40, worse: "fewer than 5", same: "fewer than 5", weeklyGain: { lowerQuartile: 30, median: 60, upperQuartile: 90 } }],
      },
      { team: "south-ips", calculations: "fewer than 5", hours: [] },
    ]);
    // Pooled: 45 results at 16 hours, 41 better (→ 40), 4 worse (-20, -5, -5, -5).
    expect(s.trust.calculations).toBe(45);
    expect(s.trust.hours).toEqual([
      {
        hours: "16",
        results: 45,
        better: 40,
        worse: "fewer than 5",
        same: "fewer than 5",
        // Sorted: -20, -5, -5, -5, 3, 6, …, 123 (x(k+3) = 3k). Q1 h = 11 → x11 = 24 → £25; median h = 22 → x22 = 57 → £55; Q3 h = 33 → x33 = 90 → £90.
        weeklyGain: { lowerQuartile: 25, median: 55, upperQuartile: 90 },
      },
    ]);
    // 1 ESA and 3 Carer's Allowance: each under 5, so neither is listed.
    expect(s.trust.worseOff).toEqual({ results: "fewer than 5", reasons: [] });
    expect(s.trust.quarters).toEqual([{ quarter: "2026-Q2", calculations: 45 }]);
  });

  it("lists every configured team, even one with no records (so being listed says nothing)", async () => {
    const t2 = await testApp({ teams: { "west-ips": {} } });
    try {
      const s = (await t2.app.inject("/api/summary")).json();
      expect(s.teams.map((r: { team: string }) => r.team)).toEqual(["north-ips", "south-ips", "west-ips"]);
      expect(s.teams.map((r: { calculations: unknown }) => r.calculations)).toEqual(["fewer than 5", "fewer than 5", "fewer than 5"]);
    } finally {
      await t2.close();
    }
  });

  it("is worked out once between writes (cached), and again after a write", async () => {
    const t2 = await testApp();
    try {
      await postAll(t2, Array.from({ length: 5 }, () => makeRecord({ gains: { "16": 50 } })));
      const first = (await t2.app.inject("/api/summary")).json();
      expect(first.trust.calculations).toBe(5);
      expect((await t2.app.inject("/api/summary")).json()).toEqual(first);
      await postAll(t2, Array.from({ length: 5 }, () => makeRecord({ gains: { "16": 50 } })));
      expect((await t2.app.inject("/api/summary")).json().trust.calculations).toBe(10);
    } finally {
      await t2.close();
    }
  });
});

describe("the small-number threshold is configurable", () => {
  it("with 10, a level needs 10 results and quartiles 40", async () => {
    const t10 = await testApp({ smallNumberThreshold: 10 });
    try {
      await postAll(t10, north.map((r) => ({ ...r, id: crypto.randomUUID() })));
      const s = (await t10.app.inject("/api/teams/north-ips/summary")).json();
      expect(s.smallNumberThreshold).toBe(10);
      expect(s.calculations).toBe(40);
      expect(s.hours).toEqual([{ hours: "16", results: 40, better: 40, worse: "fewer than 10", same: "fewer than 10", weeklyGain: { lowerQuartile: 30, median: 60, upperQuartile: 90 } }]);
    } finally {
      await t10.close();
    }
  });
});

describe("GET /api/teams/:team/records.csv", () => {
  it("one row per record and hours, in month then id order, as an attachment (with a read key)", async () => {
    const res = await t.app.inject({ url: "/api/teams/north-ips/records.csv", headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="better-off-north-ips.csv"');
    expect(res.headers["cache-control"]).toBe("no-store");
    const lines = res.body.split("\r\n");
    expect(lines.pop()).toBe("");
    expect(lines[0]).toBe(
      "record_id,month,team,schema_version,rules_id,engine_version,region,adults,children,age_band,health,disability_benefit,tenure,benefits_before,wage_band,hours,better_off_after_costs_weekly,outcome,flags",
    );
    expect(lines).toHaveLength(1 + 42 + 4);
    const byId = [...north].sort((a, b) => (a.month === b.month ? (a.id < b.id ? -1 : 1) : a.month < b.month ? -1 : 1));
    expect([...new Set(lines.slice(1).map((l) => l.split(",")[0]))]).toEqual(byId.map((r) => r.id));
    const worse = north[41]!;
    expect(lines).toContain(
      `${worse.id},2026-06,north-ips,1,uk/2026-27@6901d8251d5938,0.1.0,england,single,0,25-plus,lcwra,no,private,universal-credit new-style-esa,12-to-13,16,-20,worse,esa-ends-hours`,
    );
  });

  it("from/to (whole quarters) limit the rows", async () => {
    const res = await t.app.inject({ url: "/api/teams/north-ips/records.csv?from=2026-07", headers: auth });
    expect(res.headers["content-disposition"]).toBe('attachment; filename="better-off-north-ips-2026-07.csv"');
    expect(res.body.trim().split("\r\n")).toHaveLength(1);
  });

  it("needs a key: 401 without one, and off (403) when no key is configured at all", async () => {
    expect((await t.app.inject("/api/teams/north-ips/records.csv")).statusCode).toBe(401);
    const open = await testApp();
    try {
      const res = await open.app.inject("/api/teams/north-ips/records.csv");
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/^the record-level CSV is off/);
    } finally {
      await open.close();
    }
  });

  it("every value is a code or a number: nothing a spreadsheet would take for a formula or a date", async () => {
    const res = await t.app.inject({ url: "/api/teams/north-ips/records.csv", headers: auth });
    for (const line of res.body.trim().split("\r\n").slice(1))
      for (const cell of line.split(",")) {
        expect(cell).not.toMatch(/^[=+@]/);
        expect(cell).not.toMatch(/^\d{1,2}-\d{1,2}$/);
      }
  });
});
