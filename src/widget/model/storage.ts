/**
 * Answers kept in session storage (this tab only, gone when it closes) until
 * the user clears them. Storage that is missing, full or blocked (sandboxed
 * frames, strict privacy settings) is treated as absent: never an error.
 */
import type { Mode, Period, WidgetConfig } from "../attributes.js";
import { emptyAdult, emptyAnswers, emptyBand, emptyChild, emptyJob, type AdultAnswers, type Answers, type SavedState } from "./answers.js";

export const STORAGE_KEY = "better-off-calculator:v2";

export function sessionStore(): Storage | null {
  try {
    const s = globalThis.sessionStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export function initialState(config: WidgetConfig): SavedState {
  return {
    version: 2,
    answers: { ...emptyAnswers, region: config.region ?? "", london: config.london },
    mode: config.mode,
    period: config.period,
    taxYear: "",
    submitted: false,
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Saved values over defaults, field by field, keeping only values of the default's type. */
function merge<T extends object>(base: T, saved: unknown): T {
  if (!isObj(saved)) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(base)) if (typeof saved[k] === typeof v && !Array.isArray(v)) out[k] = saved[k];
  return out as T;
}

function adultFrom(saved: unknown): AdultAnswers {
  return { ...merge<AdultAnswers>(emptyAdult, saved), job: merge(emptyJob, isObj(saved) ? saved.job : undefined) };
}

export function load(store: Storage | null, config: WidgetConfig): SavedState {
  const init = initialState(config);
  try {
    const raw = store?.getItem(STORAGE_KEY);
    if (!raw) return init;
    const s: unknown = JSON.parse(raw);
    if (!isObj(s) || s.version !== 2 || !isObj(s.answers)) return init;
    const a = s.answers;
    const adults = Array.isArray(a.adults) ? a.adults : [];
    const answers: Answers = {
      ...merge(emptyAnswers, a),
      adults: [adultFrom(adults[0]), adultFrom(adults[1])],
      children: (Array.isArray(a.children) ? a.children : []).slice(0, 20).map((c) => merge(emptyChild, c)),
      ctBands: Array.isArray(a.ctBands) && a.ctBands.length ? a.ctBands.slice(0, 20).map((b) => merge(emptyBand, b)) : emptyAnswers.ctBands,
    };
    return {
      version: 2,
      answers,
      mode: s.mode === "full" || s.mode === "quick" ? (s.mode as Mode) : init.mode,
      period: s.period === "week" || s.period === "month" ? (s.period as Period) : init.period,
      taxYear: typeof s.taxYear === "string" ? s.taxYear : "",
      submitted: s.submitted === true,
    };
  } catch {
    return init;
  }
}

export function save(store: Storage | null, state: SavedState): void {
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Full or blocked: the answers stay on screen, they just won't survive a reload.
  }
}

export function forget(store: Storage | null): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to do.
  }
}
