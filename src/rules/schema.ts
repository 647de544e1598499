/**
 * The zod schema of a rule table (`rules/<jurisdiction>/<tax-year>.json`).
 *
 * Every leaf is `{ value, unit, source, status }`: the value (money and rates
 * as decimal strings, never JSON numbers, so nothing passes through binary
 * floating point), its unit, the id of its source in the file's `sources`
 * table (title + URL), and how sure we are of it:
 *  - confirmed: read on an authoritative page (legislation, gov.uk, HMRC…);
 *  - corroborated: several secondary sources agree and the uprating arithmetic matches;
 *  - unconfirmed: a single non-authoritative source, or not found;
 *  - derived: computed from a formula in law, not a published figure.
 * The widget shows a note beside any figure that rests on an unconfirmed or
 * derived value.
 *
 * Each top-level section names the period it follows (`period`): income tax,
 * NI and pensions change on 6 April; UC and other DWP benefits with the first
 * assessment period or benefit week from the first Monday of the tax year; the
 * minimum wage on 1 April.
 */
import * as z from "zod/mini";
import { D, type Money } from "../base/money.js";
import { isoDate } from "../base/iso-date.js";
import { daysBetween } from "../base/dates.js";

const DECIMAL = /^-?\d+(\.\d+)?$/;
export const IsoDate = isoDate("must be a date written YYYY-MM-DD, e.g. 2026-04-06");

const DecimalString = z.pipe(
  z.string().check(z.regex(DECIMAL, 'must be a decimal number written as a string, e.g. "12.34"')),
  z.transform((s: string): Money => new D(s)),
);

export const Status = z.enum(["confirmed", "corroborated", "unconfirmed", "derived"]);
export type Status = z.infer<typeof Status>;

const nonEmpty = () => z.string().check(z.minLength(1));
const SourceRef = z.union([nonEmpty(), z.array(nonEmpty()).check(z.minLength(1))]);

const Unit = z.enum([
  "GBP/month",
  "GBP/week",
  "GBP/fortnight",
  "GBP/4 weeks",
  "GBP/year",
  "GBP/hour",
  "GBP",
  "GBP/item",
  "ratio",
  "hours/week",
  "years",
  "months",
  "weeks",
  "boolean",
  "count",
  "days",
  "date",
  "scheme",
  "table",
]);
export type Unit = z.infer<typeof Unit>;

const leafBase = {
  source: SourceRef,
  status: Status,
  note: z.optional(nonEmpty()),
};

/** A money or rate leaf whose unit must be the one the engine expects. */
const dec = (unit: Unit) =>
  z.strictObject({ value: DecimalString, unit: z.literal(unit), ...leafBase });
const int = (unit: Unit) =>
  z.strictObject({ value: z.int().check(z.gte(0)), unit: z.literal(unit), ...leafBase });
const bool = () => z.strictObject({ value: z.boolean(), unit: z.literal("boolean"), ...leafBase });

const Band = z.strictObject({
  /** Upper edge of the band in taxable income above the personal allowance (GBP/year); absent for the top band. */
  upTo: z.optional(DecimalString),
  rate: DecimalString,
  name: nonEmpty(),
});
const bands = () =>
  z.strictObject({
    value: z.array(Band).check(z.minLength(1)),
    unit: z.literal("GBP/year"),
    ...leafBase,
  });

const DeductionBand = z.strictObject({
  /** Applies from this gross weekly income of the non-dependant (the first band from 0). */
  fromGrossWeekly: DecimalString,
  deduction: DecimalString,
});
const deductionBands = () =>
  z.strictObject({ value: z.array(DeductionBand).check(z.minLength(1)), unit: z.literal("GBP/week"), ...leafBase });
const date = () => z.strictObject({ value: IsoDate, unit: z.literal("date"), ...leafBase });

