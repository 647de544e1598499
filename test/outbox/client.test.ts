/**
 * The records client: sends until acknowledged, retries with backoff and
 * jitter, never retries a refused record, survives a reload, and a record
 * sent twice is counted once.
 */
import { describe, it, expect, vi } from "vitest";
import { IDBFactory } from "fake-indexeddb";
import { Outbox } from "../../src/outbox/queue.js";
import { RecordsClient, type RecordStatus } from "../../src/outbox/client.js";
import type { AnonymisedRecord } from "../../src/records/schema.js";
import { makeRecord } from "../helpers/records.js";

const ENDPOINT = "https://results.example.nhs.uk/api/records";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** A stand-in for the service: stores each id once (ON CONFLICT DO NOTHING). */
function service() {
  const stored = new Map<string, AnonymisedRecord>();
  let down = false;
  let loseNextReply = false;
  const requests: RequestInit[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    requests.push(init!);
    if (down) throw new TypeError("Failed to fetch");
    const record = JSON.parse(String(init!.body)) as AnonymisedRecord;
    const isNew = !stored.has(record.id);
    if (isNew) stored.set(record.id, record);
    if (loseNextReply) {
      loseNextReply = false;
      throw new TypeError("connection reset"); // stored, but the reply never arrived
    }
    return json(isNew ? 201 : 200, { id: record.id, status: isNew ? "stored" : "already stored" });
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    calls: fetch,
    stored,
    requests,
    setDown: (d: boolean) => (down = d),
    loseNextReply: () => (loseNextReply = true),
  };
}

function setup(opts: { fetch: typeof fetch; idb?: IDBFactory; name?: string; random?: () => number }) {
  let t = Date.UTC(2026, 4, 14, 10);
  const timers: { f: () => void; ms: number }[] = [];
  const events = new EventTarget();
  const make = async () => {
    const outbox = await Outbox.open({ indexedDB: opts.idb ?? new IDBFactory(), name: opts.name ?? "test", now: () => t });
    return new RecordsClient({
      outbox,
      fetch: opts.fetch,
      now: () => t,
      random: opts.random ?? (() => 0.5),
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      events,
      setTimer: (f, ms) => {
        const h = { f, ms };
        timers.push(h);
        return h;
      },
      clearTimer: (h) => timers.splice(timers.indexOf(h as (typeof timers)[number]) >>> 0, 1),
    });
  };
  return { make, advance: (ms: number) => (t += ms), now: () => t, timers, events };
}

describe("sending", () => {
  it("posts the record as JSON and marks it sent on 201", async () => {
    const svc = service();
    const client = await setup({ fetch: svc.fetch }).make();
    const r = makeRecord();
    const status = await client.submit(r, ENDPOINT);
    expect(status).toEqual({ id: r.id, state: "sent", sentAt: expect.any(Number) });
    expect(svc.calls).toHaveBeenCalledTimes(1);
    expect(svc.calls.mock.calls[0]![0]).toBe(ENDPOINT);
    const init = svc.requests[0]!;
    expect(init.method).toBe("POST");
    expect(init.headers).toEqual({ "content-type": "application/json" });
    expect(init.credentials).toBe("omit");
    expect(JSON.parse(String(init.body))).toEqual(r);
  });

  it("a 200 (already stored) also counts as sent", async () => {
    const client = await setup({ fetch: async () => json(200, { status: "already stored" }) }).make();
    expect((await client.submit(makeRecord(), ENDPOINT)).state).toBe("sent");
  });

  it("submitting the same record twice queues and sends it once", async () => {
    const svc = service();
    const client = await setup({ fetch: svc.fetch }).make();
    const r = makeRecord();
    await Promise.all([client.submit(r, ENDPOINT), client.submit(r, ENDPOINT)]);
    expect(svc.calls).toHaveBeenCalledTimes(1);
    expect(await client.list()).toHaveLength(1);
  });

  it("tells subscribers about each change", async () => {
    const svc = service();
    const client = await setup({ fetch: svc.fetch }).make();
    const seen: RecordStatus["state"][] = [];
    client.subscribe((s) => seen.push(s.state));
    await client.submit(makeRecord(), ENDPOINT);
    expect(seen).toEqual(["waiting", "sent"]);
  });
});

