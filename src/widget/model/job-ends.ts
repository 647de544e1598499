/**
 * "If the job ends" (issue 14): the engine's statements (`result.ifJobEnds`),
 * each with the rules behind it from `provenanceOf(result)` (their sources may
 * arrive after the values: `loadProvenance`), and whether any of them is
 * unconfirmed or derived.
 */
import { provenanceOf, type Evaluation } from "../../engine/index.js";
import { isConfirmed, type RuleNote } from "./explain.js";

export interface JobEndsView {
  readonly code: string;
  readonly text: string;
  readonly rules: readonly RuleNote[];
  /** A rule behind it is unconfirmed or derived. */
  readonly notConfirmed: boolean;
}

export function jobEndsView(r: Evaluation): JobEndsView[] {
  const used = provenanceOf(r).used;
  return r.ifJobEnds.map((s) => {
    const rules = s.rules.flatMap((key) => {
      const rule = used[key];
      return rule ? [{ key, rule, confirmed: isConfirmed(rule) }] : [];
    });
    return { code: s.code, text: s.text, rules, notConfirmed: rules.some((x) => !x.confirmed) };
  });
}
