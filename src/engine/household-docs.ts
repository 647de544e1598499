/**
 * The household input's JSON Schema (`npm run calc -- --schema`), with a
 * description of every field for editors and integrators. The texts live
 * here rather than beside each field in household.ts, which marks a field
 * with the key of its text: the widget parses households in the browser but
 * never shows the schema, so it never downloads them.
 */
import * as z from "zod/mini";

export const DESCRIPTIONS = {
  "Adult.age": "Age in whole years.",
  "Adult.birthMonth": "Month and year of birth (YYYY-MM), where the age alone leaves it open whether State Pension age is reached (people born from April 1960 to March 1961 reach it between 66 and 67).",
  "Adult.lcw": "Limited capability for work element (claims from before 3 April 2017 only).",
  "Adult.lcwra": "Limited capability for work-related activity: \"protected\" (pre-2026 claimant, severe conditions criteria or terminally ill) or \"new\" (new claim from 6 April 2026).",
  "Adult.pip": "Personal Independence Payment (England and Wales).",
  "Adult.adp": "Adult Disability Payment (Scotland): same rates as PIP.",
  "Adult.dla": "Disability Living Allowance.",
  "NewStyleEsa.workRelatedActivityComponent": "Work-related activity component: only claims made before 3 April 2017.",
  "Adult.carer": "Caring 35+ hours a week for someone getting a qualifying disability benefit (UC carer element).",
  "Adult.carersAllowance": "Gets Carer's Allowance (Carer Support Payment in Scotland).",
  "Adult.job": "A partner's own job (the second adult only; the first adult's job offer is job): the same in every scenario. Give the pay one way: hourlyWage, weeklyPay or monthlyPay.",
  "PartnerJob.hourlyWage": "The partner's gross pay an hour; weekly pay is this × hours, to the penny.",
  "PartnerJob.weeklyPay": "The partner's gross pay a week.",
  "PartnerJob.monthlyPay": "The partner's gross pay a month; the weekly figure is × 12 ÷ 52, to the penny.",
  "PartnerJob.hours": "The partner's hours a week (above 0): New Style ESA's permitted work and New Style JSA's 16-hour rule look at them.",
  "Child.bornBefore2017April": "Born before 6 April 2017: the eldest such child brings the higher first-child element and no child born before then counts towards the two-child limit.",
  "Child.disability": "Gets DLA or Child Disability Payment: \"lower\" or \"higher\" disabled child addition (\"higher\" = highest care rate of DLA/CDP, or registered blind).",
  "Child.schoolStage": "School stage, for free school meals: in Scotland \"P1\" to \"P7\" or \"S1\" to \"S6\"; in England and Wales \"reception\" or \"year1\" to \"year13\"; or \"notAtSchool\". Left out: worked out from the age on the date (with a warning where the age fits two stages).",
  "Child.twoChildLimitException": "An exception to the two-child limit applies (multiple birth, adoption, kinship care, non-consensual conception).",
  "NonDependant.exempt": "Exempt from the UC housing cost contribution (e.g. gets PIP daily living, DLA care, Carer's Allowance or Pension Credit; under-21s are exempt anyway), and from Housing Benefit's non-dependant deduction (e.g. under 25 on UC with no earnings, a full-time student, Pension Credit).",
  "NonDependant.grossWeeklyIncome": "Gross weekly income of a non-dependant in paid work, for council tax and Housing Benefit non-dependant deductions. Left out: taken as not in paid work (the lowest deduction).",
  "Housing.rentMonthly": "Eligible rent a month (for private renters, already within any Local Housing Allowance; in supported or temporary accommodation, the eligible rent Housing Benefit meets, including eligible service charges).",
  "Housing.rentWeekly": "Supported or temporary accommodation only: the eligible rent a week that Housing Benefit meets (including eligible service charges), as on the council's HB letter. Or give rentMonthly.",
  "Housing.ineligibleServiceChargesWeekly": "Supported or temporary accommodation only: service charges Housing Benefit does not meet (meals, fuel, personal care…), a week. Paid from income in and out of work; shown, not deducted.",
  "Housing.ineligibleServiceChargesMonthly": "As ineligibleServiceChargesWeekly, a month.",
  "Housing.serviceChargesMonthly": "Eligible service charges a month (social or private renters).",
  "Housing.localHousingAllowanceMonthly": "Private renters: the Local Housing Allowance rate a month, if the rent may be above it.",
  "Housing.spareBedrooms": "Social renters: bedrooms more than the size criteria allow.",
  "Housing.nonDependants": "Non-dependants (adult sons and daughters, not lodgers): a count of people who each pay the housing cost contribution, or a list.",
  "Pension.employeePercent": "The worker's contribution as a percentage (gross, including any tax relief), e.g. 5.",
  "Pension.basis": "Percentage of qualifying earnings (the band of weekly pay set each year, in the rule tables) or of all pay.",
  "Job.hours": "Weekly hours to compare; 0 is the out-of-work baseline.",
  "Job.payFrequency": "How often pay arrives: \"weekly\", \"fortnightly\", \"fourWeekly\", \"monthly\" (the same date each month) or \"lastWorkingDay\" (the last Monday to Friday of each month). Given: income tax, NI and pension are worked on one pay period's pay (a week's pay × 1, 2 or 4, or × 52 ÷ 12 to the penny for a month; NI with that period's thresholds; the pension on that pay reference period's band; tax as the annual liability on the period's taxable pay × periods a year, ÷ periods, to the penny), the result's payPeriods shows them, and each weekly figure is the period's × periods a year ÷ 52 (take-home a week: what the weekly figures leave). UC counts the wages received in each assessment period, so some periods hold more paydays than others. Left out: the weekly convention of the worked examples (tax, NI and pension on a week's pay), paid monthly for the assessment periods.",
  "Job.firstPayday": "A payday (YYYY-MM-DD): the others follow every 7, 14 or 28 days, or on the same day of each month. Left out: with job.startDate, one pay period after the start (6, 13 or 27 days after it, or monthly on the day of the month before the start's); otherwise the household's date, or the date of the rules (the start of their benefit year, when UC's rates change). A partner's job is not new: left out, their payday is the household's date or the rules', whatever job.startDate says.",
  "Job.startDate": "The day the job starts (YYYY-MM-DD). Given: each scenario shows firstMonths, the money arriving week by week for 13 weeks from that day (wages, UC on its payment dates, New Style ESA/JSA and Carer's Allowance stopping, free prescriptions and council tax reduction changing), and the 12 assessment periods start with the one holding it (no paydays before it; the first wage pays only the days worked since the start). Left out: no first months are shown.",
  "Job.travelCostsWeekly": "Travel to work, a week (in-work cost).",
  "Job.otherCostsWeekly": "Any other cost of working, a week.",
  "CtrBand.toWeekly": "Leave out for the top band.",
  "CtrScheme.none": "No Council Tax Reduction.",
  "CtrScheme.keepCurrent": "Assume the current reduction stays the same in work (when the scheme cannot be described).",
  "CtrScheme.banded": "Income-banded: a discount percentage for each band of weekly net income.",
  "CtrScheme.taper": "Taper: the maximum percentage of the bill, less a percentage of weekly income above the applicable amount (the UC maximum amount).",
  "CtrScheme.preset": "A council's scheme shipped in the rule tables (see README).",
  "CouncilTax.annualCharge": "The council tax for the year for this home, before any discount or reduction (in Scotland, without water and waste water charges).",
  "CouncilTax.singlePersonDiscount": "25% single person discount. Left out: applies when the claimant lives alone (no partner, no non-dependants).",
  "CouncilTax.scheme": "England only: the council's working-age reduction scheme. Scotland and Wales use their national schemes.",
  "HealthCosts.prescriptionItemsPerMonth": "NHS prescription items a month (England).",
  "HealthCosts.dentalCostsYearly": "NHS dental charges expected in a year, if not free.",
  "HealthCosts.opticalCostsYearly": "Sight tests and glasses expected in a year, if not free.",
  "Household.id": "Your own label for the case; never sent anywhere.",
  "Household.taxYear": "Which rules: a tax year (YYYY-YY: the year it starts and the last two digits of the next) for that year’s rates, or a date for the rates in force that day.",
  "Household.recentVictimOfDomesticViolence": "The claimant (or partner) has recently been a victim of domestic violence (UC Regs reg 98 says when someone has recently been one). Then no surplus earnings are taken into account when UC restarts after a month of high earnings (UC Regs reg 54A(5)). Asked only by calc: the widget never asks it.",
  "Household.date": "A date (YYYY-MM-DD): the rates in force that day, section by section (UC from the first Monday of the tax year, tax on 6 April, minimum wage on 1 April); the 12 assessment periods run from it (unless job.startDate is given). Given with taxYear (as the widget does, with today's date), it must lie in that tax year.",
  "Household.region": "Where the household lives: sets income tax (Scottish rates), Scottish Child Payment and Carer Support Payment.",
  "Household.london": "Lives in Greater London (higher benefit cap).",
  "Household.adults": "The claimant, first (the person offered the job), and any partner.",
  "Household.childcareMonthly": "Childcare paid a month while working (registered childcare).",
  "Household.capital": "Savings and other capital.",
  "Household.councilTax": "The council tax bill and, in England, the council's reduction scheme.",
  "Household.healthCosts": "Health costs that free NHS help would cover.",
  "Household.assessmentPeriodStartDay": "The day of the month the UC claim's assessment periods start (the day the claim started), 1 to 31. Left out: the day of the household's date, or of the date of the rules (the start of their benefit year). The 12 assessment periods shown start with the one holding job.startDate, else the household's date, else the date of the rules; periods after 5 April at the end of the tax year are worked at that year's rates.",
  "Household.pregnant": "Someone in the household is pregnant (10 weeks or more): Healthy Start / Best Start Foods.",
} as const;

