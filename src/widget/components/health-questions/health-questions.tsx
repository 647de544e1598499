/**
 * Health and disability for one adult: the UC health element (LCW, or
 * LCWRA protected / new claim) and, in full mode, PIP, ADP or DLA.
 */
import type { AdultAnswers } from "../../model/answers.js";
import { withAdult } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { DisabilityRates } from "./disability-rates.js";

export function HealthQuestions(p: SectionProps & { readonly who: 0 | 1 }) {
  const { answers: a, errors, update, mode, who } = p;
  const you = who === 0;
  const adult = a.adults[who];
  const set = (patch: Partial<AdultAnswers>) => update((x) => withAdult(x, who, patch));
  const id = `adults-${who}`;
  return (
    <div class="adult-group">
      <Radios
        id={`${id}-health`}
        legend={you ? "Does your Universal Credit include a health element?" : "Does your partner have a UC health element?"}
        hint="From a Work Capability Assessment. LCWRA: limited capability for work and work-related activity."
        value={adult.health}
        error={errorFor(errors, `${id}-health`)}
        options={[
          { value: "none", label: "No, or not assessed yet" },
          { value: "lcwra-protected", label: "LCWRA, awarded before April 2026 (protected)", hint: "Also anyone who meets the severe conditions criteria or is terminally ill." },
          { value: "lcwra-new", label: "LCWRA, new claim from 6 April 2026" },
          { value: "lcw", label: "LCW only (a claim from before 3 April 2017)" },
        ]}
        onChange={(health) => set({ health })}
      />
      {mode === "full" ? (
        <Radios
          id={`${id}-disability`}
          legend={you ? "Do you get a disability benefit?" : "Does your partner get a disability benefit?"}
          value={adult.disabilityBenefit}
          error={errorFor(errors, `${id}-disability`)}
          options={[
            { value: "none", label: "No" },
            { value: "pip", label: "Personal Independence Payment (PIP)" },
            ...(a.region === "scotland" ? [{ value: "adp" as const, label: "Adult Disability Payment (ADP)" }] : []),
            { value: "dla", label: "Disability Living Allowance (DLA)" },
          ]}
          onChange={(disabilityBenefit) => set({ disabilityBenefit })}
          conditional={{
            pip: <DisabilityRates id={id} adult={adult} set={set} kind="pip" />,
            adp: <DisabilityRates id={id} adult={adult} set={set} kind="pip" />,
            dla: <DisabilityRates id={id} adult={adult} set={set} kind="dla" />,
          }}
        />
      ) : null}
    </div>
  );
}
