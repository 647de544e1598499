import type { Money } from "../base/money.js";
import type { PayFrequency } from "./household.js";

export type InputValue = Money | string | number | boolean;

/**
 * One worked figure: its amount, the rule leaves it read, the inputs it
 * used, and its working in plain English. The text is built only when asked
 * for (the 0–50 hour sweep never asks), which keeps recalculation fast.
 */
export interface Step {
  readonly amount: Money;
  readonly rules: readonly object[];
  readonly inputs: Readonly<Record<string, InputValue>>;
  readonly text: () => string;
}

export const step = (
  amount: Money,
  rules: readonly object[],
  inputs: Readonly<Record<string, InputValue>>,
  text: () => string,
): Step => ({ amount, rules, inputs, text });

/** "£1,234.50" — the engine's own plain-English working; the widget formats figures itself. */
export const gbp = (m: Money): string => {
  const [whole, pence] = m.abs().toFixed(2).split(".") as [string, string];
  return `${m.isNegative() ? "−" : ""}£${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${pence}`;
};

export const pct = (ratio: Money): string => `${ratio.times(100).toFixed()}%`;

/** The months, as a date is read aloud. */
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "30 April 2026" from "2026-04-30": a date as it is read aloud. */
export const dateInWords = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** How often someone is paid, in words: "every four weeks". */
export const PAID: Record<PayFrequency, string> = {
  weekly: "weekly",
  fortnightly: "fortnightly",
  fourWeekly: "every four weeks",
  monthly: "monthly",
  lastWorkingDay: "on the last working day of the month",
};
