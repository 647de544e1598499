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
import print from "./styles/print.css?inline";

/** What the interview needs (the results' own styles come with them: `results-styles.ts`, in the calculation chunk). */
export const CSS = [base, fields, errorSummary, settings, print].join("\n");

const sheets = new Map<string, CSSStyleSheet>();

/** Adopt these styles (once per root; one sheet per text, shared by every calculator on the page). */
export function adoptCss(root: ShadowRoot, css: string): void {
  try {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      let sheet = sheets.get(css);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  if ([...root.querySelectorAll("style")].some((s) => s.textContent === css)) return;
  const style = document.createElement("style");
  style.textContent = css;
  root.prepend(style);
}

export const adoptStyles = (root: ShadowRoot): void => adoptCss(root, CSS);
