/**
 * `<better-off-calculator>`: the custom element. Thin: it reads its
 * attributes, renders the Preact calculator into its shadow root with the
 * styles adopted there, and turns anything that goes wrong into a
 * `better-off-error` event and a fallback message. It never throws into the
 * host page and does no work in its constructor.
 *
 * @event better-off-calculated - a new result is shown (detail: CalculatedDetail).
 * @event better-off-error - something stopped a calculation (detail: ErrorDetail).
 * @csspart form, settings, error-summary, result, headline, table, explanation, chart, print-summary, button
 * @cssprop --better-off-font-family, --better-off-color-primary, --better-off-color-text, … (see README.md)
 */
import { render } from "preact";
import { ATTRIBUTES, readConfig, type AttributeName, type Period, type Region, type WidgetConfig } from "./attributes.js";
import { Calculator } from "./components/calculator/calculator.js";
import { ErrorBoundary } from "./components/error-boundary/error-boundary.js";
import { ERROR, emitter } from "./events.js";
import { loadCalculation } from "./model/load-calculation.js";
import { sessionStore } from "./model/storage.js";
import { adoptStyles } from "./styles.js";
import type { Result } from "../engine/index.js";
import type { CalculatedDetail } from "./events.js";
import { CALCULATED } from "./events.js";

export const VERSION = "0.1.0";

/** Without a DOM (server rendering, a worker) the class still loads; it just cannot be defined. */
const Base: typeof HTMLElement = typeof HTMLElement === "undefined" ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * Each element's own state, out of reach of the host page as #private fields
 * would be. Written as a WeakMap and plain functions because the es2020 build
 * would otherwise add its helpers for class fields and private members.
 */
interface Own {
  root: ShadowRoot;
  config?: WidgetConfig;
  /** The latest calculation's event detail: its result is written as JSON only when read. */
  shown?: CalculatedDetail;
}
const own = new WeakMap<HTMLElement, Own>();

const read = (el: HTMLElement): WidgetConfig => readConfig((name) => el.getAttribute(name));

function write(el: HTMLElement, name: AttributeName, v: string | undefined): void {
  if (v === undefined || v === null) el.removeAttribute(name);
  else el.setAttribute(name, String(v));
}

function draw(el: HTMLElement, o: Own): void {
  const config = read(el);
  // Keep the same object while nothing changed, so the calculator does not recalculate.
  if (!o.config || JSON.stringify(o.config) !== JSON.stringify(config)) o.config = config;
  const emit = emitter(el);
  render(
    <ErrorBoundary emit={emit}>
      <Calculator config={o.config} emit={emit} store={sessionStore()} />
    </ErrorBoundary>,
    o.root,
  );
}

function guard(el: HTMLElement, f: () => void): void {
  try {
    f();
  } catch (e) {
    emitter(el)(ERROR, { kind: "internal", message: e instanceof Error ? e.message : String(e) });
    try {
      const o = own.get(el);
      if (o) o.root.textContent = "Sorry, the calculator could not start. Reload the page to try again.";
    } catch {
      // Nothing more we can safely do.
    }
  }
}

export class BetterOffCalculatorElement extends Base {
  static get version(): string {
    return VERSION;
  }
  static get observedAttributes(): readonly string[] {
    return ATTRIBUTES;
  }

  connectedCallback(): void {
    guard(this, () => {
      let o = own.get(this);
      if (!o) {
        // Start fetching the calculation now; the interview is drawn meanwhile (the calculator reports a failure).
        loadCalculation().catch(() => undefined);
        const state: Own = { root: this.shadowRoot ?? this.attachShadow({ mode: "open" }) };
        own.set(this, (o = state));
        adoptStyles(state.root);
        this.addEventListener(CALCULATED, (e) => (state.shown = e.detail));
      }
      draw(this, o);
    });
  }

  attributeChangedCallback(): void {
    const o = own.get(this);
    if (o && this.isConnected) guard(this, () => draw(this, o));
  }

  disconnectedCallback(): void {
    guard(this, () => {
      const o = own.get(this);
      if (o) render(null, o.root);
    });
  }

  /** The latest result shown, or null. */
  get result(): Result | null {
    return own.get(this)?.shown?.result ?? null;
  }

  get taxYear(): string | undefined { return read(this).taxYear; }
  set taxYear(v: string | undefined) { write(this, "tax-year", v); }
  get date(): string | undefined { return read(this).date; }
  set date(v: string | undefined) { write(this, "date", v); }
  get region(): Region | undefined { return read(this).region; }
  set region(v: string | undefined) { write(this, "region", v); }
  get hours(): readonly string[] { return read(this).hours; }
  set hours(v: string | readonly (string | number)[] | undefined) { write(this, "hours", Array.isArray(v) ? v.join(",") : (v as string | undefined)); }
  get wage(): string | undefined { return read(this).wage; }
  set wage(v: string | undefined) { write(this, "wage", v); }
  get team(): string | undefined { return read(this).team; }
  set team(v: string | undefined) { write(this, "team", v); }
  get recordsEndpoint(): string | undefined { return read(this).recordsEndpoint; }
  set recordsEndpoint(v: string | undefined) { write(this, "records-endpoint", v); }
  get period(): Period { return read(this).period; }
  set period(v: string | undefined) { write(this, "period", v); }
}

declare global {
  interface HTMLElementTagNameMap {
    "better-off-calculator": BetterOffCalculatorElement;
  }
}