/** The premiums of the income-related schemes (Scottish CTR Sch 1, HB Regs Sch 3): the same in both, each with its own amounts. */
const premiums = () => ({
  disabledChildPremium: dec("GBP/week"),
  enhancedDisabilityPremiumChild: dec("GBP/week"),
  disabilityPremiumSingle: dec("GBP/week"),
  disabilityPremiumCouple: dec("GBP/week"),
  enhancedDisabilityPremiumSingle: dec("GBP/week"),
  enhancedDisabilityPremiumCouple: dec("GBP/week"),
  severeDisabilityPremium: dec("GBP/week"),
  severeDisabilityPremiumDouble: dec("GBP/week"),
  carerPremium: dec("GBP/week"),
});

/** State Pension age by date of birth: for those born from `bornFrom` to `bornTo` (inclusive), `years` and `months`. */
const SpaRow = z.strictObject({ bornFrom: IsoDate, bornTo: IsoDate, years: z.int().check(z.gte(0)), months: z.int().check(z.gte(0), z.lte(11)) });
const spaTable = () => z.strictObject({ value: z.array(SpaRow).check(z.minLength(1)), unit: z.literal("table"), ...leafBase });

const PresetBand = z.strictObject({ fromWeekly: DecimalString, toWeekly: z.optional(DecimalString), discountPercent: DecimalString });
const PresetBands = z.array(PresetBand).check(z.minLength(1));
/** An English council's working-age CTR scheme, as parameters. */
const PresetScheme = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("banded"),
    bandsByHousehold: z.strictObject({
      single: PresetBands,
      couple: PresetBands,
      singleOneChild: PresetBands,
      singleTwoOrMoreChildren: PresetBands,
      coupleOneChild: PresetBands,
      coupleTwoOrMoreChildren: PresetBands,
    }),
    universalCreditCounted: z.enum(["none", "wholeAward", "awardWithoutHousing", "standardAllowanceAndChildElements"]),
    earningsDisregardWeekly: DecimalString,
    nonDependantDeductions: z.array(DeductionBand).check(z.minLength(1)),
    capitalLimit: DecimalString,
  }),
  z.strictObject({
    type: z.literal("taper"),
    maximumPercent: DecimalString,
    taperPercent: DecimalString,
    nonDependantDeductions: z.array(DeductionBand).check(z.minLength(1)),
    capitalLimit: DecimalString,
  }),
]);
export type PresetScheme = z.output<typeof PresetScheme>;
const preset = () =>
  z.strictObject({
    value: z.strictObject({ council: nonEmpty(), summary: nonEmpty(), scheme: PresetScheme }),
    unit: z.literal("scheme"),
    ...leafBase,
  });

const PeriodName = z.enum(["taxYear", "benefitYear", "minimumWageYear", "financialYear"]);
export type PeriodName = z.infer<typeof PeriodName>;

const Period = z.strictObject({ from: IsoDate, to: IsoDate, source: SourceRef, note: z.optional(z.string()) });

const section = <T extends Record<string, z.ZodMiniType>>(shape: T) => z.strictObject({ period: PeriodName, ...shape });

