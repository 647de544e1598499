/**
 * Help that comes with UC and stops at fixed earnings limits: free NHS
 * prescriptions, dental treatment and sight tests (England: UC take-home pay
 * in the assessment period at or below £435, or £935 with a child element or
 * LCW/LCWRA — NHSBSA), Healthy Start (England and Wales: UC family take-home
 * pay at or below £408), Best Start Foods (Scotland: while UC is paid), and
 * free school meals (England: UC earnings up to £616.67 a month until all UC
 * households qualify from September 2026; Scotland: P6–P7 with Scottish Child
 * Payment). Valued in pounds a week so the cliff edges show.
 */
import { D, ZERO, roundPenny, type Money } from "../base/money.js";
import { gbp } from "./explain.js";
import type { Rules } from "../rules/compose.js";
import type { Household } from "./household.js";

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
  readonly schoolMealsValue: Money;
  readonly schoolMealsScheme: "england" | "scotland" | "none";
  readonly schoolMealsAllUc: boolean;
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
  const f = r.freeSchoolMeals;
  let schoolMealsValue = ZERO;
  let schoolMealsScheme: PassportedPlan["schoolMealsScheme"] = "none";
  let schoolMealsAllUc = false;
  if (h.region === "england") {
    const kids = h.children.filter((c) => c.age >= f.englandUniversalInfantAgeBelow.value && c.age <= f.englandMaximumAge.value).length;
    if (kids) {
      schoolMealsValue = roundPenny(f.englandMealValue.value.times(f.schoolDaysPerYear.value).times(kids).div(WEEKS));
      schoolMealsScheme = "england";
      schoolMealsAllUc = r.meta.asOf >= f.englandAllUcHouseholdsFrom.value;
      rules.push(f.englandMealValue, f.schoolDaysPerYear, f.englandUniversalInfantAgeBelow, f.englandAllUcHouseholdsFrom, ...(schoolMealsAllUc ? [] : [f.englandEarningsLimit]));
    }
  } else if (h.region === "scotland") {
    const kids = h.children.filter((c) => c.age >= f.scotlandScpLinkedMinimumAge.value && c.age <= f.scotlandScpLinkedMaximumAge.value).length;
    if (kids) {
      schoolMealsValue = roundPenny(f.scotlandValuePerYear.value.times(kids).div(WEEKS));
      schoolMealsScheme = "scotland";
      rules.push(f.scotlandValuePerYear, f.scotlandScpLinkedMinimumAge, f.scotlandScpLinkedMaximumAge);
    }
  }
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
    schoolMealsScheme,
    schoolMealsAllUc,
    healthLimit: (healthLimitLeaf as { value: Money }).value,
    healthLimitLeaf,
    rules,
  };
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
  const schoolMeals =
    p.schoolMealsScheme === "england"
      ? ucPaid && (p.schoolMealsAllUc || !ucEarningsMonthly.greaterThan(r.freeSchoolMeals.englandEarningsLimit.value))
      : p.schoolMealsScheme === "scotland"
        ? scpPaid
        : false;
  const b: PassportedBreakdown = {
    prescriptionsWeekly: healthHelp ? p.prescriptionsValue : ZERO,
    dentalWeekly: healthHelp ? p.dentalValue : ZERO,
    opticalWeekly: healthHelp ? p.opticalValue : ZERO,
    healthyStartWeekly: foodHelp && p.foodScheme === "healthyStart" ? p.foodValue : ZERO,
    bestStartFoodsWeekly: foodHelp && p.foodScheme === "bestStartFoods" ? p.foodValue : ZERO,
    freeSchoolMealsWeekly: schoolMeals ? p.schoolMealsValue : ZERO,
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
      if (p.schoolMealsScheme !== "none")
        parts.push(
          schoolMeals
            ? `free school meals worth ${gbp(p.schoolMealsValue)} a week`
            : `no free school meals: ${p.schoolMealsScheme === "scotland" ? "they go with Scottish Child Payment, which stops with UC" : ucPaid ? `earnings over ${gbp(r.freeSchoolMeals.englandEarningsLimit.value)} a month` : "no UC in payment"}`,
        );
      return parts.join("; ");
    },
  };
}
