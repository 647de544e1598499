/**
 * Where each engine input path is asked in the interview: the id of the
 * control to link to from the error summary, a name for messages, and
 * whether quick mode shows it. Paths come from `parseHousehold`,
 * `checkAgainstRules` and the widget's own checks.
 */
export interface Field {
  /** id of the input (for radios, of the first one). */
  readonly id: string;
  /** "your age": used to build "Enter your age", "Your age must be …". */
  readonly name: string;
  readonly kind: "text" | "choice";
  /** Position in the form, for ordering the error summary. */
  readonly order: number;
  /** What a message such as "overlaps band 1" is about ("Band 2"). */
  readonly subject?: string;
  /** Position among the fields of one item (a band's from, to, discount). */
  readonly within?: number;
}

const BAND_PART: Record<string, [string, (b: string) => string]> = {
  // In the form's order.
  fromWeekly: ["from", (b) => `where ${b} starts`],
  toWeekly: ["to", (b) => `where ${b} ends`],
  discountPercent: ["percent", (b) => `the discount for ${b}`],
};

/** One field of the band editor; messages such as "overlaps band 1" are about "Band 2". */
function bandField(i: string, part: string): Omit<Field, "order"> {
  const b = `band ${Number(i) + 1}`;
  const [suffix, name] = BAND_PART[part]!;
  return { id: `ct-band-${i}-${suffix}`, name: name(b), kind: "text", subject: b, within: Object.keys(BAND_PART).indexOf(part) };
}

type Rule = [RegExp, (m: RegExpExecArray) => Omit<Field, "order">];

const who = (i: string) => (i === "0" ? "your" : "your partner's");
const child = (i: string) => `child ${Number(i) + 1}`;

