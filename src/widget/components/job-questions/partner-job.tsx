/**
 * A partner who works (issue 13): "Does your partner work?", then their
 * hours and pay, the same in every scenario. Quick mode asks an hourly wage;
 * full mode also takes pay a week or a month, and how often it arrives.
 */
import { withJob, type JobAnswers, type PayPer } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { TextField } from "../text-field/text-field.js";
import { PayFrequencyQuestion } from "./pay-frequency.js";
import { PensionQuestion } from "./pension-question.js";

const PAY_LABEL: Record<PayPer, [string, string]> = {
  hour: ["Your partner's hourly wage before tax", "an hour"],
  week: ["Your partner's pay a week before tax", "a week"],
  month: ["Your partner's pay a month before tax", "a month"],
};

export function PartnerJobQuestions(p: SectionProps) {
  const { answers: a, errors, update, mode } = p;
  const full = mode === "full";
  const job = a.adults[1].job;
  const set = (patch: Partial<JobAnswers>) => update((x) => withJob(x, 1, patch));
  const per: PayPer = full ? job.payPer : "hour";
  const [label, suffix] = PAY_LABEL[per];
  return (
    <>
      <Radios
        id="adults-1-works"
        legend="Does your partner work?"
        hint="Their job stays the same in every comparison; only your hours change."
        inline
        value={job.works}
        error={errorFor(errors, "adults-1-works")}
        options={[
          { value: "no", label: "No" },
          { value: "yes", label: "Yes" },
        ]}
        onChange={(works) => set({ works })}
      />
      {job.works === "yes" ? (
        <div class="radios__conditional">
          <TextField
            id="adults-1-hours"
            label="Your partner's hours a week"
            inputMode="decimal"
            width={4}
            suffix="hours"
            value={job.hours}
            error={errorFor(errors, "adults-1-hours")}
            onInput={(hours) => set({ hours })}
          />
          {full ? (
            <Radios
              id="adults-1-pay-per"
              legend="How do you know your partner's pay?"
              inline
              value={job.payPer}
              options={[
                { value: "hour", label: "An hourly wage" },
                { value: "week", label: "Pay a week" },
                { value: "month", label: "Pay a month" },
              ]}
              onChange={(payPer) => set({ payPer })}
            />
          ) : null}
          <TextField
            id="adults-1-wage"
            label={label}
            prefix="£"
            suffix={suffix}
            inputMode="decimal"
            width={per === "hour" ? 5 : 10}
            value={per === job.payPer ? job.wage : ""}
            error={errorFor(errors, "adults-1-wage")}
            onInput={(wage) => set({ wage, payPer: per })}
          />
          {full ? (
            <>
              <PayFrequencyQuestion {...p} who={1} />
              <PensionQuestion {...p} who={1} />
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
