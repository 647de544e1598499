/**
 * Benefits now, for one adult: New Style ESA or JSA (in full mode with
 * ESA's phase and group), and caring with Carer's Allowance.
 */
import type { AdultAnswers } from "../../model/answers.js";
import { withAdult } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import { Checkbox } from "../checkbox/checkbox.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { EsaDetails } from "./esa-details.js";

export function BenefitQuestions(p: SectionProps & { readonly who: 0 | 1 }) {
  const { answers: a, errors, update, mode, who } = p;
  const you = who === 0;
  const adult = a.adults[who];
  const set = (patch: Partial<AdultAnswers>) => update((x) => withAdult(x, who, patch));
  const id = `adults-${who}`;
  const full = mode === "full";
  const ca = a.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance";
  return (
    <div class="adult-group">
      <Radios
        id={`${id}-contributory`}
        legend={you ? "Do you get New Style ESA or New Style JSA?" : "Does your partner get New Style ESA or New Style JSA?"}
        hint="These are paid from National Insurance contributions, alongside or instead of Universal Credit."
        value={adult.contributory}
        error={errorFor(errors, `${id}-contributory`)}
        options={[
          { value: "none", label: "Neither" },
          { value: "esa", label: "New Style Employment and Support Allowance (ESA)" },
          { value: "jsa", label: "New Style Jobseeker's Allowance (JSA)" },
        ]}
        onChange={(contributory) => set({ contributory })}
        conditional={{ esa: full ? <EsaDetails id={id} adult={adult} set={set} /> : null }}
      />
      {full ? (
        <>
          <Checkbox
            id={`${id}-carer`}
            label={you ? "I care for someone for 35 hours a week or more" : "My partner cares for someone for 35 hours a week or more"}
            hint="Someone who gets a disability benefit such as PIP daily living or DLA care at the middle or highest rate."
            checked={adult.carer}
            error={errorFor(errors, `${id}-carer`)}
            onChange={(carer) => set({ carer })}
          />
          {adult.carer ? (
            <Checkbox
              id={`${id}-carers-allowance`}
              label={`${you ? "I get" : "My partner gets"} ${ca}`}
              checked={adult.carersAllowance}
              error={errorFor(errors, `${id}-carers-allowance`)}
              onChange={(carersAllowance) => set({ carersAllowance })}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
