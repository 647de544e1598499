/**
 * POST /api/records and GET /api/records/schema against the real service
 * (buildApp + inject) on a real store (SQLite, and PostgreSQL in the
 * "postgres" test project): store, duplicate, refuse, 413,
 * 415, 429, security headers, no leaked errors.
 */
import { describe, it, expect, beforeEach, afterEach } from "vitest";
import { recordJsonSchema } from "../../src/records/schema.js";
import { makeRecord, VALID_RECORD } from "../helpers/records.js";
import { testApp, type TestApp } from "../helpers/server.js";

let t: TestApp;
beforeEach(async () => (t = await testApp()));
afterEach(async () => t.close());

const rows = (t: TestApp) => t.store.query<{ id: string; team: string; month: string }>("SELECT id, team, month FROM records ORDER BY id");

describe("POST /api/records", () => {
  it("201: stores a valid record, on disk", async () => {
    const r = makeRecord();
    const res = await t.post(r);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: r.id, status: "stored" });
    expect(await rows(t)).toEqual([{ id: r.id, team: "north-ips", month: "2026-05" }]);
  });

  it("409: the same id with different content is refused, and the stored record is unchanged", async () => {
    const r = makeRecord();
    expect((await t.post(r)).statusCode).toBe(201);
    for (const other of [{ ...r, month: "2026-06" }, { ...r, team: "south-ips" }, { ...r, household: { ...r.household, children: "2" } }, { ...r, scenarios: [{ ...r.scenarios[0]!, betterOffAfterCostsWeekly: 91 }] }]) {
      const res = await t.post(other);
      expect(res.statusCode).toBe(409);
      expect(res.json().problems).toEqual([{ path: "id", message: "already used by a different record" }]);
    }
    expect(await rows(t)).toEqual([{ id: r.id, team: "north-ips", month: "2026-05" }]);
    expect((await t.post(r)).statusCode).toBe(200); // the same record again is still fine
  });

  it("200: the same id again is acknowledged and not stored or counted twice", async () => {
    const r = makeRecord();
    expect((await t.post(r)).statusCode).toBe(201);
    const again = await t.post(r);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: r.id, status: "already stored" });
    expect(await rows(t)).toHaveLength(1);
    const summary = (await t.app.inject("/api/teams/north-ips/summary")).json();
    expect(summary.calculations).toBe("fewer than 5");
  });

  it("two posts of the same new record at once: one 201, one 200", async () => {
    const r = makeRecord();
    const codes = (await Promise.all([t.post(r), t.post(r)])).map((x) => x.statusCode).sort();
    expect(codes).toEqual([200, 201]);
    expect(await rows(t)).toHaveLength(1);
  });

  it("400: identifying and unknown fields are refused, one message each, and nothing is stored", async () => {
    const res = await t.post({ ...VALID_RECORD, name: "Jo Bloggs", household: { ...VALID_RECORD.household, postcode: "LS1 4AP" }, colour: "blue" });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.message).toBe("the record is not valid, so it was not stored");
    expect(body.problems.map((p: { path: string }) => p.path).sort()).toEqual(["colour", "household.postcode", "name"]);
    expect(body.fieldErrors.name).toEqual([expect.stringContaining('"name" is refused')]);
    expect(body.fieldErrors["household.postcode"]).toEqual([expect.stringContaining('"postcode" is refused')]);
    expect(body.fieldErrors.colour).toEqual([expect.stringContaining('unknown field "colour"')]);
    expect(await rows(t)).toEqual([]);
  });

  it("400: every invalid value is listed", async () => {
    const res = await t.post({ ...VALID_RECORD, team: "North IPS", month: "May", scenarios: [{ hours: "16", betterOffAfterCostsWeekly: 12.5, outcome: "better", flags: [] }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().problems.map((p: { path: string }) => p.path).sort()).toEqual(["month", "scenarios.0.betterOffAfterCostsWeekly", "team"]);
    expect(await rows(t)).toEqual([]);
  });

  it("400: a month in the future or before the retention period", async () => {
    expect((await t.post(makeRecord({ month: "2026-08" }))).json().problems).toEqual([{ path: "month", message: "2026-08 is in the future" }]);
    expect((await t.post(makeRecord({ month: "2023-06" }))).json().problems).toEqual([
      { path: "month", message: "2023-06 is before 2023-07: this service keeps records for 36 months" },
    ]);
    expect((await t.post(makeRecord({ month: "2026-07" }))).statusCode).toBe(201); // next month: a clock slightly fast
  });

  it("400: not JSON, or empty", async () => {
    const bad = await t.app.inject({ method: "POST", url: "/api/records", payload: "{not json", headers: { "content-type": "application/json" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe("the request body is not valid JSON");
    const empty = await t.app.inject({ method: "POST", url: "/api/records", headers: { "content-type": "application/json" } });
    expect(empty.statusCode).toBe(400);
  });

  it("413: a body over 16 KB", async () => {
    const res = await t.post({ ...VALID_RECORD, padding: "x".repeat(20_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe("the request body is too large: a record is at most 16 KB");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])("415: %s", async (type) => {
    const res = await t.app.inject({ method: "POST", url: "/api/records", payload: JSON.stringify(VALID_RECORD), headers: { "content-type": type } });
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe("send the record as JSON, with Content-Type: application/json");
    expect(await rows(t)).toEqual([]);
  });

  it("415: no content type", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/records", payload: Buffer.from(JSON.stringify(VALID_RECORD)) });
    expect(res.statusCode).toBe(415);
  });

  it("accepts application/json with a charset", async () => {
    expect((await t.post(makeRecord(), { "content-type": "application/json; charset=utf-8" })).statusCode).toBe(201);
  });
});

describe("429: a client that floods the service", () => {
  it("is told to slow down, with Retry-After; nothing more is stored", async () => {
    const limited = await testApp({ rateLimit: { postsPerMinute: 3 } });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.post(makeRecord())).statusCode).toBe(201);
      const res = await limited.post(makeRecord());
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      expect(res.json().message).toMatch(/^too many requests: try again in \d+ seconds$/);
      expect(await rows(limited)).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });
});

describe("GET /api/records/schema", () => {
  it("returns the record's JSON Schema", async () => {
    const res = await t.app.inject("/api/records/schema");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/schema+json; charset=utf-8");
    expect(res.json()).toEqual(recordJsonSchema());
  });
});

describe("security headers", () => {
  const requests: [string, (t: TestApp) => Promise<{ statusCode: number; headers: Record<string, unknown> }>, number][] = [
    ["201", (t) => t.post(makeRecord()), 201],
    ["400", (t) => t.post({ name: "x" }), 400],
    ["413", (t) => t.post({ x: "x".repeat(20_000) }), 413],
    ["415", (t) => t.app.inject({ method: "POST", url: "/api/records", payload: "x", headers: { "content-type": "text/plain" } }), 415],
    ["404", (t) => t.app.inject("/api/nothing"), 404],
    ["schema", (t) => t.app.inject("/api/records/schema"), 200],
    ["summary", (t) => t.app.inject("/api/teams/north-ips/summary"), 200],
    ["CSV", (t) => t.app.inject("/api/teams/north-ips/records.csv"), 403], // off: no read key configured
    ["a demo page", (t) => t.app.inject("/"), 200],
    ["the widget module", (t) => t.app.inject("/better-off-calculator.js"), 200],
    ["the dashboard page", (t) => t.app.inject("/team-results?team=north-ips"), 200],
  ];
  it.each(requests)("on a %s response", async (_what, request, status) => {
    const res = await request(t);
    expect(res.statusCode).toBe(status);
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("object-src 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  it("the demo page and the widget module are served from dist/", async () => {
    const page = await t.app.inject("/");
    expect(page.body).toContain('<script type="module" src="./better-off-calculator.js">');
    const js = await t.app.inject("/better-off-calculator.js");
    expect(js.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    // Any page may load the module (test/server/embedding.test.ts has the rest).
    expect(js.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    expect(page.headers["cross-origin-resource-policy"]).toBe("same-origin");
  });
});

describe("errors never leak internals", () => {
  it("a failure inside the service is a 500 with a generic message", async () => {
    await t.app.betterOff.store.close(); // break the database under the running service
    const res = await t.post(makeRecord());
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({
      statusCode: 500,
      error: "Internal Server Error",
      message: "something went wrong on the server (the details are in its log); a record can safely be sent again",
      problems: [{ path: "", message: body.message }],
      formErrors: [body.message],
      fieldErrors: {},
    });
    expect(JSON.stringify(body)).not.toMatch(/sqlite|database|at |\.ts|node_modules/i);
    expect(res.headers["content-security-policy"]).toBeDefined();
  });
});

describe("GET /team-results", () => {
  it("is a page holding the dashboard for the team, with no inline script", async () => {
    const res = await t.app.inject("/team-results?team=north-ips&from=2026-04");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.body).toContain('<better-off-team-results team="north-ips" from="2026-04">');
    expect(res.body).toContain('<script type="module" src="./better-off-team-results.js"></script>');
    expect(res.body.match(/<script/g)).toHaveLength(1);
  });

  it("without a team: the trust-wide figures", async () => {
    expect((await t.app.inject("/team-results")).body).toContain("<better-off-team-results>");
  });

  it.each(['team="><script>alert(1)</script>', "read-key=abc", "from=May"])("refuses %s", async (q) => {
    const res = await t.app.inject(`/team-results?${q.replace(/[<>"]/g, encodeURIComponent)}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain("<script>");
  });
});
