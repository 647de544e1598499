/**
 * The chart's figures as a table: whole hours from 0 to 50, plus each hour
 * where a marker falls, with the markers' numbers and texts. The same
 * information as the chart for keyboard and screen-reader users, and the
 * council tax and help-in-kind figures the comparison table shows.
 */
import { useState } from "preact/hooks";
import type { Result } from "../../../engine/index.js";
import type { Period } from "../../attributes.js";
import { money, perPeriod, signedMoney } from "../../format.js";
import type { ChartMarker } from "../../model/chart.js";
import { SWEEP_COLUMNS, sweepRows } from "../../model/chart-table.js";
import { ladderOf } from "../../model/table.js";

interface Props {
  readonly result: Result;
  readonly period: Period;
  readonly markers: readonly ChartMarker[];
}

export function ChartTable({ result, period, markers }: Props) {
  // Built only when opened: 51 rows of figures would otherwise slow every update.
  const [open, setOpen] = useState(false);
  const ladder = ladderOf([result.baseline, ...result.scenarios]);
  const columns = SWEEP_COLUMNS.filter((c) => c.when(ladder));
  const rows = open ? sweepRows(result, markers) : [];
  return (
    <details class="details" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="details__summary">
        <span class="details__summary-text">Show the chart as a table</span>
      </summary>
      <div class="table-scroll" role="region" aria-labelledby="chart-table-caption" tabIndex={0}>
        <table class="table table--compact">
          <caption class="table__caption" id="chart-table-caption">
            Income {perPeriod(period)} by hours worked a week
          </caption>
          <thead>
            <tr>
              <th scope="col">Hours</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label(ladder)}
                </th>
              ))}
              <th scope="col">What changes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ point, marks }) => (
              <tr key={point.hours}>
                <th scope="row">{point.hours}</th>
                {columns.map((c) => (
                  <td class="table__num" key={c.key}>
                    {(c.change ? signedMoney : money)(c.value(point, period))}
                  </td>
                ))}
                <td class="table__changes">{marks.map((k) => k.text).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
