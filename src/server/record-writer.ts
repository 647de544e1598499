/**
 * Group commit: records posted at about the same time are stored in one
 * transaction, so one commit acknowledges many of them. Each request waits
 * for the commit that holds its record; only then is it answered (201/200).
 *
 * The batch is written on the next turn of the event loop (setImmediate),
 * after every request already read has queued its record. While a batch is
 * being committed (SQLite blocks the loop; PostgreSQL is awaited), new
 * requests gather and go into the next batch, so batches grow with the load
 * by themselves. SQLite writes one batch at a time (it has one writer);
 * PostgreSQL up to `store.concurrentBatches` at once, on separate
 * connections, so one batch's commit overlaps the next one's journey (ids
 * are inserted in order, so overlapping batches cannot deadlock). Once enough records wait to
 * be counted in the summaries, they are folded into the aggregates after
 * their posts are answered.
 */
import type { AnonymisedRecord } from "../records/schema.js";
import type { StoreOutcome } from "./db/records-repository.js";
import type { RecordsStore } from "./db/store.js";

interface Waiting {
  readonly record: AnonymisedRecord;
  readonly resolve: (o: StoreOutcome) => void;
  readonly reject: (e: unknown) => void;
}

export class RecordWriter {
  private queue: Waiting[] = [];
  private scheduled = false;
  private closed = false;
  private readonly writing = new Set<Promise<void>>();
  private folding: Promise<void> | null = null;

  constructor(
    private readonly store: RecordsStore,
    private readonly maxBatch = 1000,
    /** Fold into the aggregates once this many records wait, so no summary has much to catch up. */
    private readonly foldEvery = 5000,
  ) {}

  /** Resolves once the record is committed ("stored") or found already there ("duplicate", "conflict"). */
  write(record: AnonymisedRecord): Promise<StoreOutcome> {
    if (this.closed) return Promise.reject(new Error("[better-off] the record writer is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.writing.size >= this.store.concurrentBatches) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  /** Start writing what is queued, if a writer is free; resolves when that batch and those already being written are done. */
  flush(): Promise<void> {
    if (this.queue.length && this.writing.size < this.store.concurrentBatches) {
      const w: Promise<void> = this.writeAll().finally(() => {
        this.writing.delete(w);
        if (this.queue.length) this.schedule();
      });
      this.writing.add(w);
    }
    return Promise.all(this.writing).then(() => {});
  }

  private async writeAll(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.store.store(batch.map((w) => w.record));
        batch.forEach((w, i) => w.resolve(outcomes[i]!));
      } catch (e) {
        // The batch failed. Try each record on its own, so one that cannot be
        // stored does not fail the others; any that fail get an error (500)
        // and their clients retry. (Should a batch have committed before the
        // failure, e.g. PostgreSQL's read-back of ids already taken failing,
        // its records now answer "duplicate": still stored once.)
        if (batch.length === 1) batch[0]!.reject(e);
        else
          for (const w of batch) {
            try {
              w.resolve((await this.store.store([w.record]))[0]!);
            } catch (e1) {
              w.reject(e1);
            }
          }
      }
    }
    this.maybeFold();
  }

  private maybeFold(): void {
    if (this.folding || this.closed || this.store.unfoldedCount < this.foldEvery) return;
    this.folding = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.store.fold())
      .catch((e: unknown) => {
        // Harmless: the records are stored; the next summary folds them.
        process.stderr.write(`[better-off] folding records into the summaries failed (the next summary retries): ${e instanceof Error ? e.message : String(e)}\n`);
      })
      .finally(() => (this.folding = null));
  }

  /** Write what is queued, let a fold under way finish, and refuse anything more. */
  async close(): Promise<void> {
    while (this.queue.length || this.writing.size) await this.flush();
    this.closed = true;
    await this.folding;
  }
}
