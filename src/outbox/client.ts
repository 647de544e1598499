/**
 * Sends the outbox's records to the results service, and says where each
 * one is: sent, waiting to send, or failed (with the reason).
 *
 *  - A record stays in the outbox until the service acknowledges it (201
 *    stored, 200 already stored). Sending it again is harmless: the service
 *    counts each id once.
 *  - Network errors, timeouts, 408, 425, 429 and 5xx are retried with
 *    exponential backoff and jitter (and never sooner than Retry-After);
 *    going back online retries at once; so does a reload (start()).
 *  - Any other 4xx (400 invalid, 403 origin not allowed, 413, 415…) is not
 *    retried: the entry is "failed" with the service's reason for the user.
 *
 * For the widget: `const client = await recordsClient();` then
 * `client.submit(recordFor(household, result, team), endpoint)` and
 * `client.subscribe(status => …)`.
 */
import type { Household } from "../engine/household.js";
import type { Result } from "../engine/index.js";
import { anonymise } from "../records/anonymise.js";
import { monthOf } from "../base/months.js";
import { randomId } from "../records/random-id.js";
import { Outbox, type OutboxEntry, type OutboxOptions } from "./queue.js";
import type { AnonymisedRecord, RecordProblem } from "../records/schema.js";

export type RecordStatus =
  | { readonly id: string; readonly state: "sent"; readonly sentAt: number }
  | { readonly id: string; readonly state: "waiting"; readonly attempts: number; readonly nextAttemptAt: number; readonly lastError?: string }
  | { readonly id: string; readonly state: "failed"; readonly reason: string; readonly problems: readonly RecordProblem[] };

export interface RecordsClientOptions {
  readonly outbox: Outbox;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  readonly random?: () => number;
  /** First retry after about this long (default 5 s); doubles each time… */
  readonly baseDelayMs?: number;
  /** …up to this (default 15 minutes). */
  readonly maxDelayMs?: number;
  /** Give up on one attempt after this long (default 20 s). */
  readonly timeoutMs?: number;
  /** Where "online" events come from (default: window, if any). */
  readonly events?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  readonly setTimer?: (f: () => void, ms: number) => unknown;
  readonly clearTimer?: (t: unknown) => void;
}

/** The record of one calculation, stamped with this month and a random id (the impure edge of anonymise()). */
export function recordFor(household: Household, result: Result, team: string, now = new Date()): AnonymisedRecord {
  return anonymise(household, result, { team, month: monthOf(now), id: randomId() });
}

export function statusOf(e: OutboxEntry): RecordStatus {
  if (e.state === "sent") return { id: e.id, state: "sent", sentAt: e.sentAt ?? e.createdAt };
  if (e.state === "failed") return { id: e.id, state: "failed", reason: e.reason ?? "the service refused the record", problems: e.problems ?? [] };
  return { id: e.id, state: "waiting", attempts: e.attempts, nextAttemptAt: e.nextAttemptAt, ...(e.lastError ? { lastError: e.lastError } : {}) };
}

const RETRY_STATUS = new Set([408, 425, 429]);
const LOCK = "better-off-outbox";

export class RecordsClient {
  private readonly outbox: Outbox;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly setTimer: (f: () => void, ms: number) => unknown;
  private readonly clearTimer: (t: unknown) => void;
  private readonly events: RecordsClientOptions["events"];
  private readonly listeners = new Set<(s: RecordStatus) => void>();
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  /** The next flush sends every waiting record, due or not. */
  private everything = false;
  private readonly onOnline = () => {
    this.everything = true;
    void this.flush();
  };

  constructor(opts: RecordsClientOptions) {
    this.outbox = opts.outbox;
    this.fetch = opts.fetch ?? ((...a) => globalThis.fetch(...a));
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    this.baseDelayMs = opts.baseDelayMs ?? 5_000;
    this.maxDelayMs = opts.maxDelayMs ?? 15 * 60_000;
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.setTimer = opts.setTimer ?? ((f, ms) => setTimeout(f, ms));
    this.clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    this.events = opts.events ?? (typeof window !== "undefined" ? window : undefined);
  }

