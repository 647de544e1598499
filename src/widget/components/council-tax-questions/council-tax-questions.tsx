/**
 * Council tax (full mode): the year's bill, the single person discount
 * (the household's answer unless changed), and in England the council's
 * Council Tax Reduction scheme. Scotland and Wales have national schemes,
 * which the calculator applies itself.
 */
import { livesAlone } from "../../model/answers.js";
import type { CtPreset } from "../../model/presets.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { TextField } from "../text-field/text-field.js";
import { SchemeChoice } from "./scheme-choice.js";

interface Props extends SectionProps {
  /** The councils' schemes in the rules for the chosen year (empty until they load). */
  readonly presets: readonly CtPreset[];
}

const NATIONAL: Record<string, string> = { scotland: "Scotland", wales: "Wales" };

export function CouncilTaxQuestions(p: Props) {
  const { answers: a, errors, update } = p;
  const alone = livesAlone(a);
  const nation = NATIONAL[a.region];
  return (
    <section class="section" aria-labelledby="council-tax-title">
      <h3 class="section__title" id="council-tax-title">
        Council tax
      </h3>
      <TextField
        id="ct-bill"
        label="Council tax for the year"
        hint={`The full bill for the home before any discount or reduction${a.region === "scotland" ? ", without water and sewerage charges" : ""}. Leave blank to leave council tax out.`}
        prefix="£"
        suffix="a year"
        width={5}
        value={a.ctBill}
        error={errorFor(errors, "ct-bill")}
        onInput={(ctBill) => update((x) => ({ ...x, ctBill }))}
      />
      {a.ctBill.trim() ? (
        <>
          <Radios
            id="ct-single"
            legend="Do you get the single person discount?"
            hint={`25% off the bill for someone who lives alone. From your answers we have assumed ${alone ? "yes" : "no"}.`}
            inline
            value={a.ctSingle || (alone ? "yes" : "no")}
            error={errorFor(errors, "ct-single")}
            options={[
              { value: "yes", label: "Yes" },
              { value: "no", label: "No" },
            ]}
            onChange={(ctSingle) => update((x) => ({ ...x, ctSingle }))}
          />
          {nation ? (
            <p class="inset">
              {nation} has a national Council Tax Reduction scheme: the calculator works out the reduction from your other answers.
            </p>
          ) : a.region === "england" ? (
            <SchemeChoice {...p} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
