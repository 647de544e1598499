/**
 * The figures as a result shows them: each scenario's figures as decimal
 * strings with their explanations and threshold flags, the sweep for charts,
 * and the markers where something starts or stops along it.
 */
import { D, ZERO, weeklyToMonthly, str2, type Money } from "../base/money.js";
import type { Rules } from "../rules/compose.js";
import { otherBenefitsWeekly, takeHomeMonthlyOf, type Prepared, type Figures } from "./calculate.js";
import { explainScenario } from "./explain-scenario.js";
import { scenarioFlags, conditionalityRegime } from "./thresholds.js";
import type { Step, InputValue } from "./explain.js";
import { gatherRules } from "./provenance.js";
import { periodResults } from "./present-periods.js";
import { payPeriodsOf } from "./present-pay.js";
import type { PayCycles } from "./pay-cycles.js";
import type { Explanation, Marker, PayPeriods, ScenarioFigures, ScenarioResult, SweepPoint, ThresholdFlag } from "./result.js";

const renderInput = (v: InputValue): string => (D.isDecimal(v) ? (v as Money).toFixed() : String(v));

/** The better-off ladder: cash income; then council tax; then work costs; then passported help. */
export function betterOffLadder(f: Figures, base: Figures) {
  const cash = f.netIncome.minus(base.netIncome);
  const afterCouncilTax = f.councilTax && base.councilTax ? cash.minus(f.councilTax.due.minus(base.councilTax.due)) : cash;
  const afterCosts = f.workCosts.isZero() ? afterCouncilTax : afterCouncilTax.minus(f.workCosts);
  const includingPassported = f.passported && base.passported ? afterCosts.plus(f.passported.total.minus(base.passported.total)) : afterCosts;
  return { cash, afterCouncilTax, afterCosts, includingPassported };
}

