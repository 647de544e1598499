/**
 * Net income against hours worked, 0 to 50 hours, stacked by source, with
 * the income not working as a dashed line and numbered markers where
 * something changes. Drawn as SVG by the widget; every series has its own
 * pattern as well as colour, and the same figures are in a table below.
 */
import { useMemo } from "preact/hooks";
import type { Marker, Result } from "../../../engine/index.js";
import type { Period } from "../../attributes.js";
import { money, moneyWhole, perPeriod } from "../../format.js";
import { chartModel } from "../../model/chart.js";
import { forPeriod } from "../../model/period.js";
import { ChartTable } from "../chart-table/chart-table.js";
import { Patterns, Swatch } from "./patterns.js";

interface Props {
  readonly result: Result;
  readonly period: Period;
  readonly extra: readonly Marker[];
}

export function IncomeChart({ result, period, extra }: Props) {
  const m = useMemo(() => chartModel(result, period, extra), [result, period, extra[0]?.hours]);
  const { plot } = m;
  const byX = new Map<number, number[]>();
  for (const k of m.markers) byX.set(k.x, [...(byX.get(k.x) ?? []), k.n]);
  const last = result.sweep[result.sweep.length - 1];
  return (
    <figure class="chart" part="chart" aria-labelledby="chart-title">
      <h3 class="section__title" id="chart-title">
        Net income by hours worked, {perPeriod(period)}
      </h3>
      <svg class="chart__svg" viewBox={`0 0 ${m.width} ${m.height}`} role="img" aria-labelledby="chart-title chart-desc">
        <desc id="chart-desc">
          {`Not working: ${money(m.baseline)}. At ${m.maxHours} hours: ${last ? money(forPeriod(last.netIncomeWeekly, period)) : ""}. The same figures are in the table below the chart.`}
        </desc>
        <Patterns />
        {m.yTicks.map((t) => (
          <g key={t.value}>
            <line class="chart__grid" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
            <text class="chart__tick" x={plot.left - 6} y={t.y + 4} text-anchor="end">
              {moneyWhole(t.value)}
            </text>
          </g>
        ))}
        {m.areas.map((a) => (
          <path key={a.key} class="chart__area" d={a.d} fill={`url(#bo-pattern-${a.pattern})`} />
        ))}
        <line class="chart__baseline" x1={plot.left} x2={plot.right} y1={m.baselineY} y2={m.baselineY} />
        {[...byX.entries()].map(([x, ns]) => (
          <g key={x}>
            <line class="chart__marker" x1={x} x2={x} y1={plot.top} y2={plot.bottom} />
            <text class="chart__marker-label" x={x} y={plot.top - 8} text-anchor="middle">
              {ns.join(",")}
            </text>
          </g>
        ))}
        <line class="chart__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {m.xTicks.map((t) => (
          <text key={t.label} class="chart__tick" x={t.x} y={plot.bottom + 18} text-anchor="middle">
            {t.label}
          </text>
        ))}
        <text class="chart__axis-label" x={(plot.left + plot.right) / 2} y={m.height - 6} text-anchor="middle">
          Hours worked a week
        </text>
      </svg>
      <figcaption>
        <ul class="legend">
          {m.areas.map((a) => (
            <li key={a.key}>
              <Swatch pattern={a.pattern} /> {a.label}
            </li>
          ))}
          <li>
            <svg class="legend__swatch" viewBox="0 0 24 16" aria-hidden="true">
              <line class="chart__baseline" x1="0" x2="24" y1="8" y2="8" />
            </svg>{" "}
            Income not working ({money(m.baseline)})
          </li>
        </ul>
        <ol class="markers">
          {m.markers.map((k) => (
            <li key={k.n} value={k.n}>
              {k.hours} hours: {k.text}
            </li>
          ))}
        </ol>
      </figcaption>
      <ChartTable result={result} period={period} markers={m.markers} />
    </figure>
  );
}