  /**
   * Send everything waiting in the outbox now (after a reload, without
   * waiting out the old backoff), then keep retrying on a timer and when the
   * browser comes back online.
   */
  start(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.events?.addEventListener("online", this.onOnline);
      this.everything = true;
    }
    return this.flush();
  }

  stop(): void {
    this.started = false;
    this.events?.removeEventListener("online", this.onOnline);
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  /** Listen for every change of any record's state. Returns the unsubscribe function. */
  subscribe(listener: (s: RecordStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Put a record in the outbox and try to send it at once. Resolves with its
   * state after that first attempt (the same record twice is one entry).
   */
  async submit(record: AnonymisedRecord, endpoint: string): Promise<RecordStatus> {
    const entry = await this.outbox.add(record, endpoint);
    this.emit(statusOf(entry));
    await this.flush();
    return (await this.status(record.id)) ?? statusOf(entry);
  }

  async status(id: string): Promise<RecordStatus | undefined> {
    const e = await this.outbox.get(id);
    return e ? statusOf(e) : undefined;
  }

  async list(): Promise<RecordStatus[]> {
    return (await this.outbox.all()).map(statusOf);
  }

  /** Try a waiting record again now (e.g. a "Send now" button). */
  async retryNow(id: string): Promise<void> {
    await this.outbox.update(id, (e) => (e.state === "waiting" ? { ...e, nextAttemptAt: this.now() } : e));
    await this.flush();
  }

  /** Forget a record (e.g. the user dismisses a failed one). */
  async remove(id: string): Promise<void> {
    await this.outbox.remove(id);
  }

  /** Send every due record, one at a time. Concurrent calls share one run (and one more runs after it). */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.withLock(() => this.sendDue());
        } while (this.again);
      } finally {
        this.running = null;
        await this.schedule();
      }
    })();
    return this.running;
  }

  /** Across tabs of the same site, one flush at a time (Web Locks, where the browser has them). */
  private async withLock(f: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== "undefined" ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
    if (locks?.request) await locks.request(LOCK, f);
    else await f();
  }

  private async sendDue(): Promise<void> {
    const everything = this.everything;
    this.everything = false;
    for (const entry of await this.outbox.due(everything ? Infinity : this.now())) {
      const latest = await this.outbox.get(entry.id); // another tab may have sent it meanwhile
      if (latest?.state === "waiting") await this.send(latest);
    }
  }

  private async send(entry: OutboxEntry): Promise<void> {
    const attempt = await this.attempt(entry);
    const updated = await this.outbox.update(entry.id, (e) => {
      if (attempt.kind === "sent") return { ...e, state: "sent", attempts: e.attempts + 1, sentAt: this.now() };
      if (attempt.kind === "failed") return { ...e, state: "failed", attempts: e.attempts + 1, reason: attempt.reason, problems: attempt.problems };
      const attempts = e.attempts + 1;
      return { ...e, attempts, lastError: attempt.error, nextAttemptAt: this.now() + Math.max(this.backoff(attempts), attempt.retryAfterMs ?? 0) };
    });
    if (updated) this.emit(statusOf(updated));
    if (updated?.state === "sent") announceSent(updated.id, updated.record.team);
  }

  /** "Equal jitter": half the exponential delay, plus a random part of the other half. */
  backoff(attempts: number): number {
    const d = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, attempts - 1));
    return d / 2 + this.random() * (d / 2);
  }

  private async attempt(
    e: OutboxEntry,
  ): Promise<{ kind: "sent" } | { kind: "failed"; reason: string; problems: RecordProblem[] } | { kind: "retry"; error: string; retryAfterMs?: number }> {
    const abort = new AbortController();
    const timer = this.setTimer(() => abort.abort(), this.timeoutMs);
    try {
      const res = await this.fetch(e.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(e.record),
        credentials: "omit",
        signal: abort.signal,
      });
      if (res.status === 200 || res.status === 201) return { kind: "sent" };
      const body = await res.json().catch(() => null);
      const message = body && typeof body.message === "string" ? body.message : `the service answered ${res.status}`;
      if (res.status >= 400 && res.status < 500 && !RETRY_STATUS.has(res.status)) {
        const problems: RecordProblem[] = Array.isArray(body?.problems)
          ? body.problems.filter((p: unknown): p is RecordProblem => typeof (p as RecordProblem)?.message === "string").map((p: RecordProblem) => ({ path: String(p.path ?? ""), message: p.message }))
          : [];
        const detail = problems.filter((p) => p.path).map((p) => `${p.path}: ${p.message}`);
        return { kind: "failed", reason: detail.length ? `${message} (${detail.join("; ")})` : message, problems };
      }
      const retryAfter = Number(res.headers.get("retry-after"));
      return { kind: "retry", error: message, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
    } catch (err) {
      return { kind: "retry", error: abort.signal.aborted ? "the service did not answer in time" : "the service could not be reached (offline?)" };
    } finally {
      this.clearTimer(timer);
    }
  }

  private async schedule(): Promise<void> {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    if (!this.started) return;
    const waiting = (await this.outbox.all()).filter((e) => e.state === "waiting");
    if (!waiting.length) return;
    const next = Math.min(...waiting.map((e) => e.nextAttemptAt));
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, Math.max(0, next - this.now()));
  }

  private emit(s: RecordStatus): void {
    for (const l of this.listeners) {
      try {
        l(s);
      } catch {
        // A listener that throws must not stop sending.
      }
    }
  }
}

/** Dispatched on the document, and broadcast to the site's other tabs, when the service acknowledges a record: team dashboards refresh. */
export const RECORD_SENT = "better-off-record-sent";

function announceSent(id: string, team: string): void {
  try {
    globalThis.document?.dispatchEvent(new CustomEvent(RECORD_SENT, { detail: { id, team } }));
    if (typeof BroadcastChannel === "function") {
      const channel = new BroadcastChannel(RECORD_SENT);
      channel.postMessage({ id, team });
      channel.close();
    }
  } catch {
    // Telling dashboards is a courtesy; sending has succeeded.
  }
}

let shared: Promise<RecordsClient> | null = null;

/**
 * The page's one records client (every widget on the page shares it), with
 * its outbox opened and sending started. Rejects with OutboxUnavailableError
 * where IndexedDB is unavailable (e.g. some private browsing modes).
 */
export function recordsClient(opts: Omit<RecordsClientOptions, "outbox"> & { outbox?: OutboxOptions } = {}): Promise<RecordsClient> {
  if (!shared) {
    shared = Outbox.open(opts.outbox).then((outbox) => {
      const client = new RecordsClient({ ...opts, outbox });
      void client.start();
      return client;
    });
    shared.catch(() => (shared = null));
  }
  return shared;
}
