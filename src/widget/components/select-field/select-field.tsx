/** A labelled <select> (NHS.UK select). */
import type { ComponentChildren } from "preact";
import { ErrorMessage, describedBy } from "../error-message/error-message.js";

export interface SelectFieldProps<V extends string> {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly value: V;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
}

export function SelectField<V extends string>(p: SelectFieldProps<V>) {
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
      <select
        id={p.id}
        name={p.id}
        class={`select${p.error ? " select--error" : ""}`}
        value={p.value}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        aria-invalid={p.error ? "true" : undefined}
        onChange={(e) => p.onChange(e.currentTarget.value as V)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
