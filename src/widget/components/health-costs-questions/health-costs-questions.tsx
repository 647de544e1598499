/**
 * Full mode: what free NHS help and food help would be worth: prescription
 * items (England; free for everyone in Scotland and Wales), dental and
 * optical costs, and pregnancy (Healthy Start, Best Start Foods).
 */
import { errorFor } from "../../model/problems.js";
import { Checkbox } from "../checkbox/checkbox.js";
import type { SectionProps } from "../interview/section-props.js";
import { TextField } from "../text-field/text-field.js";

export function HealthCostsQuestions({ answers: a, errors, update }: SectionProps) {
  const set = (key: "prescriptions" | "dental" | "optical") => (v: string) => update((x) => ({ ...x, [key]: v }));
  const freeIn = a.region === "scotland" ? "Scotland" : a.region === "wales" ? "Wales" : null;
  return (
    <section class="section" aria-labelledby="health-costs-title">
      <h3 class="section__title" id="health-costs-title">
        Health costs and pregnancy
      </h3>
      <p class="hint">Universal Credit can bring free NHS prescriptions, dental treatment and sight tests, which stop at set levels of pay.</p>
      {freeIn ? (
        <p class="inset">Prescriptions are free for everyone in {freeIn}.</p>
      ) : (
        <TextField
          id="prescriptions"
          label="NHS prescription items a month"
          hint="Each medicine on a prescription is one item. Leave blank if none."
          inputMode="numeric"
          width={2}
          suffix="items"
          value={a.prescriptions}
          error={errorFor(errors, "prescriptions")}
          onInput={set("prescriptions")}
        />
      )}
      <TextField
        id="dental"
        label="NHS dental charges expected in a year"
        hint="Leave blank if none or not known."
        prefix="£"
        suffix="a year"
        width={5}
        value={a.dental}
        error={errorFor(errors, "dental")}
        onInput={set("dental")}
      />
      <TextField
        id="optical"
        label="Sight tests and glasses expected in a year"
        hint="Leave blank if none or not known."
        prefix="£"
        suffix="a year"
        width={5}
        value={a.optical}
        error={errorFor(errors, "optical")}
        onInput={set("optical")}
      />
      <Checkbox
        id="pregnant"
        label="Someone in the household is pregnant (10 weeks or more)"
        hint={a.region === "scotland" ? "For Best Start Foods." : "For Healthy Start."}
        checked={a.pregnant}
        error={errorFor(errors, "pregnant")}
        onChange={(pregnant) => update((x) => ({ ...x, pregnant }))}
      />
    </section>
  );
}
