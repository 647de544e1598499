/**
 * Help that comes with UC and stops at fixed earnings limits: free NHS
 * prescriptions, dental treatment and sight tests (England: UC take-home pay
 * in the assessment period at or below £435, or £935 with a child element or
 * LCW/LCWRA — NHSBSA), Healthy Start (England and Wales: UC family take-home
 * pay at or below £408), Best Start Foods (Scotland: while UC is paid), and
 * free school meals (England: UC earnings up to £616.67 a month until all UC
 * households qualify from September 2026; Scotland, by school stage: P1–P5
 * all, P6–P7 with Scottish Child Payment, P6–S6 on UC with earnings up to the
 * Scottish limit; Wales: primary all, secondary on UC with earnings up to
 * £616.67 a month). Valued in pounds a week so the cliff edges show.
 */
import { D, ZERO, roundPenny, type Money } from "../base/money.js";
import { gbp } from "./explain.js";
import type { Rules } from "../rules/compose.js";
import type { Household } from "./household.js";
import { inferStage, stageName, stageNumber, type Intake } from "./school-stage.js";

export interface PassportedBreakdown {
  readonly prescriptionsWeekly: Money;
  readonly dentalWeekly: Money;
  readonly opticalWeekly: Money;
  readonly healthyStartWeekly: Money;
  readonly bestStartFoodsWeekly: Money;
  readonly freeSchoolMealsWeekly: Money;
}

export interface PassportedPlan {
  /** Value a week of each kind of help, if it is given. */
  readonly prescriptionsValue: Money;
  /** Where prescriptions are free for everyone ("Scotland", "Wales"), or null. */
  readonly prescriptionsFreeIn: string | null;
  readonly dentalValue: Money;
  readonly opticalValue: Money;
  readonly foodValue: Money;
  readonly foodScheme: "healthyStart" | "bestStartFoods" | "none";
  /** Free school meals at stake (every child who could lose them), a week. */
  readonly schoolMealsValue: Money;
  readonly schoolMealsScheme: "england" | "scotland" | "wales" | "none";
  readonly schoolMealsAllUc: boolean;
  /** A year's meals for one child. */
  readonly schoolMealsPerChildYearly: Money;
  /** Scotland: P6–P7 pupils (Scottish Child Payment or the earnings test). */
  readonly schoolMealsScpLinkedChildren: number;
  /** Children whose meals go with UC and the earnings limit (England: all at stake; Scotland: S1–S6; Wales: secondary). */
  readonly schoolMealsMeansTestedChildren: number;
  readonly schoolMealsEarningsLimit: Money;
  readonly healthLimit: Money;
  readonly healthLimitLeaf: object;
  readonly rules: readonly object[];
}

const WEEKS = 52;

