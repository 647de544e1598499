/**
 * Adversarial privacy tests: can a figure the service hides ("fewer than 5")
 * be worked out from the figures it serves?
 *
 * Method: for each attack, two worlds A and B are built that differ only in
 * the hidden fact (a small team's one calculation worse off or better off,
 * a month's count, a rare number of hours …). The attacker is given
 * everything the service serves without a key in each world: the trust-wide
 * summary and every configured team's summary, for all time and for every
 * period that can be asked for (each quarter, each run of quarters, open
 * ends), plus the CSV. If every answer is byte for byte the same in A and B,
 * no arithmetic on them (sums, differences, totals minus parts, overlapping
 * periods) can tell A from B, so the hidden fact cannot be derived.
 * The worlds are chosen so that the hidden fact would have been exposed by the
 * service as it was before issue 12 (noted for each attack).
 */
import { describe, it, expect } from "vitest";
import { makeRecord } from "../helpers/records.js";
import { postAll, testApp, type TestApp } from "../helpers/server.js";
import type { AnonymisedRecord } from "../../src/records/schema.js";
import { quarterMonths } from "../../src/server/periods.js";

type Gain = number | [number, AnonymisedRecord["scenarios"][number]["flags"]];
const many = (count: number, team: string, month: string, gains: Record<string, Gain>) => Array.from({ length: count }, () => makeRecord({ team, month, gains }));

/** The quarters the tests' data can fall in (today is 2026-06-15; records up to 2026-07 are accepted). */
const QUARTERS = ["2026-Q1", "2026-Q2", "2026-Q3"];
/** Every period that can be asked for over those quarters: all time, open ends, each quarter and each run of quarters. */
function periods(): string[] {
  const out = [""];
  for (let i = 0; i < QUARTERS.length; i++) {
    const [from] = quarterMonths(QUARTERS[i]!);
    out.push(`?from=${from}`, `?to=${quarterMonths(QUARTERS[i]!)[1]}`);
    for (let j = i; j < QUARTERS.length; j++) out.push(`?from=${from}&to=${quarterMonths(QUARTERS[j]!)[1]}`);
  }
  return out;
}

const TEAMS = ["north-ips", "south-ips"];

/** Everything an attacker without a key can read, as one string per request. */
async function everything(t: TestApp): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const urls: string[] = [];
  for (const p of periods()) {
    urls.push(`/api/summary${p}`);
    for (const team of TEAMS) urls.push(`/api/teams/${team}/summary${p}`, `/api/teams/${team}/records.csv${p}`);
  }
  // Periods that cut a quarter (the "August–September minus August" attack) are refused.
  urls.push("/api/summary?from=2026-05&to=2026-05", "/api/teams/south-ips/summary?from=2026-05", "/api/teams/south-ips/summary?to=2026-04");
  for (const url of urls) {
    const res = await t.app.inject(url);
    seen.set(url, `${res.statusCode} ${res.body}`);
  }
  return seen;
}

async function world(records: readonly AnonymisedRecord[]): Promise<Map<string, string>> {
  const t = await testApp();
  try {
    await postAll(t, records);
    return await everything(t);
  } finally {
    await t.close();
  }
}

/** A and B must serve exactly the same. */
async function indistinguishable(a: readonly AnonymisedRecord[], b: readonly AnonymisedRecord[]) {
  const [wa, wb] = [await world(a), await world(b)];
  expect(wa.size).toBeGreaterThan(50);
  for (const [url, body] of wa) expect(`${url} → ${wb.get(url)}`).toBe(`${url} → ${body}`);
  return wa;
}

