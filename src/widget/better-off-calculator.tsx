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

export class BetterOffCalculatorElement extends Base {
  static readonly version = VERSION;
  static get observedAttributes(): readonly string[] {
    return ATTRIBUTES;
  }

  #root: ShadowRoot | null = null;
  #config: WidgetConfig | null = null;
  /** The latest calculation's event detail: its result is written as JSON only when read. */
  #shown: CalculatedDetail | null = null;

  connectedCallback(): void {
    this.#guard(() => {
      if (!this.#root) {
        // Start fetching the calculation now; the interview is drawn meanwhile (the calculator reports a failure).
        loadCalculation().catch(() => undefined);
        this.#root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        adoptStyles(this.#root);
        this.addEventListener(CALCULATED, (e) => (this.#shown = e.detail));
      }
      this.#render();
    });
  }

  attributeChangedCallback(): void {
    if (this.#root && this.isConnected) this.#guard(() => this.#render());
  }

  disconnectedCallback(): void {
    this.#guard(() => {
      if (this.#root) render(null, this.#root);
    });
  }

  /** The latest result shown, or null. */
  get result(): Result | null {
    return this.#shown?.result ?? null;
  }

  get taxYear(): string | undefined { return this.#read().taxYear; }
  set taxYear(v: string | undefined) { this.#write("tax-year", v); }
  get date(): string | undefined { return this.#read().date; }
  set date(v: string | undefined) { this.#write("date", v); }
  get region(): Region | undefined { return this.#read().region; }
  set region(v: string | undefined) { this.#write("region", v); }
  get hours(): readonly string[] { return this.#read().hours; }
  set hours(v: string | readonly (string | number)[] | undefined) { this.#write("hours", Array.isArray(v) ? v.join(",") : (v as string | undefined)); }
  get wage(): string | undefined { return this.#read().wage; }
  set wage(v: string | undefined) { this.#write("wage", v); }
  get team(): string | undefined { return this.#read().team; }
  set team(v: string | undefined) { this.#write("team", v); }
  get recordsEndpoint(): string | undefined { return this.#read().recordsEndpoint; }
  set recordsEndpoint(v: string | undefined) { this.#write("records-endpoint", v); }
  get period(): Period { return this.#read().period; }
  set period(v: string | undefined) { this.#write("period", v); }

  #read(): WidgetConfig {
    return readConfig((name) => this.getAttribute(name));
  }

  #write(name: AttributeName, v: string | undefined): void {
    if (v === undefined || v === null) this.removeAttribute(name);
    else this.setAttribute(name, String(v));
  }

  #render(): void {
    const config = this.#read();
    // Keep the same object while nothing changed, so the calculator does not recalculate.
    if (!this.#config || JSON.stringify(this.#config) !== JSON.stringify(config)) this.#config = config;
    const emit = emitter(this);
    render(
      <ErrorBoundary emit={emit}>
        <Calculator config={this.#config} emit={emit} store={sessionStore()} />
      </ErrorBoundary>,
      this.#root!,
    );
  }

  #guard(f: () => void): void {
    try {
      f();
    } catch (e) {
      emitter(this)(ERROR, { kind: "internal", message: e instanceof Error ? e.message : String(e) });
      try {
        if (this.#root) this.#root.textContent = "Sorry, the calculator could not start. Reload the page to try again.";
      } catch {
        // Nothing more we can safely do.
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "better-off-calculator": BetterOffCalculatorElement;
  }
}
