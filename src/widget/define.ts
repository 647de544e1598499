/**
 * Registers `<better-off-calculator>`. Safe to load twice (two script tags,
 * or two copies of the bundle): a second registration is skipped, with a
 * warning if the versions differ. Without a DOM it does nothing.
 */
import { BetterOffCalculatorElement, VERSION } from "./better-off-calculator.js";

export const TAG = "better-off-calculator";

export function defineBetterOffCalculator(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return; // no DOM
  const existing = registry.get(TAG) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing !== BetterOffCalculatorElement && existing.version !== VERSION)
      console.warn(`[better-off] <${TAG}> ${existing.version ?? "(unknown version)"} is already defined; this copy (${VERSION}) is not used`);
    return;
  }
  try {
    registry.define(TAG, BetterOffCalculatorElement);
  } catch (e) {
    // Another copy may have won a race between get() and define(): that is the only error we tolerate.
    if (!(e instanceof DOMException && e.name === "NotSupportedError") && !registry.get(TAG)) throw e;
  }
}
