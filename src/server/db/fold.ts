/**
 * Folding stored records into the aggregates, the part both stores share:
 * from a batch of records (team, month, scenarios as stored), the additions
 * to the month counts, gain histograms and worse-off reasons. Each store
 * applies them to its own tables in the transaction that marks the records
 * counted, so a record is counted exactly once.
 */
import { isReasonCode, NO_FLAGGED_REASON } from "../../records/codes.js";

/** Scenarios as stored: JSON [[hours, betterOffAfterCostsWeekly, [flag ids]], ...]. */
export type StoredScenarios = [hours: string, gain: number, flags: number[]][];

export interface FoldDeltas {
  /** Records per team and month. */
  readonly months: { team: string; month: string; records: number }[];
  /** Gain → count to add, per team, month and hours. */
  readonly gains: { team: string; month: string; hours: string; delta: Map<number, number> }[];
  /** Worse-off results per team, month and reason code. */
  readonly reasons: { team: string; month: string; code: string; results: number }[];
}

export function foldDeltas(rows: Iterable<readonly [team: string, month: string, scenarios: string]>, flagCode: (id: number) => string): FoldDeltas {
  const months = new Map<string, number>();
  const gains = new Map<string, Map<number, number>>();
  const reasons = new Map<string, number>();
  const bump = <K>(m: Map<K, number>, k: K, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
  for (const [team, month, scenarios] of rows) {
    const tm = `${team}\n${month}`;
    bump(months, tm);
    for (const [hours, gain, flags] of JSON.parse(scenarios) as StoredScenarios) {
      const key = `${tm}\n${hours}`;
      let h = gains.get(key);
      if (!h) gains.set(key, (h = new Map()));
      bump(h, gain);
      if (gain >= 0) continue;
      const why = flags.map(flagCode).filter(isReasonCode);
      for (const code of why.length ? why : [NO_FLAGGED_REASON]) bump(reasons, `${tm}\n${code}`);
    }
  }
  const split = (key: string) => key.split("\n") as [string, string, string];
  return {
    months: [...months].map(([key, records]) => {
      const [team, month] = split(key);
      return { team, month, records };
    }),
    gains: [...gains].map(([key, delta]) => {
      const [team, month, hours] = split(key);
      return { team, month, hours, delta };
    }),
    reasons: [...reasons].map(([key, results]) => {
      const [team, month, code] = split(key);
      return { team, month, code, results };
    }),
  };
}
