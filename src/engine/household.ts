/**
 * The household and job offer: the engine's one input, shared by `calc`,
 * `record`, the widget and the tests. Strict: an unknown field is an error,
 * so a typo ("rentMonthy") is reported rather than silently ignored.
 *
 * Money may be written as a JSON number (575, 12.71) or a decimal string
 * ("575.00"); it becomes a Decimal here and never passes through floating
 * point arithmetic. Optional fields have documented defaults (README).
 */
import { z } from "zod";
import { D, type Money } from "./money.js";

const TWO_DP = /^\d+(\.\d{1,2})?$/;

/** A non-negative amount in pounds and pence, as a number or a string. */
const amount = (what: string, max: number) =>
  z
    .union([z.number(), z.string()], { error: `must be an amount in pounds, e.g. 12.71` })
    .superRefine((v, ctx) => {
      // Problems here stop the parse of this value (continue: false), so no later
      // check ever sees an amount that is not a Decimal.
      const stop = (message: string) => void ctx.addIssue({ code: "custom", message, continue: false });
      const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "x") : v.trim();
      if ((typeof v === "number" && v < 0) || (typeof v === "string" && s.startsWith("-"))) return stop(`${what} cannot be negative`);
      if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s)) return stop(`must be an amount in pounds, e.g. 12.71 (got ${JSON.stringify(v)})`);
      const d = new D(s);
      if (!TWO_DP.test(d.toFixed())) return stop(`must be in pounds and pence, at most 2 decimal places (got ${JSON.stringify(v)})`);
      if (d.greaterThan(max)) stop(`£${d.toFixed()} is more than this calculator accepts for ${what} (at most £${max.toLocaleString("en-GB")})`);
    })
    .transform((v): Money => new D(typeof v === "number" ? String(v) : v.trim()))
    .meta({ description: `${what}: pounds and pence, as a number (12.71) or a decimal string ("12.71"); at most £${max.toLocaleString("en-GB")}` });

/** Hours a week: 0 to 100, in steps of at most two decimal places. */
const Hours = z
  .number({ error: "must be a number of hours a week, e.g. 16 or 37.5" })
  .min(0, "hours cannot be negative")
  .max(100, "more than 100 hours a week is not a realistic job offer")
  .refine((h) => TWO_DP.test(String(Math.abs(h))), "hours must have at most 2 decimal places");

const age = (min: number, max: number, who: string) =>
  z
    .number({ error: `must be ${who}'s age in whole years` })
    .int(`must be ${who}'s age in whole years`)
    .min(min, `${who} must be aged at least ${min}`)
    .max(max, `${who}'s age must be at most ${max}`);

const PipRates = z.strictObject({
  dailyLiving: z.enum(["standard", "enhanced"]).optional(),
  mobility: z.enum(["standard", "enhanced"]).optional(),
});

export const Adult = z.strictObject({
  age: age(16, 120, "an adult").describe("Age in whole years."),
  /** Limited capability for work element (claims from before 3 April 2017 only). */
  lcw: z.boolean().default(false).describe('Limited capability for work element (claims from before 3 April 2017 only).'),
  /** Limited capability for work-related activity: "protected" (pre-2026 claimant, severe conditions criteria or terminally ill) or "new" (new claim from 6 April 2026). */
  lcwra: z.enum(["protected", "new"]).optional().describe('Limited capability for work-related activity: "protected" (pre-2026 claimant, severe conditions criteria or terminally ill) or "new" (new claim from 6 April 2026).'),
  /** Personal Independence Payment (England and Wales). */
  pip: PipRates.optional().describe('Personal Independence Payment (England and Wales).'),
  /** Adult Disability Payment (Scotland): same rates as PIP. */
  adp: PipRates.optional().describe('Adult Disability Payment (Scotland): same rates as PIP.'),
  /** Disability Living Allowance. */
  dla: z
    .strictObject({
      care: z.enum(["lowest", "middle", "highest"]).optional(),
      mobility: z.enum(["lower", "higher"]).optional(),
    })
    .optional(),
  newStyleEsa: z
    .strictObject({
      phase: z.enum(["assessment", "main"]),
      group: z.enum(["support", "workRelatedActivity"]).default("workRelatedActivity"),
      /** Work-related activity component: only claims made before 3 April 2017. */
      workRelatedActivityComponent: z.boolean().default(false).describe('Work-related activity component: only claims made before 3 April 2017.'),
    })
    .optional(),
  newStyleJsa: z.boolean().default(false),
  /** Caring 35+ hours a week for someone getting a qualifying disability benefit (UC carer element). */
  carer: z.boolean().default(false).describe('Caring 35+ hours a week for someone getting a qualifying disability benefit (UC carer element).'),
  /** Gets Carer's Allowance (Carer Support Payment in Scotland). */
  carersAllowance: z.boolean().default(false).describe("Gets Carer's Allowance (Carer Support Payment in Scotland)."),
});
export type Adult = z.output<typeof Adult>;

