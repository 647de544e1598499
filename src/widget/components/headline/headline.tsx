/** The answer in one sentence, honest when work does not pay, with a way into the working. */
import type { Headline } from "../../model/headline.js";
import type { Selected } from "../results/results.js";

interface Props {
  readonly headline: Headline;
  readonly col: number;
  readonly expanded: boolean;
  readonly onOpen: (s: Selected) => void;
}

export function HeadlinePanel({ headline: h, col, expanded, onOpen }: Props) {
  return (
    <div class={`headline headline--${h.direction}`} part="headline">
      <p class="headline__text" id="headline-text">
        {h.text}
      </p>
      {h.afterCosts ? <p class="headline__more">{h.afterCosts}</p> : null}
      {h.includingHelp ? <p class="headline__more">{h.includingHelp}</p> : null}
      {h.reasons.length ? (
        <>
          <p class="headline__more">Why:</p>
          <ul class="list">
            {h.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button
        type="button"
        id="headline-explain"
        class="link-button"
        aria-expanded={expanded ? "true" : "false"}
        aria-controls={expanded ? "explanation" : undefined}
        onClick={() => onOpen({ col, row: "betterOff", from: "headline-explain" })}
      >
        How this was worked out
      </button>
    </div>
  );
}
