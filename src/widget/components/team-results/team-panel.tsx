/**
 * The team-results chunk: the panel for one calculation and the records
 * code behind it, loaded by team-results.tsx only where the page sets team
 * results up. One panel per set of answers (keyed by their fingerprint), so
 * a changed calculation starts a new record.
 */
import type { WidgetConfig } from "../../attributes.js";
import { sessionStore } from "../../model/storage.js";
import type { Success } from "../../model/run.js";
import { fingerprint } from "./record-memory.js";
import { TeamRecord } from "./team-record.js";

export { recordsClient } from "../../../outbox/client.js";

interface Props {
  readonly outcome: Success;
  readonly team: string;
  readonly endpoint: string;
  readonly config: WidgetConfig;
  readonly stale: boolean;
  readonly delayMs: number;
}

export function TeamPanel({ outcome, team, endpoint, config, stale, delayMs }: Props) {
  const fp = fingerprint(outcome.input, team, endpoint);
  return (
    <TeamRecord
      key={fp}
      fp={fp}
      input={outcome.input}
      result={outcome.result}
      team={team}
      endpoint={endpoint}
      store={config.noPersist ? null : sessionStore()}
      auto={config.autoRecord}
      stale={stale}
      delayMs={delayMs}
    />
  );
}
