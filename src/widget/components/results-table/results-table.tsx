/**
 * The comparison: one row for not working and one per number of hours,
 * with take-home pay, each benefit, net income, how much better off (before
 * and after work costs) and what changes at that point (the engine's
 * threshold flags). The hours column stays in view when the table scrolls
 * sideways on a narrow screen.
 */
import type { Evaluation } from "../../../engine/index.js";
import type { Period } from "../../attributes.js";
import { hoursLabel, money, perPeriod, signedMoney } from "../../format.js";
import { restsOnUnconfirmed } from "../../model/explain.js";
import type { Table } from "../../model/table.js";
import { FigureButton } from "../figure-button/figure-button.js";
import type { Selected } from "../../model/table.js";
import { roles, stackedAt } from "./use-stacked.js";
import { WhatChanges } from "./what-changes.js";

interface Props {
  readonly result: Evaluation;
  readonly table: Table;
  readonly period: Period;
  readonly selected: Selected | null;
  readonly onOpen: (s: Selected) => void;
  /** The calculator's width (0: not measured). */
  readonly width: number;
}

export function ResultsTable({ result, table, period, selected, onOpen, width }: Props) {
  let anyUnconfirmed = false;
  const stacked = stackedAt(width, table.rows.length + 1, true);
  const r = roles(stacked);
  return (
    <div class="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={stacked ? undefined : 0} part="table">
      <table class={`table table--comparison${table.rows.length > 8 ? " table--wide" : ""}${stacked ? " table--stacked" : ""}`} {...r.table}>
        <caption class="table__caption" id="comparison-caption">
          Income {perPeriod(period)}, not working and working different hours
        </caption>
        <thead {...r.rowgroup}>
          <tr {...r.row}>
            <th scope="col" class="table__sticky" {...r.colheader}>
              Hours a week
            </th>
            {table.rows.map((row) => (
              <th scope="col" key={row.def.key} class="table__num" {...r.colheader}>
                {row.label}
              </th>
            ))}
            <th scope="col" {...r.colheader}>
              What changes
            </th>
          </tr>
        </thead>
        <tbody {...r.rowgroup}>
          {table.columns.map((s, col) => (
            <tr key={s.hours} {...r.row}>
              <th scope="row" class="table__sticky" {...r.rowheader}>
                {hoursLabel(s.hours)}
              </th>
              {table.rows.map((row) => {
                const id = `fig-${row.def.key}-${col}`;
                const v = row.values[col]!;
                const unconfirmed = restsOnUnconfirmed(result, s, row.def.key);
                anyUnconfirmed ||= unconfirmed;
                return (
                  <td key={row.def.key} class={`table__num${row.def.total ? " table__total" : row.def.change ? " table__change" : ""}`} data-label={row.label} {...r.cell}>
                    <FigureButton
                      id={id}
                      text={row.def.change ? signedMoney(v) : money(v)}
                      about={`${row.label}, ${hoursLabel(s.hours).toLowerCase()}`}
                      unconfirmed={unconfirmed}
                      expanded={selected?.from === id}
                      onOpen={() => onOpen({ col, row: row.def.key, from: id })}
                    />
                  </td>
                );
              })}
              <td class="table__changes" data-label="What changes" {...r.cell}>
                <WhatChanges flags={table.flags[col] ?? []} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.some((r) => r.def.key === "betterOffAfterCosts") ? null : (
        <p class="hint table__note">
          No travel, childcare or other work costs were entered{table.ladder.councilTax ? " and council tax to pay does not change" : ""}, so being better off
          after {table.ladder.councilTax ? "them" : "work costs"} is the same.
        </p>
      )}
      {table.ladder.help ? (
        <p class="hint table__note">
          Help in kind: {table.ladder.help}, valued at what it would otherwise cost.{" "}
          {table.ladder.helpDiffers
            ? "It is not cash, so only “Better off including help in kind” counts it."
            : "It is worth the same at each number of hours here, so it does not change how much better off you would be."}
        </p>
      ) : null}
      {anyUnconfirmed ? <p class="hint table__note">* Rests on a rate that is not yet confirmed or is worked out from a formula: open the figure to see which.</p> : null}
    </div>
  );
}
