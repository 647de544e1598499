/**
 * The JSON edge: an evaluation as `calc` writes it (and the widget's events
 * and records carry it). Money becomes two-decimal strings, hours strings, and
 * every text held back (on-request.ts) is written. The figures are listed in
 * fields.ts; this only changes how they are written.
 */
import { str2, type Money } from "../base/money.js";
import { SCENARIO_FIELD_NAMES } from "./fields.js";
import { explanationsOf, firstMonthsOf, flagText, noteText, periodText, provenanceOf } from "./on-request.js";
import type {
  AssessmentPeriod,
  Evaluation,
  FirstMonths,
  FirstMonthsOf,
  Result,
  ScenarioEvaluation,
  ScenarioFigures,
  ScenarioResult,
  SweepPoint,
} from "./result.js";

export function toJson(e: Evaluation): Result {
  // Most amounts recur (the same benefit in every scenario and period): each Money is written once.
  const strings = new Map<Money, string>();
  const s2 = (m: Money): string => {
    let t = strings.get(m);
    if (t === undefined) strings.set(m, (t = str2(m)));
    return t;
  };
  // A scenario at 0 hours is the baseline itself: written once.
  const done = new Map<ScenarioEvaluation, ScenarioResult>();
  const scenario = (s: ScenarioEvaluation): ScenarioResult => {
    let out = done.get(s);
    if (!out) done.set(s, (out = scenarioJson(s, s2)));
    return out;
  };
  const baseline = scenario(e.baseline);
  return {
    engineVersion: e.engineVersion,
    ...(e.id !== undefined ? { id: e.id } : {}),
    rules: { ...e.rules, ...provenanceOf(e) },
    region: e.region,
    baseline,
    scenarios: e.scenarios.map(scenario),
    sweep: e.sweep.map(
      (x): SweepPoint => ({
        hours: String(x.hours),
        takeHomeWeekly: s2(x.takeHomeWeekly),
        ucWeekly: s2(x.ucWeekly),
        esaJsaWeekly: s2(x.esaJsaWeekly),
        otherBenefitsWeekly: s2(x.otherBenefitsWeekly),
        netIncomeWeekly: s2(x.netIncomeWeekly),
        betterOffWeekly: s2(x.betterOffWeekly),
        betterOffAfterCostsWeekly: s2(x.betterOffAfterCostsWeekly),
        councilTaxDueWeekly: s2(x.councilTaxDueWeekly),
        passportedValueWeekly: s2(x.passportedValueWeekly),
        betterOffIncludingPassportedWeekly: s2(x.betterOffIncludingPassportedWeekly),
      }),
    ),
    markers: e.markers.map((m) => ({ code: m.code, hours: String(m.hours), text: m.text })),
    ifJobEnds: e.ifJobEnds,
    warnings: e.warnings,
  };
}

function scenarioJson(s: ScenarioEvaluation, s2: (m: Money) => string): ScenarioResult {
  const figures: Record<string, string> = {};
  for (const k of SCENARIO_FIELD_NAMES) {
    const v = s[k];
    figures[k] = typeof v === "number" ? String(v) : s2(v);
  }
  const weeks = firstMonthsOf(s);
  return {
    ...(figures as ScenarioFigures),
    isBaseline: s.isBaseline,
    assessmentPeriods: s.assessmentPeriods.map(
      (x): AssessmentPeriod => ({
        start: x.start,
        end: x.end,
        ucPaymentDate: x.ucPaymentDate,
        paydays: x.paydays,
        paymentsCounted: x.paymentsCounted,
        partnerPaydays: x.partnerPaydays,
        partnerPaymentsCounted: x.partnerPaymentsCounted,
        earningsMonthly: s2(x.earningsMonthly),
        surplusEarningsMonthly: s2(x.surplusEarningsMonthly),
        ucBeforeCapMonthly: s2(x.ucBeforeCapMonthly),
        benefitCapReductionMonthly: s2(x.benefitCapReductionMonthly),
        ucMonthly: s2(x.ucMonthly),
        ucDifferenceMonthly: s2(x.ucDifferenceMonthly),
        surplusEarningsCarriedForwardMonthly: s2(x.surplusEarningsCarriedForwardMonthly),
        text: periodText(x),
      }),
    ),
    conditionality: s.conditionality,
    thresholds: s.thresholds.map((f) => ({ code: f.code, kind: f.kind, rules: f.rules, text: flagText(f) })),
    explanations: explanationsOf(s),
    ...(weeks ? { firstMonths: firstMonthsJson(weeks, s2) } : {}),
  };
}

function firstMonthsJson(m: FirstMonthsOf<Money>, s2: (m: Money) => string): FirstMonths {
  return {
    startDate: m.startDate,
    weeks: m.weeks.map((w) => ({
      weekStart: w.weekStart,
      weekEnd: w.weekEnd,
      amounts: {
        wages: s2(w.amounts.wages),
        universalCredit: s2(w.amounts.universalCredit),
        esa: s2(w.amounts.esa),
        jsa: s2(w.amounts.jsa),
        carersAllowance: s2(w.amounts.carersAllowance),
      },
      total: s2(w.total),
      cumulative: s2(w.cumulative),
      cumulativeAgainstNotWorking: s2(w.cumulativeAgainstNotWorking),
      tightest: w.tightest,
      notes: w.notes.map((n) => ({ source: n.source, rules: n.rules, text: noteText(n) })),
    })),
    whatHelps: m.whatHelps,
  };
}