export const Child = z.strictObject({
  age: age(0, 19, "a child"),
  /** Born before 6 April 2017: the eldest such child brings the higher first-child element and no child born before then counts towards the two-child limit. */
  bornBefore2017April: z.boolean().default(false).describe('Born before 6 April 2017: the eldest such child brings the higher first-child element and no child born before then counts towards the two-child limit.'),
  /** Gets DLA or Child Disability Payment: "lower" or "higher" disabled child addition ("higher" = highest care rate of DLA/CDP, or registered blind). */
  disability: z.enum(["lower", "higher"]).optional().describe('Gets DLA or Child Disability Payment: "lower" or "higher" disabled child addition ("higher" = highest care rate of DLA/CDP, or registered blind).'),
  /** An exception to the two-child limit applies (multiple birth, adoption, kinship care, non-consensual conception). */
  twoChildLimitException: z.boolean().default(false).describe('An exception to the two-child limit applies (multiple birth, adoption, kinship care, non-consensual conception).'),
});
export type Child = z.output<typeof Child>;

export const NonDependant = z.strictObject({
  age: age(16, 120, "a non-dependant"),
  /** Exempt from the UC housing cost contribution (e.g. gets PIP daily living, DLA care, Carer's Allowance or Pension Credit). Under-21s are exempt anyway. */
  exempt: z.boolean().default(false).describe("Exempt from the UC housing cost contribution (e.g. gets PIP daily living, DLA care, Carer's Allowance or Pension Credit). Under-21s are exempt anyway."),
  /** Gross weekly income, for council tax non-dependant deductions. */
  grossWeeklyIncome: amount("a non-dependant's income", 100_000).optional().describe('Gross weekly income, for council tax non-dependant deductions.'),
});
export type NonDependant = z.output<typeof NonDependant>;

export const Housing = z.strictObject({
  tenure: z.enum(["social", "private", "owner", "none"]),
  /** Eligible rent a month (for private renters, already within any Local Housing Allowance). */
  rentMonthly: amount("rent", 20_000).optional().describe('Eligible rent a month (for private renters, already within any Local Housing Allowance).'),
  /** Eligible service charges a month. */
  serviceChargesMonthly: amount("service charges", 5_000).default(() => new D(0)).describe('Eligible service charges a month.'),
  /** Private renters: the Local Housing Allowance rate a month, if the rent may be above it. */
  localHousingAllowanceMonthly: amount("the Local Housing Allowance", 20_000).optional().describe('Private renters: the Local Housing Allowance rate a month, if the rent may be above it.'),
  /** Social renters: bedrooms more than the size criteria allow. */
  spareBedrooms: z.number().int("must be a whole number of bedrooms").min(0, "cannot be negative").max(10, "at most 10").default(0).describe('Social renters: bedrooms more than the size criteria allow.'),
  /** Non-dependants (adult sons and daughters, lodgers are not): a count of people who each pay the housing cost contribution, or a list. */
  nonDependants: z
    .union([z.number().int("must be a whole number of people").min(0, "cannot be negative").max(10, "at most 10"), z.array(NonDependant).max(10)])
    .default(0),
});
export type Housing = z.output<typeof Housing>;