/** What the household would get, in pounds a week, with nothing yet said about eligibility. */
export function planPassported(h: Household, r: Rules, childElementInAward: boolean, limitedCapability: boolean): PassportedPlan | null {
  const hc = r.healthCosts;
  const costs = h.healthCosts;
  const rules: object[] = [];
  // Prescriptions: the cheaper of the items at the charge and a 12-month prepayment certificate.
  const freeForAll = (h.region === "scotland" && hc.prescriptionsFreeInScotland.value) || (h.region === "wales" && hc.prescriptionsFreeInWales.value);
  let prescriptionsValue = ZERO;
  if (costs && costs.prescriptionItemsPerMonth > 0 && !freeForAll) {
    const byItem = hc.prescriptionCharge.value.times(costs.prescriptionItemsPerMonth * 12);
    prescriptionsValue = roundPenny(D.min(byItem, hc.prescriptionPrepaymentCertificate12Months.value).div(WEEKS));
    rules.push(hc.prescriptionCharge, hc.prescriptionPrepaymentCertificate12Months);
  }
  const dentalValue = costs ? roundPenny(costs.dentalCostsYearly.div(WEEKS)) : ZERO;
  const opticalValue = costs ? roundPenny(costs.opticalCostsYearly.div(WEEKS)) : ZERO;
  const healthLimitLeaf = childElementInAward || limitedCapability ? hc.ucTakeHomeLimitWithChildOrLimitedCapability : hc.ucTakeHomeLimit;

  // Healthy Start / Best Start Foods: pregnancy and young children.
  let foodValue = ZERO;
  let foodScheme: PassportedPlan["foodScheme"] = "none";
  if (h.region === "scotland") {
    const b = r.bestStartFoods;
    const under1 = h.children.filter((c) => c.age < 1).length;
    const older = h.children.filter((c) => c.age >= 1 && c.age < b.childAgeLimit.value).length;
    foodValue = b.childUnder1Weekly.value.times(under1).plus(b.child1To2Weekly.value.times(older)).plus(h.pregnant ? b.pregnancyWeekly.value : ZERO);
    if (!foodValue.isZero()) (foodScheme = "bestStartFoods"), rules.push(b.childUnder1Weekly, b.child1To2Weekly, b.pregnancyWeekly, b.childAgeLimit);
  } else {
    const s = r.healthyStart;
    const under1 = h.children.filter((c) => c.age < 1).length;
    const older = h.children.filter((c) => c.age >= 1 && c.age < s.childAgeLimit.value).length;
    foodValue = s.childUnder1Weekly.value.times(under1).plus(s.child1To3Weekly.value.times(older)).plus(h.pregnant ? s.pregnancyWeekly.value : ZERO);
    if (!foodValue.isZero()) (foodScheme = "healthyStart"), rules.push(s.childUnder1Weekly, s.child1To3Weekly, s.pregnancyWeekly, s.ucTakeHomeLimit, s.childAgeLimit);
  }

  // Free school meals.
  const meals = planSchoolMeals(h, r, rules);
  const schoolMealsValue = meals.value;
  if (prescriptionsValue.isZero() && dentalValue.isZero() && opticalValue.isZero() && foodValue.isZero() && schoolMealsValue.isZero() && !(costs && freeForAll))
    return null;
  rules.push(healthLimitLeaf);
  return {
    prescriptionsValue,
    prescriptionsFreeIn: freeForAll ? (h.region === "scotland" ? "Scotland" : "Wales") : null,
    dentalValue,
    opticalValue,
    foodValue,
    foodScheme,
    schoolMealsValue,
    schoolMealsScheme: meals.scheme,
    schoolMealsAllUc: meals.allUc,
    schoolMealsPerChildYearly: meals.perChildYearly,
    schoolMealsScpLinkedChildren: meals.scpLinked,
    schoolMealsMeansTestedChildren: meals.meansTested,
    schoolMealsEarningsLimit: meals.earningsLimit,
    healthLimit: (healthLimitLeaf as { value: Money }).value,
    healthLimitLeaf,
    rules,
  };
}

/** Where a child's age on the date fits two school stages whose free school meal rules differ. */
export const schoolMealsWarnings = (h: Household, r: Rules): string[] => planSchoolMeals(h, r, []).warnings;

interface SchoolMealsPlan {
  readonly scheme: PassportedPlan["schoolMealsScheme"];
  readonly value: Money;
  readonly allUc: boolean;
  readonly perChildYearly: Money;
  readonly scpLinked: number;
  readonly meansTested: number;
  readonly earningsLimit: Money;
  readonly warnings: string[];
}

const weeklyFor = (perChildYearly: Money, children: number): Money => (children ? roundPenny(perChildYearly.times(children).div(WEEKS)) : ZERO);

/**
 * Which children could lose free school meals, by school stage: the stage given
 * in the input, else the stage the child's age on the date points to (see
 * school-stage.ts), with a warning where the age fits two stages whose rules differ.
 */
