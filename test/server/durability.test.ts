/**
 * Durability: the real service as a child process, several clients posting
 * at once, SIGKILL in the middle of the stream, restart on the same store
 * (the SQLite file; in the "postgres" test project, the same PostgreSQL database).
 * Every record that got a 201 or 200 is there, and none is there (or
 * counted) twice.
 */
import { describe, it, expect } from "vitest";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monthOf } from "../../src/base/months.js";
import { makeRecord } from "../helpers/records.js";
import { startApp, type RunningApp } from "../helpers/app.js";
import { freshStore } from "../helpers/store.js";

const CLIENTS = 8;

function post(agent: http.Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: "POST", path: "/api/records", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("durability", () => {
  it("SIGKILL mid-stream: every acknowledged id is there after a restart, and none twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "better-off-durability-"));
    const store = await freshStore(dir);
    const env = { ...store.env, BETTER_OFF_POSTS_PER_MINUTE: "1000000", BETTER_OFF_READS_PER_MINUTE: "1000000" };
    const month = monthOf(new Date());
    let app: RunningApp | null = await startApp(env);
    try {
      const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
      const acknowledged = new Map<string, string>(); // id → body
      const attempted = new Set<string>();
      let killed = false;
      const port = app.port;
      const exited = new Promise<void>((res) => app!.child.once("exit", () => res()));
      const clients = Array.from({ length: CLIENTS }, async (_, c) => {
        while (!killed) {
          const r = makeRecord({ month, team: `team-${c % 3}`, gains: { "16": (c * 37) % 200 - 20, "30": 150 } });
          const body = JSON.stringify(r);
          attempted.add(r.id);
          try {
            const status = await post(agent, port, body);
            if (status === 201 || status === 200) acknowledged.set(r.id, body);
            else if (!killed) throw new Error(`unexpected status ${status}`);
          } catch (e) {
            if (!killed) throw e;
          }
        }
      });
      // Let the stream run, then kill the service without warning while posts are in flight.
      while (acknowledged.size < 400) await new Promise((r) => setTimeout(r, 10));
      app.child.kill("SIGKILL");
      killed = true;
      await exited;
      await Promise.all(clients);
      agent.destroy();
      const acked = [...acknowledged.keys()];
      expect(acked.length).toBeGreaterThanOrEqual(400);
      expect(attempted.size).toBeGreaterThan(acked.length); // posts were in flight when it died

      app = await startApp(env);
      const ids = (await store.query<{ id: string }>("SELECT id FROM records")).map((r) => r.id);
      const stored = new Set(ids);
      expect(ids.length).toBe(stored.size); // none twice
      expect(acked.filter((id) => !stored.has(id))).toEqual([]); // every acknowledged id is there
      expect(ids.filter((id) => !attempted.has(id))).toEqual([]); // nothing that was never sent

      // The summaries count each stored record once (shown to the nearest 5)…
      const shown = 5 * Math.round(ids.length / 5);
      const trust = JSON.parse((await get(app.port, "/api/summary")).body) as { trust: { calculations: number } };
      expect(trust.trust.calculations).toBe(shown);
      // …and still do after every acknowledged record is sent again (as a client retrying would).
      const agent2 = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
      const again = await Promise.all([...acknowledged.values()].slice(0, 200).map((b) => post(agent2, app!.port, b)));
      agent2.destroy();
      expect(new Set(again)).toEqual(new Set([200]));
      const after = JSON.parse((await get(app.port, "/api/summary")).body) as { trust: { calculations: number } };
      expect(after.trust.calculations).toBe(shown);
      const [sum] = await store.query<{ n: number }>("SELECT CAST(SUM(records) AS INTEGER) AS n FROM month_counts");
      expect(sum!.n).toBe(ids.length); // the aggregates, exactly
    } finally {
      await app?.stop();
      await store.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
