/**
 * For the printed summary: how council tax and help in kind were worked
 * out, not working and at the hours the headline describes, in the engine's
 * words with the sources of the rules used. On screen the same working opens
 * from each figure, so this block is printed only.
 */
import { explain, provenanceOf, type Evaluation, type ScenarioEvaluation } from "../../../engine/index.js";
import { hours } from "../../format.js";

const FIGURES = [
  ["councilTaxReductionWeekly", "Council Tax Reduction"],
  ["passportedValueWeekly", "Help in kind"],
] as const;

interface Props {
  readonly result: Evaluation;
  readonly scenario: ScenarioEvaluation;
}

export function HelpNotes({ result, scenario }: Props) {
  const notes = FIGURES.flatMap(([field, label]) =>
    [result.baseline, scenario].flatMap((s) => {
      const e = explain(s, field);
      return e ? [{ key: `${field}-${s.hours}`, label: `${label}, ${s.isBaseline ? "not working" : `${hours(s.hours)} hours`}`, text: e.text, rules: e.rules }] : [];
    }),
  );
  if (!notes.length) return null;
  const used = provenanceOf(result).used;
  const sources = [...new Map(notes.flatMap((n) => n.rules.flatMap((k) => used[k]?.sources ?? [])).map((x) => [x.href, x])).values()];
  return (
    <div class="print-only help-notes">
      <h4>How council tax and help in kind were worked out</h4>
      <dl class="working">
        {notes.map((n) => (
          <div class="working__row" key={n.key}>
            <dt>{n.label}</dt>
            <dd>{n.text}</dd>
          </div>
        ))}
      </dl>
      <p>Sources: {sources.map((x) => `${x.title} (${x.href})`).join("; ")}</p>
    </div>
  );
}
