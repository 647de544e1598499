/**
 * "The first three months" (issue 14), for the hours the headline describes,
 * when the job's start date is given: the money arriving week by week for 13
 * weeks as a bar chart (a pattern as well as a colour for each source) and
 * the same figures as a table, the tightest weeks said in words, what helps,
 * and how each amount is worked out with its rules and sources. The
 * figures come from `model/first-months.ts` only.
 *
 * `FirstMonths` is the screen section; `FirstMonthsPrint` the printed one
 * (in the print summary): the same table and words, every explanation
 * written out.
 */
import { useState } from "preact/hooks";
import type { Result, ScenarioResult } from "../../../engine/index.js";
import { hours } from "../../format.js";
import { firstMonthsChart, firstMonthsView, type FirstMonthsView, type NoteView } from "../../model/first-months.js";
import { ruleTitle } from "../../model/rule-title.js";
import { RuleList } from "../explanation-panel/rule-list.js";
import { Swatch } from "../income-chart/patterns.js";
import { roles, stackedAt } from "../results-table/use-stacked.js";

interface Props {
  readonly result: Result;
  readonly scenario: ScenarioResult;
  /** The calculator's width, measured (0: not measured). */
  readonly width?: number;
}

const MAX_WIDTH = 768;
const MIN_WIDTH = 260;

function Chart({ view, width, id }: { readonly view: FirstMonthsView; readonly width: number; readonly id: string }) {
  const c = firstMonthsChart(view, width);
  const tight = view.weeks.filter((w) => w.tightest).map((w) => w.n);
  return (
    <figure class="chart first-months__chart" aria-labelledby={`${id}-title`}>
      <figcaption class="first-months__chart-title" id={`${id}-title`}>
        Money arriving each week, weeks 1 to {view.weeks.length}
      </figcaption>
      <div class="chart__box">
        <svg class="chart__svg" width={c.width} height={c.height} viewBox={`0 0 ${c.width} ${c.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <desc id={`${id}-desc`}>{`${view.summary} ${view.tightest} The same figures are in the table below the chart.`}</desc>
          {c.yTicks.map((t) => (
            <g key={t.value}>
              <line class="chart__grid" x1={c.plot.left} x2={c.plot.right} y1={t.y} y2={t.y} />
              <text class="chart__tick" x={c.plot.left - 6} y={t.y + 4} text-anchor="end">
                {t.value}
              </text>
            </g>
          ))}
          {c.bars.map((b, i) => (
            <g key={i}>
              {b.segments.map((s) => (
                <rect key={s.key} class="chart__area" x={b.x} y={s.y} width={b.width} height={s.height} fill={`url(#bo-pattern-${s.pattern})`} />
              ))}
              {view.weeks[i]!.tightest ? <path class="first-months__tight" d={`M${b.x + b.width / 2 - 7},${b.top - 16}h14l-7,11z`} /> : null}
            </g>
          ))}
          <line class="chart__axis" x1={c.plot.left} x2={c.plot.right} y1={c.plot.bottom} y2={c.plot.bottom} />
          {c.xTicks.map((t) => (
            <text key={t.label} class="chart__tick" x={t.x} y={c.plot.bottom + 18} text-anchor="middle">
              {t.label}
            </text>
          ))}
          <text class="chart__axis-label" x={(c.plot.left + c.plot.right) / 2} y={c.height - 6} text-anchor="middle">
            Week
          </text>
        </svg>
      </div>
      <ul class="legend">
        {view.columns.map((s) => (
          <li key={s.key}>
            <Swatch pattern={s.pattern} /> {s.label}
          </li>
        ))}
        {tight.length ? (
          <li>
            <svg class="legend__swatch legend__swatch--dot" viewBox="0 0 24 16" aria-hidden="true">
              <path class="first-months__tight" d="M5,2h14l-7,11z" />
            </svg>{" "}
            Tightest {tight.length > 1 ? "weeks" : "week"}: {tight.join(", ")}
          </li>
        ) : null}
      </ul>
    </figure>
  );
}

