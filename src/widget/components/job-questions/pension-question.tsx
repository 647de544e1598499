/** Workplace pension: none, net pay or relief at source, and the worker's percentage. */
import { withJob } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { TextField } from "../text-field/text-field.js";

/** `who`: 0 the client, 1 the partner (issue 13: each person's own pension choice). */
export function PensionQuestion({ answers: a, errors, update, who = 0 }: SectionProps & { readonly who?: 0 | 1 }) {
  const id = who ? "adults-1-pension" : "pension";
  const percent = (
    <TextField
      id={`${id}-percent`}
      label={who ? "Your partner's contribution" : "Your contribution"}
      hint="A percentage of pay. Leave blank for the auto-enrolment minimum."
      suffix="%"
      width={3}
      value={a.adults[who].job.pensionPercent}
      error={errorFor(errors, `${id}-percent`)}
      onInput={(pensionPercent) => update((x) => withJob(x, who, { pensionPercent }))}
    />
  );
  return (
    <Radios
      id={id}
      legend={who ? "Your partner's workplace pension" : "Workplace pension"}
      hint="Employers must enrol most workers; the worker can opt out."
      value={a.adults[who].job.pension}
      error={errorFor(errors, id)}
      options={[
        { value: "none", label: "No pension contribution" },
        { value: "netPay", label: "Net pay arrangement", hint: "Taken from pay before tax." },
        { value: "reliefAtSource", label: "Relief at source", hint: "Taken from pay after tax; the pension provider claims the tax back." },
      ]}
      onChange={(pension) => update((x) => withJob(x, who, { pension }))}
      conditional={{ netPay: percent, reliefAtSource: percent }}
    />
  );
}
