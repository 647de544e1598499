/**
 * Which rule values a result rests on, with their sources and statuses:
 * gathered from the steps behind every figure shown, written out by key.
 */
import { D, type Money } from "../base/money.js";
import type { Rules } from "../rules/compose.js";
import type { Step } from "./explain.js";
import type { UsedRule } from "./result.js";

export const gatherRules = (steps: readonly Step[]): Set<object> => {
  const s = new Set<object>();
  for (const st of steps) for (const leaf of st.rules) s.add(leaf);
  return s;
};

export function usedRulesOf(used: ReadonlySet<object>, r: Rules): { used: Record<string, UsedRule>; notConfirmed: string[] } {
  const byKey: Record<string, UsedRule> = {};
  const notConfirmed: string[] = [];
  for (const leaf of used) {
    const d = r.describe(leaf);
    if (byKey[d.key]) continue;
    const value = (leaf as { value: unknown }).value;
    byKey[d.key] = {
      value: D.isDecimal(value)
        ? (value as Money).toFixed()
        : Array.isArray(value)
          ? value.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, D.isDecimal(v) ? (v as Money).toFixed() : v])))
          : value,
      unit: d.unit,
      status: d.status,
      // Read now (this is written when asked for): in the widget the sources and notes arrive after the values.
      note: d.note,
      sources: d.sources,
    };
    if (d.status === "unconfirmed" || d.status === "derived") notConfirmed.push(d.key);
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = Object.fromEntries(Object.entries(byKey).sort(([a], [b]) => byName(a, b)));
  return { used: sorted, notConfirmed: notConfirmed.sort(byName) };
}
