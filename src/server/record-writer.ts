/**
 * Group commit: records posted at about the same time are stored in one
 * transaction, so one fsync acknowledges many of them. Each request waits
 * for the commit that holds its record; only then is it answered (201/200).
 *
 * The batch is written on the next turn of the event loop (setImmediate),
 * after every request already read has queued its record. While a commit
 * blocks the loop (better-sqlite3 is synchronous), new requests gather and
 * go into the next batch, so batches grow with the load by themselves.
 * Once enough records wait to be counted in the summaries, they are folded
 * into the aggregates on a later turn, after their posts are answered.
 */
import type { AnonymisedRecord } from "../records/schema.js";
import type { RecordsRepository, StoreOutcome } from "./db/records-repository.js";

interface Waiting {
  readonly record: AnonymisedRecord;
  readonly resolve: (o: StoreOutcome) => void;
  readonly reject: (e: unknown) => void;
}

export class RecordWriter {
  private queue: Waiting[] = [];
  private scheduled = false;
  private closed = false;

  private foldScheduled = false;

  constructor(
    private readonly repo: RecordsRepository,
    private readonly maxBatch = 1000,
    /** Fold into the aggregates once this many records wait, so no summary has much to catch up. */
    private readonly foldEvery = 5000,
  ) {}

  /** Resolves once the record is committed ("stored") or found already there ("duplicate"). */
  write(record: AnonymisedRecord): Promise<StoreOutcome> {
    if (this.closed) return Promise.reject(new Error("[better-off] the record writer is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Write everything queued now (also called on close). */
  flush(): void {
    this.scheduled = false;
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        const outcomes = this.repo.store(batch.map((w) => w.record));
        batch.forEach((w, i) => w.resolve(outcomes[i]!));
      } catch (e) {
        // Nothing in the batch was committed. Try each record on its own, so
        // one that cannot be stored does not fail the others; any that fail
        // get an error (500) and their clients retry.
        if (batch.length === 1) batch[0]!.reject(e);
        else
          for (const w of batch) {
            try {
              w.resolve(this.repo.store([w.record])[0]!);
            } catch (e1) {
              w.reject(e1);
            }
          }
      }
    }
    this.maybeFold();
  }

  private maybeFold(): void {
    if (this.foldScheduled || this.closed || this.repo.unfoldedCount < this.foldEvery) return;
    this.foldScheduled = true;
    setImmediate(() => {
      this.foldScheduled = false;
      try {
        this.repo.fold();
      } catch (e) {
        // Harmless: the records are stored; the next summary folds them.
        process.stderr.write(`[better-off] folding records into the summaries failed (the next summary retries): ${e instanceof Error ? e.message : String(e)}\n`);
      }
    });
  }

  close(): void {
    this.flush();
    this.closed = true;
  }
}
