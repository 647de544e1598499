/**
 * The outbox: anonymised records waiting to be sent, kept in IndexedDB so
 * they survive reloads, crashes and being offline. Keyed by the record's id,
 * so adding the same record twice keeps one entry.
 *
 * Capped by size and age (like workbox-background-sync's Queue):
 *  - at most `maxEntries` entries; when full, entries already sent go first,
 *    then failed ones (oldest first); a full outbox of unsent records refuses
 *    a new one (OutboxFullError) rather than silently dropping an old one;
 *  - an unsent or failed entry older than `maxAgeMs` (default 30 days) is
 *    dropped; a sent entry is kept `keepSentMs` (default 7 days) so the page
 *    can still say "sent".
 *
 * Each method runs in one IndexedDB transaction and awaits nothing else
 * inside it, so transactions never close early.
 */
import type { AnonymisedRecord, RecordProblem } from "../records/schema.js";

export type EntryState = "waiting" | "sent" | "failed";

export interface OutboxEntry {
  readonly id: string;
  readonly record: AnonymisedRecord;
  readonly endpoint: string;
  readonly state: EntryState;
  /** Attempts made so far. */
  readonly attempts: number;
  /** When it was added (this device's clock; never sent anywhere). */
  readonly createdAt: number;
  /** Earliest time of the next attempt (waiting entries). */
  readonly nextAttemptAt: number;
  readonly sentAt?: number;
  /** Why the last attempt did not get through (waiting: will retry). */
  readonly lastError?: string;
  /** Why the service refused it (failed: not retried). */
  readonly reason?: string;
  readonly problems?: readonly RecordProblem[];
}

export interface OutboxOptions {
  /** The IndexedDB factory (default: globalThis.indexedDB). */
  readonly indexedDB?: IDBFactory;
  /** Database name (default "better-off-records"). */
  readonly name?: string;
  readonly maxEntries?: number;
  readonly maxAgeMs?: number;
  readonly keepSentMs?: number;
  readonly now?: () => number;
}

export class OutboxFullError extends Error {
  override readonly name = "OutboxFullError";
  constructor(readonly maxEntries: number) {
    super(`[better-off] the outbox already holds ${maxEntries} records waiting to be sent; it takes more once some are sent`);
  }
}

export class OutboxUnavailableError extends Error {
  override readonly name = "OutboxUnavailableError";
  constructor(cause: unknown) {
    super(`[better-off] this browser cannot keep records to send (IndexedDB is unavailable: ${cause instanceof Error ? cause.message : String(cause)})`);
  }
}

const STORE = "outbox";
const DAY = 24 * 60 * 60 * 1000;

const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

export class Outbox {
  readonly maxEntries: number;
  readonly maxAgeMs: number;
  readonly keepSentMs: number;
  private readonly now: () => number;

  private constructor(
    private readonly db: IDBDatabase,
    opts: OutboxOptions,
  ) {
    this.maxEntries = opts.maxEntries ?? 200;
    this.maxAgeMs = opts.maxAgeMs ?? 30 * DAY;
    this.keepSentMs = opts.keepSentMs ?? 7 * DAY;
    this.now = opts.now ?? Date.now;
  }