export type DescriptionKey = keyof typeof DESCRIPTIONS;

/** What household.ts marks an object with: the first part of its fields' keys ("Housing"), or a whole key for a union's branch. */
export type DocName = DescriptionKey extends `${infer O}.${string}` ? O | DescriptionKey : never;

/** A partner's job describes the fields it shares with the job offer (payFrequency, firstPayday) in the same words. */
const SHARES: Partial<Record<DocName, DocName>> = { PartnerJob: "Job" };

const textOf = (key: string): string | undefined => (DESCRIPTIONS as Record<string, string>)[key];

/** An amount field's text, from what it is and the most it accepts (the same words as its error messages). */
const amountText = (what: string, max: number) =>
  `${what}: pounds and pence, as a number (12.71) or a decimal string ("12.71"); at most £${max.toLocaleString("en-GB")}`;

/**
 * The schema's own marks turned into descriptions, everywhere in the tree: a
 * named object's fields take "Name.field", a named branch its own key, and an
 * amount without a text is described from what it is.
 */
function describe(node: unknown, given?: string): unknown {
  if (Array.isArray(node)) return node.map((n) => describe(n));
  if (!node || typeof node !== "object") return node;
  const { doc, amount, ...rest } = node as Record<string, unknown>;
  const name = doc as DocName | undefined;
  const shares = name && SHARES[name];
  const fieldText = (field: string) => (name ? (textOf(`${name}.${field}`) ?? (shares ? textOf(`${shares}.${field}`) : undefined)) : undefined);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest))
    out[k] = k === "properties" && v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([f, p]) => [f, describe(p, fieldText(f))])) : describe(v);
  const description = given ?? (name && textOf(name)) ?? (amount ? amountText(...(amount as [string, number])) : undefined);
  return description === undefined ? out : { description, ...out };
}

/** JSON Schema of the input, for editors and integrators. */
/** The JSON Schema of the household input (`Household` in household.ts), with these descriptions in place. */
export function householdJsonSchema(household: z.core.$ZodType): unknown {
  return describe(z.toJSONSchema(household, { io: "input", unrepresentable: "any" }));
}
