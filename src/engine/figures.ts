/**
 * The figures' shapes: what `prepare()` works out once (`Prepared`, with each
 * adult's rates), one adult's own figures (`PersonFigures`), a UC award
 * (`Award`), and every figure for one number of hours (`Figures`). Types
 * only, in a module of their own, so that the steps which produce them
 * (calculate.ts, universal-credit/award.ts, housing-benefit.ts) and those
 * which read them (explanations, flags, periods, first months) import the
 * shapes, not each other.
 */
import type { Money } from "../base/money.js";
import type { Rules } from "../rules/compose.js";
import type { Adult, Household, PayFrequency } from "./household.js";
import type { Step } from "./explain.js";
import type { PayPeriod } from "./tax/pay-period.js";
import type { PensionContribution, PeriodPensionContribution } from "./tax/pension.js";
import type { HealthElement } from "./universal-credit/elements.js";
import type { EndedBy } from "./benefits/contributory.js";
import type { CapExemption } from "./benefit-cap.js";
import type { CouncilTaxPlan, CtrResult } from "./council-tax.js";
import type { PassportedPlan, PassportedResult } from "./passported.js";
import type { HousingBenefitPlan, HousingBenefitResult } from "./housing-benefit.js";

/** One adult's rates, worked out once. */
export interface PreparedPerson {
  readonly adult: Adult;
  /** Their New Style ESA, New Style JSA and Carer's Allowance out of work, a week. */
  readonly esaRate: Step;
  readonly jsaRate: Step;
  readonly caRate: Step;
  /** Figures of someone whose hours are the same in every scenario (a partner, in work or not), worked out once; null for the person offered the job. */
  readonly fixed: PersonFigures | null;
}

export interface Prepared {
  readonly h: Household;
  readonly r: Rules;
  readonly couple: boolean;
  /** A partner in paid work (adults[1].job); UC's childcare element for a couple needs them in work, or with LCW or caring (reg 32(1)(b)). */
  readonly partnerWorks: boolean;
  /** Each adult, the person offered the job first. */
  readonly people: readonly PreparedPerson[];
  readonly standardAllowance: Step;
  readonly childElements: Step;
  readonly childrenLimited: number;
  readonly disabledChild: Step;
  readonly health: HealthElement;
  readonly carer: Step;
  readonly housing: Step;
  /** The elements above, in the order the working lists them (childcare, which depends on work, is added per scenario). */
  readonly maximumParts: readonly Step[];
  /** Their sum (monthly). */
  readonly baseMaximum: Money;
  readonly childcareInWork: Step;
  readonly childcareOutOfWork: Step;
  readonly workAllowance: Step | null;
  readonly tariffIncome: Step;
  readonly capitalOverLimit: boolean;
  readonly childBenefit: Step;
  readonly childBenefitMonthly: Money;
  readonly disability: Step;
  readonly capLevel: Step;
  readonly capExemptAlways: CapExemption | null;
  readonly minimumWage: Step;
  readonly fixedWorkCostsWeekly: Money;
  /** Weekly benefit amount (as a string) → monthly: the same few amounts recur at every sweep point. */
  readonly monthlyOf: Map<Money, Money>;
  /** Council tax and the reduction scheme, if council tax was given. */
  readonly councilTax: CouncilTaxPlan | null;
  /** Help with health costs, Healthy Start, free school meals: what there is to lose, if anything. */
  readonly passported: PassportedPlan | null;
  /** UC elements for a child (child elements, disabled child additions), monthly: Scottish CTR counts them. */
  readonly ucChildElements: Money;
  /** LCW/LCWRA, carer and disabled child elements, monthly. */
  readonly ucOtherElements: Money;
  /** Scottish Child Payment with UC in payment, and without. */
  readonly scpWithUc: Step;
  readonly scpWithoutUc: Step;
  readonly childcareWeekly: Money;
  /** Travel, other costs and childcare paid, a week, while working. */
  readonly workCostsInWork: Money;
  readonly caName: string;
  /** Housing Benefit for supported or temporary accommodation, beside UC (housing-benefit.ts); null for other homes. */
  readonly housingBenefit: HousingBenefitPlan | null;
}