export function figures(p: Prepared, f: Figures, base: Figures | null): ScenarioFigures {
  const ladder = betterOffLadder(f, base ?? f);
  const betterOff = ladder.cash;
  const betterOffAfter = ladder.afterCosts;
  const ct = f.councilTax;
  const pp = f.passported;
  const partner = f.people[1];
  return {
    hours: String(f.hours),
    grossWeekly: str2(f.claimant.gross),
    incomeTaxWeekly: str2(f.claimant.incomeTax),
    niWeekly: str2(f.claimant.ni),
    pensionWeekly: str2(f.claimant.pension.paidWeekly),
    takeHomeWeekly: str2(f.claimant.takeHome),
    takeHomeMonthly: str2(takeHomeMonthlyOf(f.claimant)),
    partnerGrossWeekly: str2(partner ? partner.gross : ZERO),
    partnerIncomeTaxWeekly: str2(partner ? partner.incomeTax : ZERO),
    partnerNiWeekly: str2(partner ? partner.ni : ZERO),
    partnerPensionWeekly: str2(partner ? partner.pension.paidWeekly : ZERO),
    partnerTakeHomeWeekly: str2(partner ? partner.takeHome : ZERO),
    partnerTakeHomeMonthly: str2(partner ? takeHomeMonthlyOf(partner) : ZERO),
    partnerEsaWeekly: str2(partner ? partner.esa : ZERO),
    partnerJsaWeekly: str2(partner ? partner.jsa : ZERO),
    partnerCarersAllowanceWeekly: str2(partner ? partner.ca : ZERO),
    ucEarningsMonthly: str2(f.ucEarnings),
    ucMaximumMonthly: str2(f.ucMaximum),
    ucBeforeCapMonthly: str2(f.ucBeforeCap),
    ucTaperMonthly: str2(f.taper),
    workAllowanceMonthly: str2(p.workAllowance ? p.workAllowance.amount : ZERO),
    unearnedIncomeMonthly: str2(f.unearned),
    tariffIncomeMonthly: str2(p.tariffIncome.amount),
    childcareElementMonthly: str2(f.childcare.amount),
    ucMonthly: str2(f.uc),
    ucWeekly: str2(f.ucWeekly),
    benefitCapReductionMonthly: str2(f.capReduction),
    esaWeekly: str2(f.esaWeekly),
    jsaWeekly: str2(f.jsaWeekly),
    carersAllowanceWeekly: str2(f.caWeekly),
    childBenefitWeekly: str2(p.childBenefit.amount),
    pipWeekly: str2(p.disability.amount),
    scottishChildPaymentWeekly: str2(f.scp.amount),
    housingBenefitWeekly: str2(f.housingBenefit ? f.housingBenefit.amount : ZERO),
    netIncomeWeekly: str2(f.netIncome),
    netIncomeMonthly: str2(weeklyToMonthly(f.netIncome)),
    betterOffWeekly: str2(betterOff),
    betterOffMonthly: str2(weeklyToMonthly(betterOff)),
    workCostsWeekly: str2(f.workCosts),
    betterOffAfterCostsWeekly: str2(betterOffAfter),
    betterOffAfterCostsMonthly: str2(weeklyToMonthly(betterOffAfter)),
    councilTaxWeekly: str2(p.councilTax ? p.councilTax.liability.amount : ZERO),
    councilTaxReductionWeekly: str2(ct ? ct.reduction : ZERO),
    councilTaxDueWeekly: str2(ct ? ct.due : ZERO),
    passportedValueWeekly: str2(pp ? pp.total : ZERO),
    passportedPrescriptionsWeekly: str2(pp ? pp.prescriptionsWeekly : ZERO),
    passportedDentalWeekly: str2(pp ? pp.dentalWeekly : ZERO),
    passportedOpticalWeekly: str2(pp ? pp.opticalWeekly : ZERO),
    passportedHealthyStartWeekly: str2(pp ? pp.healthyStartWeekly : ZERO),
    passportedBestStartFoodsWeekly: str2(pp ? pp.bestStartFoodsWeekly : ZERO),
    passportedFreeSchoolMealsWeekly: str2(pp ? pp.freeSchoolMealsWeekly : ZERO),
    betterOffAfterCouncilTaxWeekly: str2(ladder.afterCouncilTax),
    betterOffIncludingPassportedWeekly: str2(ladder.includingPassported),
    betterOffIncludingPassportedMonthly: str2(weeklyToMonthly(ladder.includingPassported)),
  };
}