describe("a hidden figure cannot be worked out from the figures served", () => {
  it("trust total minus the other teams (a team with 1 calculation, worse off at 16 hours)", async () => {
    // North: 42 calculations at 16 hours, 36 better off and 6 worse off (New Style ESA stops).
    const north = [...many(36, "north-ips", "2026-05", { "16": 60 }), ...many(6, "north-ips", "2026-05", { "16": [-10, ["esa-ends-hours"]] })];
    // Before: the trust's worse-off count at 16 hours (7) minus North's (6) gave South's 1, with its reason.
    const a = [...north, makeRecord({ team: "south-ips", month: "2026-05", gains: { "16": [-30, ["esa-ends-hours"]] } })];
    const b = [...north, makeRecord({ team: "south-ips", month: "2026-05", gains: { "16": 60 } })];
    const served = await indistinguishable(a, b);
    // The trust's 7 (A) and 6 (B) worse off are both served as 5; North's 6 as 5.
    expect(JSON.parse(served.get("/api/summary")!.slice(4)).trust.hours[0].worse).toBe(5);
  });

  it("how many calculations a small team made (1 or 4) is not given away by the trust total", async () => {
    const north = many(37, "north-ips", "2026-05", { "16": 60 });
    await indistinguishable([...north, ...many(1, "south-ips", "2026-05", { "16": 60 })], [...north, ...many(4, "south-ips", "2026-05", { "16": 60 })]);
  });

  it("a team's total minus its shown months (no month is ever served)", async () => {
    // Before: 42 in all, 20 in April and 20 in May gave June's 2.
    const a = [...many(20, "north-ips", "2026-04", { "16": 60 }), ...many(20, "north-ips", "2026-05", { "16": 60 }), ...many(2, "north-ips", "2026-06", { "16": 60 })];
    const b = [...many(20, "north-ips", "2026-04", { "16": 60 }), ...many(22, "north-ips", "2026-05", { "16": 60 })];
    await indistinguishable(a, b);
  });

  it("worse-off results across all hours versus the rows for each number of hours (a rare number of hours)", async () => {
    // North: 40 at 16 hours, 13 of them worse off. Three also compared 17.5 hours (too few to show): worse off in A, better off in B.
    // Before: worse off over all hours (16) minus the 16-hour row's worse off (13) gave the hidden level's 3.
    const base = (g: number) => [
      ...many(27, "north-ips", "2026-05", { "16": 60 }),
      ...many(10, "north-ips", "2026-05", { "16": [-10, ["esa-ends-hours"]] }),
      ...many(3, "north-ips", "2026-05", { "16": [-10, ["esa-ends-hours"]], "17.5": g }),
    ];
    await indistinguishable(base(-20), base(20));
  });

  it("quartiles of a few results (5 results: three people's own amounts)", async () => {
    // Before: with exactly 5 results, Q1, median and Q3 were the 2nd, 3rd and 4th person's own amounts.
    const gains = (xs: number[]) => xs.map((g) => makeRecord({ team: "north-ips", month: "2026-05", gains: { "16": g } }));
    await indistinguishable(gains([10, 20, 30, 40, 50]), gains([15, 25, 35, 45, 55]));
    // And up to 17 results (shown as 15): no quartiles.
    await indistinguishable(gains(Array.from({ length: 17 }, (_, i) => 10 * i)), gains(Array.from({ length: 17 }, (_, i) => 10 * i + 7)));
  });

  it("first and last month of a team with fewer than 5 calculations", async () => {
    // Before: firstMonth/lastMonth were served for a suppressed team, dating its one calculation.
    const north = [...many(38, "north-ips", "2026-05", { "16": 60 }), ...many(6, "north-ips", "2026-07", { "16": 60 })];
    await indistinguishable([...north, makeRecord({ team: "south-ips", month: "2026-04" })], [...north, makeRecord({ team: "south-ips", month: "2026-07" })]);
  });

  it("where the list of quarters starts does not tell a quarter with a few calculations from one with none", async () => {
    // Before this rule, a list starting at 2026-Q1 ("fewer than 5") said Q1 had at least one.
    const a = [...many(40, "north-ips", "2026-05", { "16": 60 }), ...many(2, "north-ips", "2026-02", { "16": 60 })];
    const b = many(42, "north-ips", "2026-05", { "16": 60 });
    await indistinguishable(a, b);
  });

  it("overlapping periods (August–September minus August): only whole quarters can be asked for", async () => {
    const north = many(40, "north-ips", "2026-04", { "16": 60 });
    // Which month of the quarter South's calculations were made in cannot be had.
    await indistinguishable([...north, ...many(3, "south-ips", "2026-04", { "16": -5 })], [...north, ...many(3, "south-ips", "2026-06", { "16": -5 })]);
  });

  it("a zero is not told apart from a small number (is there anyone worse off in that small team?)", async () => {
    const north = many(41, "north-ips", "2026-05", { "16": 60 });
    await indistinguishable(
      [...north, ...many(3, "south-ips", "2026-05", { "16": 60 })],
      [...north, ...many(2, "south-ips", "2026-05", { "16": 60 }), makeRecord({ team: "south-ips", month: "2026-05", gains: { "16": [-40, ["carers-allowance-lost"]] } })],
    );
  });

  it("a reason given by fewer than 5 is not listed, so its presence is not given away", async () => {
    const north = [...many(36, "north-ips", "2026-05", { "16": 60 }), ...many(4, "north-ips", "2026-05", { "16": [-10, ["esa-ends-hours"]] })];
    await indistinguishable(
      [...north, makeRecord({ team: "north-ips", month: "2026-05", gains: { "16": [-10, ["carers-allowance-lost"]] } })],
      [...north, makeRecord({ team: "north-ips", month: "2026-05", gains: { "16": [-10, ["benefit-cap-applies"]] } })],
    );
  });

  it("how many unusual numbers of hours were left out is not said", async () => {
    const north = many(40, "north-ips", "2026-05", { "16": 60 });
    await indistinguishable(
      [...north, makeRecord({ team: "north-ips", month: "2026-05", gains: { "16": 60, "17.5": 70 } })],
      [...north, makeRecord({ team: "north-ips", month: "2026-05", gains: { "16": 60, "22.5": 70 } })],
    );
  });

  it("no count of 1 to 4, and no exact 0, is ever served; other counts are multiples of 5", async () => {
    const served = await world([
      ...many(23, "north-ips", "2026-04", { "8": 5, "16": 60 }),
      ...many(3, "north-ips", "2026-05", { "16": [-10, ["esa-ends-hours"]], "30": 0 }),
      ...many(2, "south-ips", "2026-07", { "16": 0 }),
    ]);
    const counts: unknown[] = [];
    const walk = (v: unknown, key = ""): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
      else if (["calculations", "results", "better", "worse", "same"].includes(key)) counts.push(v);
    };
    for (const body of served.values()) if (body.startsWith("200 {")) walk(JSON.parse(body.slice(4)));
    expect(counts.length).toBeGreaterThan(50);
    for (const c of counts) expect(typeof c === "string" ? c : (c as number) >= 5 && (c as number) % 5 === 0 ? "ok" : c).toMatch(/^(fewer than 5|ok)$/);
    for (const body of served.values()) expect(body).not.toMatch(/"(firstMonth|lastMonth|months|month|minimum|maximum|hoursNotShown)"/);
  });
});

