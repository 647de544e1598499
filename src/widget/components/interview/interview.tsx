/**
 * The questions, in the order an adviser asks them: household, health and
 * disability (and, in full mode, health costs), benefits now, housing,
 * council tax (full mode), childcare and savings, the job.
 */
import type { ComponentChildren } from "preact";
import { hiddenAnswers, isCouple, quickLeavesOut } from "../../model/answers.js";
import type { CtPreset } from "../../model/presets.js";
import { BenefitQuestions } from "../benefit-questions/benefit-questions.js";
import { CouncilTaxQuestions } from "../council-tax-questions/council-tax-questions.js";
import { HealthCostsQuestions } from "../health-costs-questions/health-costs-questions.js";
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
  /** Switch to full questions (the quick-mode note's link). */
  readonly onFull: () => void;
  /** The error summary, placed at the top of the form. */
  readonly summary: ComponentChildren;
}

export function Interview(p: InterviewProps) {
  const full = p.mode === "full";
  const couple = isCouple(p.answers);
  const hidden = full ? 0 : hiddenAnswers(p.answers, p.config.london);
  const leftOut = quickLeavesOut(p.answers, p.config.london);
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
      {full ? null : (
        <p class="inset quick-note" id="quick-note">
          Quick questions leave out {leftOut.slice(0, -1).join(", ")} and {leftOut[leftOut.length - 1]}.{" "}
          {hidden ? `${hidden === 1 ? "1 answer" : `${hidden} answers`} you gave there ${hidden === 1 ? "is" : "are"} kept but not used. ` : ""}
          <button type="button" class="link-button" onClick={p.onFull}>
            Add them with the full questions
          </button>
        </p>
      )}
      <HouseholdQuestions {...p} />
      <section class="section" aria-labelledby="benefits-title">
        <h3 class="section__title" id="benefits-title">
          Benefits and health now
        </h3>
        <BenefitQuestions {...p} who={0} />
        {full && couple ? <BenefitQuestions {...p} who={1} /> : null}
      </section>
      {full ? <HealthCostsQuestions {...p} /> : null}
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
