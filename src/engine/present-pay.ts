/**
 * Each person's pay per pay period, as a result shows it: only for someone
 * whose `payFrequency` was given (without one the figures follow the weekly
 * convention and the weekly fields say it all).
 */
import { str2 } from "../base/money.js";
import type { Figures, PersonFigures } from "./calculate.js";
import type { PayPeriodResult, PayPeriods } from "./result.js";

function one(x: PersonFigures): PayPeriodResult | null {
  const q = x.period;
  if (!q) return null;
  return {
    payFrequency: q.frequency,
    periodsPerYear: q.pay.perYear,
    grossPay: str2(q.gross),
    incomeTax: str2(q.incomeTax),
    ni: str2(q.ni),
    pension: str2(q.pension.paid),
    takeHome: str2(q.takeHome),
    ucEarnings: str2(q.ucNet),
  };
}

/** The person offered the job and a partner with a job, each null unless paid at a given frequency (and, for the first, working). */
export function payPeriodsOf(f: Figures): PayPeriods | undefined {
  const claimant = one(f.claimant);
  const partner = f.people.length > 1 ? one(f.people[1]!) : null;
  return claimant || partner ? { claimant, partner } : undefined;
}