export const Pension = z.union([
  z.enum(["none", "netPay", "reliefAtSource"]),
  z.strictObject({
    type: z.enum(["netPay", "reliefAtSource"]),
    /** The worker's contribution as a percentage (gross, including any tax relief), e.g. 5. */
    employeePercent: z.number().min(0, "cannot be negative").max(100, "at most 100").refine((p) => TWO_DP.test(String(Math.abs(p))), "at most 2 decimal places").describe("The worker's contribution as a percentage (gross, including any tax relief), e.g. 5."),
    /** Percentage of qualifying earnings (£120–£967 a week) or of all pay. */
    basis: z.enum(["qualifyingEarnings", "allEarnings"]).default("qualifyingEarnings").describe('Percentage of qualifying earnings (£120–£967 a week) or of all pay.'),
  }),
]);
export type Pension = z.output<typeof Pension>;

export const Job = z.strictObject({
  hourlyWage: amount("the hourly wage", 1_000).refine((d) => d.greaterThan(0), "the hourly wage must be more than £0"),
  /** Weekly hours to compare; 0 is the out-of-work baseline. */
  hours: z.array(Hours).min(1, "give at least one number of hours").max(12, "at most 12 scenarios").describe('Weekly hours to compare; 0 is the out-of-work baseline.'),
  pension: Pension.default("none"),
  apprentice: z.boolean().default(false),
  /** Travel to work, a week (in-work cost). */
  travelCostsWeekly: amount("travel costs", 1_000).default(() => new D(0)).describe('Travel to work, a week (in-work cost).'),
  /** Any other cost of working, a week. */
  otherCostsWeekly: amount("other work costs", 1_000).default(() => new D(0)).describe('Any other cost of working, a week.'),
});
export type Job = z.output<typeof Job>;

const Percent = z
  .number({ error: "must be a percentage, e.g. 20" })
  .min(0, "a percentage cannot be negative")
  .max(100, "a percentage cannot be more than 100")
  .refine((p) => TWO_DP.test(String(Math.abs(p))), "at most 2 decimal places");

/** One income band of a council's banded scheme: weekly income from … to … gets this discount. */
export const CtrBand = z.strictObject({
  fromWeekly: amount("a band's lower edge", 100_000),
  /** Leave out for the top band. */
  toWeekly: amount("a band's upper edge", 100_000).optional(),
  discountPercent: Percent,
});
export type CtrBand = z.output<typeof CtrBand>;

/** What counts as income in a banded scheme, beside net earnings. */
export const UcCounted = z.enum(["none", "wholeAward", "awardWithoutHousing", "standardAllowanceAndChildElements"]);

/** An English council's working-age Council Tax Reduction scheme, as the adviser describes it (or a preset from the rules). */
export const CtrScheme = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("none") }).describe("No Council Tax Reduction."),
  z
    .strictObject({ type: z.literal("keepCurrent"), reductionAnnual: amount("the current reduction", 20_000) })
    .describe("Assume the current reduction stays the same in work (when the scheme cannot be described)."),
  z
    .strictObject({
      type: z.literal("banded"),
      bands: z.array(CtrBand).min(1, "give at least one band").max(20, "at most 20 bands"),
      universalCreditCounted: UcCounted.default("wholeAward"),
      earningsDisregardWeekly: amount("the earnings disregard", 1_000).default(() => new D(0)),
      nonDependantDeductionWeekly: amount("the non-dependant deduction", 1_000).default(() => new D(0)),
      capitalLimit: amount("the capital limit", 1_000_000).optional(),
    })
    .describe("Income-banded: a discount percentage for each band of weekly net income."),
  z
    .strictObject({
      type: z.literal("taper"),
      maximumPercent: Percent,
      taperPercent: Percent,
      nonDependantDeductionWeekly: amount("the non-dependant deduction", 1_000).default(() => new D(0)),
      capitalLimit: amount("the capital limit", 1_000_000).optional(),
    })
    .describe("Taper: the maximum percentage of the bill, less a percentage of weekly income above the applicable amount (the UC maximum amount)."),
  z.strictObject({ type: z.literal("preset"), id: z.string().min(1) }).describe("A council's scheme shipped in the rule tables (see README)."),
]);
export type CtrScheme = z.output<typeof CtrScheme>;

