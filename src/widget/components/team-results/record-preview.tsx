/**
 * A record exactly as it will be (or was) sent: every field in plain
 * English (describeRecord), and the JSON itself for anyone who wants to
 * check it byte for byte.
 */
import { describeRecord } from "../../../records/describe.js";
import type { AnonymisedRecord } from "../../../records/schema.js";

export function RecordPreview({ record }: { readonly record: AnonymisedRecord }) {
  return (
    <>
      <dl class="working team-results__fields">
        {describeRecord(record).map(([label, value]) => (
          <div class="working__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details class="details">
        <summary class="details__summary">
          <span class="details__summary-text">The record as it is sent (JSON)</span>
        </summary>
        <pre class="team-results__json">{JSON.stringify(record, null, 2)}</pre>
      </details>
    </>
  );
}