export function scenarioResult(p: Prepared, f: Figures, base: Figures, used: Set<object>, cycles: PayCycles): ScenarioResult {
  const r = p.r;
  const s = explainScenario(p, f);
  const flags = scenarioFlags(p, base, f, s);
  const reg = conditionalityRegime(p, f);
  for (const leaf of reg.rules) used.add(leaf);
  // Which steps explain which figure. Rule keys are gathered now (cheap); the
  // plain-English text is written only when someone reads `explanations`
  // (the widget recalculates on every keystroke but opens one explanation at a time).
  const sources: [string, readonly Step[], (() => string)?][] = [
    ["grossWeekly", [s.gross]],
    ["incomeTaxWeekly", [s.incomeTax]],
    ["niWeekly", [s.ni]],
    ["pensionWeekly", [s.pension]],
    ["takeHomeWeekly", [s.takeHome]],
    ...(s.partnerPay
      ? ([
          ["partnerGrossWeekly", [s.partnerPay.gross]],
          ["partnerIncomeTaxWeekly", [s.partnerPay.incomeTax]],
          ["partnerNiWeekly", [s.partnerPay.ni]],
          ["partnerPensionWeekly", [s.partnerPay.pension]],
          ["partnerTakeHomeWeekly", [s.partnerPay.takeHome]],
          ["partnerEsaWeekly", [s.esa[1]!]],
          ["partnerJsaWeekly", [s.jsa[1]!]],
          ["partnerCarersAllowanceWeekly", [s.ca[1]!]],
        ] as [string, readonly Step[]][])
      : []),
    ["ucEarningsMonthly", [s.ucEarnings]],
    ["ucMaximumMonthly", [s.ucMaximum, ...p.maximumParts, f.childcare]],
    ["ucTaperMonthly", [s.taper]],
    ["unearnedIncomeMonthly", [s.unearned]],
    ["tariffIncomeMonthly", [p.tariffIncome]],
    ["ucMonthly", [s.uc, s.ucBeforeCap, s.taper, s.capReduction]],
    ["benefitCapReductionMonthly", [s.capReduction]],
    ["esaWeekly", s.esa, () => joinTexts(s.esa, "New Style ESA")],
    ["jsaWeekly", s.jsa, () => joinTexts(s.jsa, "New Style JSA")],
    ["carersAllowanceWeekly", s.ca, () => joinTexts(s.ca, p.caName)],
    ["childBenefitWeekly", [p.childBenefit]],
    ["pipWeekly", [p.disability]],
    ["scottishChildPaymentWeekly", [f.scp]],
    ...(f.housingBenefit ? ([["housingBenefitWeekly", [stepOf(f.housingBenefit.amount, f.housingBenefit.rules, f.housingBenefit.text)]]] as [string, readonly Step[]][]) : []),
    ["netIncomeWeekly", [s.netIncome]],
    ["workCostsWeekly", [s.workCosts]],
    ...(p.councilTax && f.councilTax
      ? ([
          ["councilTaxWeekly", [p.councilTax.liability]],
          ["councilTaxReductionWeekly", [stepOf(f.councilTax.reduction, f.councilTax.rules, f.councilTax.text)]],
        ] as [string, readonly Step[]][])
      : []),
    ...(f.passported ? ([["passportedValueWeekly", [stepOf(f.passported.total, p.passported!.rules, f.passported.text)]]] as [string, readonly Step[]][]) : []),
  ];
  for (const [, steps] of sources) for (const st of steps) for (const leaf of st.rules) used.add(leaf);
  const result = {
    ...figures(p, f, f === base ? null : base),
    isBaseline: f === base,
    assessmentPeriods: periodResults(p, cycles, f, used),
    conditionality: { regime: reg.regime, text: reg.text },
    thresholds: flags.map((fl): ThresholdFlag => {
      fl.rules.forEach((l) => used.add(l));
      let text: string | undefined;
      // The text is written the first time it is read (a table row, JSON output), not for every keystroke.
      return Object.defineProperty({ code: fl.code, kind: fl.kind, rules: fl.rules.map((l) => r.describe(l).key) }, "text", {
        enumerable: true,
        get: () => (text ??= fl.text()),
      }) as unknown as ThresholdFlag;
    }),
  } as Omit<ScenarioResult, "explanations">;
  // Each person's pay per pay period, only where a pay frequency was given.
  const pay = payPeriodsOf(f);
  if (pay) (result as { payPeriods?: PayPeriods }).payPeriods = pay;
  let memo: Record<string, Explanation> | undefined;
  return Object.defineProperty(result, "explanations", {
    enumerable: true,
    get: () => (memo ??= Object.fromEntries(sources.map(([field, steps, text]) => [field, explainSteps(r, steps, text)]))),
  }) as ScenarioResult;
}

const stepOf = (amount: Money, rules: readonly object[], text: () => string): Step => ({ amount, rules, inputs: {}, text });

function joinTexts(steps: readonly Step[], what: string): string {
  const nonZero = steps.filter((x) => !x.amount.isZero());
  return nonZero.length ? nonZero.map((x) => x.text()).join("; ") : steps.length === 1 ? steps[0]!.text() : `no ${what}`;
}

function explainSteps(r: Rules, steps: readonly Step[], text?: () => string): Explanation {
  const main = steps[0]!;
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(main.inputs)) inputs[k] = renderInput(v);
  const keys = [...gatherRules(steps)].map((l) => r.describe(l).key);
  return { text: text ? text() : main.text(), rules: [...new Set(keys)], inputs };
}

