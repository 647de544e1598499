/** One yes/no checkbox with its label and hint (NHS.UK checkboxes). */
import type { ComponentChildren } from "preact";
import { ErrorMessage } from "../error-message/error-message.js";

export interface CheckboxProps {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function Checkbox(p: CheckboxProps) {
  const described = [p.hint ? `${p.id}-hint` : "", p.error ? `${p.id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${p.error ? " field--error" : ""}`}>
      <ErrorMessage id={p.id} message={p.error} />
      <div class="checkboxes__item">
        <input
          class="checkboxes__input"
          id={p.id}
          name={p.id}
          type="checkbox"
          checked={p.checked}
          aria-describedby={described}
          onChange={(e) => p.onChange(e.currentTarget.checked)}
        />
        <label class="label checkboxes__label" for={p.id}>
          {p.label}
        </label>
        {p.hint ? (
          <div id={`${p.id}-hint`} class="hint checkboxes__hint">
            {p.hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}
