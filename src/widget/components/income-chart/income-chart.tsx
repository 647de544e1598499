/**
 * Net income against hours worked, 0 to 50 hours, stacked by source, with
 * the income not working as a dashed line, the hours compared as dots on
 * the net income line, and each threshold that applies to this household as
 * a line labelled in plain words. Drawn as SVG at the width it is shown
 * (the calculator's, measured, so its text is never scaled down); every series has its own
 * pattern as well as colour, and the same figures are in a table below.
 */
import { useMemo } from "preact/hooks";
import type { Evaluation } from "../../../engine/index.js";
import type { Period } from "../../attributes.js";
import { hours, money, moneyWhole, perPeriod } from "../../format.js";
import { chartModel } from "../../model/chart.js";
import { forPeriod } from "../../model/period.js";
import { ChartTable } from "../chart-table/chart-table.js";
import { Patterns, Swatch } from "./patterns.js";

interface Props {
  readonly result: Evaluation;
  readonly period: Period;
  /** The calculator's width, measured (0: not measured, drawn at 640). */
  readonly width: number;
}

/** The widest the chart is drawn (48rem at 16 px), and the narrowest. */
const MAX_WIDTH = 768;
const MIN_WIDTH = 260;

export function IncomeChart({ result, period, width: room }: Props) {
  const width = room ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, room)) : 640;
  const m = useMemo(() => chartModel(result, period, width), [result, period, width]);
  const { plot } = m;
  const last = result.sweep[result.sweep.length - 1];
  return (
    <figure class="chart" part="chart" aria-labelledby="chart-title">
      <h3 class="section__title" id="chart-title">
        Net income by hours worked, {perPeriod(period)}
      </h3>
      <div class="chart__box">
        <svg class="chart__svg" width={m.width} height={m.height} viewBox={`0 0 ${m.width} ${m.height}`} role="img" aria-labelledby="chart-title chart-desc">
          <desc id="chart-desc">
            {`Not working: ${money(m.baseline)}. At ${m.maxHours} hours: ${last ? money(forPeriod(last.netIncomeWeekly, period)) : ""}. ${
              m.markers.length ? `Where things change: ${m.markers.map((k) => `${hours(k.hours)} hours, ${k.text}`).join("; ")}. ` : ""
            }The same figures are in the table below the chart.`}
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
          {m.markers.map((k) => (
            <line key={k.code} class="chart__marker" x1={k.x} x2={k.x} y1={m.labels.find((l) => Math.abs(l.x - k.x) <= 4)?.y ?? plot.top} y2={plot.bottom} />
          ))}
          {m.labels.map((l) => (
            <text key={`${l.x}-${l.y}`} class="chart__marker-label" x={l.x} y={l.y} text-anchor={l.anchor}>
              {l.lines.map((line, i) => (
                <tspan key={i} x={l.x} dy={i ? 17 : 0}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          {m.compared.map((c) => (
            <circle key={c.hours} class="chart__compared" cx={c.x} cy={c.y} r={5} />
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
      </div>
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
          <li>
            <svg class="legend__swatch legend__swatch--dot" viewBox="0 0 24 16" aria-hidden="true">
              <circle class="chart__compared" cx="12" cy="8" r="5" />
            </svg>{" "}
            Hours compared in the table ({m.compared.map((c) => hours(c.hours)).join(", ")})
          </li>
        </ul>
      </figcaption>
      <ChartTable result={result} period={period} markers={m.markers} width={room} />
    </figure>
  );
}