export const CouncilTax = z.strictObject({
  annualCharge: amount("the council tax bill", 20_000).describe(
    "The council tax for the year for this home, before any discount or reduction (in Scotland, without water and waste water charges).",
  ),
  singlePersonDiscount: z
    .boolean()
    .optional()
    .describe("25% single person discount. Left out: applies when the claimant lives alone (no partner, no non-dependants)."),
  scheme: CtrScheme.optional().describe("England only: the council's working-age reduction scheme. Scotland and Wales use their national schemes."),
});
export type CouncilTax = z.output<typeof CouncilTax>;

export const HealthCosts = z.strictObject({
  prescriptionItemsPerMonth: z.number().int("a whole number of items").min(0, "cannot be negative").max(100, "at most 100").default(0).describe("NHS prescription items a month (England)."),
  dentalCostsYearly: amount("dental charges", 5_000).default(() => new D(0)).describe("NHS dental charges expected in a year, if not free."),
  opticalCostsYearly: amount("sight tests and glasses", 5_000).default(() => new D(0)).describe("Sight tests and glasses expected in a year, if not free."),
});
export type HealthCosts = z.output<typeof HealthCosts>;

const TaxYear = z.string().regex(/^\d{4}-\d{2}$/, 'must be a tax year such as "2026-27"');
const IsoDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a real calendar date");

