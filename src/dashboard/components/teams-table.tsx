/** The trust-wide view: a row for each team and number of hours. */
import type { TeamRow } from "../../server/summary.js";
import { figure, hoursText, pounds } from "../format.js";

export function TeamsTable({ teams }: { teams: readonly TeamRow[] }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Results by team (scrolls sideways on narrow screens)">
      <table part="table">
        <caption>Results by team</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col" class="num">Calculations</th>
            <th scope="col">Hours a week</th>
            <th scope="col" class="num">Better off</th>
            <th scope="col" class="num">Worse off</th>
            <th scope="col" class="num">The same</th>
            <th scope="col" class="num">Median gain a week</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((t) =>
            t.hours.length === 0 ? (
              <tr key={t.team}>
                <th scope="row">{t.team}</th>
                <td class="num">{figure(t.calculations)}</td>
                <td colSpan={5}>Too few results to show</td>
              </tr>
            ) : (
              t.hours.map((h, i) => (
                <tr key={`${t.team}-${h.hours}`}>
                  {i === 0 && (
                    <>
                      <th scope="row" rowSpan={t.hours.length}>
                        {t.team}
                      </th>
                      <td class="num" rowSpan={t.hours.length}>
                        {figure(t.calculations)}
                      </td>
                    </>
                  )}
                  <td>{hoursText(h.hours)}</td>
                  <td class="num">{figure(h.better)}</td>
                  <td class="num">{figure(h.worse)}</td>
                  <td class="num">{figure(h.same)}</td>
                  <td class="num">{h.weeklyGain ? pounds(h.weeklyGain.median) : "not shown"}</td>
                </tr>
              ))
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