export const RulesFile = z
  .strictObject({
    jurisdiction: z.literal("uk"),
    taxYear: z.string().check(z.regex(/^\d{4}-\d{2}$/, 'must be written YYYY-YY (the year it starts, a hyphen and the last two digits of the next)')),
    lastReviewed: IsoDate,
    description: z.optional(z.string()),
    periods: z.strictObject({ taxYear: Period, benefitYear: Period, minimumWageYear: Period, financialYear: Period }),
    sources: z.record(
      z.string().check(z.regex(/^[a-z0-9-]+$/, "source ids are lower-case kebab-case")),
      z.strictObject({ title: nonEmpty(), href: z.url() }),
    ),
    universalCredit: section({
      standardAllowance: z.strictObject({
        singleUnder25: dec("GBP/month"),
        single25OrOver: dec("GBP/month"),
        coupleBothUnder25: dec("GBP/month"),
        coupleOneOrBoth25OrOver: dec("GBP/month"),
      }),
      childElement: z.strictObject({
        firstChildBornBefore6April2017: dec("GBP/month"),
        otherChild: dec("GBP/month"),
      }),
      twoChildLimitApplies: bool(),
      twoChildLimitChildren: int("count"),
      disabledChildAddition: z.strictObject({ lower: dec("GBP/month"), higher: dec("GBP/month") }),
      lcwElement: dec("GBP/month"),
      lcwraElement: z.strictObject({ protected: dec("GBP/month"), newClaim: dec("GBP/month") }),
      carerElement: dec("GBP/month"),
      childcare: z.strictObject({
        shareOfCosts: dec("ratio"),
        capOneChild: dec("GBP/month"),
        capTwoOrMoreChildren: dec("GBP/month"),
      }),
      workAllowance: z.strictObject({ lower: dec("GBP/month"), higher: dec("GBP/month") }),
      taperRate: dec("ratio"),
      capital: z.strictObject({
        lowerLimit: dec("GBP"),
        upperLimit: dec("GBP"),
        tariffIncomeStep: dec("GBP"),
        tariffIncomePerStep: dec("GBP/month"),
      }),
      housing: z.strictObject({
        nonDependantContribution: dec("GBP/month"),
        nonDependantExemptUnderAge: int("years"),
        underOccupancyOneBedroom: dec("ratio"),
        underOccupancyTwoOrMoreBedrooms: dec("ratio"),
      }),
      childAgeLimit: int("years"),
      standardAllowanceHigherAge: int("years"),
      minimumAward: dec("GBP/month"),
      surplusEarnings: z.strictObject({
        /** Reg 54A(6): the relevant threshold is the nil UC threshold plus this (£300; £2,500 while the temporary de minimis period runs). */
        deMinimis: dec("GBP/month"),
        /** Reg 54A(3): surplus carried into at most this many later claims (assessment periods) after the award ends. */
        maximumLaterClaims: int("count"),
      }),
      /** UC is paid within this many days of the last day of each assessment period (C&P Regs reg 47). */
      paymentDaysAfterPeriod: int("days"),
    }),
    conditionality: section({
      administrativeEarningsThresholdSingle: dec("GBP/month"),
      administrativeEarningsThresholdCouple: dec("GBP/month"),
      conditionalityEarningsThresholdSingle: dec("GBP/month"),
    }),
    benefitCap: section({
      greaterLondonFamily: dec("GBP/month"),
      greaterLondonSingle: dec("GBP/month"),
      restOfGreatBritainFamily: dec("GBP/month"),
      restOfGreatBritainSingle: dec("GBP/month"),
      earningsExemption: dec("GBP/month"),
    }),
    newStyleEsa: section({
      assessmentPhaseUnder25: dec("GBP/week"),
      assessmentPhase25OrOver: dec("GBP/week"),
      mainPhaseBasic: dec("GBP/week"),
      supportComponent: dec("GBP/week"),
      workRelatedActivityComponent: dec("GBP/week"),
      permittedWorkHigherLimit: dec("GBP/week"),
      permittedWorkHoursLimit: dec("hours/week"),
      higherRateAge: int("years"),
    }),
    newStyleJsa: section({
      under25: dec("GBP/week"),
      age25OrOver: dec("GBP/week"),
      earningsDisregard: dec("GBP/week"),
      hoursLimit: dec("hours/week"),
      higherRateAge: int("years"),
    }),
    disabilityBenefits: section({
      dailyLivingStandard: dec("GBP/week"),
      dailyLivingEnhanced: dec("GBP/week"),
      mobilityStandard: dec("GBP/week"),
      mobilityEnhanced: dec("GBP/week"),
      dlaCareHighest: dec("GBP/week"),
      dlaCareMiddle: dec("GBP/week"),
      dlaCareLowest: dec("GBP/week"),
      dlaMobilityHigher: dec("GBP/week"),
      dlaMobilityLower: dec("GBP/week"),
    }),
    childBenefit: section({
      eldestChild: dec("GBP/week"),
      additionalChild: dec("GBP/week"),
      highIncomeChargeThreshold: dec("GBP/year"),
      qualifyingAgeLimit: int("years"),
    }),
    carers: section({
      carersAllowance: dec("GBP/week"),
      carersAllowanceEarningsLimit: dec("GBP/week"),
      carerSupportPayment: dec("GBP/week"),
      carerSupportPaymentEarningsLimit: dec("GBP/week"),
    }),
    scottishChildPayment: section({
      perChild: dec("GBP/week"),
      underAge: int("years"),
    }),
    incomeTax: section({
      personalAllowance: dec("GBP/year"),
      personalAllowanceTaperThreshold: dec("GBP/year"),
      personalAllowanceTaperRate: dec("ratio"),
      bandsEngland: bands(),
      bandsWales: bands(),
      bandsScotland: bands(),
    }),
    nationalInsurance: section({
      lowerEarningsLimitWeekly: dec("GBP/week"),
      primaryThresholdWeekly: dec("GBP/week"),
      upperEarningsLimitWeekly: dec("GBP/week"),
      // The thresholds for the other pay periods (Social Security (Contributions) Regulations 2001 reg 11): NI is worked per pay period.
      primaryThresholdFortnightly: dec("GBP/fortnight"),
      primaryThresholdFourWeekly: dec("GBP/4 weeks"),
      primaryThresholdMonthly: dec("GBP/month"),
      upperEarningsLimitFortnightly: dec("GBP/fortnight"),
      upperEarningsLimitFourWeekly: dec("GBP/4 weeks"),
      upperEarningsLimitMonthly: dec("GBP/month"),
      mainRate: dec("ratio"),
      upperRate: dec("ratio"),
    }),
    autoEnrolment: section({
      earningsTriggerAnnual: dec("GBP/year"),
      earningsTriggerWeekly: dec("GBP/week"),
      qualifyingEarningsLowerWeekly: dec("GBP/week"),
      qualifyingEarningsUpperWeekly: dec("GBP/week"),
      // The trigger and band for the other pay reference periods, as published (Pensions Act 2008 ss 3, 13, 15).
      earningsTriggerFortnightly: dec("GBP/fortnight"),
      earningsTriggerFourWeekly: dec("GBP/4 weeks"),
      earningsTriggerMonthly: dec("GBP/month"),
      qualifyingEarningsLowerFortnightly: dec("GBP/fortnight"),
      qualifyingEarningsLowerFourWeekly: dec("GBP/4 weeks"),
      qualifyingEarningsLowerMonthly: dec("GBP/month"),
      qualifyingEarningsUpperFortnightly: dec("GBP/fortnight"),
      qualifyingEarningsUpperFourWeekly: dec("GBP/4 weeks"),
      qualifyingEarningsUpperMonthly: dec("GBP/month"),
      minimumEmployeeRate: dec("ratio"),
      reliefAtSourceRate: dec("ratio"),
      minimumAge: int("years"),
    }),
    ifJobEnds: section({
      ucPaidAgainWithoutClaimAssessmentPeriods: int("count"),
      ucReclaimWithinMonths: int("months"),
      lcwraProtectedRateKeptWithinMonths: int("months"),
      esaLinkingWeeks: int("weeks"),
      jsaLinkingWeeks: int("weeks"),
      wcaReviewOnlyForChangeInCondition: bool(),
      rightToTryFrom: date(),
    }),
    firstMonths: section({
      healthHelpOnLastEndedAssessmentPeriod: bool(),
      ctrUcChangeFromFirstMondayOfAssessmentPeriodScotland: bool(),
      ctrUcChangeFromFirstMondayOfAssessmentPeriodEnglandWales: bool(),
      ctrChangeFromNextReductionWeek: bool(),
      newStylePaymentPeriodDays: int("days"),
      newStylePaymentDaysAfterPeriod: int("days"),
      budgetingAdvanceBenefitMonths: int("months"),
      budgetingAdvanceEarningsLimitSingle: dec("GBP"),
      budgetingAdvanceEarningsLimitCouple: dec("GBP"),
    }),
    minimumWage: section({
      age21OrOver: dec("GBP/hour"),
      age18To20: dec("GBP/hour"),
      under18: dec("GBP/hour"),
      apprentice: dec("GBP/hour"),
      nationalLivingWageAge: int("years"),
      adultRateAge: int("years"),
      apprenticeRateAgeLimit: int("years"),
    }),
    statePension: section({
      minimumAge: int("years"),
      ageByDateOfBirth: spaTable(),
    }),
    councilTax: section({
      singlePersonDiscount: dec("ratio"),
    }),
    councilTaxReductionScotland: section({
      personalAllowanceSingleUnder25: dec("GBP/week"),
      personalAllowanceSingle25OrOver: dec("GBP/week"),
      personalAllowanceLoneParent: dec("GBP/week"),
      personalAllowanceCouple: dec("GBP/week"),
      childPremium: dec("GBP/week"),
      ...premiums(),
      higherRateAge: int("years"),
      taperRate: dec("ratio"),
      earningsDisregardSingle: dec("GBP/week"),
      earningsDisregardCouple: dec("GBP/week"),
      earningsDisregardLoneParent: dec("GBP/week"),
      earningsDisregardLimitedCapability: dec("GBP/week"),
      nonDependantDeductions: deductionBands(),
      capitalLimit: dec("GBP"),
      childcareMaximumDeductionOneChild: dec("GBP/week"),
      childcareMaximumDeductionTwoOrMoreChildren: dec("GBP/week"),
      ucChildAmountsCountInFull: bool(),
    }),
    councilTaxReductionWales: section({
      maximumShare: dec("ratio"),
      taperRate: dec("ratio"),
      nonDependantDeductions: deductionBands(),
      capitalLimit: dec("GBP"),
    }),
    healthCosts: section({
      prescriptionCharge: dec("GBP/item"),
      prescriptionPrepaymentCertificate12Months: dec("GBP/year"),
      ucTakeHomeLimit: dec("GBP/month"),
      ucTakeHomeLimitWithChildOrLimitedCapability: dec("GBP/month"),
      prescriptionsFreeInScotland: bool(),
      prescriptionsFreeInWales: bool(),
    }),
    healthyStart: section({
      pregnancyWeekly: dec("GBP/week"),
      childUnder1Weekly: dec("GBP/week"),
      child1To3Weekly: dec("GBP/week"),
      childAgeLimit: int("years"),
      ucTakeHomeLimit: dec("GBP/month"),
    }),
    bestStartFoods: section({
      pregnancyWeekly: dec("GBP/week"),
      childUnder1Weekly: dec("GBP/week"),
      child1To2Weekly: dec("GBP/week"),
      childAgeLimit: int("years"),
    }),
    housingBenefit: section({
      taperRate: dec("ratio"),
      minimumAward: dec("GBP/week"),
      personalAllowanceSingleUnder25: dec("GBP/week"),
      personalAllowanceSingle25OrOver: dec("GBP/week"),
      personalAllowanceCoupleBothUnder18: dec("GBP/week"),
      personalAllowanceCouple: dec("GBP/week"),
      higherRateAge: int("years"),
      childAllowance: dec("GBP/week"),
      ...premiums(),
      supportComponent: dec("GBP/week"),
      earningsDisregardSingle: dec("GBP/week"),
      earningsDisregardCouple: dec("GBP/week"),
      earningsDisregardLoneParent: dec("GBP/week"),
      earningsDisregardDisabledOrCarer: dec("GBP/week"),
      additionalEarningsDisregard: dec("GBP/week"),
      additionalDisregardHoursHigher: dec("hours/week"),
      additionalDisregardHoursLower: dec("hours/week"),
      remunerativeWorkHours: dec("hours/week"),
      childcareMaximumDeductionOneChild: dec("GBP/week"),
      childcareMaximumDeductionTwoOrMoreChildren: dec("GBP/week"),
      childcareChildAgeLimit: int("years"),
      childcareDisabledChildAgeLimit: int("years"),
      specifiedAccommodationDisregardSingleUnder25: dec("GBP/week"),
      specifiedAccommodationDisregardSingle25OrOver: dec("GBP/week"),
      specifiedAccommodationDisregardCoupleBothUnder18: dec("GBP/week"),
      specifiedAccommodationDisregardCoupleUnder25: dec("GBP/week"),
      specifiedAccommodationDisregardCouple25OrOver: dec("GBP/week"),
      specifiedAccommodationDisregardFrom: date(),
      nonDependantDeductions: deductionBands(),
      capitalLowerLimit: dec("GBP"),
      capitalUpperLimit: dec("GBP"),
      tariffIncomeStep: dec("GBP"),
      tariffIncomePerStep: dec("GBP/week"),
    }),
    councilTaxReductionEnglandPresets: section({
      schemes: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/, "preset ids are lower-case kebab-case")), preset()),
    }),
    freeSchoolMeals: section({
      englandMealValue: dec("GBP"),
      schoolDaysPerYear: int("count"),
      englandUniversalInfantAgeBelow: int("years"),
      englandMaximumAge: int("years"),
      englandEarningsLimit: dec("GBP/month"),
      englandAllUcHouseholdsFrom: date(),
      scotlandValuePerYear: dec("GBP/year"),
      scotlandUniversalToPrimary: int("count"),
      scotlandScpLinkedToPrimary: int("count"),
      scotlandEarningsLimit: dec("GBP/month"),
      scotlandIntakeMonth: int("count"),
      scotlandCohortStartMonth: int("count"),
      walesMealValue: dec("GBP"),
      walesEarningsLimit: dec("GBP/month"),
      walesSecondaryFromYear: int("count"),
      englandWalesIntakeMonth: int("count"),
    }),
  })
  .check(
    z.superRefine((file, ctx) => {
    // Every source id used by a leaf or period must exist in `sources`.
    const ids = new Set(Object.keys(file.sources));
    const visit = (node: unknown, path: (string | number)[]) => {
      if (node === null || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach((v, i) => visit(v, [...path, i]));
      const rec = node as Record<string, unknown>;
      if ("source" in rec && path[0] !== "sources") {
        const refs = Array.isArray(rec.source) ? rec.source : [rec.source];
        refs.forEach((r, i) => {
          if (typeof r === "string" && !ids.has(r))
            ctx.addIssue({
              code: "custom",
              path: [...path, "source", ...(Array.isArray(rec.source) ? [i] : [])],
              message: `names source "${r}", which is not in this file's "sources" table`,
            });
        });
      }
      for (const [k, v] of Object.entries(rec)) if (k !== "sources") visit(v, [...path, k]);
    };
    visit(file, []);
    // Periods run forwards.
    for (const [name, p] of Object.entries(file.periods))
      if (p.from > p.to)
        ctx.addIssue({ code: "custom", path: ["periods", name, "to"], message: `ends (${p.to}) before it starts (${p.from})` });
    // State Pension age rows follow one another, a day apart.
    file.statePension.ageByDateOfBirth.value.forEach((row, i, rows) => {
      if (row.bornTo < row.bornFrom)
        ctx.addIssue({ code: "custom", path: ["statePension", "ageByDateOfBirth", "value", i, "bornTo"], message: `ends (${row.bornTo}) before it starts (${row.bornFrom})` });
      const prev = rows[i - 1];
      if (prev && daysBetween(prev.bornTo, row.bornFrom) !== 1)
        ctx.addIssue({ code: "custom", path: ["statePension", "ageByDateOfBirth", "value", i, "bornFrom"], message: `must be the day after row ${i - 1} ends (${prev.bornTo})` });
    });
    // Tax bands rise.
    for (const key of ["bandsEngland", "bandsWales", "bandsScotland"] as const) {
      const bs = file.incomeTax[key].value;
      bs.forEach((b, i) => {
        const last = i === bs.length - 1;
        if (last && b.upTo) ctx.addIssue({ code: "custom", path: ["incomeTax", key, "value", i, "upTo"], message: "the top band must have no upper edge" });
        if (!last && !b.upTo) ctx.addIssue({ code: "custom", path: ["incomeTax", key, "value", i, "upTo"], message: "only the top band may leave out its upper edge" });
        const prev = bs[i - 1]?.upTo;
        if (prev && b.upTo && !b.upTo.greaterThan(prev))
          ctx.addIssue({ code: "custom", path: ["incomeTax", key, "value", i, "upTo"], message: "band edges must rise" });
      });
    }
    }),
  );

export type RulesFile = z.output<typeof RulesFile>;
export type RulesFileInput = z.input<typeof RulesFile>;
export type SectionName = Exclude<keyof RulesFile, "jurisdiction" | "taxYear" | "lastReviewed" | "description" | "periods" | "sources">;

