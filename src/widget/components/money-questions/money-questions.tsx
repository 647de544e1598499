/** Full mode: childcare paid while working, and savings. */
import { activeChildren } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import type { SectionProps } from "../interview/section-props.js";
import { TextField } from "../text-field/text-field.js";

export function MoneyQuestions({ answers: a, errors, update }: SectionProps) {
  return (
    <section class="section" aria-labelledby="money-title">
      <h3 class="section__title" id="money-title">
        Childcare and savings
      </h3>
      {activeChildren(a).length ? (
        <TextField
          id="childcare"
          label="Registered childcare you would pay while working"
          hint="A month. Universal Credit can pay back most of it."
          prefix="£"
          suffix="a month"
          width={5}
          value={a.childcare}
          error={errorFor(errors, "childcare")}
          onInput={(childcare) => update((x) => ({ ...x, childcare }))}
        />
      ) : null}
      <TextField
        id="savings"
        label="Savings and investments"
        hint="Include a partner's. Leave blank if none."
        prefix="£"
        width={10}
        value={a.savings}
        error={errorFor(errors, "savings")}
        onInput={(savings) => update((x) => ({ ...x, savings }))}
      />
    </section>
  );
}
