/**
 * The bands of an income-banded scheme: from and to (weekly income) and the
 * discount for each, with bands added and removed in place (focus moves to
 * the band added, or to the band now in the removed one's place), and what
 * Universal Credit counts as income. The engine checks that the bands start
 * at £0 and run on without gaps or overlaps.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { emptyBand, withBand, type UcCountedAnswer } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { SelectField } from "../select-field/select-field.js";
import { TextField } from "../text-field/text-field.js";

const MAX_BANDS = 20;

const UC_COUNTED: { value: UcCountedAnswer; label: string }[] = [
  { value: "wholeAward", label: "The whole Universal Credit award" },
  { value: "awardWithoutHousing", label: "The award without the housing element" },
  { value: "standardAllowanceAndChildElements", label: "Only the standard allowance and child elements" },
  { value: "none", label: "None: net earnings only" },
];

export function BandEditor({ answers: a, errors, update }: SectionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    ref.current?.querySelector<HTMLElement>(`[id="${focusId}"]`)?.focus();
    setFocusId(null);
  }, [focusId]);
  const bands = a.ctBands;
  const add = () => {
    update((x) => ({ ...x, ctBands: [...x.ctBands, emptyBand] }));
    setFocusId(`ct-band-${bands.length}-from`);
  };
  const remove = (i: number) => {
    update((x) => ({ ...x, ctBands: x.ctBands.filter((_, j) => j !== i) }));
    setFocusId(`ct-band-${Math.min(i, bands.length - 2)}-from`);
  };
  return (
    <div class="bands" ref={ref}>
      <p class="hint">
        Income a week, from £0 upwards: each band starts a penny after the one before ends. Leave “To” blank for the top band.
      </p>
      {bands.map((b, i) => {
        const id = `ct-band-${i}`;
        const field = (part: "from" | "to" | "percent", label: string, money: boolean) => (
          <TextField
            id={`${id}-${part}`}
            label={label}
            {...(money ? { prefix: "£", width: 5 as const } : { suffix: "%", width: 3 as const })}
            value={b[part]}
            error={errorFor(errors, `${id}-${part}`)}
            onInput={(v) => update((x) => withBand(x, i, { [part]: v }))}
          />
        );
        return (
          <fieldset class="fieldset band" key={i}>
            <legend class="legend legend--small">Band {i + 1}</legend>
            <div class="band__fields">
              {field("from", "From", true)}
              {field("to", "To", true)}
              {field("percent", "Discount", false)}
            </div>
            {bands.length > 1 ? (
              <button type="button" class="link-button band__remove" onClick={() => remove(i)}>
                Remove<span class="visually-hidden"> band {i + 1}</span>
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {bands.length < MAX_BANDS ? (
        <button type="button" class="button button--secondary" onClick={add}>
          Add another band
        </button>
      ) : null}
      <SelectField
        id="ct-uc-counted"
        label="What Universal Credit counts as income, beside net earnings"
        value={a.ctUcCounted}
        error={errorFor(errors, "ct-uc-counted")}
        options={UC_COUNTED}
        onChange={(ctUcCounted) => update((x) => ({ ...x, ctUcCounted }))}
      />
    </div>
  );
}
