/**
 * New Style ESA, New Style JSA and Carer's Allowance (Carer Support Payment in
 * Scotland): flat weekly amounts that stop, or fall, when the person works.
 */
import { ZERO, max0, type Money } from "../money.js";
import { step, gbp, type Step } from "../explain.js";
import type { Rules } from "../../rules/load.js";
import type { Adult, Household } from "../household.js";

/** New Style ESA weekly rate out of work: assessment phase by age; main phase basic + support or (pre-2017) WRA component. */
export function esaRate(a: Adult, r: Rules): Step {
  const e = r.newStyleEsa;
  if (!a.newStyleEsa) return step(ZERO, [], {}, () => "no New Style ESA");
  if (a.newStyleEsa.phase === "assessment") {
    const leaf = a.age >= e.higherRateAge.value ? e.assessmentPhase25OrOver : e.assessmentPhaseUnder25;
    return step(leaf.value, [leaf, e.higherRateAge], { phase: "assessment" }, () => `${gbp(leaf.value)} New Style ESA (assessment phase, age ${a.age})`);
  }
  const parts: [string, Money, object][] = [["basic", e.mainPhaseBasic.value, e.mainPhaseBasic]];
  if (a.newStyleEsa.group === "support") parts.push(["support component", e.supportComponent.value, e.supportComponent]);
  else if (a.newStyleEsa.workRelatedActivityComponent) parts.push(["work-related activity component", e.workRelatedActivityComponent.value, e.workRelatedActivityComponent]);
  const total = parts.reduce((s, p) => s.plus(p[1]), ZERO);
  return step(total, parts.map((p) => p[2]), { phase: "main", group: a.newStyleEsa.group }, () =>
    `New Style ESA: ${parts.map(([n, v]) => `${gbp(v)} ${n}`).join(" + ")} = ${gbp(total)}`,
  );
}

export function jsaRate(a: Adult, r: Rules): Step {
  const j = r.newStyleJsa;
  if (!a.newStyleJsa) return step(ZERO, [], {}, () => "no New Style JSA");
  const leaf = a.age >= j.higherRateAge.value ? j.age25OrOver : j.under25;
  return step(leaf.value, [leaf, j.higherRateAge], {}, () => `${gbp(leaf.value)} New Style JSA (age ${a.age})`);
}

export function carersAllowanceRate(a: Adult, h: Household, r: Rules): Step {
  const c = r.carers;
  if (!a.carersAllowance) return step(ZERO, [], {}, () => "no Carer's Allowance");
  const scot = h.region === "scotland";
  const leaf = scot ? c.carerSupportPayment : c.carersAllowance;
  return step(leaf.value, [leaf], {}, () => `${gbp(leaf.value)} ${scot ? "Carer Support Payment" : "Carer's Allowance"}`);
}

export function carersEarningsLimit(h: Household, r: Rules) {
  return h.region === "scotland" ? r.carers.carerSupportPaymentEarningsLimit : r.carers.carersAllowanceEarningsLimit;
}

export const caName = (h: Household) => (h.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance");

export interface WorkTest {
  readonly hours: number;
  /** Earnings for the benefit tests: gross − tax on the earnings alone − NI − half the pension contribution. */
  readonly netEarnings: Money;
}

/** ESA in a week of work: paid in full under permitted work (under 16 hours and net earnings within the higher limit), otherwise nothing. */
export function esaInWork(rate: Step, w: WorkTest, r: Rules): { step: Step; endedBy?: "hours" | "earnings" } {
  const e = r.newStyleEsa;
  if (rate.amount.isZero() || w.hours === 0) return { step: rate };
  if (w.hours >= e.permittedWorkHoursLimit.value.toNumber())
    return {
      endedBy: "hours",
      step: step(ZERO, [e.permittedWorkHoursLimit], { hours: w.hours }, () => `New Style ESA stops: ${w.hours} hours is not under the ${e.permittedWorkHoursLimit.value} hour permitted work limit`),
    };
  if (w.netEarnings.greaterThan(e.permittedWorkHigherLimit.value))
    return {
      endedBy: "earnings",
      step: step(ZERO, [e.permittedWorkHigherLimit], { netEarnings: w.netEarnings }, () =>
        `New Style ESA stops: earnings of ${gbp(w.netEarnings)} a week (after tax, NI and half of pension contributions) are above the permitted work limit of ${gbp(e.permittedWorkHigherLimit.value)}`,
      ),
    };
  return {
    step: step(rate.amount, [...rate.rules, e.permittedWorkHigherLimit, e.permittedWorkHoursLimit], { netEarnings: w.netEarnings }, () =>
      `${rate.text()}, paid in full under permitted work: ${w.hours} hours (under ${e.permittedWorkHoursLimit.value}) and ${gbp(w.netEarnings)} a week (within ${gbp(e.permittedWorkHigherLimit.value)})`,
    ),
  };
}

/** New Style JSA in a week of work: none at 16 hours or more; otherwise cut £ for £ by net earnings above the £5 disregard. */
export function jsaInWork(rate: Step, w: WorkTest, r: Rules): { step: Step; endedBy?: "hours" | "earnings" } {
  const j = r.newStyleJsa;
  if (rate.amount.isZero() || w.hours === 0) return { step: rate };
  if (w.hours >= j.hoursLimit.value.toNumber())
    return { endedBy: "hours", step: step(ZERO, [j.hoursLimit], { hours: w.hours }, () => `New Style JSA stops: ${w.hours} hours is ${j.hoursLimit.value} hours or more`) };
  const excess = max0(w.netEarnings.minus(j.earningsDisregard.value));
  const amount = max0(rate.amount.minus(excess));
  return {
    ...(amount.isZero() ? { endedBy: "earnings" as const } : {}),
    step: step(amount, [...rate.rules, j.earningsDisregard], { netEarnings: w.netEarnings }, () =>
      `${gbp(rate.amount)} New Style JSA less earnings above the ${gbp(j.earningsDisregard.value)} disregard (${gbp(w.netEarnings)} − ${gbp(j.earningsDisregard.value)} = ${gbp(excess)}) = ${gbp(amount)}`,
    ),
  };
}

/**
 * Carer's Allowance in a week of work: lost entirely if net earnings exceed
 * the earnings limit (a cliff edge). Reduced by any New Style ESA or JSA the
 * same person gets (overlapping benefits: Social Security (Overlapping
 * Benefits) Regulations 1979).
 */
export function carersAllowanceInWork(rate: Step, w: WorkTest, overlap: Money, h: Household, r: Rules): { step: Step; lost: boolean } {
  const limit = carersEarningsLimit(h, r);
  if (rate.amount.isZero()) return { step: rate, lost: false };
  if (w.hours > 0 && w.netEarnings.greaterThan(limit.value))
    return {
      lost: true,
      step: step(ZERO, [limit], { netEarnings: w.netEarnings }, () =>
        `${caName(h)} stops: earnings of ${gbp(w.netEarnings)} a week (after tax, NI and half of pension contributions) are above the ${gbp(limit.value)} earnings limit`,
      ),
    };
  const amount = max0(rate.amount.minus(overlap));
  return {
    lost: false,
    step: step(amount, [...rate.rules, ...(w.hours > 0 ? [limit] : [])], { overlap }, () =>
      overlap.isZero()
        ? `${rate.text()}${w.hours > 0 ? `, kept: earnings ${gbp(w.netEarnings)} a week are within the ${gbp(limit.value)} limit` : ""}`
        : `${rate.text()} less ${gbp(overlap)} New Style ESA/JSA paid to the same person (overlapping benefits) = ${gbp(amount)}`,
    ),
  };
}