export const Household = z
  .strictObject({
    /** Your own label for the case; never sent anywhere. */
    id: z.string().max(200).optional().describe('Your own label for the case; never sent anywhere.'),
    /** Which rules: a tax year ("2026-27") for that year's rates, or a date for the rates in force that day. */
    taxYear: TaxYear.optional().describe('Which rules: a tax year ("2026-27") for that year\u2019s rates, or a date for the rates in force that day.'),
    date: IsoDateString.optional().describe("A date (YYYY-MM-DD): the rates in force that day, section by section (UC from the first Monday of the tax year, tax on 6 April, minimum wage on 1 April)."),
    region: z.enum(["england", "wales", "scotland"]).describe("Where the household lives: sets income tax (Scottish rates), Scottish Child Payment and Carer Support Payment."),
    /** Lives in Greater London (higher benefit cap). */
    london: z.boolean().default(false).describe('Lives in Greater London (higher benefit cap).'),
    adults: z.array(Adult).min(1, "give at least one adult").max(2, "at most two adults (a couple)").describe("The claimant, first (the person offered the job), and any partner."),
    children: z.array(Child).max(12, "at most 12 children").default([]),
    housing: Housing.default({ tenure: "none", serviceChargesMonthly: new D(0), spareBedrooms: 0, nonDependants: 0 }),
    /** Childcare paid a month while working (registered childcare). */
    childcareMonthly: amount("childcare costs", 10_000).default(() => new D(0)).describe('Childcare paid a month while working (registered childcare).'),
    /** Savings and other capital. */
    capital: amount("savings", 100_000_000).default(() => new D(0)).describe('Savings and other capital.'),
    councilTax: CouncilTax.optional().describe("The council tax bill and, in England, the council's reduction scheme."),
    healthCosts: HealthCosts.optional().describe("Health costs that free NHS help would cover."),
    pregnant: z.boolean().default(false).describe("Someone in the household is pregnant (10 weeks or more): Healthy Start / Best Start Foods."),
    job: Job,
  })
  .superRefine((h, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (!h.taxYear && !h.date) problem(["taxYear"], 'give a tax year ("2026-27") or a date ("2026-06-01") to choose the rules');
    if (h.london && h.region !== "england") problem(["london"], "Greater London is in England; set region to england or london to false");
    h.adults.forEach((a, i) => {
      if (a.carersAllowance && !a.carer) problem(["adults", i, "carersAllowance"], "Carer's Allowance needs caring 35 hours a week or more: set carer to true as well");
      if (a.lcw && a.lcwra) problem(["adults", i, "lcw"], "give either lcw or lcwra, not both (LCWRA replaces LCW)");
      if (a.pip && a.adp) problem(["adults", i, "adp"], "PIP and Adult Disability Payment cannot both be paid");
      if ((a.pip || a.adp) && a.dla) problem(["adults", i, "dla"], "DLA cannot be paid with PIP or Adult Disability Payment");
      if (a.adp && h.region !== "scotland") problem(["adults", i, "adp"], "Adult Disability Payment is paid in Scotland; use pip elsewhere");
      if (a.newStyleEsa && a.newStyleJsa) problem(["adults", i, "newStyleJsa"], "New Style ESA and New Style JSA cannot both be paid");
      if (a.pip && !a.pip.dailyLiving && !a.pip.mobility) problem(["adults", i, "pip"], "give a dailyLiving or mobility rate, or leave pip out");
      if (a.adp && !a.adp.dailyLiving && !a.adp.mobility) problem(["adults", i, "adp"], "give a dailyLiving or mobility rate, or leave adp out");
      if (a.dla && !a.dla.care && !a.dla.mobility) problem(["adults", i, "dla"], "give a care or mobility rate, or leave dla out");
    });
    if (h.childcareMonthly.greaterThan(0) && h.children.length === 0)
      problem(["childcareMonthly"], "childcare costs need a child in the household");
    const seen = new Set<number>();
    h.job.hours.forEach((x, i) => {
      if (seen.has(x)) problem(["job", "hours", i], `${x} hours is listed twice`);
      seen.add(x);
    });
    const hs = h.housing;
    const renting = hs.tenure === "social" || hs.tenure === "private";
    if (renting && hs.rentMonthly === undefined) problem(["housing", "rentMonthly"], `give the monthly rent for a ${hs.tenure} tenancy`);
    if (!renting && hs.rentMonthly !== undefined && hs.rentMonthly.greaterThan(0))
      problem(["housing", "rentMonthly"], `rent only counts for social or private renters (tenure is "${hs.tenure}")`);
    if (!renting && hs.serviceChargesMonthly.greaterThan(0))
      problem(["housing", "serviceChargesMonthly"], `service charges only count here for renters (tenure is "${hs.tenure}")`);
    if (hs.tenure !== "social" && hs.spareBedrooms > 0)
      problem(["housing", "spareBedrooms"], "the spare bedroom reduction applies to social housing only; for private rent give the Local Housing Allowance");
    const ct = h.councilTax;
    if (ct?.scheme && h.region !== "england")
      problem(["councilTax", "scheme"], `${h.region === "scotland" ? "Scotland" : "Wales"} has a national Council Tax Reduction scheme; leave scheme out`);
    if (ct && !ct.scheme && h.region === "england")
      problem(["councilTax", "scheme"], 'each English council has its own scheme: describe it (banded, taper or keepCurrent), choose a preset, or give {"type":"none"}');
    if (ct?.scheme?.type === "banded") checkBands(ct.scheme.bands, ["councilTax", "scheme", "bands"], problem);
    if (ct?.scheme?.type === "keepCurrent" && ct.scheme.reductionAnnual.greaterThan(ct.annualCharge))
      problem(["councilTax", "scheme", "reductionAnnual"], "the reduction cannot be more than the bill");
    if (hs.tenure !== "private" && hs.localHousingAllowanceMonthly !== undefined)
      problem(["housing", "localHousingAllowanceMonthly"], "the Local Housing Allowance applies to private renters only");
  });

export type Household = z.output<typeof Household>;

