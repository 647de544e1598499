/** New Style ESA: assessment or main phase, group, and the old work-related activity component. */
import type { AdultAnswers } from "../../model/answers.js";
import { Checkbox } from "../checkbox/checkbox.js";
import { Radios } from "../radios/radios.js";

interface Props {
  readonly id: string;
  readonly adult: AdultAnswers;
  readonly set: (patch: Partial<AdultAnswers>) => void;
}

export function EsaDetails({ id, adult, set }: Props) {
  return (
    <>
      <Radios
        id={`${id}-esa-phase`}
        legend="Which phase of ESA?"
        hint="The assessment phase is usually the first 13 weeks of a claim."
        inline
        value={adult.esaPhase}
        options={[
          { value: "main", label: "Main phase" },
          { value: "assessment", label: "Assessment phase" },
        ]}
        onChange={(esaPhase) => set({ esaPhase })}
      />
      {adult.esaPhase === "main" ? (
        <Radios
          id={`${id}-esa-group`}
          legend="Which group?"
          hint="Not sure? Leave it: LCWRA usually means the support group."
          value={adult.esaGroup}
          options={[
            { value: "", label: "Not sure" },
            { value: "workRelatedActivity", label: "Work-related activity group" },
            { value: "support", label: "Support group" },
          ]}
          onChange={(esaGroup) => set({ esaGroup })}
        />
      ) : null}
      <Checkbox
        id={`${id}-esa-component`}
        label="Gets the work-related activity component"
        hint="Only claims made before 3 April 2017."
        checked={adult.esaComponent}
        onChange={(esaComponent) => set({ esaComponent })}
      />
    </>
  );
}
