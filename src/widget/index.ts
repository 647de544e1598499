/**
 * The element's bundle entry (dist/better-off-calculator.js): defines
 * `<better-off-calculator>` when loaded, and exports the class and types for
 * pages that want to script it.
 */
import { defineBetterOffCalculator } from "./define.js";

export { BetterOffCalculatorElement, VERSION } from "./better-off-calculator.js";
export { defineBetterOffCalculator, TAG } from "./define.js";
export { CALCULATED, ERROR } from "./events.js";
export type { CalculatedDetail, ErrorDetail, ErrorKind } from "./events.js";

defineBetterOffCalculator();
