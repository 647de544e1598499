/**
 * The figures as `evaluate()` gives them: each scenario's figures as Money
 * with the steps that explain them (kept for on-request.ts), its threshold
 * flags, the sweep for charts, and the markers where something starts or
 * stops along it.
 */
import { ZERO, weeklyToMonthly, type Money } from "../base/money.js";
import { otherBenefitsWeekly, takeHomeMonthlyOf } from "./calculate.js";
import type { Prepared, Figures } from "./figures.js";
import { explainScenario } from "./explain-scenario.js";
import { scenarioFlags, conditionalityRegime } from "./thresholds.js";
import type { Step } from "./explain.js";
import { periodResults } from "./present-periods.js";
import { payPeriodsOf } from "./present-pay.js";
import type { PayCycles } from "./pay-cycles.js";
import { keepScenario, textLater, type Source } from "./on-request.js";
import type { FirstMonthsOf, FlagOf, LadderSteps, MarkerOf, ScenarioEvaluation, ScenarioFiguresOf, SweepPointOf } from "./result.js";

/** The better-off ladder: cash income; then council tax; then work costs; then passported help. */
export function betterOffLadder(f: Figures, base: Figures) {
  const cash = f.netIncome.minus(base.netIncome);
  const afterCouncilTax = f.councilTax && base.councilTax ? cash.minus(f.councilTax.due.minus(base.councilTax.due)) : cash;
  const afterCosts = f.workCosts.isZero() ? afterCouncilTax : afterCouncilTax.minus(f.workCosts);
  const includingPassported = f.passported && base.passported ? afterCosts.plus(f.passported.total.minus(base.passported.total)) : afterCosts;
  return { cash, afterCouncilTax, afterCosts, includingPassported };
}

/** Which steps of the ladder say something, from each scenario's ladder (the figures betterOffLadder gave). */
export function ladderSteps(scenarios: readonly ScenarioEvaluation[]): LadderSteps {
  return {
    councilTax: scenarios.some((s) => !s.councilTaxWeekly.isZero()),
    costs: scenarios.some((s) => !s.workCostsWeekly.isZero()),
    afterDiffers: scenarios.some((s) => !s.betterOffAfterCostsWeekly.equals(s.betterOffWeekly)),
    helpDiffers: scenarios.some((s) => !s.betterOffIncludingPassportedWeekly.equals(s.betterOffAfterCostsWeekly)),
  };
}

export function figures(p: Prepared, f: Figures, base: Figures | null): ScenarioFiguresOf<Money, number> {
  const ladder = betterOffLadder(f, base ?? f);
  const betterOff = ladder.cash;
  const betterOffAfter = ladder.afterCosts;
  const ct = f.councilTax;
  const pp = f.passported;
  const partner = f.people[1];
  return {
    hours: f.hours,
    grossWeekly: f.claimant.gross,
    incomeTaxWeekly: f.claimant.incomeTax,
    niWeekly: f.claimant.ni,
    pensionWeekly: f.claimant.pension.paidWeekly,
    takeHomeWeekly: f.claimant.takeHome,
    takeHomeMonthly: takeHomeMonthlyOf(f.claimant),
    partnerGrossWeekly: partner ? partner.gross : ZERO,
    partnerIncomeTaxWeekly: partner ? partner.incomeTax : ZERO,
    partnerNiWeekly: partner ? partner.ni : ZERO,
    partnerPensionWeekly: partner ? partner.pension.paidWeekly : ZERO,
    partnerTakeHomeWeekly: partner ? partner.takeHome : ZERO,
    partnerTakeHomeMonthly: partner ? takeHomeMonthlyOf(partner) : ZERO,
    partnerEsaWeekly: partner ? partner.esa : ZERO,
    partnerJsaWeekly: partner ? partner.jsa : ZERO,
    partnerCarersAllowanceWeekly: partner ? partner.ca : ZERO,
    ucEarningsMonthly: f.ucEarnings,
    ucMaximumMonthly: f.ucMaximum,
    ucBeforeCapMonthly: f.ucBeforeCap,
    ucTaperMonthly: f.taper,
    workAllowanceMonthly: p.workAllowance ? p.workAllowance.amount : ZERO,
    unearnedIncomeMonthly: f.unearned,
    tariffIncomeMonthly: p.tariffIncome.amount,
    childcareElementMonthly: f.childcare.amount,
    ucMonthly: f.uc,
    ucWeekly: f.ucWeekly,
    benefitCapReductionMonthly: f.capReduction,
    esaWeekly: f.esaWeekly,
    jsaWeekly: f.jsaWeekly,
    carersAllowanceWeekly: f.caWeekly,
    childBenefitWeekly: p.childBenefit.amount,
    pipWeekly: p.disability.amount,
    scottishChildPaymentWeekly: f.scp.amount,
    housingBenefitWeekly: f.housingBenefit ? f.housingBenefit.amount : ZERO,
    netIncomeWeekly: f.netIncome,
    netIncomeMonthly: weeklyToMonthly(f.netIncome),
    betterOffWeekly: betterOff,
    betterOffMonthly: weeklyToMonthly(betterOff),
    workCostsWeekly: f.workCosts,
    betterOffAfterCostsWeekly: betterOffAfter,
    betterOffAfterCostsMonthly: weeklyToMonthly(betterOffAfter),
    councilTaxWeekly: p.councilTax ? p.councilTax.liability.amount : ZERO,
    councilTaxReductionWeekly: ct ? ct.reduction : ZERO,
    councilTaxDueWeekly: ct ? ct.due : ZERO,
    passportedValueWeekly: pp ? pp.total : ZERO,
    passportedPrescriptionsWeekly: pp ? pp.prescriptionsWeekly : ZERO,
    passportedDentalWeekly: pp ? pp.dentalWeekly : ZERO,
    passportedOpticalWeekly: pp ? pp.opticalWeekly : ZERO,
    passportedHealthyStartWeekly: pp ? pp.healthyStartWeekly : ZERO,
    passportedBestStartFoodsWeekly: pp ? pp.bestStartFoodsWeekly : ZERO,
    passportedFreeSchoolMealsWeekly: pp ? pp.freeSchoolMealsWeekly : ZERO,
    betterOffAfterCouncilTaxWeekly: ladder.afterCouncilTax,
    betterOffIncludingPassportedWeekly: ladder.includingPassported,
    betterOffIncludingPassportedMonthly: weeklyToMonthly(ladder.includingPassported),
  };
}

