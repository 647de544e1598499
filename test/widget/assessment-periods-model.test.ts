/**
 * Universal Credit month by month, the sentences (model/assessment-periods.ts),
 * for a couple: the client paid every four weeks, the partner weekly, surplus
 * earnings carried. Worked from rules/uk/2026-27.json (cross-checked with `npm run calc`):
 *   client 16 × £13.00 = £208.00 a week, no tax or NI: £832.00 each four-weekly payday;
 *   partner 20 × £12.71 = £254.20; tax (£254.20 × 52 − £12,570) × 20% ÷ 52 = £2.49; NI (£254.20 − £242) × 8% = £0.98;
 *     take-home £250.73 each weekly payday;
 *   maximum UC: couple standard allowance £666.97 + rent £575.00 = £1,241.97; no work allowance; taper 55%;
 *   average month: (£901.33 + £1,086.50) × 55% = £1,093.31: UC £148.66;
 *   1 + 4 paydays: £1,834.92 × 55% = £1,009.21: UC £232.76;
 *   1 + 5 paydays: £2,085.65 × 55% = £1,147.11: UC £94.86, £53.80 lower than an average month;
 *   2 + 5 paydays: £2,917.65 × 55% = £1,604.71 > £1,241.97: nil; the nil UC threshold £1,241.97 ÷ 55% = £2,258.13;
 *     surplus £2,917.65 − £2,258.13 − £300 de minimis = £359.52, carried into the next period (reg 54A);
 *   next: (£1,834.92 + £359.52) × 55% = £1,206.94: UC £35.03, £113.63 lower.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { periodsView } from "../../src/widget/model/assessment-periods.js";
import { household, rulesFor } from "../helpers/rules.js";

describe("Universal Credit month by month: the sentences", () => {
  it("a couple, client paid every four weeks, partner weekly, periods from the 15th", () => {
    const h = household({
      taxYear: "2026-27",
      region: "england",
      adults: [{ age: 41 }, { age: 41, job: { hourlyWage: "12.71", hours: 20, payFrequency: "weekly", firstPayday: "2026-04-03" } }],
      housing: { tenure: "social", rentMonthly: "575" },
      assessmentPeriodStartDay: 15,
      job: { hourlyWage: "13", hours: [16], payFrequency: "fourWeekly", firstPayday: "2026-04-24" },
    });
    const s = evaluate(h, rulesFor("2026-27")).scenarios[0]!;
    const view = periodsView(s)!;
    expect(view.varies).toBe(true);
    expect(view.drops).toEqual([
      "In the assessment period 15 May to 14 June 2026 your partner is paid 5 times, so Universal Credit is £53.80 lower than in an average month (£94.86); it comes back in the period from 15 June.",
      "In the assessment period 15 July to 14 August 2026 you are paid twice and your partner 5 times, so there is no Universal Credit (£148.66 lower than in an average month); £359.52 of the earnings are carried into the next period as surplus earnings.",
      "In the assessment period 15 August to 14 September 2026 £359.52 of surplus earnings from the period before count as earnings, so Universal Credit is £113.63 lower than in an average month (£35.03); it comes back in the period from 15 September.",
      "In the assessment period 15 October to 14 November 2026 your partner is paid 5 times, so Universal Credit is £53.80 lower than in an average month (£94.86); it comes back in the period from 15 November.",
      "In the assessment period 15 January to 14 February 2027 your partner is paid 5 times, so Universal Credit is £53.80 lower than in an average month (£94.86); it comes back in the period from 15 February.",
    ]);
    expect(view.paydays(s.assessmentPeriods[4]!)).toBe("2; partner 5");
  });
});
