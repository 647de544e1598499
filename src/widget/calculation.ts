/**
 * The calculation chunk (dist/assets/calculation-<hash>.js): the engine,
 * decimal.js, the household schema, the rule-table registry and the results
 * (headline, table, chart, explanations, print view). The element fetches it
 * with `import()` as it starts, while it draws the interview, so a page pays for
 * the interview first and the calculation while the user reads the first
 * question. Nothing here runs until a page uses the calculator.
 */
import "./zod-config.js"; // before any schema is made
import type { Rules } from "../rules/compose.js";
import { loadRulesForDate, loadRulesForTaxYear } from "../rules/browser-registry.js";
import type { WidgetConfig } from "./attributes.js";
import { money } from "./format.js";
import type { Answers } from "./model/answers.js";
import { minimumWageFor } from "../engine/minimum-wage.js";
import { rulesKey, type RulesChoice } from "./model/rules-choice.js";

export { loadProvenance, provenanceLoaded } from "../rules/browser-registry.js";
export { Results } from "./components/results/results.js";
export { loadTeamPanel } from "./components/team-results/load-team-panel.js";
export { headline, headlineScenario } from "./model/headline.js";
export { run, calculatedDetail, type Outcome } from "./model/run.js";

const cache = new Map<string, Promise<Rules>>();

/** Load (once) the rules for a choice. Rejects with RulesNotFoundError (a failed fetch is tried again next time). */
export function loadRules(c: RulesChoice): Promise<Rules> {
  const key = rulesKey(c);
  let p = cache.get(key);
  if (!p) {
    p = c.date ? loadRulesForDate(c.date) : loadRulesForTaxYear(c.taxYear!);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** The hint under the wage question: the page's wage, or the minimum wage for the age given. */
export function defaultWageText(config: WidgetConfig, answers: Answers, rules: Rules | undefined): string | undefined {
  if (config.wage) return `${money(config.wage)} an hour`;
  const age = answers.adults[0].age.trim();
  if (!rules || !/^\d{1,3}$/.test(age)) return undefined;
  const nmw = minimumWageFor(Number(age), answers.adults[0].job.apprentice, rules);
  return `the minimum wage for age ${age}: ${money(nmw.hourly)} an hour (${nmw.name})`;
}
