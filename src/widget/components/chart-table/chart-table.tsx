/** The chart's figures as a table, whole hours from 0 to 50: the same information for keyboard and screen-reader users. */
import { useState } from "preact/hooks";
import type { Result } from "../../../engine/index.js";
import type { Period } from "../../attributes.js";
import { money, perPeriod, signedMoney } from "../../format.js";
import { SERIES } from "../../model/chart.js";
import { forPeriod } from "../../model/period.js";

export function ChartTable({ result, period }: { readonly result: Result; readonly period: Period }) {
  // Built only when opened: 51 rows of figures would otherwise slow every update.
  const [open, setOpen] = useState(false);
  const rows = open ? result.sweep.filter((p) => !p.hours.includes(".")) : [];
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
              {SERIES.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
              <th scope="col">Net income</th>
              <th scope="col">Better off</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.hours}>
                <th scope="row">{p.hours}</th>
                {SERIES.map((s) => (
                  <td class="table__num" key={s.key}>
                    {money(forPeriod(p[s.key], period))}
                  </td>
                ))}
                <td class="table__num">{money(forPeriod(p.netIncomeWeekly, period))}</td>
                <td class="table__num">{signedMoney(forPeriod(p.betterOffWeekly, period))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
