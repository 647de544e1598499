/**
 * Events the element dispatches on itself. All bubble and are composed (they
 * cross the shadow boundary); none can be cancelled.
 */
import type { Result, HouseholdInput } from "../engine/index.js";

export const CALCULATED = "better-off-calculated";
export const ERROR = "better-off-error";

/** `better-off-calculated`: a new result is on screen (after "Show results", then after each answer change). */
export interface CalculatedDetail {
  /** The engine's full result as JSON (the same as `calc` writes): every scenario, the sweep, explanations, rules used. Written when first read. */
  readonly result: Result;
  /** The household input given to the engine: the same JSON the `calc` command takes. */
  readonly input: HouseholdInput;
  /** The scenario the headline describes. */
  readonly headline: { readonly hours: string; readonly betterOffWeekly: string; readonly text: string };
  /**
   * Every reading of the answers, the first being `result`/`input`: more than
   * one when an answer was "Not sure" (`says`: what that reading takes it to be).
   */
  readonly readings: readonly { readonly says: readonly string[]; readonly result: Result; readonly input: HouseholdInput }[];
}

export type ErrorKind = "attribute" | "input" | "rules" | "network" | "internal";

/**
 * `better-off-error`: something stopped a calculation.
 *  - attribute: an attribute value could not be used (its default was used instead);
 *  - input: "Show results" found problems in the answers (listed in `problems`);
 *  - rules: no rule table for the tax year or date, or it failed to load;
 *  - network: the calculator's own code (its calculation chunk) could not be fetched; "Show results" tries again;
 *  - internal: a bug; the element shows a fallback message.
 */
export interface ErrorDetail {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly problems?: readonly { readonly path: string; readonly message: string }[];
}

export interface BetterOffEventMap {
  [CALCULATED]: CustomEvent<CalculatedDetail>;
  [ERROR]: CustomEvent<ErrorDetail>;
}

export type Emit = <K extends keyof BetterOffEventMap>(name: K, detail: BetterOffEventMap[K]["detail"]) => void;

export function emitter(target: EventTarget): Emit {
  return (name, detail) => {
    try {
      target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
    } catch {
      // dispatchEvent reports a listener's own exception to the page, not to us;
      // this guards only against an unusable target. Never throw into the page.
    }
  };
}

declare global {
  interface HTMLElementEventMap extends BetterOffEventMap {}
  /** The events bubble and are composed, so pages can listen on document. */
  interface DocumentEventMap extends BetterOffEventMap {}
}
