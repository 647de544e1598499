/**
 * The team-results record of the calculation on screen: made when the
 * adviser asks (or, with `auto-record`, once the results have stayed the
 * same for `delayMs`), put in the IndexedDB outbox and sent by the page's
 * records client (src/outbox/client.ts), which retries until the service
 * acknowledges it. One record per calculation: the panel is keyed by the
 * calculation's fingerprint, and a record already made for it (this tab,
 * also after a reload) is found again in record-memory.ts, so the same
 * answers never make a second record, and sending one record twice is one
 * outbox entry with one id, which the service counts once.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { parseHousehold, toJson, type Evaluation, type HouseholdInput } from "../../../engine/index.js";
import { recordProblems } from "../../../records/anonymise.js";
import { recordFor, recordsClient } from "../../../outbox/client.js";
import type { AnonymisedRecord } from "../../../records/schema.js";
import { plain, readRecord, useRecordStatus } from "./outbox-link.js";
import { forget, recall, remember } from "./record-memory.js";

export type Phase =
  | { readonly kind: "ready" }
  /** A record was made for these answers before (a reload): reading it back from the outbox. */
  | { readonly kind: "restoring"; readonly id: string }
  | { readonly kind: "confirm"; readonly record: AnonymisedRecord }
  | { readonly kind: "added"; readonly record: AnonymisedRecord; readonly auto: boolean };

export interface TeamRecordOptions {
  readonly input: HouseholdInput;
  readonly result: Evaluation;
  readonly team: string;
  readonly endpoint: string;
  /** The calculation's fingerprint (record-memory.ts); the panel is keyed by it. */
  readonly fp: string;
  readonly store: Storage | null;
  readonly auto: boolean;
  /** The results on screen are for earlier answers: auto-record waits. */
  readonly stale: boolean;
  readonly delayMs: number;
}

export function useTeamRecord(o: TeamRecordOptions) {
  const [phase, setPhase] = useState<Phase>(() => {
    const id = recall(o.store, o.fp);
    return id ? { kind: "restoring", id } : { kind: "ready" };
  });
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  const household = useMemo(() => {
    const p = parseHousehold(o.input);
    return p.ok ? p.household : null;
  }, [o.input]);
  const problem = household ? (recordProblems(household)[0]?.message ?? null) : "the answers could not be read";
  const id = phase.kind === "added" ? phase.record.id : null;
  // Follows the record's state in the outbox as the client sends and retries it (also after a reload).
  const { status, update } = useRecordStatus(id, setError);

  useEffect(() => {
    if (phase.kind !== "restoring") return;
    let live = true;
    readRecord(phase.id).then(
      (record) => {
        if (!live) return;
        if (record) setPhase({ kind: "added", record, auto: false });
        else {
          // No longer in this browser's outbox (expired or cleared): offer to add it again.
          forget(o.store, o.fp);
          setPhase({ kind: "ready" });
        }
      },
      (e: unknown) => live && (setPhase({ kind: "ready" }), setError(plain(e))),
    );
    return () => void (live = false);
  }, [phase.kind]);

  function make(): AnonymisedRecord | null {
    try {
      // The current month by this browser's clock and a random id (crypto.randomUUID).
      // The record is made from the JSON form, as `record` on the command line makes it.
      return recordFor(household!, toJson(o.result), o.team);
    } catch (e) {
      setError(`This calculation cannot be added to the team results: ${plain(e)}`);
      return null;
    }
  }

  async function send(record: AnonymisedRecord, auto: boolean): Promise<void> {
    remember(o.store, o.fp, record.id);
    setError(null);
    setPhase({ kind: "added", record, auto });
    try {
      const client = await recordsClient();
      const s = await client.submit(record, o.endpoint);
      if (mounted.current) update(s);
    } catch (e) {
      // No IndexedDB (some private browsing modes), or an outbox full of unsent records: nothing was queued.
      forget(o.store, o.fp);
      if (!mounted.current) return;
      setPhase({ kind: "ready" });
      setError(`The record could not be kept to send: ${plain(e)}`);
    }
  }

  // auto-record: once the results for these answers have been on screen for delayMs (each change starts the wait again).
  useEffect(() => {
    if (!o.auto || phase.kind !== "ready" || o.stale || problem || error) return;
    const timer = setTimeout(() => {
      const record = make();
      if (record) void send(record, true);
    }, o.delayMs);
    return () => clearTimeout(timer);
  }, [o.auto, phase.kind, o.stale, problem, error]);

  return {
    phase,
    status,
    error,
    /** Why this calculation cannot be recorded (e.g. no hours above 0 compared), or null. */
    problem,
    /** "Add to team results": make the record and show it for checking. */
    begin() {
      setError(null);
      const record = make();
      if (record) setPhase({ kind: "confirm", record });
    },
    cancel: () => setPhase({ kind: "ready" }),
    confirm() {
      if (phase.kind === "confirm") void send(phase.record, false);
    },
    /** "Try to send now" for a waiting record. */
    async retry() {
      if (!id) return;
      try {
        await (await recordsClient()).retryNow(id);
      } catch (e) {
        if (mounted.current) setError(plain(e));
      }
    },
  };
}
