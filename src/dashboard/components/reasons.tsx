/** Why some results were worse off: the reasons the calculations flagged, most common first. */
import type { Figure, Reason } from "../../server/summary.js";
import { figure, isCount } from "../format.js";

export function Reasons({ reasons, results }: { reasons: readonly Reason[]; results: Figure }) {
  if (results === 0) return <p>No calculation showed the person worse off.</p>;
  return (
    <>
      <p>
        {isCount(results) ? `${figure(results)} results` : `${figure(results)[0]!.toUpperCase()}${figure(results).slice(1)} results`} showed the person worse off. What
        changed at those hours:
      </p>
      {reasons.length ? (
        <ol class="reasons">
          {reasons.slice(0, 5).map((r) => (
            <li key={r.code}>
              {r.label}: {figure(r.results)}
            </li>
          ))}
        </ol>
      ) : (
        <p class="hint">No reasons can be shown for so few results.</p>
      )}
    </>
  );
}
