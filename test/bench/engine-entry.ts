// What the engine benchmark bundles: the engine and the rules loader, as the widget uses them.
export { evaluate, calculate, firstMonthsOf, toJson, parseHousehold } from "../../src/engine/index.js";
export { parseRulesTable, rulesForTaxYear } from "../../src/rules/load.js";
