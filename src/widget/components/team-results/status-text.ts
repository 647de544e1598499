/** What the team-results status line says about a record, in plain words. */
import type { RecordStatus } from "../../../outbox/client.js";

export type Tone = "info" | "sent" | "waiting" | "failed";

export function statusText(status: RecordStatus | null, team: string, auto: boolean): { text: string; tone: Tone } {
  const added = auto ? "Added to the team results automatically" : "Added to the team results";
  if (!status || (status.state === "waiting" && status.attempts === 0)) return { text: `${added}: sending…`, tone: "info" };
  if (status.state === "sent") return { text: `Sent: this calculation is now counted in the team results for ${team}.`, tone: "sent" };
  if (status.state === "failed")
    return {
      text: `Not sent: the team results service refused the record (${status.reason}). It will not be sent again. Please tell whoever looks after the team results.`,
      tone: "failed",
    };
  return {
    text: `Waiting to send: ${status.lastError ?? "the service could not be reached"}. The record is kept in this browser and sent automatically when the service can be reached, even after a reload.`,
    tone: "waiting",
  };
}
