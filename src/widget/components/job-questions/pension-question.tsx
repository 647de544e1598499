/** Workplace pension: none, net pay or relief at source, and the worker's percentage. */
import { withJob } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { TextField } from "../text-field/text-field.js";

export function PensionQuestion({ answers: a, errors, update }: SectionProps) {
  const percent = (
    <TextField
      id="pension-percent"
      label="Your contribution"
      hint="A percentage of pay. Leave blank for the auto-enrolment minimum."
      suffix="%"
      width={3}
      value={a.adults[0].job.pensionPercent}
      error={errorFor(errors, "pension-percent")}
      onInput={(pensionPercent) => update((x) => withJob(x, 0, { pensionPercent }))}
    />
  );
  return (
    <Radios
      id="pension"
      legend="Workplace pension"
      hint="Employers must enrol most workers; the worker can opt out."
      value={a.adults[0].job.pension}
      error={errorFor(errors, "pension")}
      options={[
        { value: "none", label: "No pension contribution" },
        { value: "netPay", label: "Net pay arrangement", hint: "Taken from pay before tax." },
        { value: "reliefAtSource", label: "Relief at source", hint: "Taken from pay after tax; the pension provider claims the tax back." },
      ]}
      onChange={(pension) => update((x) => withJob(x, 0, { pension }))}
      conditional={{ netPay: percent, reliefAtSource: percent }}
    />
  );
}