function planSchoolMeals(h: Household, r: Rules, rules: object[]): SchoolMealsPlan {
  const f = r.freeSchoolMeals;
  const none: SchoolMealsPlan = { scheme: "none", value: ZERO, allUc: false, perChildYearly: ZERO, scpLinked: 0, meansTested: 0, earningsLimit: ZERO, warnings: [] };
  if (h.region === "england") {
    // Reception to year 2 get universal infant meals; older pupils' meals go with UC.
    const kids = h.children.filter((c) => {
      if (c.schoolStage) {
        const n = stageNumber(c.schoolStage);
        return n !== null && n > 2; // reception, years 1 and 2: universal infant free school meals
      }
      return c.age >= f.englandUniversalInfantAgeBelow.value && c.age <= f.englandMaximumAge.value;
    }).length;
    if (!kids) return none;
    const perChildYearly = f.englandMealValue.value.times(f.schoolDaysPerYear.value);
    const allUc = r.meta.asOf >= f.englandAllUcHouseholdsFrom.value;
    rules.push(f.englandMealValue, f.schoolDaysPerYear, f.englandUniversalInfantAgeBelow, f.englandAllUcHouseholdsFrom, ...(allUc ? [] : [f.englandEarningsLimit]));
    return { ...none, scheme: "england", value: weeklyFor(perChildYearly, kids), allUc, perChildYearly, meansTested: kids, earningsLimit: f.englandEarningsLimit.value };
  }
  const scotland = h.region === "scotland";
  const intake: Intake = scotland
    ? { intakeMonth: f.scotlandIntakeMonth.value, cohortStartMonth: f.scotlandCohortStartMonth.value, firstStage: 1, lastStage: 13 }
    : { intakeMonth: f.englandWalesIntakeMonth.value, cohortStartMonth: f.englandWalesIntakeMonth.value, firstStage: 0, lastStage: 13 };
  // The group a stage falls in: universal (or not at school), linked to Scottish Child Payment, or means-tested.
  const group = (n: number | null): "none" | "scp" | "means" =>
    n === null
      ? "none"
      : scotland
        ? n <= f.scotlandUniversalToPrimary.value
          ? "none"
          : n <= f.scotlandScpLinkedToPrimary.value
            ? "scp"
            : "means"
        : n >= f.walesSecondaryFromYear.value
          ? "means"
          : "none";
  let scpLinked = 0;
  let meansTested = 0;
  const warnings: string[] = [];
  h.children.forEach((c, i) => {
    let n: number | null;
    if (c.schoolStage) n = stageNumber(c.schoolStage);
    else {
      const s = inferStage(c.age, r.meta.asOf, intake);
      n = s.stage;
      if (s.other !== undefined && group(s.other) !== group(s.stage)) {
        const [older, younger] = (s.stage ?? -1) > (s.other ?? -1) ? [s.stage, s.other] : [s.other, s.stage];
        warnings.push(
          `children.${i}: a child aged ${c.age} on ${r.meta.asOf} is in ${stageName(older, scotland)} if born before ${s.boundary}, otherwise ${stageName(younger, scotland)}; free school meals are worked out for ${stageName(n, scotland)}, the more likely. Give children.${i}.schoolStage to be sure.`,
        );
      }
    }
    const g = group(n);
    if (g === "scp") scpLinked++;
    if (g === "means") meansTested++;
  });
  if (!scpLinked && !meansTested) return { ...none, warnings };
  if (scotland) {
    const perChildYearly = f.scotlandValuePerYear.value;
    rules.push(f.scotlandValuePerYear, f.scotlandUniversalToPrimary, f.scotlandScpLinkedToPrimary, f.scotlandEarningsLimit, f.scotlandIntakeMonth, f.scotlandCohortStartMonth);
    return { scheme: "scotland", value: weeklyFor(perChildYearly, scpLinked + meansTested), allUc: false, perChildYearly, scpLinked, meansTested, earningsLimit: f.scotlandEarningsLimit.value, warnings };
  }
  const perChildYearly = f.walesMealValue.value.times(f.schoolDaysPerYear.value);
  rules.push(f.walesMealValue, f.schoolDaysPerYear, f.walesEarningsLimit, f.walesSecondaryFromYear, f.englandWalesIntakeMonth);
  return { scheme: "wales", value: weeklyFor(perChildYearly, meansTested), allUc: false, perChildYearly, scpLinked: 0, meansTested, earningsLimit: f.walesEarningsLimit.value, warnings };
}

export interface PassportedResult extends PassportedBreakdown {
  readonly total: Money;
  readonly healthHelp: boolean;
  readonly foodHelp: boolean;
  readonly schoolMeals: boolean;
  readonly text: () => string;
}

