/**
 * A figure in the results that opens its working. The visible text is the
 * amount; the accessible name adds what it is and that it can be opened.
 * An asterisk marks figures resting on a rate that is not yet confirmed.
 */
export interface FigureButtonProps {
  readonly id: string;
  readonly text: string;
  /** e.g. "Net income, 16 hours". */
  readonly about: string;
  readonly unconfirmed: boolean;
  readonly expanded: boolean;
  readonly onOpen: () => void;
}

export function FigureButton(p: FigureButtonProps) {
  return (
    <button
      type="button"
      id={p.id}
      class="figure"
      aria-label={`${p.text}${p.unconfirmed ? "*" : ""}: ${p.about}${p.unconfirmed ? " (rests on a rate not yet confirmed)" : ""}. Show how this was worked out`}
      aria-expanded={p.expanded ? "true" : "false"}
      aria-controls={p.expanded ? "explanation" : undefined}
      onClick={p.onOpen}
    >
      {p.text}
      {p.unconfirmed ? (
        <span class="figure__mark" aria-hidden="true">
          *
        </span>
      ) : null}
    </button>
  );
}
