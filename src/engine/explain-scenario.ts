/**
 * The plain-English working behind each figure of a scenario: which rules
 * and inputs produced it. Built from the figures (calculate.ts), only for the
 * scenarios shown, never for the sweep.
 */
import { ZERO, roundPenny, weeklyToMonthly, type Money } from "../base/money.js";
import { step, gbp, pct, PAID, type Step } from "./explain.js";
import { annualIncomeTax, incomeTaxLeaves, weeklyIncomeTax } from "./tax/income-tax.js";
import { autoEnrolmentBand, niThresholds } from "./tax/pay-period.js";
import { carersEarningsLimit } from "./benefits/contributory.js";
import type { Prepared, Figures, PersonFigures, PeriodPay } from "./figures.js";
import type { PayFrequency } from "./household.js";
import { monthlyEquivalent, netIncomeParts } from "./calculate.js";

/** One adult's pay and what comes off it. */
export interface PaySteps {
  readonly gross: Step;
  readonly pension: Step;
  readonly ni: Step;
  readonly incomeTax: Step;
  readonly takeHome: Step;
}

export interface ScenarioSteps extends PaySteps {
  /** The partner's own pay, if they have a job. */
  readonly partnerPay: PaySteps | null;
  readonly esa: readonly Step[];
  readonly jsa: readonly Step[];
  readonly ca: readonly Step[];
  readonly ucEarnings: Step;
  readonly ucMaximum: Step;
  readonly taper: Step;
  readonly unearned: Step;
  readonly ucBeforeCap: Step;
  readonly capReduction: Step;
  readonly uc: Step;
  readonly netIncome: Step;
  readonly workCosts: Step;
}

const who = (p: Prepared, i: number) => (p.couple ? (i === 0 ? "claimant's " : "partner's ") : "");

/** Whose figure a text is, where both partners have pay: "the claimant's pay: …". */
const whose = (p: Prepared, i: number, what: string) => (p.partnerWorks ? `the ${i === 0 ? "claimant" : "partner"}'s ${what}: ` : "");

/** The working of one adult's pay, tax, NI, pension and take-home pay (person `i`: 0 the person offered the job, 1 a partner). */
function paySteps(p: Prepared, c: PersonFigures, i: number): PaySteps {
  if (c.period) return periodPaySteps(p, c, c.period, i);
  const { h, r } = p;
  const hours = c.hours;
  const pension = c.pension;
  const niR = r.nationalInsurance;
  const ae = r.autoEnrolment;
  const job = i === 0 ? null : h.adults[i]!.job!;
  const choice = job ? job.pension : h.job.pension;
  const wage = job ? job.hourlyWage : h.job.hourlyWage;
  const gross = step(c.gross, [], wage ? { hourlyWage: wage, hours } : { hours }, () =>
    whose(p, i, "pay") +
    (wage
      ? `${gbp(wage)} an hour × ${hours} hours = ${gbp(c.gross)}`
      : job?.weeklyPay
        ? `${gbp(c.gross)} a week (${hours} hours)`
        : `${gbp(job!.monthlyPay!)} a month × 12 ÷ 52 = ${gbp(c.gross)} a week (${hours} hours)`),
  );
  const pensionStep = step(
    pension.paidWeekly,
    choice === "none"
      ? []
      : [ae.qualifyingEarningsLowerWeekly, ae.qualifyingEarningsUpperWeekly, ae.minimumEmployeeRate, ae.earningsTriggerWeekly, ae.minimumAge, ...(pension.reason === "relief at source" ? [ae.reliefAtSourceRate] : [])],
    { grossContribution: pension.grossWeekly },
    () =>
      whose(p, i, "pension") +
      (pension.enrolled
        ? `${gbp(pension.paidWeekly)} workplace pension from pay (${pension.reason}${pension.grossWeekly.equals(pension.paidWeekly) ? "" : `; ${gbp(pension.grossWeekly)} with basic-rate relief`})`
        : `no pension contribution (${pension.reason})`),
  );
  const ni = step(c.ni, [niR.primaryThresholdWeekly, niR.upperEarningsLimitWeekly, niR.mainRate, niR.upperRate], { gross: c.gross }, () =>
    whose(p, i, "National Insurance") +
    (c.ni.isZero()
      ? `no National Insurance: ${gbp(c.gross)} is not above the ${gbp(niR.primaryThresholdWeekly.value)} a week primary threshold`
      : `${pct(niR.mainRate.value)} of pay above ${gbp(niR.primaryThresholdWeekly.value)} a week${c.gross.greaterThan(niR.upperEarningsLimitWeekly.value) ? ` (${pct(niR.upperRate.value)} above ${gbp(niR.upperEarningsLimitWeekly.value)})` : ""} = ${gbp(c.ni)}`),
  );
  const incomeTax = step(c.incomeTax, incomeTaxLeaves(h.region, r), { taxablePayWeekly: c.payForTax, taxableBenefitsWeekly: c.taxableBenefits }, () => whose(p, i, "income tax") + incomeTaxText(p, c));
  return finishPay(p, c, i, gross, pensionStep, ni, incomeTax);
}

