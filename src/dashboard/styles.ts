/**
 * The dashboard's styles, adopted into its shadow root as a constructed
 * stylesheet (no <style> element, so a CSP without 'unsafe-inline' for
 * styles still applies them); older browsers get a <style> element. NHS.UK
 * colours and type; every colour can be overridden with the same
 * --better-off-* custom properties as the calculator. Text contrast is at
 * least 4.5:1 on white (NHS blue #005eb8 is 6.3:1, the text #212b32 15:1).
 */
export const CSS = `
:host {
  --_font: var(--better-off-font-family, "Frutiger W01", Frutiger, Arial, sans-serif);
  --_primary: var(--better-off-color-primary, #005eb8);
  --_text: var(--better-off-color-text, #212b32);
  --_secondary-text: var(--better-off-color-secondary-text, #4c6272);
  --_background: var(--better-off-color-background, #ffffff);
  --_panel: var(--better-off-color-panel, #f0f4f5);
  --_border: var(--better-off-color-border, #d8dde0);
  --_error: var(--better-off-color-error, #d5281b);
  --_focus: var(--better-off-color-focus, #ffeb3b);
  --_focus-text: var(--better-off-color-focus-text, #212b32);
  --_better: var(--better-off-color-better, #005eb8);
  --_rest: var(--better-off-color-rest, #768692);
  display: block;
  max-width: var(--better-off-max-width, 60rem);
  color: var(--_text);
  background: var(--_background);
  font-family: var(--_font);
  font-size: var(--better-off-font-size, 1rem);
  line-height: 1.5;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
.results { overflow-wrap: break-word; }
h2 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
h3 { font-size: 1.25rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
p { margin: 0 0 1rem; }
.headline { font-size: 1.3rem; font-weight: 700; border-left: 8px solid var(--_primary); padding: 0.5rem 0 0.5rem 1rem; margin: 0 0 1.5rem; }
.hint { color: var(--_secondary-text); }
.error { border: 4px solid var(--_error); padding: 1rem; margin: 0 0 1rem; }
.error__title { font-weight: 700; margin: 0 0 0.5rem; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0 0 1.5rem; }
.button {
  font: inherit; font-weight: 600; color: #fff; background: var(--_primary); border: 2px solid transparent;
  border-radius: 4px; padding: 0.5rem 1rem; cursor: pointer; text-decoration: none; display: inline-block; line-height: 1.5;
  box-shadow: 0 4px 0 #003087;
}
.button--secondary { color: var(--_primary); background: var(--_background); border-color: var(--_primary); box-shadow: none; }
.button:hover { filter: brightness(0.92); }
.button:focus-visible, a:focus-visible {
  outline: 4px solid transparent; background-color: var(--_focus); color: var(--_focus-text);
  box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text); text-decoration: none;
}
a { color: var(--_primary); }
.chart { display: block; width: 100%; height: auto; max-width: 40rem; margin: 0 0 1rem; font-family: var(--_font); }
.chart text { fill: var(--_text); font-size: 14px; }
.chart .bar--better { fill: var(--_better); }
.chart .bar--rest { fill: var(--_rest); }
.chart .bar--month { fill: var(--_primary); }
.chart .axis { stroke: var(--_secondary-text); stroke-width: 1; }
.chart .none { fill: none; stroke: var(--_secondary-text); stroke-dasharray: 4 3; }
.key { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.key__swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: 0.4rem; vertical-align: -0.15rem; border: 1px solid var(--_text); }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
.table-wrap:focus-visible { outline: 3px solid var(--_focus-text); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; margin: 0 0 0.5rem; }
th, td { text-align: left; padding: 0.5rem 1rem 0.5rem 0; border-bottom: 1px solid var(--_border); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.reasons { padding-left: 1.5rem; }
.visually-hidden {
  position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
  overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
}
@media (prefers-reduced-motion: no-preference) { .button { transition: filter 0.1s; } }
@media print {
  :host { max-width: none; color: #000; background: #fff; font-size: 11pt; }
  .toolbar, .no-print { display: none !important; }
  .headline { border-left-color: #000; }
  section, figure, table { break-inside: avoid; }
  .chart .bar--better { fill: #000; }
  .chart .bar--rest { fill: #bbb; }
  .chart .bar--month { fill: #000; }
  a { color: #000; text-decoration: none; }
}
`;

let sheet: CSSStyleSheet | null = null;

export function adoptStyles(root: ShadowRoot): void {
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = root.ownerDocument.createElement("style");
  style.textContent = CSS;
  root.prepend(style);
}
