/**
 * The element's styles, adopted into its shadow root as a constructed
 * stylesheet: no <style> element, so a Content-Security-Policy without
 * 'unsafe-inline' for styles still applies them. Browsers without
 * constructable stylesheets get a <style> element instead (they need
 * style-src 'unsafe-inline'; see public/embed.html).
 */
import base from "./styles/base.css?inline";
import fields from "./styles/fields.css?inline";
import errorSummary from "./styles/error-summary.css?inline";
import settings from "./styles/settings.css?inline";
import results from "./styles/results.css?inline";
import chart from "./styles/chart.css?inline";
import teamResults from "./styles/team-results.css?inline";
import print from "./styles/print.css?inline";

export const CSS = [base, fields, errorSummary, settings, results, chart, teamResults, print].join("\n");

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
  const style = document.createElement("style");
  style.textContent = CSS;
  root.prepend(style);
}
