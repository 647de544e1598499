/**
 * Universal Credit month by month (issue 13), for the hours the headline
 * describes: a sentence for each assessment period where UC is lower than
 * in an average month, and the 12 periods as a table (dates, paydays,
 * earnings, UC). Where every period is the same (monthly pay), one sentence
 * and the table behind "Show".
 */
import type { ScenarioEvaluation } from "../../../engine/index.js";
import { hours, money } from "../../format.js";
import { periodDates, periodsView } from "../../model/assessment-periods.js";
import { roles, stackedAt } from "../results-table/use-stacked.js";

export function AssessmentPeriods({ scenario, width }: { readonly scenario: ScenarioEvaluation; readonly width: number }) {
  const view = periodsView(scenario);
  if (!view) return null;
  const stacked = stackedAt(width, 4, false);
  const r = roles(stacked);
  const working = scenario.hours === 0 ? "not working" : `working ${hours(scenario.hours)} hours a week`;
  const table = (
    <div class="table-scroll" role="region" aria-labelledby="periods-caption" tabIndex={stacked ? undefined : 0}>
      <table class={`table table--periods${stacked ? " table--stacked" : ""}`} {...r.table}>
        <caption class="table__caption" id="periods-caption">
          The next 12 assessment periods, {working}: Universal Credit on the wages received in each
        </caption>
        <thead {...r.rowgroup}>
          <tr {...r.row}>
            <th scope="col" {...r.colheader}>Assessment period</th>
            <th scope="col" {...r.colheader}>Paydays</th>
            <th scope="col" {...r.colheader}>Earnings counted</th>
            <th scope="col" {...r.colheader}>Universal Credit</th>
          </tr>
        </thead>
        <tbody {...r.rowgroup}>
          {view.periods.map((p) => (
            <tr key={p.start} {...r.row} class={p.ucDifferenceMonthly.isNegative() ? "periods__lower" : undefined}>
              <th scope="row" {...r.rowheader}>{periodDates(p)}</th>
              <td class="table__num" data-label="Paydays" {...r.cell}>{view.paydays(p)}</td>
              <td class="table__num" data-label="Earnings counted" {...r.cell}>
                {money(p.earningsMonthly)}
                {p.surplusEarningsMonthly.isZero() ? null : <span class="periods__note"> + {money(p.surplusEarningsMonthly)} surplus earnings</span>}
              </td>
              <td class="table__num" data-label="Universal Credit" {...r.cell}>
                {money(p.ucMonthly)}
                {p.benefitCapReductionMonthly.isZero() ? null : <span class="periods__note"> after the benefit cap</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section class="periods" aria-labelledby="periods-title">
      <h3 class="section__title" id="periods-title">
        Universal Credit month by month
      </h3>
      <p>
        Universal Credit is worked out each month on the wages received in that month's assessment period. The figures above are an average month ({money(scenario.ucMonthly)}).
      </p>
      {view.varies ? (
        <>
          {view.drops.length ? (
            <ul class="periods__drops">
              {view.drops.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : null}
          {table}
        </>
      ) : (
        <>
          <p>Universal Credit is the same in each of the next 12 assessment periods: {money(scenario.ucMonthly)} a month.</p>
          <details class="details">
            <summary class="details__summary">
              <span class="details__summary-text">Show the 12 assessment periods</span>
            </summary>
            {table}
          </details>
        </>
      )}
    </section>
  );
}
