/** The job: wage, hours, work costs and pension. */
import { withJob } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { Checkbox } from "../checkbox/checkbox.js";
import { TextField } from "../text-field/text-field.js";
import { PensionQuestion } from "./pension-question.js";
import { PayFrequencyQuestion } from "./pay-frequency.js";

interface Props extends SectionProps {
  /** "£12.71 an hour (National Living Wage)" once the rules and age are known. */
  readonly defaultWage: string | undefined;
}

export function JobQuestions(p: Props) {
  const { answers: a, errors, update, mode, config } = p;
  const full = mode === "full";
  const job = a.adults[0].job;
  const set = (key: "jobHours" | "hoursList") => (v: string) => update((x) => ({ ...x, [key]: v }));
  const setJob = (key: "wage" | "travel" | "otherCosts") => (v: string) => update((x) => withJob(x, 0, { [key]: v }));
  return (
    <section class="section" aria-labelledby="job-title">
      <h3 class="section__title" id="job-title">
        The job
      </h3>
      <TextField
        id="wage"
        label="Hourly wage before tax"
        hint={p.defaultWage ? `Leave blank for ${p.defaultWage}.` : "Leave blank for the minimum wage for your age."}
        prefix="£"
        suffix="an hour"
        width={5}
        value={job.wage}
        error={errorFor(errors, "wage")}
        onInput={setJob("wage")}
      />
      <TextField
        id="job-hours"
        label="Hours a week of the job offered (if known)"
        hint="Added to the hours compared below, and described first."
        width={4}
        suffix="hours"
        value={a.jobHours}
        error={errorFor(errors, "job-hours")}
        onInput={set("jobHours")}
      />
      <TextField
        id="hours-list"
        label="Hours to compare"
        hint={`Weekly hours separated by commas. Leave blank for ${config.hours.join(", ")}.`}
        width={20}
        value={a.hoursList}
        error={errorFor(errors, "hours-list")}
        onInput={set("hoursList")}
      />
      {full ? (
        <>
          <TextField
            id="travel"
            label="Travel to work"
            hint="Fares or fuel, a week."
            prefix="£"
            suffix="a week"
            width={5}
            value={job.travel}
            error={errorFor(errors, "travel")}
            onInput={setJob("travel")}
          />
          <TextField
            id="other-costs"
            label="Other costs of working"
            hint="For example work clothes or meals, a week."
            prefix="£"
            suffix="a week"
            width={5}
            value={job.otherCosts}
            error={errorFor(errors, "other-costs")}
            onInput={setJob("otherCosts")}
          />
          <TextField
            id="start-date"
            label="The day the job starts (optional)"
            hint="For example 2026-05-11 (year-month-day). Gives the money arriving week by week in the first three months."
            width={10}
            value={job.startDate}
            error={errorFor(errors, "start-date")}
            onInput={(startDate) => update((x) => withJob(x, 0, { startDate }))}
          />
          <PayFrequencyQuestion {...p} who={0} />
          <TextField
            id="ap-start-day"
            label="Day of the month your Universal Credit assessment period starts (optional)"
            hint="The day of the month the claim started; the UC journal shows it. Leave blank for the day of the date of the rates used."
            inputMode="numeric"
            width={2}
            value={a.apStartDay}
            error={errorFor(errors, "ap-start-day")}
            onInput={(apStartDay) => update((x) => ({ ...x, apStartDay }))}
          />
          <PensionQuestion {...p} />
          <Checkbox
            id="apprentice"
            label="The job is an apprenticeship"
            checked={job.apprentice}
            error={errorFor(errors, "apprentice")}
            onChange={(apprentice) => update((x) => withJob(x, 0, { apprentice }))}
          />
        </>
      ) : null}
    </section>
  );
}