describe("what cannot be read or written without the trust's say", () => {
  it("the record-level CSV is off without a read key", async () => {
    const t = await testApp();
    try {
      await postAll(t, many(5, "north-ips", "2026-05", { "16": 60 }));
      const res = await t.app.inject("/api/teams/north-ips/records.csv");
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain("2026-05");
    } finally {
      await t.close();
    }
  });

  it("a team code the trust has not configured (one that holds a name and a date of birth) is refused and never listed", async () => {
    const t = await testApp();
    try {
      const res = await t.post(makeRecord({ team: "jane-smith-19800101-sw1a1aa" }));
      expect(res.statusCode).toBe(400);
      expect(res.json().problems).toEqual([{ path: "team", message: '"jane-smith-19800101-sw1a1aa" is not a team this service collects records for' }]);
      const s = (await t.app.inject("/api/summary")).body;
      expect(s).not.toContain("jane");
      expect((await t.app.inject("/api/teams/jane-smith-19800101-sw1a1aa/summary")).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });

  it("hours off the half-hour grid are refused (they could carry a code)", async () => {
    const t = await testApp();
    try {
      const res = await t.post(makeRecord({ gains: { "19.8": 60 } }));
      expect(res.statusCode).toBe(400);
      expect(res.json().problems.map((p: { path: string }) => p.path)).toEqual(["scenarios.0.hours"]);
    } finally {
      await t.close();
    }
  });
});
