/**
 * Availability: a request whose body never finishes is cut off (by default
 * within 15 s), connections beyond the cap are closed, and a summary is
 * worked out from compact aggregates however many hours values there are.
 * Against the service listening on loopback.
 */
import { describe, it, expect } from "vitest";
import net from "node:net";
import { performance } from "node:perf_hooks";
import { testApp } from "../helpers/server.js";
import { makeRecord } from "../helpers/records.js";

/** Open a raw connection, send the headers and part of a body, then nothing; resolve with what came back and when the socket closed. */
function slowBody(port: number): Promise<{ ms: number; response: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const s = net.connect(port, "127.0.0.1", () => {
      s.write("POST /api/records HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"schemaVersion\":1,");
    });
    let response = "";
    s.on("data", (d) => (response += d.toString()));
    s.on("close", () => resolve({ ms: performance.now() - t0, response }));
    s.on("error", reject);
    s.setTimeout(30_000, () => {
      s.destroy();
      reject(new Error("still open after 30 s"));
    });
  });
}

describe("timeouts and the connection cap", () => {
  it("a POST whose body stalls is answered 408 and closed within 15 s (default settings)", async () => {
    const t = await testApp();
    try {
      const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
      const { ms, response } = await slowBody(Number(new URL(address).port));
      expect(response).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeLessThan(15_000);
      expect(ms).toBeGreaterThan(9_000); // the default is 10 s: a body that is merely slow gets that long
    } finally {
      await t.close();
    }
  }, 40_000);

  it("connections beyond maxConnections are closed at once; the others are served", async () => {
    const t = await testApp({ maxConnections: 3 });
    try {
      const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
      const port = Number(new URL(address).port);
      const open = () => new Promise<net.Socket>((r) => { const s = net.connect(port, "127.0.0.1", () => r(s)); });
      const held = await Promise.all([open(), open(), open()]);
      const fourth = await new Promise<string>((resolve) => {
        const s = net.connect(port, "127.0.0.1", () => s.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        let got = "";
        s.on("data", (d) => (got += d.toString()));
        s.on("close", () => resolve(got));
        s.on("error", () => resolve(got));
      });
      expect(fourth).toBe(""); // closed without an answer
      held[0]!.destroy();
      await new Promise((r) => setTimeout(r, 100));
      const ok = await fetch(`${address}/api/health`);
      expect(ok.status).toBe(200);
      for (const s of held) s.destroy();
    } finally {
      await t.close();
    }
  });
});

describe("summaries stay cheap", () => {
  it("records with every half-hour level: the trust summary is small and quick", async () => {
    const t = await testApp({ rateLimit: { postsPerMinute: 100_000 } });
    try {
      // 200 half-hour levels (0.5 … 100), 12 records each, gains spread over ±1000.
      const records = [];
      for (let i = 0; i < 200; i++) {
        const hours = String((i + 1) / 2);
        for (let k = 0; k < 12; k++) records.push(makeRecord({ team: k % 2 ? "north-ips" : "south-ips", gains: { [hours]: ((i * 37 + k * 101) % 2001) - 1000 } }));
      }
      for (const r of records) expect((await t.post(r)).statusCode).toBe(201);
      const t0 = performance.now();
      const res = await t.app.inject("/api/summary");
      const ms = performance.now() - t0;
      expect(res.statusCode).toBe(200);
      // 6 results per level per team: every level shown for each team (6 → 5) and for the trust (12 → 10).
      expect(res.json().trust.hours).toHaveLength(200);
      expect(ms).toBeLessThan(2000); // a loose bound: the figure that matters is `npm run bench server`
    } finally {
      await t.close();
    }
  }, 60_000);
});
