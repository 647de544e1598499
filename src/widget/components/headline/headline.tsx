/**
 * The answer first: which hours, and whether better off once work costs are
 * counted, in one verdict; when an answer was "Not sure", what each reading
 * gives and which question settles it (with a choice of which reading the
 * figures below show); then "which hours": each compared number of hours,
 * how much better off, and what each extra hour adds.
 */
import type { Money } from "../../../base/money.js";
import type { Period } from "../../attributes.js";
import { hours, money, perPeriod, signedMoney } from "../../format.js";
import { verdictWords, type Headline, type HoursRow } from "../../model/headline.js";
import type { Unsure } from "../../model/readings.js";
import type { ReadingResult } from "../../model/run.js";
import { Radios } from "../radios/radios.js";
import type { Selected } from "../../model/table.js";

interface Props {
  readonly headline: Headline;
  readonly col: number;
  readonly expanded: boolean;
  readonly onOpen: (s: Selected) => void;
  readonly period: Period;
  readonly rows: readonly HoursRow[];
  readonly best?: HoursRow["scenario"] | undefined;
  readonly readings: readonly ReadingResult[];
  readonly unsure: readonly Unsure[];
  readonly pick: number;
  readonly onPick: (i: number) => void;
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function HeadlinePanel(p: Props) {
  const { headline: h, period } = p;
  const at = h.scenario.hours;
  const lines = p.readings.length > 1 ? p.readings.map((r) => ({ says: r.says.join("; "), s: r.result.scenarios.find((x) => x.hours === at) })) : [];
  const verdicts = lines.flatMap((l) => (l.s ? [{ says: l.says, v: verdictWords(l.s, period, h.measure) }] : []));
  const amounts = verdicts.map((x) => x.v.amount);
  const lo = amounts.length ? amounts.reduce((a, b) => (b.lessThan(a) ? b : a)) : null;
  const hi = amounts.length ? amounts.reduce((a, b) => (b.greaterThan(a) ? b : a)) : null;
  const per = perPeriod(period);
  const side = (d: Money) => (d.isZero() ? "no better or worse off" : `${money(d.abs())} ${per} ${d.isNegative() ? "worse" : "better"} off`);
  const range =
    lo && hi && !lo.equals(hi)
      ? lo.isPositive() && !lo.isZero()
        ? `between ${money(lo)} and ${money(hi)} ${per} better off`
        : hi.isNegative()
          ? `between ${money(hi.abs())} and ${money(lo.abs())} ${per} worse off`
          : `between ${side(lo)} and ${side(hi)}`
      : null;
  const bestText =
    p.best && p.rows.length > 1
      ? p.best === h.scenario
        ? `Of the hours compared, ${hours(at)} hours a week leaves you best off.`
        : `Of the hours compared, ${hours(p.best.hours)} hours a week leaves you best off: ${verdictWords(p.best, period, h.measure).words}.`
      : null;
  const after = h.measure === "betterOffAfterCostsWeekly" ? " after costs" : "";
  return (
    <div class={`headline headline--${range ? "range" : h.direction}`} part="headline">
      <p class="headline__text" id="headline-text">
        {range ? `Working ${hours(at)} hours a week, you would be ${range}, depending on an answer you were not sure of.` : h.text}
      </p>
      {range ? (
        <ul class="list readings">
          {verdicts.map((x) => (
            <li key={x.says}>
              {sentence(`if ${x.says}`)}: {x.v.words}.
            </li>
          ))}
        </ul>
      ) : null}
      {p.readings.length > 1 && !range ? <p class="headline__more">Either answer gives this figure at {hours(at)} hours.</p> : null}
      {p.unsure.length ? (
        <div class="settle">
          <p class="headline__more">
            <strong>To settle it, check {p.unsure.length > 1 ? "these answers" : "this answer"}:</strong>
          </p>
          <ul class="list">
            {p.unsure.map((u) => (
              <li key={u.question}>
                {sentence(u.question)}. {u.settle}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {bestText ? <p class="headline__more">{bestText}</p> : null}
      {h.afterCosts && !range ? <p class="headline__more">{h.afterCosts}</p> : null}
      {h.includingHelp && !range ? <p class="headline__more">{h.includingHelp}</p> : null}
      {h.reasons.length && !range ? (
        <>
          <p class="headline__more">Why:</p>
          <ul class="list">
            {h.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      {p.readings.length > 1 ? (
        <Radios
          id="reading"
          legend="Show the figures below for"
          value={String(p.pick)}
          options={p.readings.map((r, i) => ({ value: String(i), label: sentence(r.says.join("; ")) }))}
          onChange={(v) => p.onPick(Number(v))}
        />
      ) : null}
      {p.rows.length > 1 ? (
        <table class="table which-hours">
          <caption class="table__caption">Which hours: better off{after} at each number of hours compared</caption>
          <thead>
            <tr>
              <th scope="col">Hours a week</th>
              <th scope="col" class="table__num">
                Better off{after}, {perPeriod(period)}
              </th>
              <th scope="col" class="table__num">
                Each extra hour adds
              </th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.scenario.hours} class={r.best ? "which-hours__best" : undefined}>
                <th scope="row">
                  {hours(r.scenario.hours)}
                  {r.best ? " (best)" : ""}
                </th>
                <td class="table__num">{signedMoney(r.value)}</td>
                <td class="table__num">
                  {money(r.perHour)}
                  <span class="which-hours__from"> (from {hours(r.from)} hours)</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <button
        type="button"
        id="headline-explain"
        class="link-button"
        aria-expanded={p.expanded ? "true" : "false"}
        aria-controls={p.expanded ? "explanation" : undefined}
        onClick={() => p.onOpen({ col: p.col, row: h.measure === "betterOffWeekly" ? "betterOff" : "betterOffAfterCosts", from: "headline-explain" })}
      >
        How this was worked out
      </button>
    </div>
  );
}