const RULES: Rule[] = [
  [/^(taxYear|date)$/, () => ({ id: "tax-year", name: "the tax year", kind: "choice" })],
  [/^region$/, () => ({ id: "region", name: "where you live", kind: "choice" })],
  [/^london$/, () => ({ id: "london", name: "Greater London", kind: "choice" })],
  [/^adults\.(\d)\.age$/, (m) => ({ id: `adults-${m[1]}-age`, name: `${who(m[1]!)} age`, kind: "text" })],
  [/^adults\.1\.job\.hours$/, () => ({ id: "adults-1-hours", name: "your partner's hours a week", kind: "text" })],
  [/^adults\.1\.job\.(hourlyWage|weeklyPay|monthlyPay)$/, (m) => ({ id: "adults-1-wage", name: m[1] === "hourlyWage" ? "your partner's hourly wage" : `your partner's pay a ${m[1] === "weeklyPay" ? "week" : "month"}`, kind: "text" })],
  [/^adults\.1\.job\.payFrequency$/, () => ({ id: "adults-1-pay-frequency", name: "how often your partner is paid", kind: "choice" })],
  [/^adults\.1\.job\.firstPayday$/, () => ({ id: "adults-1-first-payday", name: "your partner's payday", kind: "text" })],
  [/^adults\.1\.job\.pension\.employeePercent$/, () => ({ id: "adults-1-pension-percent", name: "your partner's pension contribution", kind: "text" })],
  [/^adults\.1\.job\.pension\b/, () => ({ id: "adults-1-pension", name: "your partner's workplace pension", kind: "choice" })],
  [/^adults\.1\.job\b/, () => ({ id: "adults-1-works", name: "whether your partner works", kind: "choice" })],
  [/^adults$/, () => ({ id: "couple", name: "whether you live with a partner", kind: "choice" })],
  [/^adults\.(\d)\.(newStyleEsa|newStyleJsa|carersAllowance)\b/, (m) => ({ id: `adults-${m[1]}-benefits`, name: `${who(m[1]!)} benefits now`, kind: "choice" })],
  [/^adults\.(\d)\.(assessment|lcwra)\b/, (m) => ({ id: `adults-${m[1]}-assessment`, name: `what ${who(m[1]!)} assessment said`, kind: "choice" })],
  [/^adults\.(\d)\.lcwraBefore2026$/, (m) => ({ id: `adults-${m[1]}-lcwra-before`, name: "when this was first decided", kind: "choice" })],
  [/^adults\.(\d)\.(lcwElement|lcw)\b/, (m) => ({ id: `adults-${m[1]}-lcw`, name: "whether Universal Credit includes the LCW element", kind: "choice" })],
  [/^adults\.(\d)\.disabilityBenefit$/, (m) => ({ id: `adults-${m[1]}-disability`, name: "which disability benefit", kind: "choice" })],
  [/^adults\.(\d)\.(pip|adp|dla)\b/, (m) => ({ id: `adults-${m[1]}-disability`, name: `${who(m[1]!)} disability benefit`, kind: "choice" })],
  [/^adults\.(\d)\.carer$/, (m) => ({ id: `adults-${m[1]}-carer`, name: "caring", kind: "choice" })],
  [/^children$/, () => ({ id: "child-count", name: "how many children live with you", kind: "text" })],
  [/^children\.(\d+)\.age$/, (m) => ({ id: `children-${m[1]}-age`, name: `the age of ${child(m[1]!)}`, kind: "text" })],
  [/^children\.(\d+)\.bornBefore2017April$/, (m) => ({ id: `children-${m[1]}-born-before`, name: `whether ${child(m[1]!)} was born before 6 April 2017`, kind: "choice" })],
  [/^children\.(\d+)\.disability$/, (m) => ({ id: `children-${m[1]}-disability`, name: `${child(m[1]!)}'s disability benefit`, kind: "choice" })],
  [/^children\.(\d+)\.schoolStage$/, (m) => ({ id: `children-${m[1]}-stage`, name: `${child(m[1]!)}'s school stage`, kind: "choice" })],
  [/^children\.(\d+)\.twoChildLimitException$/, (m) => ({ id: `children-${m[1]}-exception`, name: "the two-child limit exception", kind: "choice" })],
  [/^healthCosts\.prescriptionItemsPerMonth$/, () => ({ id: "prescriptions", name: "the number of prescription items", kind: "text" })],
  [/^healthCosts\.dentalCostsYearly$/, () => ({ id: "dental", name: "dental costs", kind: "text" })],
  [/^healthCosts\.opticalCostsYearly$/, () => ({ id: "optical", name: "sight test and glasses costs", kind: "text" })],
  [/^pregnant$/, () => ({ id: "pregnant", name: "pregnancy", kind: "choice" })],
  [/^housing(\.tenure)?$/, () => ({ id: "tenure", name: "how you pay for your home", kind: "choice" })],
  [/^housing\.rent(Monthly|Weekly)$/, () => ({ id: "rent", name: "the rent", kind: "text" })],
  [/^housing\.serviceChargesMonthly$/, () => ({ id: "service-charges", name: "service charges", kind: "text" })],
  [/^housing\.ineligibleServiceCharges(Monthly|Weekly)$/, () => ({ id: "ineligible-charges", name: "service charges Housing Benefit does not cover", kind: "text" })],
  [/^housing\.localHousingAllowanceMonthly$/, () => ({ id: "lha", name: "the Local Housing Allowance", kind: "text" })],
  [/^housing\.spareBedrooms$/, () => ({ id: "spare-bedrooms", name: "the number of spare bedrooms", kind: "text" })],
  [/^housing\.nonDependants\b/, () => ({ id: "non-dependants", name: "the number of other adults", kind: "text" })],
  [/^councilTax(\.annualCharge)?$/, () => ({ id: "ct-bill", name: "the council tax bill for the year", kind: "text" })],
  [/^councilTax\.singlePersonDiscount$/, () => ({ id: "ct-single", name: "whether you get the single person discount", kind: "choice" })],
  [/^councilTax\.scheme(\.type)?$/, () => ({ id: "ct-scheme", name: "the council's Council Tax Reduction scheme", kind: "choice" })],
  [/^councilTax\.scheme\.id$/, () => ({ id: "ct-preset", name: "your council", kind: "choice" })],
  [/^councilTax\.scheme\.reductionAnnual$/, () => ({ id: "ct-current", name: "your current reduction", kind: "text" })],
  [/^councilTax\.scheme\.maximumPercent$/, () => ({ id: "ct-taper-max", name: "the maximum reduction", kind: "text" })],
  [/^councilTax\.scheme\.taperPercent$/, () => ({ id: "ct-taper-rate", name: "the taper", kind: "text" })],
  [/^councilTax\.scheme\.bands$/, () => ({ id: "ct-band-0-from", name: "the income bands", kind: "text" })],
  [/^councilTax\.scheme\.bands\.(\d+)\.(fromWeekly|toWeekly|discountPercent)$/, (m) => bandField(m[1]!, m[2]!)],
  [/^councilTax\.scheme\.universalCreditCounted$/, () => ({ id: "ct-uc-counted", name: "how Universal Credit counts", kind: "choice" })],
  [/^councilTax\b/, () => ({ id: "ct-bill", name: "council tax", kind: "text" })],
  [/^childcareMonthly$/, () => ({ id: "childcare", name: "childcare costs", kind: "text" })],
  [/^capital$/, () => ({ id: "savings", name: "savings", kind: "text" })],
  [/^job\.hourlyWage$/, () => ({ id: "wage", name: "the hourly wage", kind: "text" })],
  [/^jobHours$/, () => ({ id: "job-hours", name: "the hours of the job", kind: "text" })],
  [/^job\.hours\b/, () => ({ id: "hours-list", name: "the hours to compare", kind: "text" })],
  [/^job\.travelCostsWeekly$/, () => ({ id: "travel", name: "travel costs", kind: "text" })],
  [/^job\.otherCostsWeekly$/, () => ({ id: "other-costs", name: "other work costs", kind: "text" })],
  [/^job\.pension\.employeePercent$/, () => ({ id: "pension-percent", name: "the pension contribution", kind: "text" })],
  [/^job\.pension\b/, () => ({ id: "pension", name: "the workplace pension", kind: "choice" })],
  [/^job\.startDate$/, () => ({ id: "start-date", name: "the day the job starts", kind: "text" })],
  [/^job\.payFrequency$/, () => ({ id: "pay-frequency", name: "how often you will be paid", kind: "choice" })],
  [/^job\.firstPayday$/, () => ({ id: "first-payday", name: "the first payday", kind: "text" })],
  [/^assessmentPeriodStartDay$/, () => ({ id: "ap-start-day", name: "the day your assessment period starts", kind: "text" })],
  [/^job\.apprentice$/, () => ({ id: "apprentice", name: "apprenticeship", kind: "choice" })],
];

/** The form's top: for a problem no single field owns. */
export const FORM_FIELD: Field = { id: "questions", name: "the answers", kind: "text", order: 999 };

export function fieldFor(path: string): Field {
  for (let i = 0; i < RULES.length; i++) {
    const [re, make] = RULES[i]!;
    const m = re.exec(path);
    if (m) {
      const idx = /\.(\d+)\./.exec(path);
      const f = make(m);
      return { ...f, order: i + (idx ? Number(idx[1]) / 100 : 0) + (f.within ?? 0) / 1000 };
    }
  }
  return FORM_FIELD;
}

/** Ids quick mode shows (others need full mode before they can be focused). */
export function shownInQuickMode(id: string): boolean {
  return /^(region|adults-0-age|couple|adults-1-age|child-count|children-\d+-age|children-\d+-born-before|adults-0-(benefits|assessment|lcwra-before|lcw|disability)|adults-1-(works|hours|wage)|tenure|rent|rent-period|wage|job-hours|hours-list|questions)$/.test(id);
}
