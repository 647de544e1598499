/** The rules behind a figure: value, where it comes from, and how sure we are of it. */
import { ruleValue } from "../../format.js";
import type { RuleNote } from "../../model/explain.js";
import { ruleTitle } from "../../model/rule-title.js";

const STATUS: Record<string, string> = {
  confirmed: "Confirmed from the source",
  corroborated: "Agreed by several sources",
  unconfirmed: "Not yet confirmed: treat this figure with care",
  derived: "Worked out from a formula in the law, not a published figure",
};

interface Props {
  readonly rules: readonly RuleNote[];
  /** The list's heading; null: no heading, the list is named by `label` instead (several lists in one section). */
  readonly heading?: string | null;
  readonly label?: string;
}

export function RuleList({ rules, heading = "Rules used", label }: Props) {
  if (!rules.length) return null;
  return (
    <>
      {heading !== null ? <h4 class="explanation__subtitle">{heading}</h4> : null}
      <ul class="rules" aria-label={heading === null ? label : undefined}>
        {rules.map(({ key, rule, confirmed }) => {
          const value = ruleValue(rule.value, rule.unit);
          return (
            <li key={key} class={`rule${confirmed ? "" : " rule--unconfirmed"}`}>
              <p>
                <span class="rule__title">{ruleTitle(key, rule.value)}</span>
                {value ? `: ${value}` : null}
              </p>
              {!confirmed ? (
                <p class="rule__status">
                  <strong>Note:</strong> {STATUS[rule.status]}.
                </p>
              ) : null}
              {rule.note ? <p class="hint">{rule.note}</p> : null}
              {/* Every rule has a source; none yet means they are still on their way (a file fetched after the first result). */}
              {!rule.sources.length ? <p class="hint">Fetching the sources of this rule…</p> : null}
              <ul class="rule__sources">
                {rule.sources.map((s) => (
                  <li key={s.href}>
                    <a href={s.href} target="_blank" rel="noopener noreferrer">
                      {s.title}
                      <span class="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