export function sweepPoint(p: Prepared, f: Figures, base: Figures): SweepPoint {
  const ladder = betterOffLadder(f, base);
  const afterCosts = ladder.afterCosts === ladder.cash ? null : str2(ladder.afterCosts);
  const cash = str2(ladder.cash);
  return {
    hours: String(f.hours),
    takeHomeWeekly: str2(f.takeHome),
    ucWeekly: str2(f.ucWeekly),
    esaJsaWeekly: str2(f.jsaWeekly.isZero() ? f.esaWeekly : f.esaWeekly.plus(f.jsaWeekly)),
    otherBenefitsWeekly: str2(otherBenefitsWeekly(p, f)),
    netIncomeWeekly: str2(f.netIncome),
    betterOffWeekly: cash,
    betterOffAfterCostsWeekly: afterCosts ?? cash,
    councilTaxDueWeekly: f.councilTax ? str2(f.councilTax.due) : "0.00",
    passportedValueWeekly: f.passported ? str2(f.passported.total) : "0.00",
    betterOffIncludingPassportedWeekly: ladder.includingPassported === ladder.afterCosts ? (afterCosts ?? cash) : str2(ladder.includingPassported),
  };
}

/** Where, along the sweep, something switches on or off. */
export function markersFrom(states: readonly Figures[], p: Prepared): Marker[] {
  const m: Marker[] = [];
  const watch: [string, (f: Figures) => boolean, string][] = [
    ["esa-ends", (f) => f.claimant.esa.greaterThan(0), "New Style ESA stops"],
    ["jsa-ends", (f) => f.claimant.jsa.greaterThan(0), "New Style JSA stops"],
    ["carers-allowance-lost", (f) => f.claimant.ca.greaterThan(0), `${p.caName} stops`],
    ["benefit-cap-lifted", (f) => f.capReduction.greaterThan(0), "benefit cap no longer applies"],
    ["benefit-cap-earnings-exemption", (f) => f.capExemption?.code !== "earnings", "earnings reach the benefit cap exemption"],
    ["uc-nil", (f) => f.uc.greaterThan(0), "Universal Credit tapered to nil"],
    ["housing-benefit-means-tested", (f) => f.housingBenefit?.passported === true, "Universal Credit ends, so Housing Benefit is means-tested"],
    ["housing-benefit-ends", (f) => f.housingBenefit !== null && f.housingBenefit.amount.greaterThan(0), "Housing Benefit ends"],
    ["scottish-child-payment-ends", (f) => f.scp.amount.greaterThan(0), "Scottish Child Payment stops"],
    ["income-tax-starts", (f) => f.claimant.incomeTax.isZero(), "income tax starts"],
    ["national-insurance-starts", (f) => f.claimant.ni.isZero(), "National Insurance starts"],
    ["help-with-health-costs-lost", (f) => f.passported?.healthHelp === true, "free NHS prescriptions, dental and sight tests stop"],
    ["healthy-start-lost", (f) => f.passported?.foodHelp === true && !f.passported.healthyStartWeekly.isZero(), "Healthy Start stops"],
    ["best-start-foods-lost", (f) => f.passported?.foodHelp === true && !f.passported.bestStartFoodsWeekly.isZero(), "Best Start Foods stops"],
    ["free-school-meals-lost", (f) => f.passported?.schoolMeals === true, "free school meals stop"],
    ["council-tax-reduction-ends", (f) => f.councilTax !== null && f.councilTax.reduction.greaterThan(0), "Council Tax Reduction ends"],
  ];
  for (const [code, on, text] of watch) {
    for (let i = 1; i < states.length; i++) {
      if (on(states[i - 1]!) && !on(states[i]!)) {
        m.push({ code, hours: String(states[i]!.hours), text });
        break;
      }
    }
  }
  return m;
}
