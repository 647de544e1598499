/**
 * Each person's pay per pay period, as a result gives it (Money): only for someone
 * whose `payFrequency` was given (without one the figures follow the weekly
 * convention and the weekly fields say it all).
 */
import type { Money } from "../base/money.js";
import type { Figures, PersonFigures } from "./figures.js";
import type { PayPeriodOf, PayPeriodsOf } from "./result.js";

function one(x: PersonFigures): PayPeriodOf<Money> | null {
  const q = x.period;
  if (!q) return null;
  return {
    payFrequency: q.frequency,
    periodsPerYear: q.pay.perYear,
    grossPay: q.gross,
    incomeTax: q.incomeTax,
    ni: q.ni,
    pension: q.pension.paid,
    takeHome: q.takeHome,
    ucEarnings: q.ucNet,
  };
}

/** The person offered the job and a partner with a job, each null unless paid at a given frequency (and, for the first, working). */
export function payPeriodsOf(f: Figures): PayPeriodsOf<Money> | undefined {
  const claimant = one(f.claimant);
  const partner = f.people.length > 1 ? one(f.people[1]!) : null;
  return claimant || partner ? { claimant, partner } : undefined;
}
