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

export class BetterOffTeamResultsElement extends Base {
  static readonly version = VERSION;
  static get observedAttributes(): readonly string[] {
    return ATTRIBUTES;
  }

  #root: ShadowRoot | null = null;
  #config: DashboardConfig | null = null;
  #refreshes = 0;
  #channel: BroadcastChannel | null = null;
  readonly #onRecordSent = (e: Event) => {
    const team = (e as CustomEvent<{ team?: string }>).detail?.team ?? (e as MessageEvent<{ team?: string }>).data?.team;
    if (!this.team || !team || team === this.team) this.refresh();
  };

  connectedCallback(): void {
    this.#guard(() => {
      if (!this.#root) {
        this.#root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        adoptStyles(this.#root);
      }
      this.ownerDocument.addEventListener(RECORD_SENT, this.#onRecordSent);
      if (typeof BroadcastChannel === "function" && !this.#channel) {
        this.#channel = new BroadcastChannel(RECORD_SENT);
        this.#channel.onmessage = this.#onRecordSent;
      }
      this.#render();
    });
  }

  attributeChangedCallback(): void {
    if (this.#root && this.isConnected) this.#guard(() => this.#render());
  }

  disconnectedCallback(): void {
    this.#guard(() => {
      this.ownerDocument.removeEventListener(RECORD_SENT, this.#onRecordSent);
      this.#channel?.close();
      this.#channel = null;
      if (this.#root) render(null, this.#root);
    });
  }

  /** Load the figures again. */
  refresh(): void {
    this.#refreshes++;
    if (this.#root && this.isConnected) this.#guard(() => this.#render());
  }

  get team(): string | undefined {
    return this.getAttribute("team") ?? undefined;
  }
  set team(v: string | undefined) {
    if (v === undefined || v === null) this.removeAttribute("team");
    else this.setAttribute("team", String(v));
  }

  #render(): void {
    const config = readConfig((name) => this.getAttribute(name), MODULE_BASE, this.ownerDocument.baseURI);
    if (!this.#config || JSON.stringify(this.#config) !== JSON.stringify(config)) {
      this.#config = config;
      for (const message of config.problems) this.#emitError("attribute", message);
    }
    render(
      <TeamResults config={this.#config} refreshes={this.#refreshes} onError={(message) => this.#emitError("load", message)} />,
      this.#root!,
    );
  }

  #emitError(kind: "attribute" | "load" | "internal", message: string): void {
    try {
      this.dispatchEvent(new CustomEvent(ERROR, { detail: { kind, message }, bubbles: true, composed: true }));
    } catch {
      // A host listener that throws must not break the dashboard.
    }
  }

  #guard(f: () => void): void {
    try {
      f();
    } catch (e) {
      this.#emitError("internal", e instanceof Error ? e.message : String(e));
      try {
        if (this.#root) this.#root.textContent = "Sorry, the team results could not be shown. Reload the page to try again.";
      } catch {
        // Nothing more we can safely do.
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "better-off-team-results": BetterOffTeamResultsElement;
  }
}
