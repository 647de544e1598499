/**
 * A labelled text input with optional hint, error, "£" prefix and
 * "a month" suffix. type="text" with an inputmode, as GOV.UK advises for
 * numbers (type="number" mangles "£1,200" and scroll-wheels values).
 */
import type { ComponentChildren } from "preact";
import { ErrorMessage, describedBy } from "../error-message/error-message.js";

export interface TextFieldProps {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly inputMode?: "numeric" | "decimal" | "text";
  /** Width in characters (NHS.UK fixed-width inputs). */
  readonly width?: 2 | 3 | 4 | 5 | 10 | 20;
}

export function TextField(p: TextFieldProps) {
  return (
    <div class={`field${p.error ? " field--error" : ""}`}>
      <label class="label" for={p.id}>
        {p.label}
      </label>
      {p.hint ? (
        <div id={`${p.id}-hint`} class="hint">
          {p.hint}
        </div>
      ) : null}
      <ErrorMessage id={p.id} message={p.error} />
      <div class="input-wrapper">
        {p.prefix ? (
          <span class="input-prefix" aria-hidden="true">
            {p.prefix}
          </span>
        ) : null}
        <input
          id={p.id}
          name={p.id}
          class={`input input--width-${p.width ?? 10}${p.error ? " input--error" : ""}`}
          type="text"
          inputMode={p.inputMode ?? "decimal"}
          spellcheck={false}
          autoComplete="off"
          value={p.value}
          aria-describedby={describedBy(p.id, p.hint, p.error)}
          aria-invalid={p.error ? "true" : undefined}
          onInput={(e) => p.onInput(e.currentTarget.value)}
        />
        {p.suffix ? <span class="input-suffix">{p.suffix}</span> : null}
      </div>
    </div>
  );
}
