/**
 * Fetching the calculation chunk (src/widget/calculation.ts) once; a failed
 * fetch (offline, a deploy in between) is tried again on the next call.
 */
export type Calculation = typeof import("../calculation.js");

let pending: Promise<Calculation> | null = null;

export function loadCalculation(): Promise<Calculation> {
  if (!pending) {
    pending = import("../calculation.js");
    pending.catch(() => (pending = null));
  }
  return pending;
}
