/** The sections of a rule table, in the order they are read. No zod: the browser's loader uses this too. */
import type { SectionName } from "./schema.js";

export const SECTION_NAMES: readonly SectionName[] = [
  "universalCredit",
  "conditionality",
  "benefitCap",
  "newStyleEsa",
  "newStyleJsa",
  "disabilityBenefits",
  "childBenefit",
  "carers",
  "scottishChildPayment",
  "incomeTax",
  "nationalInsurance",
  "autoEnrolment",
  "minimumWage",
  "statePension",
  "councilTax",
  "councilTaxReductionScotland",
  "councilTaxReductionWales",
  "healthCosts",
  "healthyStart",
  "bestStartFoods",
  "freeSchoolMeals",
  "councilTaxReductionEnglandPresets",
];
