/**
 * Who may use the API: read keys for summaries and CSV, the CORS allow-list
 * for pages on other origins, the list of teams.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createHash } from "node:crypto";
import { makeRecord } from "../helpers/records.js";
import { postAll, testApp, type TestApp } from "../helpers/server.js";

const NORTH_KEY = "north-key-7f3a9c2e5b";
const TRUST_KEY = "trust-key-0d9e8f7a6b";
const bearer = (k: string) => ({ authorization: `Bearer ${k}` });

describe("read keys", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({
      teams: { "north-ips": { readKey: NORTH_KEY } },
      // The trust key given as its SHA-256 hash, so the config file need not hold it.
      trust: { readKeySha256: createHash("sha256").update(TRUST_KEY).digest("hex") },
    });
    await postAll(t, [makeRecord(), makeRecord({ team: "south-ips" })]);
  });
  afterAll(async () => t.close());

  const paths = ["/api/teams/north-ips/summary", "/api/teams/north-ips/records.csv"];

  it.each(paths)("%s: 401 without a key", async (url) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(401);
    expect(res.headers["www-authenticate"]).toBe('Bearer realm="better-off"');
    expect(res.json().message).toBe(
      url.endsWith(".csv")
        ? `team north-ips's records need its read key or the trust's: send it as "Authorization: Bearer <key>"`
        : `team north-ips's results need its read key: send it as "Authorization: Bearer <key>"`,
    );
    expect(res.body).not.toContain("north-ips,"); // no CSV rows
  });

  it.each(paths)("%s: 403 with a wrong key", async (url) => {
    expect((await t.app.inject({ url, headers: bearer("not-the-right-key-at-all") })).statusCode).toBe(403);
    expect((await t.app.inject({ url, headers: { authorization: NORTH_KEY } })).statusCode).toBe(401); // not a Bearer header
  });

  it.each(paths)("%s: 200 with the team's key, or the trust key", async (url) => {
    expect((await t.app.inject({ url, headers: bearer(NORTH_KEY) })).statusCode).toBe(200);
    expect((await t.app.inject({ url, headers: bearer(TRUST_KEY) })).statusCode).toBe(200);
  });

  it("a team without a key stays open", async () => {
    expect((await t.app.inject("/api/teams/south-ips/summary")).statusCode).toBe(200);
  });

  it("the trust-wide summary needs the trust key; a team key does not open it", async () => {
    expect((await t.app.inject("/api/summary")).statusCode).toBe(401);
    expect((await t.app.inject({ url: "/api/summary", headers: bearer(NORTH_KEY) })).statusCode).toBe(403);
    const ok = await t.app.inject({ url: "/api/summary", headers: bearer(TRUST_KEY) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().teams.map((r: { team: string }) => r.team)).toEqual(["north-ips", "south-ips"]);
  });

  it("posting records needs no key", async () => {
    expect((await t.post(makeRecord())).statusCode).toBe(201);
  });

  it("if some teams have keys and there is no trust key, the trust-wide summary is closed", async () => {
    const t2 = await testApp({ teams: { "north-ips": { readKey: NORTH_KEY } } });
    try {
      const res = await t2.app.inject("/api/summary");
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toMatch(/set a trust read key/);
    } finally {
      await t2.close();
    }
  });
});

describe("CORS: pages on other origins", () => {
  const INTRANET = "https://intranet.example.nhs.uk";
  const ELSEWHERE = "https://evil.example.com";
  let t: TestApp;
  beforeAll(async () => (t = await testApp({ allowedOrigins: [INTRANET] })));
  afterAll(async () => t.close());

  const preflight = (origin: string) =>
    t.app.inject({
      method: "OPTIONS",
      url: "/api/records",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });

  it("an allowed origin may post: the preflight says so", async () => {
    const res = await preflight(INTRANET);
    expect(res.statusCode).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe(INTRANET);
    expect(String(res.headers["access-control-allow-methods"])).toContain("POST");
    expect(String(res.headers["access-control-allow-headers"]).toLowerCase()).toContain("content-type");
    const post = await t.post(makeRecord(), { origin: INTRANET });
    expect(post.statusCode).toBe(201);
    expect(post.headers["access-control-allow-origin"]).toBe(INTRANET);
  });

  it("another origin gets no CORS permission, and its posts are refused", async () => {
    const res = await preflight(ELSEWHERE);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const post = await t.post(makeRecord(), { origin: ELSEWHERE });
    expect(post.statusCode).toBe(403);
    expect(post.json().message).toBe(`pages at ${ELSEWHERE} may not send records here: the service's allowedOrigins setting must list that origin`);
    expect(post.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("the service's own pages may always post (same origin)", async () => {
    const post = await t.post(makeRecord(), { origin: "http://localhost:8080", host: "localhost:8080" });
    expect(post.statusCode).toBe(201);
  });

  it("an allowed origin may read summaries", async () => {
    const res = await t.app.inject({ url: "/api/teams/north-ips/summary", headers: { origin: INTRANET } });
    expect(res.headers["access-control-allow-origin"]).toBe(INTRANET);
  });

  it("allowedOrigins does not let a site frame the pages (that is frameOrigins, for /frame.html only)", async () => {
    const res = await t.app.inject("/");
    expect(String(res.headers["content-security-policy"])).toContain("frame-ancestors 'self';");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });
});

describe("only listed teams", () => {
  it("refuses records from a team the service does not collect for", async () => {
    const t = await testApp({ onlyListedTeams: true, teams: { "north-ips": {} } });
    try {
      expect((await t.post(makeRecord())).statusCode).toBe(201);
      const res = await t.post(makeRecord({ team: "ward-9" }));
      expect(res.statusCode).toBe(400);
      expect(res.json().problems).toEqual([{ path: "team", message: '"ward-9" is not a team this service collects records for' }]);
    } finally {
      await t.close();
    }
  });
});
