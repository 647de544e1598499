/** Fetching the calculation chunk (src/widget/calculation.ts) once; a failed fetch is tried again on the next call. */
import { lazy } from "./lazy.js";

export type Calculation = typeof import("../calculation.js");

export const loadCalculation = lazy((): Promise<Calculation> => import("../calculation.js"));