describe("a record the service refuses", () => {
  const refused = json(400, {
    statusCode: 400,
    message: "the record is not valid, so it was not stored",
    problems: [{ path: "team", message: '"ward-9" is not a team this service collects records for' }],
  });

  it("is failed, with the service's reason, and is not retried", async () => {
    const fetch = vi.fn(async () => refused.clone());
    const s = setup({ fetch: fetch as unknown as typeof globalThis.fetch });
    const client = await s.make();
    const r = makeRecord();
    const status = await client.submit(r, ENDPOINT);
    expect(status).toEqual({
      id: r.id,
      state: "failed",
      reason: 'the record is not valid, so it was not stored (team: "ward-9" is not a team this service collects records for)',
      problems: [{ path: "team", message: '"ward-9" is not a team this service collects records for' }],
    });
    s.advance(24 * 60 * 60 * 1000);
    await client.flush();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each([403, 404, 413, 415])("%i is not retried either", async (code) => {
    const fetch = vi.fn(async () => json(code, { message: `refused (${code})` }));
    const client = await setup({ fetch: fetch as unknown as typeof globalThis.fetch }).make();
    expect(await client.submit(makeRecord(), ENDPOINT)).toMatchObject({ state: "failed", reason: `refused (${code})` });
  });
});

describe("when the service cannot take it now", () => {
  it.each([500, 502, 503, 408, 429])("%i: waits and retries after a backoff", async (code) => {
    let answer = code;
    const fetch = vi.fn(async () => json(answer, { message: "busy" }));
    const s = setup({ fetch: fetch as unknown as typeof globalThis.fetch, random: () => 0 });
    const client = await s.make();
    const r = makeRecord();
    const status = await client.submit(r, ENDPOINT);
    // attempt 1: delay 1000 ms, equal jitter with random 0 → 500 ms
    expect(status).toEqual({ id: r.id, state: "waiting", attempts: 1, nextAttemptAt: s.now() + 500, lastError: "busy" });
    await client.flush(); // not due yet
    expect(fetch).toHaveBeenCalledTimes(1);
    answer = 201;
    s.advance(500);
    await client.flush();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await client.status(r.id))!.state).toBe("sent");
  });

  it("offline: waits, and sends when the browser comes back online", async () => {
    const svc = service();
    svc.setDown(true);
    const s = setup({ fetch: svc.fetch });
    const client = await s.make();
    await client.start();
    const r = makeRecord();
    expect(await client.submit(r, ENDPOINT)).toMatchObject({ state: "waiting", attempts: 1, lastError: "the service could not be reached (offline?)" });
    svc.setDown(false);
    s.advance(60_000);
    s.events.dispatchEvent(new Event("online"));
    await vi.waitFor(async () => expect((await client.status(r.id))!.state).toBe("sent"));
    expect(svc.stored.size).toBe(1);
    client.stop();
  });

  it("honours Retry-After", async () => {
    const client = setup({ fetch: async () => json(429, { message: "slow down" }, { "retry-after": "120" }) });
    const c = await client.make();
    const status = await c.submit(makeRecord(), ENDPOINT);
    expect(status.state === "waiting" && status.nextAttemptAt - client.now()).toBe(120_000);
  });

  it("schedules the next attempt on a timer", async () => {
    const s = setup({ fetch: async () => json(503, {}), random: () => 1 });
    const client = await s.make();
    await client.start();
    await client.submit(makeRecord(), ENDPOINT);
    expect(s.timers.map((t) => t.ms)).toEqual([1000]);
    client.stop();
    expect(s.timers).toEqual([]);
  });

  it("gives up on an attempt that takes too long, and retries later", async () => {
    const hang = (_u: unknown, init?: RequestInit) =>
      new Promise<Response>((_res, rej) => init!.signal!.addEventListener("abort", () => rej(new DOMException("aborted", "AbortError"))));
    const outbox = await Outbox.open({ indexedDB: new IDBFactory() });
    const client = new RecordsClient({ outbox, fetch: hang as typeof fetch, timeoutMs: 20 });
    expect(await client.submit(makeRecord(), ENDPOINT)).toMatchObject({ state: "waiting", lastError: "the service did not answer in time" });
  });
});

describe("backoff", () => {
  it("doubles from the base delay up to the maximum, with half of it random", async () => {
    const lo = await setup({ fetch: service().fetch, random: () => 0 }).make();
    const hi = await setup({ fetch: service().fetch, random: () => 0.999999 }).make();
    expect([1, 2, 3, 4, 5].map((n) => lo.backoff(n))).toEqual([500, 1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4, 5].map((n) => Math.round(hi.backoff(n)))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(lo.backoff(30)).toBe(30_000);
    expect(Math.round(hi.backoff(30))).toBe(60_000);
  });
});

describe("exactly once", () => {
  it("a record waiting when the page is closed is sent after a reload", async () => {
    const idb = new IDBFactory();
    const svc = service();
    svc.setDown(true);
    const before = setup({ fetch: svc.fetch, idb, name: "reload" });
    const r = makeRecord();
    expect((await (await before.make()).submit(r, ENDPOINT)).state).toBe("waiting");
    // Reload: a new page, a new client on the same IndexedDB; the service is back.
    svc.setDown(false);
    const after = await setup({ fetch: svc.fetch, idb, name: "reload" }).make();
    await after.start();
    expect((await after.status(r.id))!.state).toBe("sent");
    expect([...svc.stored.keys()]).toEqual([r.id]);
    after.stop();
  });

  it("a reply lost after the service stored the record: the retry gets 200, and it is counted once", async () => {
    const svc = service();
    svc.loseNextReply();
    const s = setup({ fetch: svc.fetch, random: () => 0 });
    const client = await s.make();
    const r = makeRecord();
    expect((await client.submit(r, ENDPOINT)).state).toBe("waiting");
    s.advance(500);
    await client.flush();
    expect((await client.status(r.id))!.state).toBe("sent");
    expect(svc.calls).toHaveBeenCalledTimes(2);
    expect(svc.stored.size).toBe(1);
  });
});