/** "£x a month; × 12 ÷ 52 = £y a week" (nothing to convert for weekly pay). */
function asWeek(q: PeriodPay, amount: Money, weekly: Money): string {
  return q.pay.weeks === 1 ? `${gbp(amount)} a week` : `${gbp(amount)} ${q.pay.per}; × ${q.pay.perYear} ÷ 52 = ${gbp(weekly)} a week`;
}

/** The same working, paid at a given frequency: each deduction on one pay period's pay, then as a week. */
function periodPaySteps(p: Prepared, c: PersonFigures, q: PeriodPay, i: number): PaySteps {
  const { h, r } = p;
  const hours = c.hours;
  const pension = c.pension;
  const niR = r.nationalInsurance;
  const ae = r.autoEnrolment;
  const job = i === 0 ? null : h.adults[i]!.job!;
  const choice = job ? job.pension : h.job.pension;
  const wage = job ? job.hourlyWage : h.job.hourlyWage;
  const per = q.pay.per;
  const paid = `paid ${PAID[q.frequency]}`;
  const weeklyText = wage ? `${gbp(wage)} an hour × ${hours} hours = ${gbp(c.gross)} a week` : job?.weeklyPay ? `${gbp(job.weeklyPay)} a week (${hours} hours)` : null;
  const gross = step(c.gross, [], wage ? { hourlyWage: wage, hours } : { hours }, () =>
    whose(p, i, "pay") +
    (weeklyText
      ? q.pay.weeks === 1
        ? `${weeklyText}, ${paid}`
        : q.pay.weeks === 0
          ? `${weeklyText}; ${paid}: × 52 ÷ 12 = ${gbp(q.gross)} a month`
          : `${weeklyText}; ${paid}: × ${q.pay.weeks} = ${gbp(q.gross)} ${per}`
      : q.pay.weeks === 0
        ? `${gbp(q.gross)} a month (${hours} hours), ${paid}; × 12 ÷ 52 = ${gbp(c.gross)} a week`
        : `${gbp(job!.monthlyPay!)} a month × 12 ÷ 52 = ${gbp(c.gross.isZero() ? c.gross : q.gross.div(q.pay.weeks))} a week (${hours} hours); ${paid}: ${gbp(q.gross)} ${per}`),
  );
  const band = autoEnrolmentBand(q.pay.kind, r);
  const pensionStep = step(
    pension.paidWeekly,
    choice === "none" ? [] : [band.lower, band.upper, ae.minimumEmployeeRate, band.trigger, ae.minimumAge, ...(pension.reason === "relief at source" ? [ae.reliefAtSourceRate] : [])],
    { grossContribution: pension.grossWeekly },
    () =>
      whose(p, i, "pension") +
      (q.pension.enrolled
        ? `workplace pension from pay: ${asWeek(q, q.pension.paid, pension.paidWeekly)} (${q.pension.reason}, on the ${gbp(band.lower.value)}–${gbp(band.upper.value)} band for pay ${per}${
            q.pension.gross.equals(q.pension.paid) ? "" : `; ${gbp(q.pension.gross)} ${per} with basic-rate relief`
          })`
        : `no pension contribution (${q.pension.reason}${q.pension.reason.includes("trigger") ? `: ${gbp(q.gross)} ${per} is not above the ${gbp(band.trigger.value)} trigger` : ""})`),
  );
  const t = niThresholds(q.pay.kind, r);
  const ni = step(c.ni, [t.primaryThreshold, t.upperEarningsLimit, niR.mainRate, niR.upperRate], { gross: q.gross }, () =>
    whose(p, i, "National Insurance") +
    (q.ni.isZero()
      ? `no National Insurance: ${gbp(q.gross)} ${per} is not above the ${gbp(t.primaryThreshold.value)} primary threshold for pay ${per}`
      : `${pct(niR.mainRate.value)} of pay ${per} above the ${gbp(t.primaryThreshold.value)} primary threshold for that period${
          q.gross.greaterThan(t.upperEarningsLimit.value) ? ` (${pct(niR.upperRate.value)} above ${gbp(t.upperEarningsLimit.value)})` : ""
        } = ${asWeek(q, q.ni, c.ni)}`),
  );
  const incomeTax = step(c.incomeTax, incomeTaxLeaves(h.region, r), { taxablePay: q.payForTax, taxableBenefitsWeekly: c.taxableBenefits }, () => {
    const what = c.taxableBenefits.isZero()
      ? `${gbp(q.payForTax)} taxable pay ${per} × ${q.pay.perYear}`
      : `${gbp(q.payForTax)} taxable pay ${per} × ${q.pay.perYear} + ${gbp(c.taxableBenefits)} taxable benefits a week × 52`;
    const year = annualIncomeTax(q.annualTaxable, h.region, r);
    if (q.incomeTax.isZero()) return `${whose(p, i, "income tax")}no income tax: ${what} = ${gbp(q.annualTaxable)} a year, within the ${gbp(year.personalAllowance)} personal allowance`;
    const bands = year.byBand.map((b) => `${pct(b.rate)} on ${gbp(b.taxed)}`).join(" + ");
    return `${whose(p, i, "income tax")}${what} = ${gbp(q.annualTaxable)} a year; less the ${gbp(year.personalAllowance)} personal allowance: ${bands} = ${gbp(year.total)} a year ÷ ${q.pay.perYear} = ${asWeek(q, q.incomeTax, c.incomeTax)}`;
  });
  const takeHome = step(c.takeHome, [], {}, () => {
    const period = `${gbp(q.gross)} − ${gbp(q.incomeTax)} tax − ${gbp(q.ni)} NI${q.pension.paid.isZero() ? "" : ` − ${gbp(q.pension.paid)} pension`} = ${gbp(q.takeHome)} ${per}`;
    if (q.pay.weeks === 1) return `${whose(p, i, "take-home pay")}${period}`;
    return `${whose(p, i, "take-home pay")}${period}; a week: ${gbp(c.gross)} gross − ${gbp(c.incomeTax)} tax − ${gbp(c.ni)} NI${pension.paidWeekly.isZero() ? "" : ` − ${gbp(pension.paidWeekly)} pension`} = ${gbp(c.takeHome)}`;
  });
  return { gross, pension: pensionStep, ni, incomeTax, takeHome };
}

