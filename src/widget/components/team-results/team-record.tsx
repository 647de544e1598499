/**
 * The team-results panel for one calculation: "Add to team results", then
 * the record exactly as it will be sent with "Send to team results" and
 * "Cancel" (focus moves to the check step, and back to the button on
 * Cancel or Escape), then the record's state in a live region: sending,
 * sent, waiting to send (with "Try to send now") or not sent, and why.
 */
import { useEffect, useRef } from "preact/hooks";
import { RecordPreview } from "./record-preview.js";
import { statusText } from "./status-text.js";
import { useTeamRecord, type TeamRecordOptions } from "./use-team-record.js";

type FocusTarget = "check" | "title" | "add";
/** The step each focus target belongs to. */
const STEP_OF = { check: "confirm", title: "added", add: "ready" } as const;

export function TeamRecord(o: TeamRecordOptions) {
  const t = useTeamRecord(o);
  const { phase, status } = t;
  const title = useRef<HTMLHeadingElement>(null);
  const check = useRef<HTMLHeadingElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const move = useRef<FocusTarget | null>(null);
  useEffect(() => {
    // Only once the step the focus is for is drawn (a click can come before this panel's first effects have run).
    const to = move.current;
    if (!to || STEP_OF[to] !== phase.kind) return;
    move.current = null;
    ({ check, title, add })[to].current?.focus();
  }, [phase.kind]);
  const go = (to: FocusTarget, action: () => void) => () => {
    move.current = to;
    action();
  };
  const where = host(o.endpoint);
  const line = phase.kind === "added" ? statusText(status, o.team, phase.auto) : null;
  const message = t.error ?? line?.text ?? "";
  const failed = !!t.error || line?.tone === "failed";
  return (
    <section class="team-results no-print" aria-labelledby="team-results-title">
      <h3 class="section__title team-results__title" id="team-results-title" tabIndex={-1} ref={title}>
        Team results
      </h3>
      <p role="status" aria-atomic="true" class={`team-results__status${message && failed ? " warning-callout" : ""}`} id="team-results-status">
        {message}
      </p>
      {phase.kind === "ready" ? (
        <>
          <p>
            {o.auto
              ? `This page adds each calculation to the team results for ${o.team}, a few seconds after its results are shown.`
              : `You can add this calculation to the team results for ${o.team}, so the team can see how often work pays.`}{" "}
            Only an anonymised record is sent: no name, exact age, address or exact amounts.
          </p>
          {t.problem ? (
            <p class="hint">This calculation cannot be added: {t.problem}.</p>
          ) : (
            <button type="button" class="button button--secondary" id="team-results-add" ref={add} onClick={go("check", t.begin)}>
              Add to team results
            </button>
          )}
        </>
      ) : null}
      {phase.kind === "confirm" ? (
        <div
          class="team-results__confirm"
          role="group"
          aria-labelledby="team-results-check-title"
          onKeyDown={(e) => {
            if (e.key === "Escape") go("add", t.cancel)();
          }}
        >
          <h4 class="team-results__check-title" id="team-results-check-title" tabIndex={-1} ref={check}>
            Check what will be sent
          </h4>
          <p>This is everything the record holds. It is sent to the team results service at {where}; nothing else about this calculation is sent.</p>
          <RecordPreview record={phase.record} />
          <div class="button-group">
            <button type="button" class="button" id="team-results-send" onClick={go("title", t.confirm)}>
              Send to team results
            </button>
            <button type="button" class="button button--secondary" id="team-results-cancel" onClick={go("add", t.cancel)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {phase.kind === "added" ? (
        <>
          {status?.state === "waiting" && status.attempts > 0 ? (
            <button type="button" class="button button--secondary" id="team-results-retry" onClick={() => void t.retry()}>
              Try to send now
            </button>
          ) : null}
          <details class="details" open={phase.auto}>
            <summary class="details__summary">
              <span class="details__summary-text">{status?.state === "sent" ? "What was sent" : "What is being sent"}</span>
            </summary>
            <RecordPreview record={phase.record} />
          </details>
        </>
      ) : null}
    </section>
  );
}

function host(endpoint: string): string {
  try {
    return new URL(endpoint, document.baseURI).host;
  } catch {
    return endpoint;
  }
}
