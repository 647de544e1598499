/** Things to know before reading the figures: out-of-date results, the engine's warnings, unconfirmed rates. */
import type { Evaluation } from "../../../engine/index.js";

interface Props {
  readonly result: Evaluation;
  /** The widget's own notes on what the figures leave out. */
  readonly notes?: readonly string[];
  readonly stale: boolean;
  readonly onCheck: () => void;
}

export function Notices({ result, stale, onCheck, notes = [] }: Props) {
  const all = [...notes, ...result.warnings];
  return (
    <>
      {stale ? (
        <div class="warning-callout" role="status">
          <p>These results are for your earlier answers: some new answers need checking.</p>
          <button type="button" class="button button--secondary" onClick={onCheck}>
            Check answers and update
          </button>
        </div>
      ) : null}
      {all.length ? (
        <div class="inset notices">
          <h3 class="inset__title">Please note</h3>
          <ul class="list">
            {all.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