function incomeTaxText(p: Prepared, c: PersonFigures): string {
  const { h, r } = p;
  if (c.hours === 0) return "no income tax: no earnings";
  const taxable = c.payForTax.plus(c.taxableBenefits);
  const year = weeklyIncomeTax(taxable, h.region, r).year;
  const annual = taxable.times(52);
  const what = c.taxableBenefits.isZero() ? `${gbp(c.payForTax)} taxable pay` : `${gbp(c.payForTax)} taxable pay + ${gbp(c.taxableBenefits)} taxable benefits`;
  if (c.incomeTax.isZero()) return `no income tax: ${what} a week is ${gbp(annual)} a year, within the ${gbp(year.personalAllowance)} personal allowance`;
  const bands = year.byBand.map((b) => `${pct(b.rate)} on ${gbp(b.taxed)}`).join(" + ");
  return `${what} a week × 52 = ${gbp(annual)} a year; less the ${gbp(year.personalAllowance)} personal allowance: ${bands} = ${gbp(year.total)} a year ÷ 52 = ${gbp(c.incomeTax)} a week`;
}

function finishPay(p: Prepared, c: PersonFigures, i: number, gross: Step, pensionStep: Step, ni: Step, incomeTax: Step): PaySteps {
  const pension = c.pension;
  const takeHome = step(c.takeHome, [], {}, () =>
    `${whose(p, i, "take-home pay")}${gbp(c.gross)} gross − ${gbp(c.incomeTax)} tax − ${gbp(c.ni)} NI${pension.paidWeekly.isZero() ? "" : ` − ${gbp(pension.paidWeekly)} pension`} = ${gbp(c.takeHome)}`,
  );
  return { gross, pension: pensionStep, ni, incomeTax, takeHome };
}

