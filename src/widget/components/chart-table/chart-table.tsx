/**
 * The chart's figures as a table: whole hours from 0 to 50, plus each hour
 * where a marker falls, with the markers' numbers and texts. The same
 * information as the chart for keyboard and screen-reader users, and the
 * council tax and help-in-kind figures the comparison table shows.
 */
import { useState } from "preact/hooks";
import type { Evaluation } from "../../../engine/index.js";
import type { Period } from "../../attributes.js";
import { money, perPeriod, signedMoney } from "../../format.js";
import type { ChartMarker } from "../../model/chart.js";
import { SWEEP_COLUMNS, sweepRows } from "../../model/chart-table.js";
import { ladderOf } from "../../model/table.js";
import { roles, stackedAt } from "../results-table/use-stacked.js";

interface Props {
  readonly result: Evaluation;
  readonly period: Period;
  readonly markers: readonly ChartMarker[];
  readonly width: number;
}

export function ChartTable({ result, period, markers, width }: Props) {
  // Built only when opened: 51 rows of figures would otherwise slow every update.
  const [open, setOpen] = useState(false);
  const ladder = ladderOf(result, [result.baseline, ...result.scenarios]);
  const columns = SWEEP_COLUMNS.filter((c) => c.when(ladder));
  const rows = open ? sweepRows(result, markers) : [];
  const stacked = stackedAt(width, columns.length + 1, true);
  const r = roles(stacked);
  return (
    <details class="details" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="details__summary">
        <span class="details__summary-text">Show the chart as a table</span>
      </summary>
      <div class="table-scroll" role="region" aria-labelledby="chart-table-caption" tabIndex={stacked ? undefined : 0}>
        <table class={`table table--compact${stacked ? " table--stacked" : ""}`} {...r.table}>
          <caption class="table__caption" id="chart-table-caption">
            Income {perPeriod(period)} by hours worked a week
          </caption>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th scope="col" {...r.colheader}>
                Hours
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.key} {...r.colheader}>
                  {c.label(ladder)}
                </th>
              ))}
              <th scope="col" {...r.colheader}>
                What changes
              </th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {rows.map(({ point, marks }) => (
              <tr key={point.hours} {...r.row}>
                <th scope="row" {...r.rowheader}>
                  {point.hours}
                </th>
                {columns.map((c) => (
                  <td class="table__num" key={c.key} data-label={c.label(ladder)} {...r.cell}>
                    {(c.change ? signedMoney : money)(c.value(point, period))}
                  </td>
                ))}
                <td class="table__changes" data-label="What changes" {...r.cell}>{marks.map((k) => k.text).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