function Table({ view, width, id }: { readonly view: FirstMonthsView; readonly width: number; readonly id: string }) {
  const stacked = stackedAt(width, view.columns.length + 2, false);
  const r = roles(stacked);
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={stacked ? undefined : 0}>
      <table class={`table table--compact table--first-months${stacked ? " table--stacked" : ""}`} {...r.table}>
        <caption class="table__caption" id={`${id}-caption`}>
          Money arriving each week from {view.start}
        </caption>
        <thead {...r.rowgroup}>
          <tr {...r.row}>
            <th scope="col" {...r.colheader}>Week</th>
            {view.columns.map((c) => (
              <th scope="col" key={c.key} {...r.colheader}>
                {c.label}
              </th>
            ))}
            <th scope="col" {...r.colheader}>Total this week</th>
            <th scope="col" {...r.colheader}>Since the start, against not working</th>
          </tr>
        </thead>
        <tbody {...r.rowgroup}>
          {view.weeks.map((w) => (
            <tr key={w.n} {...r.row} class={w.tightest ? "first-months__tightest" : undefined}>
              <th scope="row" {...r.rowheader}>
                Week {w.n}: {w.dates}
                {w.tightest ? <strong class="first-months__flag"> (tightest)</strong> : null}
              </th>
              {w.amounts.map((a, i) => (
                <td class="table__num" key={view.columns[i]!.key} data-label={view.columns[i]!.label} {...r.cell}>
                  {a}
                </td>
              ))}
              <td class="table__num" data-label="Total this week" {...r.cell}>
                {w.total}
              </td>
              <td class="table__num" data-label="Since the start, against not working" {...r.cell}>
                {w.against}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Note({ note, label, print }: { readonly note: NoteView; readonly label: string; readonly print: boolean }) {
  return (
    <li class="first-months__note">
      <p>
        {note.about ? <strong>{note.about}: </strong> : null}
        {note.text}
        {note.notConfirmed ? <strong class="job-ends__flag"> (not confirmed: a rule behind this is not yet confirmed from its source)</strong> : null}
      </p>
      {print ? (
        note.rules.length ? (
          <p class="hint">
            Rules: {note.rules.map((x) => `${ruleTitle(x.key, x.rule.value)}${x.rule.sources.length ? ` (${x.rule.sources.map((s) => s.title).join("; ")})` : ""}`).join("; ")}
          </p>
        ) : null
      ) : (
        <RuleList rules={note.rules} heading={null} label={label} />
      )}
    </li>
  );
}

function Explained({ view, print }: { readonly view: FirstMonthsView; readonly print: boolean }) {
  return (
    <ol class="first-months__weeks">
      {view.weeks
        .filter((w) => w.notes.length)
        .map((w) => (
          <li key={w.n}>
            <p class="first-months__week">
              <strong>
                Week {w.n}, {w.dates}
              </strong>
            </p>
            <ul class="first-months__notes">
              {w.notes.map((n, i) => (
                <Note key={i} note={n} print={print} label={`Rules and sources: week ${w.n}, ${n.about || "note"} ${i + 1}`} />
              ))}
            </ul>
          </li>
        ))}
    </ol>
  );
}

function Changes({ view }: { readonly view: FirstMonthsView }) {
  if (!view.changes.length) return null;
  return (
    <>
      <h4 class="explanation__subtitle">What ends or starts</h4>
      <ul class="first-months__notes">
        {view.changes.map((c, i) => (
          <li key={i} class="first-months__note">
            <p>
              <strong>
                Week {c.week} ({c.dates}), {c.note.about.toLowerCase()}:
              </strong>{" "}
              {c.note.text}
              {c.note.notConfirmed ? <strong class="job-ends__flag"> (not confirmed: a rule behind this is not yet confirmed from its source)</strong> : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function Helps({ view, print }: { readonly view: FirstMonthsView; readonly print: boolean }) {
  if (!view.helps.length) return null;
  return (
    <>
      <h4 class="explanation__subtitle">What helps</h4>
      <ul class="first-months__notes">
        {view.helps.map((n, i) => (
          <Note key={i} note={n} print={print} label={`Rules and sources: what helps, point ${i + 1}`} />
        ))}
      </ul>
    </>
  );
}

const intro = (s: ScenarioResult, view: FirstMonthsView) =>
  `Working ${hours(s.hours)} hours a week from ${view.start}: the money that arrives in each of the first 13 weeks, on the days it is paid. Wages come in arrears, and Universal Credit is paid after each assessment period, so the first weeks can be tighter than the average month above.`;

export function FirstMonths({ result, scenario, width = 0 }: Props) {
  const [open, setOpen] = useState(false);
  const view = firstMonthsView(result, scenario);
  if (!view) return null;
  const w = width ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)) : 640;
  return (
    <section class="first-months no-print" aria-labelledby="first-months-title">
      <h3 class="section__title" id="first-months-title">
        The first three months
      </h3>
      <p>{intro(scenario, view)}</p>
      <p>{view.summary}</p>
      {view.tightest ? <p class="first-months__tightest-text">{view.tightest}</p> : <p>No week falls below what would arrive without the job.</p>}
      <Changes view={view} />
      <Chart view={view} width={w} id="first-months-chart" />
      <Table view={view} width={width} id="first-months-table" />
      <Helps view={view} print={false} />
      <details class="details" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary class="details__summary" id="first-months-how">
          <span class="details__summary-text">Show how each amount is worked out</span>
        </summary>
        {open ? <Explained view={view} print={false} /> : null}
      </details>
    </section>
  );
}

/** Printed only (the print summary): the same words and table, every amount's explanation written out. */
export function FirstMonthsPrint({ result, scenario }: Props) {
  const view = firstMonthsView(result, scenario);
  if (!view) return null;
  return (
    <div class="first-months first-months--print print-only">
      <h3 class="section__title">The first three months</h3>
      <p>{intro(scenario, view)}</p>
      <p>{view.summary}</p>
      {view.tightest ? <p>{view.tightest}</p> : null}
      <Changes view={view} />
      <Table view={view} width={0} id="print-first-months-table" />
      <Helps view={view} print />
      <h4 class="explanation__subtitle">How each amount is worked out</h4>
      <Explained view={view} print />
    </div>
  );
}