/** Said whose where both partners work. */
function named(p: Prepared, i: number, st: Step): Step {
  if (!p.partnerWorks) return st;
  return step(st.amount, st.rules, st.inputs, () => `${i === 0 ? "claimant" : "partner"}: ${st.text()}`);
}

/** A person's New Style ESA, by their own hours and earnings. */
function esaStep(p: Prepared, rate: Step, x: PersonFigures): Step {
  const e = p.r.newStyleEsa;
  const hours = x.hours;
  if (hours === 0 || rate.amount.isZero()) return rate;
  const net = x.benefitTestEarnings ?? ZERO;
  if (x.esaEndedBy === "hours")
    return step(ZERO, [e.permittedWorkHoursLimit], { hours }, () => `New Style ESA stops: ${hours} hours is not under the ${e.permittedWorkHoursLimit.value} hour permitted work limit`);
  if (x.esaEndedBy === "earnings")
    return step(ZERO, [e.permittedWorkHigherLimit], { netEarnings: net }, () =>
      `New Style ESA stops: earnings of ${gbp(net)} a week (after tax, NI and half of pension contributions) are above the permitted work limit of ${gbp(e.permittedWorkHigherLimit.value)}`,
    );
  return step(rate.amount, [...rate.rules, e.permittedWorkHigherLimit, e.permittedWorkHoursLimit], { netEarnings: net }, () =>
    `${rate.text()}, paid in full under permitted work: ${hours} hours (under ${e.permittedWorkHoursLimit.value}) and ${gbp(net)} a week (within ${gbp(e.permittedWorkHigherLimit.value)})`,
  );
}

/** A person's New Style JSA, by their own hours and earnings. */
function jsaStep(p: Prepared, rate: Step, x: PersonFigures): Step {
  const j = p.r.newStyleJsa;
  const hours = x.hours;
  if (hours === 0 || rate.amount.isZero()) return rate;
  const net = x.jsaTestEarnings ?? ZERO;
  if (x.jsaEndedBy === "hours") return step(ZERO, [j.hoursLimit], { hours }, () => `New Style JSA stops: ${hours} hours is ${j.hoursLimit.value} hours or more`);
  return step(x.jsa, [...rate.rules, j.earningsDisregard], { netEarnings: net }, () =>
    `${gbp(rate.amount)} New Style JSA less earnings above the ${gbp(j.earningsDisregard.value)} disregard (${gbp(net)} − ${gbp(j.earningsDisregard.value)} = ${gbp(x.jsaExcessEarnings)}) = ${gbp(x.jsa)}`,
  );
}

/** A person's Carer's Allowance, by their own earnings. */
function caStep(p: Prepared, rate: Step, x: PersonFigures): Step {
  if (rate.amount.isZero()) return rate;
  const limit = carersEarningsLimit(p.h, p.r);
  const net = x.benefitTestEarnings ?? ZERO;
  if (x.caLost)
    return step(ZERO, [limit], { netEarnings: net }, () =>
      `${p.caName} stops: earnings of ${gbp(net)} a week (after tax, NI and half of pension contributions) are above the ${gbp(limit.value)} earnings limit`,
    );
  const overlap = x.caOverlap;
  const working = x.hours > 0;
  return step(x.ca, working ? [...rate.rules, limit] : rate.rules, { overlap }, () =>
    overlap.isZero()
      ? `${rate.text()}${working ? `, kept: earnings ${gbp(net)} a week are within the ${gbp(limit.value)} limit` : ""}`
      : `${rate.text()} less ${gbp(overlap)} New Style ESA/JSA paid to the same person (overlapping benefits) = ${gbp(x.ca)}`,
  );
}