/** A UC award for one assessment period (universal-credit/award.ts). */
export interface Award {
  readonly overAllowance: Money;
  readonly taper: Money;
  readonly rawUc: Money;
  readonly ucBeforeCap: Money;
  readonly capExemption: CapExemption | null;
  /** Where the cap applies: the welfare benefits it counts (a month), their ESA/JSA part, and how far they are over the cap. */
  readonly capTotal: Money;
  readonly capOtherBenefits: Money;
  readonly capExcess: Money;
  readonly capReduction: Money;
  readonly uc: Money;
}

/**
 * One adult's own figures at some weekly hours: pay and what comes off it,
 * and the personal benefits their own hours and earnings decide.
 */
export interface PersonFigures {
  readonly hours: number;
  readonly gross: Money;
  readonly pension: PensionContribution;
  readonly ni: Money;
  /** Pay that income tax is charged on (gross less net-pay pension contributions). */
  readonly payForTax: Money;
  /** Their ESA, JSA and CA, taxed through PAYE beside a job (nothing when not working). */
  readonly taxableBenefits: Money;
  readonly incomeTax: Money;
  readonly takeHome: Money;
  /** Earnings for their ESA/CA tests, if a test needed them. */
  readonly benefitTestEarnings: Money | undefined;
  /** Earnings for their New Style JSA, if worked out: a fraction of a penny disregarded (JSA Regs 2013 reg 53). */
  readonly jsaTestEarnings: Money | undefined;
  readonly esa: Money;
  readonly esaEndedBy: EndedBy;
  readonly jsa: Money;
  readonly jsaEndedBy: EndedBy;
  /** Their earnings above the JSA disregard, which came off their JSA (nil when no JSA test was made). */
  readonly jsaExcessEarnings: Money;
  readonly ca: Money;
  /** Their New Style ESA and JSA, which Carer's Allowance overlaps. */
  readonly caOverlap: Money;
  readonly caLost: boolean;
  /** Earnings UC counts, a week: after tax, NI and the gross pension contribution (UC Regs reg 55). */
  readonly ucNetWeekly: Money;
  /** The same a month, as UC's assessment period counts it (× 52 ÷ 12, or the pay periods in a year ÷ 12), to the penny. */
  readonly ucNetMonthly: Money;
  /**
   * With a pay frequency given (`payFrequency`), the figures of one pay
   * period, which the weekly ones above are worked from (× the periods in a
   * year ÷ 52, each to the penny); null without one (the weekly convention).
   */
  readonly period: PeriodPay | null;
}

/** One pay period's pay and deductions (a week, a fortnight, four weeks or a month). */
export interface PeriodPay {
  readonly frequency: PayFrequency;
  readonly pay: PayPeriod;
  readonly gross: Money;
  readonly pension: PeriodPensionContribution;
  readonly ni: Money;
  readonly payForTax: Money;
  /** Taxable pay and benefits for a year, which the period's tax is worked from. */
  readonly annualTaxable: Money;
  readonly incomeTax: Money;
  readonly takeHome: Money;
  /** Earnings UC counts from one payday. */
  readonly ucNet: Money;
}

/**
 * Every figure for one number of hours, as plain amounts: what the sweep and
 * the charts need. No text is written here (see explain-scenario.ts), which
 * keeps the 101-point sweep fast enough to rerun on every keystroke.
 */
export interface Figures extends Award {
  /** The hours of the person offered the job. */
  readonly hours: number;
  /** Each adult's own figures, the person offered the job first. */
  readonly people: readonly PersonFigures[];
  /** people[0]: the person offered the job. */
  readonly claimant: PersonFigures;
  /** Everyone's take-home pay. */
  readonly takeHome: Money;
  /** Everyone's New Style ESA, JSA and Carer's Allowance, a week. */
  readonly esaWeekly: Money;
  readonly jsaWeekly: Money;
  readonly caWeekly: Money;
  /** Everyone's earnings as UC counts them, a week, and a month (the assessment period). */
  readonly ucNetWeekly: Money;
  readonly ucEarnings: Money;
  readonly childcare: Step;
  readonly ucMaximum: Money;
  readonly unearned: Money;
  readonly ucWeekly: Money;
  readonly scp: Step;
  readonly netIncome: Money;
  readonly workCosts: Money;
  readonly councilTax: CtrResult | null;
  readonly passported: PassportedResult | null;
  /** Housing Benefit a week, for supported or temporary accommodation. */
  readonly housingBenefit: HousingBenefitResult | null;
}
