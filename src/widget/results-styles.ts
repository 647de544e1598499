/**
 * The results' styles (table, headline, chart, team results), in the
 * calculation chunk with the results: the interview draws without them.
 * Adopted by the results before their first paint.
 */
import results from "./styles/results.css?inline";
import chart from "./styles/chart.css?inline";
import teamResults from "./styles/team-results.css?inline";
import { adoptCss } from "./styles.js";

export const RESULTS_CSS = [results, chart, teamResults].join("\n");

export function adoptResultStyles(root: Node | undefined): void {
  if (root && typeof ShadowRoot !== "undefined" && root instanceof ShadowRoot) adoptCss(root, RESULTS_CSS);
}
