/** Who is in the household: where they live, ages, partner, children. */
import { activeChildren, isCouple, withAdult } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import { Checkbox } from "../checkbox/checkbox.js";
import { ChildQuestions } from "../child-questions/child-questions.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { TextField } from "../text-field/text-field.js";
import { PartnerJobQuestions } from "../job-questions/partner-job.js";

export function HouseholdQuestions(p: SectionProps & { readonly agesOn: string | undefined }) {
  const { answers: a, errors, update, mode } = p;
  const full = mode === "full";
  return (
    <section class="section" aria-labelledby="household-title">
      <h3 class="section__title" id="household-title">
        Who lives in the household
      </h3>
      {full || !p.config.region ? (
        <Radios
          id="region"
          legend="Where do you live?"
          value={a.region}
          error={errorFor(errors, "region")}
          options={[
            { value: "england", label: "England" },
            { value: "scotland", label: "Scotland" },
            { value: "wales", label: "Wales" },
          ]}
          onChange={(region) => update((x) => ({ ...x, region }))}
          conditional={{
            england: full ? (
              <Checkbox
                id="london"
                label="In Greater London"
                hint="The benefit cap is higher in London."
                checked={a.london}
                error={errorFor(errors, "london")}
                onChange={(london) => update((x) => ({ ...x, london }))}
              />
            ) : null,
          }}
        />
      ) : null}
      <TextField
        id="adults-0-age"
        label="Your age"
        inputMode="numeric"
        width={3}
        suffix="years"
        value={a.adults[0].age}
        error={errorFor(errors, "adults-0-age")}
        onInput={(age) => update((x) => withAdult(x, 0, { age }))}
      />
      <Radios
        id="couple"
        legend="Do you live with a partner?"
        hint="Universal Credit is worked out for a couple together."
        inline
        value={a.couple}
        error={errorFor(errors, "couple")}
        options={[
          { value: "no", label: "No" },
          { value: "yes", label: "Yes" },
        ]}
        onChange={(couple) => update((x) => ({ ...x, couple }))}
      />
      {isCouple(a) ? (
        <>
          <TextField
            id="adults-1-age"
            label="Your partner's age"
            inputMode="numeric"
            width={3}
            suffix="years"
            value={a.adults[1].age}
            error={errorFor(errors, "adults-1-age")}
            onInput={(age) => update((x) => withAdult(x, 1, { age }))}
          />
          <PartnerJobQuestions {...p} />
        </>
      ) : null}
      <TextField
        id="child-count"
        label="How many children live with you?"
        hint="Children under 16, or under 20 and in full-time non-advanced education. Enter 0 if none."
        inputMode="numeric"
        width={2}
        value={a.childCount}
        error={errorFor(errors, "child-count")}
        onInput={(childCount) => update((x) => ({ ...x, childCount }))}
      />
      {activeChildren(a).map((c, i) => (
        <ChildQuestions key={i} index={i} child={c} {...p} />
      ))}
    </section>
  );
}