export function explainScenario(p: Prepared, f: Figures): ScenarioSteps {
  const { h, r } = p;
  const { hours } = f;
  const c = f.claimant;
  const pay = paySteps(p, c, 0);
  const partnerPay = p.partnerWorks ? paySteps(p, f.people[1]!, 1) : null;
  const esa = p.people.map(({ esaRate: rate }, i) => named(p, i, esaStep(p, rate, f.people[i]!)));
  const jsa = p.people.map(({ jsaRate: rate }, i) => named(p, i, jsaStep(p, rate, f.people[i]!)));
  const ca = p.people.map(({ caRate: rate }, i) => named(p, i, caStep(p, rate, f.people[i]!)));

  const ucEarnings = step(f.ucEarnings, [], { netWeekly: f.ucNetWeekly }, () => {
    if (f.ucEarnings.isZero()) return "no earnings";
    const earners = f.people.filter((x) => !x.ucNetMonthly.isZero());
    const deductions = `after tax, NI${f.people.some((x) => !x.pension.grossWeekly.isZero()) ? " and pension (gross)" : ""}`;
    // One person's month: a week's × 52 ÷ 12, or a pay period's × periods a year ÷ 12 (a month's as it is).
    const month = (x: PersonFigures) =>
      !x.period
        ? `${gbp(x.ucNetWeekly)} a week × 52 ÷ 12 = ${gbp(x.ucNetMonthly)}`
        : x.period.pay.weeks === 0
          ? `${gbp(x.ucNetMonthly)} a month (paid monthly)`
          : `${gbp(x.period.ucNet)} ${x.period.pay.per} × ${x.period.pay.perYear} ÷ 12 = ${gbp(x.ucNetMonthly)}`;
    if (earners.length === 1 && !p.partnerWorks) return `earnings ${deductions}: ${month(earners[0]!)}${earners[0]!.period?.pay.weeks === 0 ? "" : " a month"}`;
    const each = f.people.map((x, i) => (x.ucNetMonthly.isZero() ? null : `${i === 0 ? "claimant" : "partner"} ${month(x)}`)).filter((t) => t !== null);
    return `the couple's earnings ${deductions}: ${each.join("; ")}; together ${gbp(f.ucEarnings)} a month`;
  });
  const ucMaximum = step(f.ucMaximum, [], {}, () =>
    [...p.maximumParts, f.childcare]
      .filter((s) => !s.amount.isZero())
      .map((s) => s.text())
      .join("; ") + ` — maximum amount ${gbp(f.ucMaximum)}`,
  );
  const wa = p.workAllowance;
  const taperRate = r.universalCredit.taperRate;
  const taper = step(f.taper, [taperRate, ...(wa ? wa.rules : [])], { earnings: f.ucEarnings, workAllowance: wa ? wa.amount : ZERO }, () =>
    f.ucEarnings.isZero()
      ? "no earnings to taper"
      : wa
        ? `${gbp(wa.amount)} work allowance, then ${pct(taperRate.value)} of ${gbp(f.overAllowance)} (${gbp(f.ucEarnings)} − ${gbp(wa.amount)}) = ${gbp(f.taper)}`
        : `no work allowance (no children and no LCW/LCWRA): ${pct(taperRate.value)} of ${gbp(f.ucEarnings)} = ${gbp(f.taper)}`,
  );
  const unearned = step(f.unearned, [], {}, () => {
    const parts: string[] = [];
    h.adults.forEach((_, i) => {
      const x = f.people[i]!;
      if (!x.esa.isZero()) parts.push(`${gbp(monthlyEquivalent(p, x.esa))} ${who(p, i)}New Style ESA`);
      if (!x.jsa.isZero()) parts.push(`${gbp(monthlyEquivalent(p, x.jsa))} ${who(p, i)}New Style JSA`);
      if (!x.ca.isZero()) parts.push(`${gbp(monthlyEquivalent(p, x.ca))} ${who(p, i)}${p.caName}`);
    });
    return parts.length ? `unearned income, deducted in full: ${parts.join(" + ")} (weekly × 52 ÷ 12)` : "no unearned income";
  });
  const capLimit = r.universalCredit.capital.upperLimit;
  const ucBeforeCap = step(f.ucBeforeCap, p.capitalOverLimit ? [capLimit] : [], {}, () =>
    p.capitalOverLimit
      ? `no UC: savings of ${gbp(h.capital)} are over the ${gbp(capLimit.value)} limit`
      : `${gbp(f.ucMaximum)} − ${gbp(f.taper)} earnings taper${f.unearned.isZero() ? "" : ` − ${gbp(f.unearned)} unearned income`}${
          p.tariffIncome.amount.isZero() ? "" : ` − ${gbp(p.tariffIncome.amount)} tariff income`
        } = ${f.rawUc.isNegative() ? `${gbp(roundPenny(f.rawUc))}, so nil` : gbp(f.ucBeforeCap)}`,
  );
  const exemption = f.capExemption;
  const capReduction = step(f.capReduction, exemption ? exemption.rules : p.capLevel.rules, { welfareBenefits: f.capTotal }, () => {
    if (exemption) return `no benefit cap: ${exemption.text()}`;
    if (p.housingBenefit && f.capReduction.isZero() && !f.ucBeforeCap.isZero())
      return `benefits of ${gbp(f.capTotal)} a month are within the ${gbp(p.capLevel.amount)} benefit cap (Housing Benefit counts as nil: UC Regs reg 80(2A))`;
    if (f.ucBeforeCap.isZero()) return "no benefit cap reduction: no UC to reduce";
    if (f.capReduction.isZero()) return `benefits of ${gbp(f.capTotal)} a month are within the ${gbp(p.capLevel.amount)} benefit cap`;
    // The parts and the excess as the award summed them (award.ts), not worked out again here.
    return `benefit cap: UC ${gbp(f.ucBeforeCap)} + Child Benefit ${gbp(p.childBenefitMonthly)}${f.capOtherBenefits.isZero() ? "" : ` + ESA/JSA ${gbp(f.capOtherBenefits)}`} = ${gbp(f.capTotal)}, which is ${gbp(f.capExcess)} over the ${gbp(p.capLevel.amount)} cap${f.childcare.amount.isZero() ? "" : ` (less the ${gbp(f.childcare.amount)} childcare element)`}${p.housingBenefit ? "; Housing Benefit counts as nil (UC Regs reg 80(2A))" : ""}`;
  });
  const uc = step(f.uc, [r.universalCredit.minimumAward], {}, () =>
    f.capReduction.isZero()
      ? ucBeforeCap.text()
      : `${ucBeforeCap.text()}; ${capReduction.text()}: ${gbp(f.ucBeforeCap)} − ${gbp(f.capReduction)} = ${gbp(f.uc)}`,
  );
  const netIncome = step(f.netIncome, [], {}, () => {
    // Where both partners work, each one's take-home pay by name.
    const netParts = netIncomeParts(p, f).flatMap(([name, m]): [string, Money][] =>
      name === "take-home pay" && p.partnerWorks
        ? [
            ["claimant's take-home pay", f.claimant.takeHome],
            ["partner's take-home pay", f.people[1]!.takeHome],
          ]
        : [[name, m]],
    );
    const shown = netParts.filter(([, m]) => !m.isZero());
    return shown.length ? `${shown.map(([n, m]) => `${gbp(m)} ${n}`).join(" + ")} = ${gbp(f.netIncome)} a week (before housing costs)` : "no income";
  });
  const workCosts = step(f.workCosts, [], {}, () =>
    hours === 0
      ? "no work costs out of work"
      : `${gbp(h.job.travelCostsWeekly)} travel + ${gbp(h.job.otherCostsWeekly)} other costs + ${gbp(p.childcareWeekly)} childcare paid (${gbp(h.childcareMonthly)} a month × 12 ÷ 52) = ${gbp(f.workCosts)} a week`,
  );
  // Written out, not spread: an object spread here made this function several times slower.
  return { gross: pay.gross, pension: pay.pension, ni: pay.ni, incomeTax: pay.incomeTax, takeHome: pay.takeHome, partnerPay, esa, jsa, ca, ucEarnings, ucMaximum, taper, unearned, ucBeforeCap, capReduction, uc, netIncome, workCosts };
}
