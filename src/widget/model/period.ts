/**
 * A figure in the period the user asked for. Where the engine gives both
 * weekly and monthly figures we use its own; otherwise the engine's one
 * week-to-month helper converts (× 52 ÷ 12, to the penny). The field list
 * (engine/fields.ts) says which figures have a monthly pair.
 */
import { weeklyToMonthly, str2, type Money } from "../../base/money.js";
import type { ScenarioEvaluation, ScenarioField } from "../../engine/index.js";
import type { Period } from "../attributes.js";

type WeeklyKey = Extract<ScenarioField, `${string}Weekly`>;

export function inPeriod(s: ScenarioEvaluation, weekly: WeeklyKey, period: Period): Money {
  if (period === "week") return s[weekly];
  const monthly = weekly.replace(/Weekly$/, "Monthly") as ScenarioField;
  const m = s[monthly];
  return m !== undefined && typeof m !== "number" ? m : weeklyToMonthly(s[weekly]);
}

/** The same as a two-decimal string (table cells, rows that tests and print read as text). */
export const inPeriodText = (s: ScenarioEvaluation, weekly: WeeklyKey, period: Period): string => str2(inPeriod(s, weekly, period));

export const forPeriod = (weekly: Money, period: Period): Money => (period === "week" ? weekly : weeklyToMonthly(weekly));

export type { WeeklyKey };
