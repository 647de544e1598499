/**
 * "If the job ends" (issue 14): what happens to this household's benefits if
 * the job stops, in the engine's words (written to be read aloud), each
 * statement with its rules and sources, and "not confirmed" where a rule is
 * unconfirmed or derived. Closed at first (a button opens it, focus stays
 * on the button); always printed.
 */
import { useState } from "preact/hooks";
import type { Evaluation } from "../../../engine/index.js";
import { jobEndsView } from "../../model/job-ends.js";
import { RuleList } from "../explanation-panel/rule-list.js";

export function JobEnds({ result }: { readonly result: Evaluation }) {
  const [open, setOpen] = useState(false);
  const statements = jobEndsView(result);
  if (!statements.length) return null;
  return (
    <section class="job-ends" aria-labelledby="job-ends-title">
      <h3 class="section__title" id="job-ends-title">
        If the job ends
      </h3>
      <p>What happens to the benefits if the job stops after a few weeks or months, with the law behind each point. Written to be read aloud.</p>
      <button
        type="button"
        class="button button--secondary no-print"
        id="job-ends-toggle"
        aria-expanded={open ? "true" : "false"}
        aria-controls="job-ends-body"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide what happens if the job ends" : "Show what happens if the job ends"}
      </button>
      <div class={`job-ends__body${open ? "" : " job-ends__body--closed"}`} id="job-ends-body">
        {statements.map((s, i) => (
          <div class={`job-ends__item${s.notConfirmed ? " job-ends__item--unconfirmed" : ""}`} key={s.code}>
            <p class="job-ends__text">
              {s.text}
              {s.notConfirmed ? <strong class="job-ends__flag"> (not confirmed: a rule behind this is not yet confirmed from its source)</strong> : null}
            </p>
            <RuleList rules={s.rules} heading={null} label={`Rules and sources for point ${i + 1}`} />
          </div>
        ))}
      </div>
    </section>
  );
}
