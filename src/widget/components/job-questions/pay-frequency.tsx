/**
 * How often pay arrives, and a payday (issue 13, full mode): UC counts the
 * wages received in each monthly assessment period, so weekly or four-weekly
 * pay makes some months' UC lower. Asked for each person with a job.
 */
import { withJob, type JobAnswers, type PayFrequencyAnswer } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { SelectField } from "../select-field/select-field.js";
import { TextField } from "../text-field/text-field.js";

const OPTIONS: { value: PayFrequencyAnswer; label: string }[] = [
  { value: "monthly", label: "Monthly, on the same date" },
  { value: "lastWorkingDay", label: "Monthly, on the last working day" },
  { value: "fourWeekly", label: "Every four weeks" },
  { value: "fortnightly", label: "Every two weeks" },
  { value: "weekly", label: "Weekly" },
];

export function PayFrequencyQuestion(p: SectionProps & { readonly who: 0 | 1 }) {
  const { answers: a, errors, update, who } = p;
  const job = a.adults[who].job;
  const id = who ? "adults-1-" : "";
  const set = (patch: Partial<JobAnswers>) => update((x) => withJob(x, who, patch));
  return (
    <>
      <SelectField
        id={`${id}pay-frequency`}
        label={who ? "How often is your partner paid?" : "How often will you be paid?"}
        hint="Universal Credit counts the wages received in each monthly assessment period."
        value={job.payFrequency}
        options={OPTIONS}
        error={errorFor(errors, `${id}pay-frequency`)}
        onChange={(payFrequency) => set({ payFrequency })}
      />
      {job.payFrequency !== "lastWorkingDay" ? (
        <TextField
          id={`${id}first-payday`}
          label={who ? "A payday of your partner's (optional)" : "First payday (optional)"}
          hint="For example 2026-05-29 (year-month-day). Leave blank to count from the date of the rates used."
          width={10}
          value={job.firstPayday}
          error={errorFor(errors, `${id}first-payday`)}
          onInput={(firstPayday) => set({ firstPayday })}
        />
      ) : null}
    </>
  );
}
