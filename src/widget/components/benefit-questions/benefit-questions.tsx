/**
 * Benefits now and what the assessment said, for one adult, in words a
 * clinician knows: which benefits are paid now (tick all that apply), then,
 * for Universal Credit or New Style ESA, what the Work Capability Assessment
 * said, asked as the plain question behind it. Every question that moves the
 * figure has "Not sure", which the results read both ways. Full mode adds
 * the old ESA work-related activity component and caring without Carer's
 * Allowance.
 */
import type { AdultAnswers, YesNoUnsure } from "../../model/answers.js";
import { withAdult } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import { Checkbox } from "../checkbox/checkbox.js";
import { ErrorMessage, describedBy } from "../error-message/error-message.js";
import { DisabilityRates } from "../health-questions/disability-rates.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";

type Flag = "uc" | "esa" | "jsa" | "disability" | "carersAllowance";

const YES_NO_UNSURE = [
  { value: "yes" as const, label: "Yes" },
  { value: "no" as const, label: "No" },
  { value: "unsure" as const, label: "Not sure", hint: "The results show both answers, and where to check." },
];

export function BenefitQuestions(p: SectionProps & { readonly who: 0 | 1 }) {
  const { answers: a, errors, update, mode, who } = p;
  const you = who === 0;
  const adult = a.adults[who];
  const set = (patch: Partial<AdultAnswers>) => update((x) => withAdult(x, who, patch));
  const id = `adults-${who}`;
  const full = mode === "full";
  const scotland = a.region === "scotland";
  const items: { key: Flag; label: string; hint?: string }[] = [
    { key: "uc", label: "Universal Credit" },
    { key: "esa", label: "New Style Employment and Support Allowance (ESA)", hint: "Paid from National Insurance contributions." },
    { key: "jsa", label: "New Style Jobseeker's Allowance (JSA)" },
    { key: "disability", label: scotland ? "PIP, Adult Disability Payment or DLA" : "Personal Independence Payment (PIP) or DLA" },
    { key: "carersAllowance", label: scotland ? "Carer Support Payment" : "Carer's Allowance" },
  ];
  const groupError = errorFor(errors, `${id}-benefits`);
  const assessed = adult.uc || adult.esa;
  const yesNo = (key: "lcwraBefore2026" | "lcwElement", qid: string, legend: string, hint: string) => (
    <Radios<Exclude<YesNoUnsure, "">>
      id={qid}
      legend={legend}
      hint={hint}
      value={adult[key]}
      error={errorFor(errors, qid)}
      options={YES_NO_UNSURE}
      onChange={(v) => set({ [key]: v })}
    />
  );
  return (
    <div class="adult-group">
      <div class={`field${groupError ? " field--error" : ""}`}>
        <fieldset class="fieldset" aria-describedby={describedBy(`${id}-benefits`, true, groupError)}>
          <legend class="legend">{you ? "Which benefits do you get now?" : "Which benefits does your partner get now?"}</legend>
          <div id={`${id}-benefits-hint`} class="hint">
            Tick all that apply. Leave them all unticked if none.
          </div>
          <ErrorMessage id={`${id}-benefits`} message={groupError} />
          {items.map((it, i) => {
            const cid = i === 0 ? `${id}-benefits` : `${id}-benefits-${it.key}`;
            return (
              <div class="checkboxes__item" key={it.key}>
                <input
                  class="checkboxes__input"
                  id={cid}
                  name={cid}
                  type="checkbox"
                  checked={adult[it.key]}
                  aria-describedby={it.hint ? `${cid}-item-hint` : undefined}
                  onChange={(e) => set({ [it.key]: e.currentTarget.checked })}
                />
                <label class="label checkboxes__label" for={cid}>
                  {it.label}
                </label>
                {it.hint ? (
                  <div id={`${cid}-item-hint`} class="hint checkboxes__hint">
                    {it.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      </div>
      {adult.disability ? (
        <Radios
          id={`${id}-disability`}
          legend={you ? "Which disability benefit do you get?" : "Which disability benefit does your partner get?"}
          hint="They are not means-tested, so work does not reduce them, but they can lift the benefit cap."
          value={adult.disabilityBenefit}
          error={errorFor(errors, `${id}-disability`)}
          options={[
            { value: "pip", label: "Personal Independence Payment (PIP)" },
            ...(scotland ? [{ value: "adp" as const, label: "Adult Disability Payment (ADP)" }] : []),
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
      {assessed ? (
        <>
          <Radios
            id={`${id}-assessment`}
            legend={
              you
                ? "Did your assessment say you don't have to look for work or go to work-focused meetings?"
                : "Did your partner's assessment say they don't have to look for work or go to work-focused meetings?"
            }
            hint="The Work Capability Assessment decides this, for ESA and Universal Credit alike."
            value={adult.assessment}
            error={errorFor(errors, `${id}-assessment`)}
            options={[
              { value: "yes", label: "Yes", hint: "ESA support group; in Universal Credit, the LCWRA health element (limited capability for work and work-related activity)." },
              { value: "no", label: "No", hint: "For example the ESA work-related activity group, or work-focused meetings to go to." },
              { value: "notYet", label: "No assessment yet", hint: "Waiting for it; for ESA, the assessment phase (usually the first 13 weeks)." },
              { value: "unsure", label: "Not sure", hint: "The results show both answers, and where to check." },
            ]}
            onChange={(assessment) => set({ assessment })}
          />
          {adult.assessment === "yes" || adult.assessment === "unsure"
            ? yesNo(
                "lcwraBefore2026",
                `${id}-lcwra-before`,
                adult.assessment === "unsure" ? "If it did: was that first decided before 6 April 2026?" : "Was that first decided before 6 April 2026?",
                "Universal Credit's health element is lower for claims from 6 April 2026. Choose Yes also for someone who meets the severe conditions criteria or is terminally ill.",
              )
            : null}
          {adult.uc && (adult.assessment === "no" || adult.assessment === "unsure")
            ? yesNo(
                "lcwElement",
                `${id}-lcw`,
                adult.assessment === "unsure" ? "If it did not: does the Universal Credit include an amount for limited capability for work (LCW)?" : "Does the Universal Credit include an amount for limited capability for work (LCW)?",
                "Only claims from before 3 April 2017 have it.",
              )
            : null}
        </>
      ) : null}
      {full && adult.esa && adult.assessment === "no" ? (
        <Checkbox
          id={`${id}-esa-component`}
          label="ESA includes the work-related activity component"
          hint="Only claims made before 3 April 2017."
          checked={adult.esaComponent}
          onChange={(esaComponent) => set({ esaComponent })}
        />
      ) : null}
      {full && !adult.carersAllowance ? (
        <Checkbox
          id={`${id}-carer`}
          label={you ? "I care for someone for 35 hours a week or more" : "My partner cares for someone for 35 hours a week or more"}
          hint="Someone who gets a disability benefit such as PIP daily living or DLA care at the middle or highest rate."
          checked={adult.carer}
          error={errorFor(errors, `${id}-carer`)}
          onChange={(carer) => set({ carer })}
        />
      ) : null}
    </div>
  );
}