/** Bands must start at £0 and run on without gaps or overlaps; only the top band is open-ended. */
function checkBands(bands: CtrBand[], at: (string | number)[], problem: (path: (string | number)[], message: string) => void) {
  const PENNY = new D("0.01");
  bands.forEach((b, i) => {
    const last = i === bands.length - 1;
    if (i === 0 && !b.fromWeekly.isZero()) problem([...at, 0, "fromWeekly"], "the first band must start at £0");
    if (b.toWeekly && b.toWeekly.lessThan(b.fromWeekly)) problem([...at, i, "toWeekly"], `ends (£${b.toWeekly.toFixed(2)}) before it starts (£${b.fromWeekly.toFixed(2)})`);
    if (!last && !b.toWeekly) problem([...at, i, "toWeekly"], "only the top band can be left open (no toWeekly)");
    if (last && b.toWeekly) problem([...at, i, "toWeekly"], "the top band must be open-ended: leave out toWeekly");
    const prev = bands[i - 1];
    if (prev?.toWeekly) {
      const expected = prev.toWeekly.plus(PENNY);
      if (b.fromWeekly.lessThan(expected))
        problem([...at, i, "fromWeekly"], `overlaps band ${i} (which runs to £${prev.toWeekly.toFixed(2)}): start at £${expected.toFixed(2)}`);
      else if (b.fromWeekly.greaterThan(expected))
        problem([...at, i, "fromWeekly"], `leaves a gap after band ${i}: incomes from £${expected.toFixed(2)} to £${b.fromWeekly.minus(PENNY).toFixed(2)} are in no band`);
    }
  });
}
export type HouseholdInput = z.input<typeof Household>;

export interface InputProblem {
  /** Dotted path to the field, e.g. "adults.0.age" ("" for the whole input). */
  readonly path: string;
  readonly message: string;
}

export type ParseResult = { ok: true; household: Household } | { ok: false; problems: InputProblem[] };

/** Check raw input (e.g. parsed JSON). Never throws. */
export function parseHousehold(raw: unknown): ParseResult {
  const r = Household.safeParse(raw, { reportInput: true });
  if (r.success) return { ok: true, household: r.data };
  return { ok: false, problems: r.error.issues.flatMap(toProblems) };
}

function toProblems(i: z.core.$ZodIssue): InputProblem[] {
  if (i.code === "unrecognized_keys")
    return i.keys.map((k) => ({ path: [...i.path, k].join("."), message: `unknown field "${k}": this calculator does not use it (check the spelling)` }));
  if (i.code === "invalid_union" && i.errors.length) {
    // A union of shapes (a count or a list; a name or an object): report the
    // branch that got furthest. A union of plain types (number or string)
    // that failed at its root keeps its own message.
    const rootTypeOnly = i.errors.every((b) => b.length === 1 && b[0]!.path.length === 0 && b[0]!.code === "invalid_type");
    const depth = (b: z.core.$ZodIssue[]) => Math.max(...b.map((x) => x.path.length));
    const best = i.errors.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a));
    if (!rootTypeOnly) return best.flatMap((x) => toProblems({ ...x, path: [...i.path, ...x.path] } as z.core.$ZodIssue));
  }
  return [{ path: i.path.join("."), message: issueMessage(i) }];
}

function issueMessage(i: z.core.$ZodIssue): string {
  const input = (i as { input?: unknown }).input;
  if ((i.code === "invalid_type" || i.code === "invalid_value" || i.code === "invalid_union") && input === undefined) return "is required";
  if (i.code === "invalid_type" || i.code === "invalid_union")
    return `${i.message.replace(/^Invalid input: expected (\w+), received \w+$/, "must be a $1")} (got ${JSON.stringify(input)})`;
  if (i.code === "invalid_value" && "values" in i) return `must be one of ${i.values.map((v) => JSON.stringify(v)).join(", ")}`;
  return i.message;
}

/** JSON Schema of the input, for editors and integrators. */
export function householdJsonSchema(): unknown {
  return z.toJSONSchema(Household, { io: "input", unrepresentable: "any" });
}
