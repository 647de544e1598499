/**
 * `<better-off-team-results>`: the team dashboard. Thin: it reads its
 * attributes, renders the Preact dashboard into its shadow root with the
 * styles adopted there, and never throws into the host page.
 *
 * Attributes: team, endpoint, read-key, from, to (attributes.ts).
 * Method: refresh() loads the figures again. The element also refreshes when
 * a record for its team is acknowledged by the service, on this page or in
 * another tab of the same site (`better-off-record-sent`, sent by the
 * records client in src/outbox/client.ts).
 *
 * @event better-off-error - the figures could not be loaded, or an attribute could not be used (detail: { kind, message }).
 * @csspart results, headline, toolbar, button, chart, table
 * @cssprop --better-off-font-family, --better-off-color-primary, --better-off-color-text, --better-off-color-better, --better-off-color-rest, …
 */
import { render } from "preact";
import { ATTRIBUTES, readConfig, type DashboardConfig } from "./attributes.js";
import { TeamResults } from "./components/team-results.js";
import { adoptStyles } from "./styles.js";

export const VERSION = "0.1.0";
/** Dispatched (bubbling, composed) by the calculator when the service acknowledges a record. */
export const RECORD_SENT = "better-off-record-sent";
export const ERROR = "better-off-error";

const Base: typeof HTMLElement = typeof HTMLElement === "undefined" ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * Where this module was loaded from: the service that serves it, by default.
 * (import.meta.url goes through a variable: bundlers rewrite the literal
 * `new URL("…", import.meta.url)` pattern as an asset reference.)
 */
const MODULE_URL: string = import.meta.url;
const MODULE_BASE = (() => {
  try {
    return new URL(".", MODULE_URL).href;
  } catch {
    return "/";
  }
})();

/**
 * Each element's own state, out of reach of the host page as #private fields
 * would be. Written as a WeakMap and plain functions because the es2020 build
 * would otherwise add its helpers for private members (as in the calculator).
 */
interface Own {
  root: ShadowRoot;
  config?: DashboardConfig;
  refreshes: number;
  channel?: BroadcastChannel | null;
  onRecordSent: (e: Event) => void;
}
const own = new WeakMap<HTMLElement, Own>();

function emitError(el: HTMLElement, kind: "attribute" | "load" | "internal", message: string): void {
  try {
    el.dispatchEvent(new CustomEvent(ERROR, { detail: { kind, message }, bubbles: true, composed: true }));
  } catch {
    // A host listener that throws must not break the dashboard.
  }
}

function draw(el: HTMLElement, o: Own): void {
  const config = readConfig((name) => el.getAttribute(name), MODULE_BASE, el.ownerDocument.baseURI);
  if (!o.config || JSON.stringify(o.config) !== JSON.stringify(config)) {
    o.config = config;
    for (const message of config.problems) emitError(el, "attribute", message);
  }
  render(<TeamResults config={o.config} refreshes={o.refreshes} onError={(message) => emitError(el, "load", message)} />, o.root);
}

function guard(el: HTMLElement, f: () => void): void {
  try {
    f();
  } catch (e) {
    emitError(el, "internal", e instanceof Error ? e.message : String(e));
    try {
      const o = own.get(el);
      if (o) o.root.textContent = "Sorry, the team results could not be shown. Reload the page to try again.";
    } catch {
      // Nothing more we can safely do.
    }
  }
}

export class BetterOffTeamResultsElement extends Base {
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
        const state: Own = {
          root: this.shadowRoot ?? this.attachShadow({ mode: "open" }),
          refreshes: 0,
          onRecordSent: (e: Event) => {
            const team = (e as CustomEvent<{ team?: string }>).detail?.team ?? (e as MessageEvent<{ team?: string }>).data?.team;
            if (!this.team || !team || team === this.team) this.refresh();
          },
        };
        own.set(this, (o = state));
        adoptStyles(state.root);
      }
      this.ownerDocument.addEventListener(RECORD_SENT, o.onRecordSent);
      if (typeof BroadcastChannel === "function" && !o.channel) {
        o.channel = new BroadcastChannel(RECORD_SENT);
        o.channel.onmessage = o.onRecordSent;
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
      if (!o) return;
      this.ownerDocument.removeEventListener(RECORD_SENT, o.onRecordSent);
      o.channel?.close();
      o.channel = null;
      render(null, o.root);
    });
  }

  /** Load the figures again. */
  refresh(): void {
    const o = own.get(this);
    if (!o) return;
    o.refreshes++;
    if (this.isConnected) guard(this, () => draw(this, o));
  }

  get team(): string | undefined {
    return this.getAttribute("team") ?? undefined;
  }
  set team(v: string | undefined) {
    if (v === undefined || v === null) this.removeAttribute("team");
    else this.setAttribute("team", String(v));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "better-off-team-results": BetterOffTeamResultsElement;
  }
}
