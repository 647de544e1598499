/**
 * Embedding headers (issue 12): the widget's code may be loaded by any page;
 * the API, CSV and pages may not be read cross-origin beyond allowedOrigins;
 * /frame.html may be framed by frameOrigins only. (The same in Chromium,
 * across origins: test/e2e/embed.test.ts.)
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { testApp, type TestApp } from "../helpers/server.js";

const INTRANET = "https://intranet.example-trust.nhs.uk";
const ELSEWHERE = "https://news.example.org";
let t: TestApp;

beforeAll(async () => {
  t = await testApp({ frameOrigins: [INTRANET], allowedOrigins: [INTRANET] });
  const dist = join(t.dir, "dist");
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "assets", "element-AbCd1234.js"), "export const x = 1;\n");
  writeFileSync(join(dist, "better-off-team-results.js"), "export {};\n");
  writeFileSync(join(dist, "frame-resize.js"), "\n");
  writeFileSync(join(dist, "frame.html"), "<!doctype html><title>frame</title>");
});
afterAll(async () => t.close());

describe("the widget's code: any origin may load it", () => {
  it.each(["/better-off-calculator.js", "/assets/element-AbCd1234.js", "/better-off-team-results.js", "/frame-resize.js"])("%s", async (url) => {
    for (const origin of [INTRANET, ELSEWHERE, undefined]) {
      const res = await t.app.inject({ url, headers: origin ? { origin } : {} });
      expect(res.statusCode).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(res.headers["access-control-allow-credentials"]).toBeUndefined();
      expect(res.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    }
  });
});

describe("everything else stays on the allow-list", () => {
  it.each(["/api/summary", "/api/teams/north-ips/summary", "/api/records/schema", "/api/teams/north-ips/records.csv", "/", "/team-results", "/frame.html", "/api/health"])("%s", async (url) => {
    const res = await t.app.inject({ url, headers: { origin: ELSEWHERE } });
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    expect(res.headers["cross-origin-resource-policy"]).toBe("same-origin");
    const allowed = await t.app.inject({ url, headers: { origin: INTRANET } });
    expect(allowed.headers["access-control-allow-origin"]).toBe(INTRANET);
  });
});

describe("framing", () => {
  it("/frame.html may be framed by frameOrigins", async () => {
    const res = await t.app.inject("/frame.html");
    expect(String(res.headers["content-security-policy"])).toContain(`frame-ancestors 'self' ${INTRANET};`);
    expect(res.headers["x-frame-options"]).toBeUndefined();
  });

  it.each(["/", "/team-results", "/api/summary"])("%s only by the service itself", async (url) => {
    const res = await t.app.inject(url);
    expect(String(res.headers["content-security-policy"])).toContain("frame-ancestors 'self';");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("without frameOrigins, /frame.html too", async () => {
    const t2 = await testApp();
    try {
      writeFileSync(join(t2.dir, "dist", "frame.html"), "<!doctype html><title>frame</title>");
      const res = await t2.app.inject("/frame.html");
      expect(String(res.headers["content-security-policy"])).toContain("frame-ancestors 'self';");
      expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    } finally {
      await t2.close();
    }
  });
});
