/**
 * The panel's link to the page's outbox (src/records): the state of one
 * record as the records client sends and retries it, and the record itself
 * read back after a reload.
 */
import { useEffect, useState } from "preact/hooks";
import { recordsClient, type RecordStatus } from "../../../outbox/client.js";
import { Outbox } from "../../../outbox/queue.js";
import type { AnonymisedRecord } from "../../../records/schema.js";

export const plain = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/^\[better-off\] /, "");

/** States only move forward (waiting → waiting again → sent or failed): keep the latest whichever order they arrive in. */
const rank = (s: RecordStatus) => (s.state === "waiting" ? s.attempts : Infinity);
const latest = (old: RecordStatus | null, s: RecordStatus) => (!old || old.id !== s.id || rank(s) >= rank(old) ? s : old);

/** A second handle on the client's outbox (the same database), to read a record back. */
let reader: Promise<Outbox> | null = null;

/** The record with this id in this browser's outbox, if it is still there. */
export async function readRecord(id: string): Promise<AnonymisedRecord | undefined> {
  reader ??= Outbox.open();
  reader.catch(() => (reader = null));
  return (await (await reader).get(id))?.record;
}

/**
 * The state of record `id` (null: not known yet), following the client's
 * changes; `update` takes a state from elsewhere (submit's answer) unless a
 * later one has already arrived.
 */
export function useRecordStatus(id: string | null, onError: (message: string) => void) {
  const [status, setStatus] = useState<RecordStatus | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    let off = () => {};
    recordsClient().then(
      async (client) => {
        if (!live) return;
        off = client.subscribe((s) => live && s.id === id && setStatus((old) => latest(old, s)));
        const s = await client.status(id);
        if (live && s) setStatus((old) => latest(old, s));
      },
      (e: unknown) => live && onError(plain(e)),
    );
    return () => {
      live = false;
      off();
    };
  }, [id]);
  return { status, update: (s: RecordStatus) => setStatus((old) => latest(old, s)) };
}
