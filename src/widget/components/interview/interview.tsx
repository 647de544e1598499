/**
 * The questions, in the order an adviser asks them: household, health and
 * disability (and, in full mode, health costs), benefits now, housing,
 * council tax (full mode), childcare and savings, the job.
 */
import type { ComponentChildren } from "preact";
import { fullModeAnswersInUse, isCouple } from "../../model/answers.js";
import type { CtPreset } from "../../model/presets.js";
import { BenefitQuestions } from "../benefit-questions/benefit-questions.js";
import { CouncilTaxQuestions } from "../council-tax-questions/council-tax-questions.js";
import { HealthCostsQuestions } from "../health-costs-questions/health-costs-questions.js";
import { HealthQuestions } from "../health-questions/health-questions.js";
import { HouseholdQuestions } from "../household-questions/household-questions.js";
import { HousingQuestions } from "../housing-questions/housing-questions.js";
import { JobQuestions } from "../job-questions/job-questions.js";
import { MoneyQuestions } from "../money-questions/money-questions.js";
import type { SectionProps } from "./section-props.js";

export interface InterviewProps extends SectionProps {
  readonly agesOn: string | undefined;
  readonly defaultWage: string | undefined;
  /** English councils' schemes in the loaded rules. */
  readonly presets: readonly CtPreset[];
  readonly onSubmit: () => void;
  readonly onClear: () => void;
  /** The error summary, placed at the top of the form. */
  readonly summary: ComponentChildren;
}

export function Interview(p: InterviewProps) {
  const full = p.mode === "full";
  const couple = isCouple(p.answers);
  const hidden = full ? 0 : fullModeAnswersInUse(p.answers);
  return (
    <form
      class="form"
      part="form"
      id="questions"
      tabIndex={-1}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        p.onSubmit();
      }}
    >
      {p.summary}
      {hidden ? (
        <p class="inset">
          {hidden === 1 ? "1 answer" : `${hidden} answers`} from the full questions {hidden === 1 ? "is" : "are"} also used. Choose “Full” above to see or
          change {hidden === 1 ? "it" : "them"}.
        </p>
      ) : null}
      <HouseholdQuestions {...p} />
      <section class="section" aria-labelledby="health-title">
        <h3 class="section__title" id="health-title">
          Health and disability
        </h3>
        <HealthQuestions {...p} who={0} />
        {full && couple ? <HealthQuestions {...p} who={1} /> : null}
      </section>
      {full ? <HealthCostsQuestions {...p} /> : null}
      <section class="section" aria-labelledby="benefits-title">
        <h3 class="section__title" id="benefits-title">
          Benefits now
        </h3>
        <BenefitQuestions {...p} who={0} />
        {full && couple ? <BenefitQuestions {...p} who={1} /> : null}
      </section>
      <HousingQuestions {...p} />
      {full ? <CouncilTaxQuestions {...p} /> : null}
      {full ? <MoneyQuestions {...p} /> : null}
      <JobQuestions {...p} />
      <div class="button-group">
        <button type="submit" class="button" part="button">
          Show results
        </button>
        <button type="button" class="button button--secondary" part="button" onClick={p.onClear}>
          Clear answers
        </button>
      </div>
    </form>
  );
}
