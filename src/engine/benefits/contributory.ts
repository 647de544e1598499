/**
 * New Style ESA, New Style JSA and Carer's Allowance (Carer Support Payment in
 * Scotland): flat weekly amounts that stop, or fall, when the person works.
 * Each rule is a pure decision on amounts; the plain-English working is
 * written separately (explain-scenario.ts), only when it is shown.
 */
import { ZERO, max0, type Money } from "../../base/money.js";
import { step, gbp, type Step } from "../explain.js";
import type { Rules } from "../../rules/compose.js";
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
  if (!a.carersAllowance) return step(ZERO, [], {}, () => `no ${caName(h)}`);
  const leaf = h.region === "scotland" ? c.carerSupportPayment : c.carersAllowance;
  return step(leaf.value, [leaf], {}, () => `${gbp(leaf.value)} ${caName(h)}`);
}

export function carersEarningsLimit(h: Household, r: Rules) {
  return h.region === "scotland" ? r.carers.carerSupportPaymentEarningsLimit : r.carers.carersAllowanceEarningsLimit;
}

export const caName = (h: Household) => (h.region === "scotland" ? "Carer Support Payment" : "Carer's Allowance");

/** Earnings for the ESA, JSA and CA tests: gross − tax on the earnings alone − NI − half the pension contribution. Worked out only when a test needs it. */
export type NetEarnings = () => Money;

export type EndedBy = "hours" | "earnings" | undefined;

/** ESA in a week of work: paid in full under permitted work (under 16 hours and net earnings within the higher limit), otherwise nothing. */
export function esaInWork(rate: Money, hours: number, net: NetEarnings, r: Rules): { amount: Money; endedBy: EndedBy } {
  const e = r.newStyleEsa;
  if (rate.isZero() || hours === 0) return { amount: rate, endedBy: undefined };
  if (e.permittedWorkHoursLimit.value.lessThanOrEqualTo(hours)) return { amount: ZERO, endedBy: "hours" };
  if (net().greaterThan(e.permittedWorkHigherLimit.value)) return { amount: ZERO, endedBy: "earnings" };
  return { amount: rate, endedBy: undefined };
}

/** New Style JSA in a week of work: none at 16 hours or more; otherwise cut £ for £ by net earnings above the £5 disregard (`excess`). */
export function jsaInWork(rate: Money, hours: number, net: NetEarnings, r: Rules): { amount: Money; endedBy: EndedBy; excess: Money } {
  const j = r.newStyleJsa;
  if (rate.isZero() || hours === 0) return { amount: rate, endedBy: undefined, excess: ZERO };
  if (j.hoursLimit.value.lessThanOrEqualTo(hours)) return { amount: ZERO, endedBy: "hours", excess: ZERO };
  const excess = max0(net().minus(j.earningsDisregard.value));
  const amount = max0(rate.minus(excess));
  return { amount, endedBy: amount.isZero() ? "earnings" : undefined, excess };
}

/**
 * Carer's Allowance in a week of work: lost entirely if net earnings exceed
 * the earnings limit (a cliff edge). Reduced by any New Style ESA or JSA the
 * same person gets (Social Security (Overlapping Benefits) Regulations 1979).
 */
export function carersAllowanceInWork(rate: Money, hours: number, net: NetEarnings, overlap: Money, h: Household, r: Rules): { amount: Money; lost: boolean } {
  if (rate.isZero()) return { amount: rate, lost: false };
  if (hours > 0 && net().greaterThan(carersEarningsLimit(h, r).value)) return { amount: ZERO, lost: true };
  return { amount: overlap.isZero() ? rate : max0(rate.minus(overlap)), lost: false };
}
