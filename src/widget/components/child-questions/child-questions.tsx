/**
 * One child: age, and in full mode disability, two-child-limit exceptions
 * and the school stage (for free school meals, once the nation is known).
 * Asks whether the child was born before 6 April 2017 only when the age
 * leaves it open.
 */
import type { ChildAnswers } from "../../model/answers.js";
import { withChild } from "../../model/answers.js";
import { bornBefore2017AprilFromAge } from "../../../engine/born-before-2017.js";
import { errorFor } from "../../model/problems.js";
import { Checkbox } from "../checkbox/checkbox.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { SelectField } from "../select-field/select-field.js";
import { ENGLISH_WELSH_STAGES, SCOTTISH_STAGES } from "../../../engine/school-stage.js";
import { TextField } from "../text-field/text-field.js";

interface Props extends SectionProps {
  readonly index: number;
  readonly child: ChildAnswers;
  readonly agesOn: string | undefined;
}

const stageOptions = (region: string) => [
  { value: "", label: "Work it out from the age" },
  ...(region === "scotland"
    ? SCOTTISH_STAGES.map((s) => ({ value: s, label: s }))
    : ENGLISH_WELSH_STAGES.map((s) => ({ value: s, label: s === "reception" ? "Reception" : `Year ${s.slice(4)}` }))),
  { value: "notAtSchool", label: "Not at school" },
];

export function ChildQuestions({ index: i, child: c, errors, update, mode, agesOn, answers }: Props) {
  const n = i + 1;
  const set = (patch: Partial<ChildAnswers>) => update((x) => withChild(x, i, patch));
  const age = c.age.trim();
  const open = agesOn && /^\d{1,2}$/.test(age) ? bornBefore2017AprilFromAge(Number(age), agesOn) === null : false;
  return (
    <fieldset class="fieldset child">
      <legend class="legend legend--small">Child {n}</legend>
      <TextField
        id={`children-${i}-age`}
        label={`Age of child ${n}`}
        inputMode="numeric"
        width={2}
        suffix="years"
        value={c.age}
        error={errorFor(errors, `children-${i}-age`)}
        onInput={(v) => set({ age: v })}
      />
      {open ? (
        <Radios
          id={`children-${i}-born-before`}
          legend={`Was child ${n} born before 6 April 2017?`}
          hint="This decides the first child's rate and who counts towards the two-child limit."
          inline
          value={c.bornBefore2017April}
          error={errorFor(errors, `children-${i}-born-before`)}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          onChange={(v) => set({ bornBefore2017April: v })}
        />
      ) : null}
      {mode === "full" ? (
        <>
          <Radios
            id={`children-${i}-disability`}
            legend={`Does child ${n} get Disability Living Allowance or Child Disability Payment?`}
            value={c.disability}
            error={errorFor(errors, `children-${i}-disability`)}
            options={[
              { value: "none", label: "No" },
              { value: "lower", label: "Yes, at the lowest or middle care rate, or mobility only" },
              { value: "higher", label: "Yes, at the highest care rate, or the child is registered blind" },
            ]}
            onChange={(v) => set({ disability: v })}
          />
          {answers.region ? (
            <SelectField
              id={`children-${i}-stage`}
              label={`School stage of child ${n}`}
              hint={answers.region === "scotland" ? "For free school meals. Children start P1 in August, aged 4½ to 5½." : "For free school meals. Children start reception in September, the school year they turn 5."}
              value={stageOptions(answers.region).some((o) => o.value === c.schoolStage) ? c.schoolStage : ""}
              error={errorFor(errors, `children-${i}-stage`)}
              options={stageOptions(answers.region)}
              onChange={(v) => set({ schoolStage: v })}
            />
          ) : null}
          <Checkbox
            id={`children-${i}-exception`}
            label="An exception to the two-child limit applies"
            hint="For example a multiple birth, adoption, kinship care, or non-consensual conception."
            checked={c.twoChildLimitException}
            error={errorFor(errors, `children-${i}-exception`)}
            onChange={(v) => set({ twoChildLimitException: v })}
          />
        </>
      ) : null}
    </fieldset>
  );
}
