/**
 * England: how the council's Council Tax Reduction scheme is given: a
 * council from the rule tables, an income-banded or taper scheme described
 * here, the current reduction kept as it is, or no reduction.
 */
import type { CtScheme } from "../../model/answers.js";
import type { CtPreset } from "../../model/presets.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios, type RadioOption } from "../radios/radios.js";
import { SelectField } from "../select-field/select-field.js";
import { TextField } from "../text-field/text-field.js";
import { BandEditor } from "./band-editor.js";

interface Props extends SectionProps {
  readonly presets: readonly CtPreset[];
}

export function SchemeChoice(p: Props) {
  const { answers: a, errors, update, presets } = p;
  const set = (key: "ctPreset" | "ctCurrent" | "ctTaperMax" | "ctTaperRate") => (v: string) => update((x) => ({ ...x, [key]: v }));
  const chosen = presets.find((x) => x.id === a.ctPreset);
  const percent = (id: string, key: "ctTaperMax" | "ctTaperRate", label: string, hint: string) => (
    <TextField id={id} label={label} hint={hint} suffix="%" width={3} value={a[key]} error={errorFor(errors, id)} onInput={set(key)} />
  );
  const options: RadioOption<Exclude<CtScheme, "">>[] = [
    ...(presets.length ? [{ value: "preset" as const, label: "Choose the council from a list" }] : []),
    { value: "unknown", label: "I don't know our council's scheme", hint: "Council tax is then left out of the figures, and the results say what it could change." },
    { value: "banded", label: "Describe an income-banded scheme", hint: "A discount percentage for each band of weekly income." },
    { value: "taper", label: "Describe a taper scheme", hint: "A maximum reduction, less a percentage of income above the Universal Credit maximum amount." },
    { value: "keepCurrent", label: "Keep the current reduction", hint: "Use this only if the scheme cannot be described: the reduction often falls in work." },
    { value: "none", label: "No reduction" },
  ];
  return (
    <Radios
      id="ct-scheme"
      legend="The council's Council Tax Reduction scheme"
      hint="Each council in England has its own scheme for people of working age. The council's website describes it."
      value={a.ctScheme}
      error={errorFor(errors, "ct-scheme")}
      options={options}
      onChange={(ctScheme) => update((x) => ({ ...x, ctScheme }))}
      conditional={{
        preset: (
          <SelectField
            id="ct-preset"
            label="Council"
            hint={chosen ? chosen.summary : `The councils whose schemes this calculator has for these rates.`}
            value={a.ctPreset}
            error={errorFor(errors, "ct-preset")}
            options={[{ value: "", label: "Choose a council" }, ...presets.map((x) => ({ value: x.id, label: x.council }))]}
            onChange={set("ctPreset")}
          />
        ),
        banded: <BandEditor {...p} />,
        taper: (
          <>
            {percent("ct-taper-max", "ctTaperMax", "Maximum reduction", "A percentage of the bill, e.g. 100 or 80.")}
            {percent("ct-taper-rate", "ctTaperRate", "Taper", "How much of each pound of weekly income above the UC maximum amount comes off, e.g. 20.")}
          </>
        ),
        keepCurrent: (
          <TextField
            id="ct-current"
            label="Current reduction"
            hint="Assumed to stay the same in work."
            prefix="£"
            suffix="a year"
            width={5}
            value={a.ctCurrent}
            error={errorFor(errors, "ct-current")}
            onInput={set("ctCurrent")}
          />
        ),
      }}
    />
  );
}