/** Which help a scenario keeps, from UC in payment and its take-home pay (UC earnings, monthly). */
export function passportedHelp(p: PassportedPlan, r: Rules, ucPaid: boolean, ucEarningsMonthly: Money, scpPaid: boolean): PassportedResult {
  const healthHelp = ucPaid && !ucEarningsMonthly.greaterThan(p.healthLimit);
  const foodHelp = p.foodScheme === "bestStartFoods" ? ucPaid : ucPaid && !ucEarningsMonthly.greaterThan(r.healthyStart.ucTakeHomeLimit.value);
  // Children keeping free school meals: those on the earnings test while UC is paid and
  // earnings are within the limit (England from September 2026: any UC); in Scotland,
  // P6–P7 pupils also while Scottish Child Payment is paid.
  const withinLimit = ucPaid && (p.schoolMealsAllUc || !ucEarningsMonthly.greaterThan(p.schoolMealsEarningsLimit));
  const mealsKept = (withinLimit ? p.schoolMealsMeansTestedChildren : 0) + (withinLimit || scpPaid ? p.schoolMealsScpLinkedChildren : 0);
  const mealsAtStake = p.schoolMealsMeansTestedChildren + p.schoolMealsScpLinkedChildren;
  const schoolMeals = mealsAtStake > 0 && mealsKept === mealsAtStake;
  const schoolMealsWeekly = mealsKept === mealsAtStake ? p.schoolMealsValue : weeklyFor(p.schoolMealsPerChildYearly, mealsKept);
  const b: PassportedBreakdown = {
    prescriptionsWeekly: healthHelp ? p.prescriptionsValue : ZERO,
    dentalWeekly: healthHelp ? p.dentalValue : ZERO,
    opticalWeekly: healthHelp ? p.opticalValue : ZERO,
    healthyStartWeekly: foodHelp && p.foodScheme === "healthyStart" ? p.foodValue : ZERO,
    bestStartFoodsWeekly: foodHelp && p.foodScheme === "bestStartFoods" ? p.foodValue : ZERO,
    freeSchoolMealsWeekly: schoolMealsWeekly,
  };
  const total = b.prescriptionsWeekly.plus(b.dentalWeekly).plus(b.opticalWeekly).plus(b.healthyStartWeekly).plus(b.bestStartFoodsWeekly).plus(b.freeSchoolMealsWeekly);
  return {
    ...b,
    total,
    healthHelp,
    foodHelp,
    schoolMeals,
    text: () => {
      const parts: string[] = [];
      const limit = gbp(p.healthLimit);
      if (!p.prescriptionsValue.isZero() || !p.dentalValue.isZero() || !p.opticalValue.isZero())
        parts.push(
          healthHelp
            ? `free NHS prescriptions, dental treatment and sight tests (UC take-home pay ${gbp(ucEarningsMonthly)} a month is within ${limit}): worth ${gbp(b.prescriptionsWeekly.plus(b.dentalWeekly).plus(b.opticalWeekly))} a week`
            : `no free NHS prescriptions, dental treatment or sight tests: ${ucPaid ? `UC take-home pay ${gbp(ucEarningsMonthly)} a month is over ${limit}` : "no UC in payment"} (the NHS Low Income Scheme, form HC1, may still help)`,
        );
      if (p.prescriptionsFreeIn) parts.push(`prescriptions are free for everyone in ${p.prescriptionsFreeIn}, in work or not`);
      if (p.foodScheme !== "none") {
        const name = p.foodScheme === "healthyStart" ? "Healthy Start" : "Best Start Foods";
        parts.push(foodHelp ? `${name}: ${gbp(p.foodValue)} a week` : `no ${name}: ${ucPaid ? `take-home pay over ${gbp(r.healthyStart.ucTakeHomeLimit.value)} a month` : "no UC in payment"}`);
      }
      if (p.schoolMealsScheme !== "none") {
        const why = ucPaid ? `UC take-home pay ${gbp(ucEarningsMonthly)} a month is over ${gbp(p.schoolMealsEarningsLimit)}` : "no UC in payment";
        const pupils = (k: number) => `${k} pupil${k === 1 ? "" : "s"}`;
        parts.push(
          schoolMeals
            ? `free school meals worth ${gbp(p.schoolMealsValue)} a week (${pupils(mealsAtStake)} at ${gbp(p.schoolMealsPerChildYearly)} a year each)`
            : mealsKept > 0
              ? `free school meals for ${pupils(mealsKept)} of ${mealsAtStake}, worth ${gbp(schoolMealsWeekly)} a week: the P6–P7 pupils keep them with Scottish Child Payment; older pupils' stop (${why})`
              : `no free school meals: ${why}${p.schoolMealsScpLinkedChildren ? "; for P6–P7 pupils they also go with Scottish Child Payment, which stops with UC" : ""}`,
        );
      }
      return parts.join("; ");
    },
  };
}
