/**
 * The sections of a rule table, in the order they are read. No zod: the
 * browser's loader uses this too. Written as a record over the schema's
 * section names, so the compiler refuses a section missing here, or one
 * here that the schema does not have.
 */
import type { SectionName } from "./schema.js";

const SECTIONS: Readonly<Record<SectionName, true>> = {
  universalCredit: true,
  conditionality: true,
  benefitCap: true,
  newStyleEsa: true,
  newStyleJsa: true,
  disabilityBenefits: true,
  childBenefit: true,
  carers: true,
  scottishChildPayment: true,
  incomeTax: true,
  nationalInsurance: true,
  autoEnrolment: true,
  ifJobEnds: true,
  firstMonths: true,
  minimumWage: true,
  statePension: true,
  councilTax: true,
  councilTaxReductionScotland: true,
  councilTaxReductionWales: true,
  healthCosts: true,
  healthyStart: true,
  bestStartFoods: true,
  freeSchoolMeals: true,
  housingBenefit: true,
  councilTaxReductionEnglandPresets: true,
};

export const SECTION_NAMES = Object.keys(SECTIONS) as readonly SectionName[];
