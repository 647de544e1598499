/**
 * Start the page's records client when team results are set up, so records
 * left waiting in the outbox (offline, the service down, a reload) are sent
 * as soon as the calculator loads, before any new calculation. The records
 * code is fetched only on such pages (the team-results chunk, which the
 * calculation chunk loads: the code they share stays in the calculation).
 */
import { useEffect } from "preact/hooks";
import type { WidgetConfig } from "../../attributes.js";
import { loadCalculation } from "../../model/load-calculation.js";

export function useRecordsOutbox(config: WidgetConfig): void {
  const on = !!config.team && !!config.recordsEndpoint;
  useEffect(() => {
    // No IndexedDB, or the chunk cannot be fetched: the panel says so when asked to add a record.
    if (on)
      loadCalculation()
        .then((c) => c.loadTeamPanel())
        .then((m) => m.recordsClient())
        .catch(() => undefined);
  }, [on]);
}
