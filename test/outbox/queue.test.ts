/**
 * The IndexedDB outbox (fake-indexeddb): one entry per id, survives being
 * reopened, capped by size and age.
 */
import { describe, it, expect } from "vitest";
import { IDBFactory } from "fake-indexeddb";
import { Outbox, OutboxFullError } from "../../src/outbox/queue.js";
import { makeRecord } from "../helpers/records.js";

const DAY = 24 * 60 * 60 * 1000;
const ENDPOINT = "https://results.example.nhs.uk/api/records";

function clock(start = Date.UTC(2026, 4, 14, 10)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("the outbox", () => {
  it("keeps a record as waiting, due at once", async () => {
    const c = clock();
    const box = await Outbox.open({ indexedDB: new IDBFactory(), now: c.now });
    const r = makeRecord();
    const e = await box.add(r, ENDPOINT);
    expect(e).toEqual({ id: r.id, record: r, endpoint: ENDPOINT, state: "waiting", attempts: 0, createdAt: c.now(), nextAttemptAt: c.now() });
    expect(await box.due()).toEqual([e]);
  });

  it("holds one entry per id: adding the same record again changes nothing", async () => {
    const box = await Outbox.open({ indexedDB: new IDBFactory() });
    const r = makeRecord();
    const first = await box.add(r, ENDPOINT);
    await box.update(r.id, (e) => ({ ...e, attempts: 3 }));
    const again = await box.add(r, ENDPOINT);
    expect(again).toEqual({ ...first, attempts: 3 });
    expect(await box.all()).toHaveLength(1);
  });

  it("survives being closed and opened again (a page reload)", async () => {
    const idb = new IDBFactory();
    const r = makeRecord();
    const a = await Outbox.open({ indexedDB: idb, name: "reload-test" });
    await a.add(r, ENDPOINT);
    a.close();
    const b = await Outbox.open({ indexedDB: idb, name: "reload-test" });
    expect((await b.all()).map((e) => e.id)).toEqual([r.id]);
  });

  it("lists only entries due now, oldest first", async () => {
    const c = clock();
    const box = await Outbox.open({ indexedDB: new IDBFactory(), now: c.now });
    const [a, b, later] = [makeRecord(), makeRecord(), makeRecord()];
    await box.add(a, ENDPOINT);
    c.advance(1000);
    await box.add(b, ENDPOINT);
    await box.add(later, ENDPOINT);
    await box.update(later.id, (e) => ({ ...e, nextAttemptAt: c.now() + 60_000 }));
    expect((await box.due()).map((e) => e.id)).toEqual([a.id, b.id]);
  });

  describe("capped by size", () => {
    it("makes room by dropping sent entries first, then failed ones", async () => {
      const c = clock();
      const box = await Outbox.open({ indexedDB: new IDBFactory(), now: c.now, maxEntries: 3 });
      const [sent, failed, waiting, next, last] = [makeRecord(), makeRecord(), makeRecord(), makeRecord(), makeRecord()];
      for (const r of [sent, failed, waiting]) {
        await box.add(r, ENDPOINT);
        c.advance(1000);
      }
      await box.update(sent.id, (e) => ({ ...e, state: "sent", sentAt: c.now() }));
      await box.update(failed.id, (e) => ({ ...e, state: "failed", reason: "invalid" }));
      await box.add(next, ENDPOINT);
      expect((await box.all()).map((e) => e.id)).toEqual([failed.id, waiting.id, next.id]);
      c.advance(1000);
      await box.add(last, ENDPOINT);
      expect((await box.all()).map((e) => e.id)).toEqual([waiting.id, next.id, last.id]);
    });

    it("refuses a new record rather than drop one not yet sent", async () => {
      const box = await Outbox.open({ indexedDB: new IDBFactory(), maxEntries: 2 });
      const [a, b] = [makeRecord(), makeRecord()];
      await box.add(a, ENDPOINT);
      await box.add(b, ENDPOINT);
      await expect(box.add(makeRecord(), ENDPOINT)).rejects.toBeInstanceOf(OutboxFullError);
      expect((await box.all()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    });
  });

  describe("capped by age", () => {
    it("drops unsent and failed entries older than maxAgeMs, sent ones after keepSentMs", async () => {
      const c = clock();
      const box = await Outbox.open({ indexedDB: new IDBFactory(), now: c.now, maxAgeMs: 30 * DAY, keepSentMs: 7 * DAY });
      const [old, sent, fresh] = [makeRecord(), makeRecord(), makeRecord()];
      await box.add(old, ENDPOINT);
      await box.add(sent, ENDPOINT);
      await box.update(sent.id, (e) => ({ ...e, state: "sent", sentAt: c.now() }));
      c.advance(8 * DAY);
      expect((await box.all()).map((e) => e.id)).toEqual([old.id]); // sent 8 days ago: gone
      await box.add(fresh, ENDPOINT); // adding also deletes what has expired (the sent entry)
      c.advance(23 * DAY); // old is now 31 days old
      expect(await box.prune()).toBe(1);
      expect(await box.prune()).toBe(0);
      expect((await box.all()).map((e) => e.id)).toEqual([fresh.id]);
    });
  });

  it("removes an entry", async () => {
    const box = await Outbox.open({ indexedDB: new IDBFactory() });
    const r = makeRecord();
    await box.add(r, ENDPOINT);
    await box.remove(r.id);
    expect(await box.get(r.id)).toBeUndefined();
  });
});
