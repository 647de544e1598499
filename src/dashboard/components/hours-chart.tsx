/**
 * Better-off rates by hours: an SVG bar for each number of hours (the share
 * better off, and the rest), labelled in words, with the same figures in a
 * table below for keyboard and screen-reader users (the SVG is one image
 * with a text alternative; the table is the full version).
 */
import type { HoursSummary } from "../../server/summary.js";
import { figure, hoursText, isCount, percent, pounds } from "../format.js";

const ROW = 44;
const LABEL = 110;
const BAR = 330;

function rowLabel(h: HoursSummary): string {
  if (!isCount(h.better)) return `${hoursText(h.hours)}: ${figure(h.better)} of ${figure(h.results)} better off`;
  return `${hoursText(h.hours)}: ${figure(h.better)} of ${figure(h.results)} better off (${percent(h.better, h.results)})`;
}

export function HoursChart({ hours, id }: { hours: readonly HoursSummary[]; id: string }) {
  const height = hours.length * ROW + 10;
  return (
    <figure class="figure" style={{ margin: 0 }}>
      <svg class="chart" viewBox={`0 0 600 ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false" part="chart">
        <title id={`${id}-title`}>Better-off rates by hours of work a week</title>
        <desc id={`${id}-desc`}>{hours.map(rowLabel).join(". ")}.</desc>
        {hours.map((h, i) => {
          const y = i * ROW + 8;
          const share = isCount(h.better) ? h.better / h.results : null;
          return (
            <g key={h.hours}>
              <text x={0} y={y + 20}>
                {hoursText(h.hours)}
              </text>
              {share === null ? (
                <rect class="none" x={LABEL} y={y + 4} width={BAR} height={24} />
              ) : (
                <>
                  <rect class="bar--better" x={LABEL} y={y + 4} width={BAR * share} height={24} />
                  <rect class="bar--rest" x={LABEL + BAR * share} y={y + 4} width={BAR * (1 - share)} height={24} />
                </>
              )}
              <text x={LABEL + BAR + 8} y={y + 20}>
                {isCount(h.better) ? `${figure(h.better)} of ${figure(h.results)} (${percent(h.better, h.results)})` : `${figure(h.better)} of ${figure(h.results)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="key" aria-hidden="true">
        <li>
          <span class="key__swatch bar--better-swatch" style={{ background: "var(--_better)" }} />
          Better off
        </li>
        <li>
          <span class="key__swatch" style={{ background: "var(--_rest)" }} />
          Worse off or the same
        </li>
      </ul>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Results by hours of work a week (scrolls sideways on narrow screens)">
        <table part="table">
          <caption>Results by hours of work a week</caption>
          <thead>
            <tr>
              <th scope="col">Hours a week</th>
              <th scope="col" class="num">Calculations</th>
              <th scope="col" class="num">Better off</th>
              <th scope="col" class="num">Worse off</th>
              <th scope="col" class="num">The same</th>
              <th scope="col" class="num">Median gain a week</th>
              <th scope="col" class="num">Middle half of gains</th>
            </tr>
          </thead>
          <tbody>
            {hours.map((h) => (
              <tr key={h.hours}>
                <th scope="row">{hoursText(h.hours)}</th>
                <td class="num">{figure(h.results)}</td>
                <td class="num">{figure(h.better)}</td>
                <td class="num">{figure(h.worse)}</td>
                <td class="num">{figure(h.same)}</td>
                <td class="num">{h.weeklyGain ? pounds(h.weeklyGain.median) : "not shown"}</td>
                <td class="num">{h.weeklyGain ? `${pounds(h.weeklyGain.lowerQuartile)} to ${pounds(h.weeklyGain.upperQuartile)}` : "not shown"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
