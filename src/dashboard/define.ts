/**
 * Registers `<better-off-team-results>`. Safe to load twice: a second
 * registration is skipped, with a warning if the versions differ. Without a
 * DOM it does nothing.
 */
import { BetterOffTeamResultsElement, VERSION } from "./better-off-team-results.js";

export const TAG = "better-off-team-results";

export function defineBetterOffTeamResults(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  const existing = registry.get(TAG) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing !== BetterOffTeamResultsElement && existing.version !== VERSION)
      console.warn(`[better-off] <${TAG}> ${existing.version ?? "(unknown version)"} is already defined; this copy (${VERSION}) is not used`);
    return;
  }
  try {
    registry.define(TAG, BetterOffTeamResultsElement);
  } catch (e) {
    // Another copy may have won a race between get() and define(): that is the only error we tolerate.
    if (!(e instanceof DOMException && e.name === "NotSupportedError") && !registry.get(TAG)) throw e;
  }
}
