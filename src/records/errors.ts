import type { RecordProblem } from "./schema.js";

/** The calculation cannot become a record (e.g. it compares no hours above 0). */
export class NothingToRecordError extends Error {
  override readonly name = "NothingToRecordError";
  constructor(readonly problems: readonly RecordProblem[]) {
    super(`[better-off] nothing to record: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  }
}

/** anonymise() produced something the record schema refuses (a bad team code, month or id passed in). */
export class InvalidRecordError extends Error {
  override readonly name = "InvalidRecordError";
  constructor(readonly problems: readonly RecordProblem[]) {
    super(`[better-off] not a valid record: ${problems.map((p) => `${p.path || "(record)"}: ${p.message}`).join("; ")}`);
  }
}

/**
 * The engine raised a threshold flag that records neither keep nor leave out
 * on purpose. Someone must decide (codes.ts) before such results are recorded.
 */
export class UnknownFlagError extends Error {
  override readonly name = "UnknownFlagError";
  constructor(readonly code: string) {
    super(`[better-off] the engine flag "${code}" is not classified in src/records/codes.ts: add it to RECORDED_FLAGS or NOT_RECORDED_FLAGS`);
  }
}