  static async open(opts: OutboxOptions = {}): Promise<Outbox> {
    const factory = opts.indexedDB ?? globalThis.indexedDB;
    if (!factory) throw new OutboxUnavailableError("no indexedDB");
    try {
      const req = factory.open(opts.name ?? "better-off-records", 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "id" });
      };
      return new Outbox(await done(req), opts);
    } catch (e) {
      throw new OutboxUnavailableError(e);
    }
  }

  /** Run `body` in one transaction; resolves with its result once the transaction has committed. */
  private tx<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore, finish: (v: T) => void, fail: (e: unknown) => void) => void): Promise<T> {
    return new Promise((resolve, reject) => {
      const t = this.db.transaction(STORE, mode);
      let result: T;
      let failed: unknown = null;
      t.oncomplete = () => (failed ? reject(failed) : resolve(result));
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(failed ?? t.error);
      body(
        t.objectStore(STORE),
        (v) => (result = v),
        (e) => {
          failed = e;
          t.abort();
        },
      );
    });
  }

  /**
   * Add a record to send to `endpoint`. If its id is already in the outbox,
   * the existing entry is returned unchanged: a record is never queued twice.
   */
  add(record: AnonymisedRecord, endpoint: string): Promise<OutboxEntry> {
    const now = this.now();
    return this.tx<OutboxEntry>("readwrite", (store, finish, fail) => {
      store.getAll().onsuccess = (ev) => {
        const all = ((ev.target as IDBRequest<OutboxEntry[]>).result ?? []).filter((e) => {
          if (!this.expired(e, now)) return true;
          store.delete(e.id);
          return false;
        });
        const existing = all.find((e) => e.id === record.id);
        if (existing) return finish(existing);
        // Make room: sent entries first, then failed ones, oldest first.
        const removable = all
          .filter((e) => e.state !== "waiting")
          .sort((a, b) => (a.state === b.state ? a.createdAt - b.createdAt : a.state === "sent" ? -1 : 1));
        let count = all.length;
        while (count >= this.maxEntries && removable.length) {
          store.delete(removable.shift()!.id);
          count--;
        }
        if (count >= this.maxEntries) return fail(new OutboxFullError(this.maxEntries));
        const entry: OutboxEntry = { id: record.id, record, endpoint, state: "waiting", attempts: 0, createdAt: now, nextAttemptAt: now };
        store.put(entry);
        finish(entry);
      };
    });
  }

  get(id: string): Promise<OutboxEntry | undefined> {
    return this.tx("readonly", (store, finish) => {
      store.get(id).onsuccess = (ev) => finish((ev.target as IDBRequest<OutboxEntry | undefined>).result);
    });
  }

  /** Every entry, oldest first (expired ones are left out). */
  async all(): Promise<OutboxEntry[]> {
    const now = this.now();
    const all = await this.tx<OutboxEntry[]>("readonly", (store, finish) => {
      store.getAll().onsuccess = (ev) => finish((ev.target as IDBRequest<OutboxEntry[]>).result ?? []);
    });
    return all.filter((e) => !this.expired(e, now)).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Waiting entries whose next attempt is due, oldest first. */
  async due(now = this.now()): Promise<OutboxEntry[]> {
    return (await this.all()).filter((e) => e.state === "waiting" && e.nextAttemptAt <= now);
  }

  /** Change an entry (if it is still there); resolves with the new entry. */
  update(id: string, change: (e: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | undefined> {
    return this.tx("readwrite", (store, finish) => {
      store.get(id).onsuccess = (ev) => {
        const e = (ev.target as IDBRequest<OutboxEntry | undefined>).result;
        if (!e) return finish(undefined);
        const next = change(e);
        store.put(next);
        finish(next);
      };
    });
  }

  remove(id: string): Promise<void> {
    return this.tx("readwrite", (store, finish) => {
      store.delete(id).onsuccess = () => finish(undefined);
    });
  }

  /** Delete expired entries now; resolves with how many went. */
  prune(): Promise<number> {
    const now = this.now();
    return this.tx("readwrite", (store, finish) => {
      store.getAll().onsuccess = (ev) => {
        const gone = ((ev.target as IDBRequest<OutboxEntry[]>).result ?? []).filter((e) => this.expired(e, now));
        for (const e of gone) store.delete(e.id);
        finish(gone.length);
      };
    });
  }

  close(): void {
    this.db.close();
  }

  private expired(e: OutboxEntry, now: number): boolean {
    return e.state === "sent" ? now - (e.sentAt ?? e.createdAt) > this.keepSentMs : now - e.createdAt > this.maxAgeMs;
  }
}
