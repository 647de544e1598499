/** The rates of PIP / ADP (daily living, mobility) or DLA (care, mobility). */
import type { AdultAnswers } from "../../model/answers.js";
import { SelectField } from "../select-field/select-field.js";

interface Props {
  readonly id: string;
  readonly adult: AdultAnswers;
  readonly set: (patch: Partial<AdultAnswers>) => void;
  readonly kind: "pip" | "dla";
}

export function DisabilityRates({ id, adult, set, kind }: Props) {
  if (kind === "pip")
    return (
      <>
        <SelectField
          id={`${id}-daily-living`}
          label="Daily living part"
          value={adult.dailyLiving}
          options={[
            { value: "none", label: "None" },
            { value: "standard", label: "Standard rate" },
            { value: "enhanced", label: "Enhanced rate" },
          ]}
          onChange={(dailyLiving) => set({ dailyLiving })}
        />
        <SelectField
          id={`${id}-mobility`}
          label="Mobility part"
          value={adult.mobility}
          options={[
            { value: "none", label: "None" },
            { value: "standard", label: "Standard rate" },
            { value: "enhanced", label: "Enhanced rate" },
          ]}
          onChange={(mobility) => set({ mobility })}
        />
      </>
    );
  return (
    <>
      <SelectField
        id={`${id}-dla-care`}
        label="Care component"
        value={adult.dlaCare}
        options={[
          { value: "none", label: "None" },
          { value: "lowest", label: "Lowest rate" },
          { value: "middle", label: "Middle rate" },
          { value: "highest", label: "Highest rate" },
        ]}
        onChange={(dlaCare) => set({ dlaCare })}
      />
      <SelectField
        id={`${id}-dla-mobility`}
        label="Mobility component"
        value={adult.dlaMobility}
        options={[
          { value: "none", label: "None" },
          { value: "lower", label: "Lower rate" },
          { value: "higher", label: "Higher rate" },
        ]}
        onChange={(dlaMobility) => set({ dlaMobility })}
      />
    </>
  );
}
