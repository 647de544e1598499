/**
 * Retention: records from months more than `retentionMonths` before the
 * current month are deleted, with their aggregates. Run at start and daily.
 */
import { monthOf, monthsBefore } from "../base/months.js";
import type { RecordsStore } from "./db/store.js";

/** The first month kept: e.g. 36 months kept in 2026-05 → records from 2023-06 on stay. */
export const firstMonthKept = (now: Date, retentionMonths: number): string => monthsBefore(monthOf(now), retentionMonths - 1);

export async function applyRetention(store: RecordsStore, retentionMonths: number, now: Date): Promise<{ firstKept: string; deleted: number }> {
  const firstKept = firstMonthKept(now, retentionMonths);
  return { firstKept, deleted: await store.deleteBefore(firstKept) };
}
