/**
 * A figure in the period the user asked for. Where the engine gives both
 * weekly and monthly figures we use its own; otherwise the engine's one
 * week-to-month helper converts (× 52 ÷ 12, to the penny).
 */
import { weeklyToMonthly, type ScenarioResult } from "../../engine/index.js";
import { D } from "../../base/money.js";
import type { Period } from "../attributes.js";

type Figures = Omit<ScenarioResult, "isBaseline" | "conditionality" | "thresholds" | "explanations" | "firstMonths" | "payPeriods">;
type WeeklyKey = { [K in keyof Figures]: K extends `${string}Weekly` ? (Figures[K] extends string ? K : never) : never }[keyof Figures];

export function inPeriod(s: ScenarioResult, weekly: WeeklyKey, period: Period): string {
  if (period === "week") return s[weekly];
  const monthly = weekly.replace(/Weekly$/, "Monthly") as keyof Figures;
  if (monthly in s) return s[monthly] as string;
  return toMonthly(s[weekly]);
}

export const toMonthly = (weekly: string): string => weeklyToMonthly(new D(weekly)).toFixed(2);

export const forPeriod = (weekly: string, period: Period): string => (period === "week" ? weekly : toMonthly(weekly));

export type { WeeklyKey };
