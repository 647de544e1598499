/**
 * Calculations by calendar quarter: an SVG column per quarter with its count written on
 * it, and the same figures in a table. A quarter with fewer than N is drawn
 * as a dashed outline with the words, never as a height.
 */
import type { Figure } from "../../server/summary.js";
import { figure, isCount, quarterName as monthName, quarterShort as monthShort } from "../format.js";

const H = 160;

export function MonthChart({ quarters, id }: { quarters: readonly { quarter: string; calculations: Figure }[]; id: string }) {
  const months = quarters.map((q) => ({ month: q.quarter, calculations: q.calculations }));
  const max = Math.max(1, ...months.map((m) => (isCount(m.calculations) ? m.calculations : 0)));
  const w = Math.max(24, Math.min(60, Math.floor(560 / Math.max(1, months.length))));
  const width = Math.max(600, months.length * w + 40);
  return (
    <figure class="figure" style={{ margin: 0 }}>
      <svg class="chart" viewBox={`0 0 ${width} ${H + 50}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false" part="chart">
        <title id={`${id}-title`}>Calculations by quarter</title>
        <desc id={`${id}-desc`}>{months.map((m) => `${monthName(m.month)}: ${figure(m.calculations)}`).join(". ")}.</desc>
        <line class="axis" x1={20} x2={width - 10} y1={H + 10} y2={H + 10} />
        {months.map((m, i) => {
          const x = 24 + i * w;
          const n = isCount(m.calculations) ? m.calculations : null;
          const h = n === null ? 0 : (n / max) * (H - 20);
          return (
            <g key={m.month}>
              {n === null ? (
                <rect class="none" x={x} y={H - 10} width={w - 8} height={20} />
              ) : (
                <rect class="bar--month" x={x} y={H + 10 - h} width={w - 8} height={h} />
              )}
              <text x={x + (w - 8) / 2} y={n === null ? H - 16 : H + 4 - h} text-anchor="middle" style={{ fontSize: "12px" }}>
                {n === null ? "<" + String(m.calculations).replace(/\D+/g, "") : figure(n)}
              </text>
              <text x={x + (w - 8) / 2} y={H + 28} text-anchor="middle" style={{ fontSize: "12px" }}>
                {monthShort(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Calculations by quarter (scrolls sideways on narrow screens)">
        <table part="table">
          <caption>Calculations by quarter</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col" class="num">Calculations</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthName(m.month)}</th>
                <td class="num">{figure(m.calculations)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