export function scenarioEvaluation(p: Prepared, f: Figures, base: Figures, used: Set<object>, cycles: PayCycles, firstMonths?: () => FirstMonthsOf<Money>): ScenarioEvaluation {
  const r = p.r;
  const s = explainScenario(p, f);
  const flags = scenarioFlags(p, base, f, s);
  const reg = conditionalityRegime(p, f);
  for (const leaf of reg.rules) used.add(leaf);
  // Which steps explain which figure. Rule values are gathered now (cheap); the
  // plain-English text is written only when asked for (on-request.ts: the widget
  // recalculates on every keystroke but opens one explanation at a time).
  const sources: Source[] = [
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
        ] as Source[])
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
    ...(f.housingBenefit ? ([["housingBenefitWeekly", [stepOf(f.housingBenefit.amount, f.housingBenefit.rules, f.housingBenefit.text)]]] as Source[]) : []),
    ["netIncomeWeekly", [s.netIncome]],
    ["workCostsWeekly", [s.workCosts]],
    ...(p.councilTax && f.councilTax
      ? ([
          ["councilTaxWeekly", [p.councilTax.liability]],
          ["councilTaxReductionWeekly", [stepOf(f.councilTax.reduction, f.councilTax.rules, f.councilTax.text)]],
        ] as Source[])
      : []),
    ...(f.passported ? ([["passportedValueWeekly", [stepOf(f.passported.total, p.passported!.rules, f.passported.text)]]] as Source[]) : []),
  ];
  for (const [, steps] of sources) for (const st of steps) for (const leaf of st.rules) used.add(leaf);
  const pay = payPeriodsOf(f);
  const result: ScenarioEvaluation = {
    ...figures(p, f, f === base ? null : base),
    isBaseline: f === base,
    assessmentPeriods: periodResults(p, cycles, f, used),
    conditionality: { regime: reg.regime, text: reg.text },
    thresholds: flags.map((fl): FlagOf => {
      fl.rules.forEach((l) => used.add(l));
      // The text is written the first time it is asked for (a table row, JSON output), not for every keystroke.
      return textLater({ code: fl.code, kind: fl.kind, rules: fl.rules.map((l) => r.describe(l).key) }, fl.text);
    }),
    // Each person's pay per pay period, only where a pay frequency was given.
    ...(pay ? { payPeriods: pay } : {}),
  };
  keepScenario(result, r, sources, firstMonths);
  return result;
}

const stepOf = (amount: Money, rules: readonly object[], text: () => string): Step => ({ amount, rules, inputs: {}, text });

function joinTexts(steps: readonly Step[], what: string): string {
  const nonZero = steps.filter((x) => !x.amount.isZero());
  return nonZero.length ? nonZero.map((x) => x.text()).join("; ") : steps.length === 1 ? steps[0]!.text() : `no ${what}`;
}

export function sweepPoint(p: Prepared, f: Figures, base: Figures): SweepPointOf<Money, number> {
  const ladder = betterOffLadder(f, base);
  return {
    hours: f.hours,
    takeHomeWeekly: f.takeHome,
    ucWeekly: f.ucWeekly,
    esaJsaWeekly: f.jsaWeekly.isZero() ? f.esaWeekly : f.esaWeekly.plus(f.jsaWeekly),
    otherBenefitsWeekly: otherBenefitsWeekly(p, f),
    netIncomeWeekly: f.netIncome,
    betterOffWeekly: ladder.cash,
    betterOffAfterCostsWeekly: ladder.afterCosts,
    councilTaxDueWeekly: f.councilTax ? f.councilTax.due : ZERO,
    passportedValueWeekly: f.passported ? f.passported.total : ZERO,
    betterOffIncludingPassportedWeekly: ladder.includingPassported,
  };
}

/** Where, along the sweep, something switches on or off. */
export function markersFrom(states: readonly Figures[], p: Prepared): MarkerOf<number>[] {
  const m: MarkerOf<number>[] = [];
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
        m.push({ code, hours: states[i]!.hours, text });
        break;
      }
    }
  }
  return m;
}
