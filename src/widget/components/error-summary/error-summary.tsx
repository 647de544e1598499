/**
 * GOV.UK / NHS.UK error summary: at the top of the form, focused when it
 * appears after "Show results", one link per problem. Links are handled in
 * script because a fragment link cannot reach into a shadow root; `onJump`
 * focuses the field (switching to full mode first if quick mode hides it).
 */
import { useEffect, useRef } from "preact/hooks";
import type { FieldError } from "../../model/problems.js";

export interface ErrorSummaryProps {
  readonly errors: readonly FieldError[];
  /** Changes each time the summary should take focus (each failed "Show results"). */
  readonly focusKey: number;
  readonly onJump: (fieldId: string) => void;
}

export function ErrorSummary({ errors, focusKey, onJump }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey && errors.length) ref.current?.focus();
  }, [focusKey]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" part="error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 class="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div class="error-summary__body">
        <ul class="error-summary__list">
          {errors.map((e) => (
            <li key={e.field.id}>
              <a
                href={`#${e.field.id}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  onJump(e.field.id);
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
