/**
 * A group of radios in a fieldset with a legend (NHS.UK radios). The first
 * radio carries the group's id, so the error summary can link to it.
 */
import type { ComponentChildren } from "preact";
import { ErrorMessage, describedBy } from "../error-message/error-message.js";

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
}

export interface RadiosProps<V extends string> {
  readonly id: string;
  readonly legend: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly value: V | "";
  readonly options: readonly RadioOption<V>[];
  readonly onChange: (value: V) => void;
  readonly inline?: boolean;
  /** Shown under the chosen option (NHS.UK conditional reveal). */
  readonly conditional?: Partial<Record<V, ComponentChildren>>;
}

export function Radios<V extends string>(p: RadiosProps<V>) {
  return (
    <div class={`field${p.error ? " field--error" : ""}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(p.id, p.hint, p.error)}>
        <legend class="legend">{p.legend}</legend>
        {p.hint ? (
          <div id={`${p.id}-hint`} class="hint">
            {p.hint}
          </div>
        ) : null}
        <ErrorMessage id={p.id} message={p.error} />
        <div class={`radios${p.inline ? " radios--inline" : ""}`}>
          {p.options.map((o, i) => {
            const id = i === 0 ? p.id : `${p.id}-${i + 1}`;
            const reveal = p.value === o.value ? p.conditional?.[o.value] : null;
            return (
              <div key={o.value}>
                <div class="radios__item">
                  <input
                    class="radios__input"
                    id={id}
                    name={p.id}
                    type="radio"
                    value={o.value}
                    checked={p.value === o.value}
                    aria-describedby={o.hint ? `${id}-item-hint` : undefined}
                    onChange={() => p.onChange(o.value)}
                  />
                  <label class="label radios__label" for={id}>
                    {o.label}
                  </label>
                  {o.hint ? (
                    <div id={`${id}-item-hint`} class="hint radios__hint">
                      {o.hint}
                    </div>
                  ) : null}
                </div>
                {reveal ? <div class="radios__conditional">{reveal}</div> : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
