import type { Mode, WidgetConfig } from "../../attributes.js";
import type { Answers } from "../../model/answers.js";
import type { FieldError } from "../../model/problems.js";

/** What every group of questions gets. */
export interface SectionProps {
  readonly answers: Answers;
  readonly errors: readonly FieldError[];
  readonly mode: Mode;
  readonly config: WidgetConfig;
  /** Change the answers (functional update, so nothing typed is lost). */
  readonly update: (change: (a: Answers) => Answers) => void;
}
