/**
 * "Not sure" is a real answer. Each question answered "Not sure" is read
 * both ways, the calculation runs once for each reading, and the results say
 * what each reading gives and which question would settle it: never a silent
 * default that moves the figure.
 */
import { isCouple, withAdult, type AdultAnswers, type Answers } from "./answers.js";

/** A question answered "Not sure", and where the answer can be found. */
export interface Unsure {
  readonly who: 0 | 1;
  readonly question: string;
  readonly settle: string;
}

export interface Reading {
  readonly answers: Answers;
  /** What this reading takes each "Not sure" answer to be, in plain words (empty when nothing was unsure). */
  readonly says: readonly string[];
}

const ASSESSMENT_Q = "whether the assessment said you don't have to look for work or go to work-focused meetings";
const BEFORE_Q = "whether this was first decided before 6 April 2026";
const LCW_Q = "whether your Universal Credit includes the LCW element";

interface Variant {
  readonly adult: AdultAnswers;
  readonly says: readonly string[];
}

function variants(x: AdultAnswers, who: 0 | 1, unsure: Unsure[]): Variant[] {
  const asked = x.uc || x.esa;
  if (!asked) return [{ adult: x, says: [] }];
  const partner = who === 1 ? "your partner's " : "";
  const out: Variant[] = [];
  const assessments = x.assessment === "unsure" ? (["yes", "no"] as const) : ([x.assessment] as const);
  if (x.assessment === "unsure")
    unsure.push({
      who,
      question: `${partner ? "For your partner: " : ""}${ASSESSMENT_Q.replace("you", partner ? "they" : "you")}`,
      settle: x.esa
        ? `The ESA decision letter says “support group” (yes) or “work-related activity group” (no).${x.uc ? " In Universal Credit the same decision shows as the LCWRA health element in the journal." : ""}`
        : "The Universal Credit journal or award statement shows “limited capability for work and work-related activity” (LCWRA) when the answer is yes.",
    });
  for (const assessment of assessments) {
    const first = x.assessment === "unsure" ? [assessment === "yes" ? `${partner || "your "}assessment said no work search or work-focused meetings` : `${partner || "your "}assessment did not say that`] : [];
    if (assessment === "yes") {
      const before = x.lcwraBefore2026 === "unsure" ? (["yes", "no"] as const) : ([x.lcwraBefore2026] as const);
      if (x.lcwraBefore2026 === "unsure" && !unsure.some((u) => u.who === who && u.question.endsWith(BEFORE_Q)))
        unsure.push({ who, question: `${partner ? "For your partner: " : ""}${BEFORE_Q}`, settle: "The date on the Universal Credit decision that first included LCWRA. Someone who meets the severe conditions criteria or is terminally ill counts as before." });
      for (const b of before)
        out.push({
          adult: { ...x, assessment, lcwraBefore2026: b },
          says: [...first, ...(x.lcwraBefore2026 === "unsure" ? [b === "yes" ? "decided before 6 April 2026 (protected rate)" : "decided from 6 April 2026 (new claim rate)"] : [])],
        });
    } else if (assessment === "no" && x.uc) {
      const lcw = x.lcwElement === "unsure" ? (["yes", "no"] as const) : ([x.lcwElement] as const);
      if (x.lcwElement === "unsure" && !unsure.some((u) => u.who === who && u.question.endsWith(LCW_Q)))
        unsure.push({ who, question: `${partner ? "For your partner: " : ""}${LCW_Q}`, settle: "The Universal Credit award statement lists “limited capability for work” as an amount; only claims from before 3 April 2017 have it." });
      for (const l of lcw)
        out.push({ adult: { ...x, assessment, lcwElement: l }, says: [...first, ...(x.lcwElement === "unsure" ? [l === "yes" ? "with the LCW element" : "without the LCW element"] : [])] });
    } else out.push({ adult: { ...x, assessment }, says: first });
  }
  return out;
}

/** The readings of these answers (one when nothing was answered "Not sure") and the questions that would settle them. */
export function readingsOf(a: Answers): { readings: Reading[]; unsure: Unsure[] } {
  const unsure: Unsure[] = [];
  const first = variants(a.adults[0], 0, unsure);
  const second = isCouple(a) ? variants(a.adults[1], 1, unsure) : [{ adult: a.adults[1], says: [] }];
  const readings = first.flatMap((v0) =>
    second.map((v1) => ({ answers: withAdult(withAdult(a, 0, v0.adult), 1, v1.adult), says: [...v0.says, ...v1.says] })),
  );
  return { readings, unsure };
}
