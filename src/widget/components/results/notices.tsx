/** Things to know before reading the figures: out-of-date results, the engine's warnings, unconfirmed rates. */
import type { Result } from "../../../engine/index.js";

interface Props {
  readonly result: Result;
  readonly stale: boolean;
  readonly onCheck: () => void;
}

export function Notices({ result, stale, onCheck }: Props) {
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
      {result.warnings.length ? (
        <div class="inset">
          <h3 class="inset__title">Please note</h3>
          <ul class="list">
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
