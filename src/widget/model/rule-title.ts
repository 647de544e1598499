/**
 * A rule's title in words, from its key in the rule tables:
 * "universalCredit.standardAllowance.single25OrOver" →
 * "Universal Credit: standard allowance, single 25 or over". The key stays
 * the rule's identity (and is in the printed sources); people read the title.
 */
const SECTIONS: Record<string, string> = {
  universalCredit: "Universal Credit",
  incomeTax: "Income tax",
  nationalInsurance: "National Insurance",
  newStyleEsa: "New Style ESA",
  newStyleJsa: "New Style JSA",
  carersAllowance: "Carer's Allowance",
  carerSupportPayment: "Carer Support Payment",
  disabilityBenefits: "PIP, ADP and DLA",
  childBenefit: "Child Benefit",
  benefitCap: "Benefit cap",
  minimumWage: "Minimum wage",
  autoEnrolment: "Workplace pension auto-enrolment",
  conditionality: "Universal Credit conditionality",
  statePension: "State Pension",
  councilTax: "Council tax",
  councilTaxReductionEnglandPresets: "Council Tax Reduction (England)",
  councilTaxReductionScotland: "Council Tax Reduction (Scotland)",
  councilTaxReductionWales: "Council Tax Reduction (Wales)",
  healthCosts: "NHS health costs",
  healthyStart: "Healthy Start",
  bestStartFoods: "Best Start Foods",
  freeSchoolMeals: "Free school meals",
  scottishChildPayment: "Scottish Child Payment",
};

const ACRONYMS: Record<string, string> = { lcwra: "LCWRA", lcw: "LCW", esa: "ESA", jsa: "JSA", uc: "UC", dla: "DLA", scp: "SCP", nhs: "NHS", england: "England", scotland: "Scotland", wales: "Wales", london: "London", britain: "Britain", great: "Great", greater: "Greater", april: "April" };

/** "single25OrOver" → "single 25 or over"; "lcwraElement" → "LCWRA element"; "barking-and-dagenham" → "barking and dagenham". */
export function words(segment: string): string {
  return segment
    .replace(/-/g, " ")
    .replace(/([a-z])([A-Z0-9])/g, "$1 $2")
    .replace(/(\d)([A-Za-z])/g, "$1 $2")
    .split(" ")
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.toLowerCase())
    .join(" ");
}

/** The title; a council's scheme is named by its council (the rule's value says which). */
export function ruleTitle(key: string, value?: unknown): string {
  const [section = "", ...rest] = key.split(".");
  const head = SECTIONS[section] ?? words(section).replace(/^./, (c) => c.toUpperCase());
  const council = typeof value === "object" && value !== null && typeof (value as { council?: unknown }).council === "string" ? (value as { council: string }).council : null;
  if (council) return `${head}: ${council}'s scheme`;
  return rest.length ? `${head}: ${rest.map(words).join(", ")}` : head;
}
