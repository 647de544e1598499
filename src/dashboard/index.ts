/**
 * The dashboard's bundle entry (dist/better-off-team-results.js): defines
 * `<better-off-team-results>` when loaded. Its own small module, so pages
 * with only the calculator do not download it (and the other way round).
 */
import { defineBetterOffTeamResults } from "./define.js";

export { BetterOffTeamResultsElement, VERSION, RECORD_SENT, ERROR } from "./better-off-team-results.js";
export { defineBetterOffTeamResults, TAG } from "./define.js";

defineBetterOffTeamResults();
