/**
 * The household and job offer: the engine's one input, shared by `calc`,
 * `record`, the widget and the tests. Strict: an unknown field is an error,
 * so a typo ("rentMonthy") is reported rather than silently ignored.
 *
 * Money may be written as a JSON number (575, 12.71) or a decimal string
 * ("575.00"); it becomes a Decimal here and never passes through floating
 * point arithmetic. Optional fields have documented defaults (README).
 *
 * Written with zod/mini (functional checks rather than chained methods) so
 * the widget bundle carries only the parts of zod it uses.
 */
import * as z from "zod/mini";
import { REGIONS, TENURES, isRenting, rentMetByHousingBenefit } from "./terms.js";
import { isoDate } from "../base/iso-date.js";
import { bestUnionBranch, customMessage, inputOf, listOf, pathOf, unknownKeys, type Problem, type ZodIssue } from "../base/problems.js";
import { D, type Money } from "../base/money.js";
import type { DocName } from "./household-docs.js";
import { SCHOOL_STAGES, SCOTTISH_STAGES } from "./school-stage.js";

const TWO_DP = /^\d+(\.\d{1,2})?$/;

/**
 * Name an object for its description and its fields' (the texts are in
 * household-docs.ts, shown by `calc -- --schema`): "Housing" describes its
 * field rentMonthly with the text "Housing.rentMonthly". One short name an
 * object, so the widget's bundle carries no key a field.
 */
const doc = <T extends z.ZodMiniType>(key: DocName, schema: T): T => {
  z.globalRegistry.add(schema, { doc: key });
  return schema;
};
const opt = z.optional;
const dflt = z._default;
const twoDp = (message: string) => z.refine<number>((n) => TWO_DP.test(String(Math.abs(n))), message);
const zeroMoney = () => new D(0);

/** A non-negative amount in pounds and pence, as a number or a string. */
const amount = (what: string, max: number) => {
  const schema = z.pipe(
    z.union([z.number(), z.string()], { error: `must be an amount in pounds, e.g. 12.71` }).check(
      z.superRefine((v, ctx) => {
        // Problems here stop the parse of this value (continue: false), so no later
        // check ever sees an amount that is not a Decimal.
        const stop = (message: string) => void ctx.addIssue({ code: "custom", message, input: v, continue: false });
        const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "x") : v.trim();
        if ((typeof v === "number" && v < 0) || (typeof v === "string" && s.startsWith("-"))) return stop(`${what} cannot be negative`);
        if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s)) return stop(`must be an amount in pounds, e.g. 12.71 (got ${JSON.stringify(v)})`);
        const d = new D(s);
        if (!TWO_DP.test(d.toFixed())) return stop(`must be in pounds and pence, at most 2 decimal places (got ${JSON.stringify(v)})`);
        if (d.greaterThan(max)) stop(`£${d.toFixed()} is more than this calculator accepts for ${what} (at most £${max.toLocaleString("en-GB")})`);
      }),
    ),
    z.transform((v: number | string): Money => new D(typeof v === "number" ? String(v) : v.trim())),
  );
  // Its description is written from these (household-docs.ts); the error messages above say the same.
  z.globalRegistry.add(schema, { amount: [what, max] });
  return schema;
};

/** Hours a week: 0 to 100, in steps of at most two decimal places. */
const Hours = z
  .number({ error: "must be a number of hours a week, e.g. 16 or 37.5" })
  .check(z.gte(0, "hours cannot be negative"), z.lte(100, "more than 100 hours a week is not a realistic job offer"), twoDp("hours must have at most 2 decimal places"));

/** How often pay arrives (issue 13): UC counts the wages received in each assessment period. */
export const PAY_FREQUENCIES = ["weekly", "fortnightly", "fourWeekly", "monthly", "lastWorkingDay"] as const;
export type PayFrequency = (typeof PAY_FREQUENCIES)[number];
const PayFrequency = z.enum(PAY_FREQUENCIES);
const Payday = isoDate("must be a date written YYYY-MM-DD");

const wholeNumber = (message: string, min: number, max: number, minMessage: string, maxMessage: string) =>
  z.number({ error: message }).check(z.refine<number>((n) => Number.isInteger(n), message), z.gte(min, minMessage), z.lte(max, maxMessage));

const age = (min: number, max: number, who: string) =>
  wholeNumber(`must be ${who}'s age in whole years`, min, max, `${who} must be aged at least ${min}`, `${who}'s age must be at most ${max}`);

const PipRates = z.strictObject({
  dailyLiving: opt(z.enum(["standard", "enhanced"])),
  mobility: opt(z.enum(["standard", "enhanced"])),
});

export const Pension = z.union([
  z.enum(["none", "netPay", "reliefAtSource"]),
  doc("Pension", z.strictObject({
    type: z.enum(["netPay", "reliefAtSource"]),
    employeePercent: z.number().check(z.gte(0, "cannot be negative"), z.lte(100, "at most 100"), twoDp("at most 2 decimal places")),
    basis: dflt(z.enum(["qualifyingEarnings", "allEarnings"]), "qualifyingEarnings"),
  })),
]);
export type Pension = z.output<typeof Pension>;

/**
 * The partner's own job, the same in every scenario: pay given one way (an
 * hourly wage, or pay a week or a month before deductions), the hours (for
 * New Style ESA's and JSA's hours rules) and their own pension choice.
 */
export const PartnerJob = doc("PartnerJob", z.strictObject({
  hourlyWage: opt(amount("the partner's hourly wage", 1_000)),
  weeklyPay: opt(amount("the partner's weekly pay", 20_000)),
  monthlyPay: opt(amount("the partner's monthly pay", 100_000)),
  hours: Hours.check(z.refine<number>((n) => n > 0, "a partner in work works more than 0 hours; leave job out for a partner not in work")),
  pension: dflt(Pension, "none"),
  payFrequency: opt(PayFrequency),
  firstPayday: opt(Payday),
}));
export type PartnerJob = z.output<typeof PartnerJob>;

export const Adult = doc("Adult", z.strictObject({
  age: age(16, 120, "an adult"),
  birthMonth: opt(z.string().check(z.regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, "must be a month and year of birth written YYYY-MM"))),
  lcw: dflt(z.boolean(), false),
  lcwra: opt(z.enum(["protected", "new"])),
  pip: opt(PipRates),
  adp: opt(PipRates),
  dla: opt(z.strictObject({ care: opt(z.enum(["lowest", "middle", "highest"])), mobility: opt(z.enum(["lower", "higher"])) })),
  newStyleEsa: opt(
    doc("NewStyleEsa", z.strictObject({
      phase: z.enum(["assessment", "main"]),
      group: dflt(z.enum(["support", "workRelatedActivity"]), "workRelatedActivity"),
      workRelatedActivityComponent: dflt(z.boolean(), false),
    })),
  ),
  newStyleJsa: dflt(z.boolean(), false),
  carer: dflt(z.boolean(), false),
  carersAllowance: dflt(z.boolean(), false),
  job: opt(PartnerJob),
}));
export type Adult = z.output<typeof Adult>;

export const Child = doc("Child", z.strictObject({
  age: age(0, 19, "a child"),
  bornBefore2017April: dflt(z.boolean(), false),
  disability: opt(z.enum(["lower", "higher"])),
  twoChildLimitException: dflt(z.boolean(), false),
  schoolStage: opt(z.enum(SCHOOL_STAGES)),
}));
export type Child = z.output<typeof Child>;

export const NonDependant = doc("NonDependant", z.strictObject({
  age: age(16, 120, "a non-dependant"),
  exempt: dflt(z.boolean(), false),
  grossWeeklyIncome: opt(amount("a non-dependant's income", 100_000)),
}));
export type NonDependant = z.output<typeof NonDependant>;

export const Housing = doc("Housing", z.strictObject({
  tenure: z.enum(TENURES),
  rentMonthly: opt(amount("rent", 20_000)),
  rentWeekly: opt(amount("rent", 5_000)),
  ineligibleServiceChargesWeekly: opt(amount("ineligible service charges", 2_000)),
  ineligibleServiceChargesMonthly: opt(amount("ineligible service charges", 10_000)),
  serviceChargesMonthly: dflt(amount("service charges", 5_000), zeroMoney),
  localHousingAllowanceMonthly: opt(amount("the Local Housing Allowance", 20_000)),
  spareBedrooms: dflt(wholeNumber("must be a whole number of bedrooms", 0, 10, "cannot be negative", "at most 10"), 0),
  nonDependants: dflt(z.union([wholeNumber("must be a whole number of people", 0, 10, "cannot be negative", "at most 10"), z.array(NonDependant).check(z.maxLength(10))]), 0),
}));
export type Housing = z.output<typeof Housing>;

export const Job = doc("Job", z.strictObject({
  hourlyWage: amount("the hourly wage", 1_000).check(z.refine<Money>((d) => d.greaterThan(0), "the hourly wage must be more than £0")),
  hours: z.array(Hours).check(z.minLength(1, "give at least one number of hours"), z.maxLength(12, "at most 12 scenarios")),
  pension: dflt(Pension, "none"),
  apprentice: dflt(z.boolean(), false),
  travelCostsWeekly: dflt(amount("travel costs", 1_000), zeroMoney),
  otherCostsWeekly: dflt(amount("other work costs", 1_000), zeroMoney),
  payFrequency: opt(PayFrequency),
  firstPayday: opt(Payday),
  startDate: opt(Payday),
}));
export type Job = z.output<typeof Job>;

const Percent = z
  .number({ error: "must be a percentage, e.g. 20" })
  .check(z.gte(0, "a percentage cannot be negative"), z.lte(100, "a percentage cannot be more than 100"), twoDp("at most 2 decimal places"));

/** One income band of a council's banded scheme: weekly income from … to … gets this discount. */
export const CtrBand = doc("CtrBand", z.strictObject({
  fromWeekly: amount("a band's lower edge", 100_000),
  toWeekly: opt(amount("a band's upper edge", 100_000)),
  discountPercent: Percent,
}));
export type CtrBand = z.output<typeof CtrBand>;

/** What counts as income in a banded scheme, beside net earnings. */
export const UcCounted = z.enum(["none", "wholeAward", "awardWithoutHousing", "standardAllowanceAndChildElements"]);

/** An English council's working-age Council Tax Reduction scheme, as the adviser describes it (or a preset from the rules). */
export const CtrScheme = z.discriminatedUnion("type", [
  doc("CtrScheme.none", z.strictObject({ type: z.literal("none") })),
  doc(
    "CtrScheme.keepCurrent",
    z.strictObject({ type: z.literal("keepCurrent"), reductionAnnual: amount("the current reduction", 20_000) }),
  ),
  doc(
    "CtrScheme.banded",
    z.strictObject({
      type: z.literal("banded"),
      bands: z.array(CtrBand).check(z.minLength(1, "give at least one band"), z.maxLength(20, "at most 20 bands")),
      universalCreditCounted: dflt(UcCounted, "wholeAward"),
      earningsDisregardWeekly: dflt(amount("the earnings disregard", 1_000), zeroMoney),
      nonDependantDeductionWeekly: dflt(amount("the non-dependant deduction", 1_000), zeroMoney),
      capitalLimit: opt(amount("the capital limit", 1_000_000)),
    }),
  ),
  doc(
    "CtrScheme.taper",
    z.strictObject({
      type: z.literal("taper"),
      maximumPercent: Percent,
      taperPercent: Percent,
      nonDependantDeductionWeekly: dflt(amount("the non-dependant deduction", 1_000), zeroMoney),
      capitalLimit: opt(amount("the capital limit", 1_000_000)),
    }),
  ),
  doc("CtrScheme.preset", z.strictObject({ type: z.literal("preset"), id: z.string().check(z.minLength(1)) })),
]);
export type CtrScheme = z.output<typeof CtrScheme>;

export const CouncilTax = doc("CouncilTax", z.strictObject({
  annualCharge: amount("the council tax bill", 20_000),
  singlePersonDiscount: opt(z.boolean()),
  scheme: opt(CtrScheme),
}));
export type CouncilTax = z.output<typeof CouncilTax>;

export const HealthCosts = doc("HealthCosts", z.strictObject({
  prescriptionItemsPerMonth: dflt(wholeNumber("a whole number of items", 0, 100, "cannot be negative", "at most 100"), 0),
  dentalCostsYearly: dflt(amount("dental charges", 5_000), zeroMoney),
  opticalCostsYearly: dflt(amount("sight tests and glasses", 5_000), zeroMoney),
}));
export type HealthCosts = z.output<typeof HealthCosts>;

const TaxYear = z.string().check(z.regex(/^\d{4}-\d{2}$/, 'must be a tax year written YYYY-YY (the year it starts, a hyphen and the last two digits of the next)'));
const IsoDateString = isoDate("must be a date written YYYY-MM-DD");

export const Household = doc(
  "Household",
  z
    .strictObject({
      id: opt(z.string().check(z.maxLength(200))),
      taxYear: opt(TaxYear),
      date: opt(IsoDateString),
      region: z.enum(REGIONS),
      london: dflt(z.boolean(), false),
      adults: z.array(Adult).check(z.minLength(1, "give at least one adult"), z.maxLength(2, "at most two adults (a couple)")),
      children: dflt(z.array(Child).check(z.maxLength(12, "at most 12 children")), () => []),
      housing: dflt(Housing, () => ({ tenure: "none" as const, serviceChargesMonthly: new D(0), spareBedrooms: 0, nonDependants: 0 })),
      childcareMonthly: dflt(amount("childcare costs", 10_000), zeroMoney),
      capital: dflt(amount("savings", 100_000_000), zeroMoney),
      councilTax: opt(CouncilTax),
      healthCosts: opt(HealthCosts),
      pregnant: dflt(z.boolean(), false),
      recentVictimOfDomesticViolence: dflt(z.boolean(), false),
      assessmentPeriodStartDay: opt(wholeNumber("must be a day of the month, 1 to 31", 1, 31, "must be a day of the month, 1 to 31", "must be a day of the month, 1 to 31")),
      job: Job,
    })
    .check(
      z.superRefine((h, ctx) => {
        const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message, input: h });
        if (!h.taxYear && !h.date) problem(["taxYear"], 'give a tax year (YYYY-YY) or a date (YYYY-MM-DD) to choose the rules');
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
          if (a.job && i === 0) problem(["adults", 0, "job"], "the first adult is the person offered the job: their hours and wage are in job; adults[].job is a partner's own job");
          if (a.job) {
            const given = (["hourlyWage", "weeklyPay", "monthlyPay"] as const).filter((k) => a.job![k] !== undefined);
            if (given.length !== 1)
              problem(["adults", i, "job", given.length ? given[1]! : "hourlyWage"], given.length ? `give the partner's pay one way only (got ${given.join(" and ")})` : "give the partner's pay: hourlyWage, weeklyPay or monthlyPay");
            else if (!a.job[given[0]!]!.greaterThan(0)) problem(["adults", i, "job", given[0]!], "the partner's pay must be more than £0");
          }
        });
        h.children.forEach((c, i) => {
          if (!c.schoolStage || c.schoolStage === "notAtSchool") return;
          const scottish = (SCOTTISH_STAGES as readonly string[]).includes(c.schoolStage);
          if (scottish && h.region !== "scotland")
            problem(["children", i, "schoolStage"], `${c.schoolStage} is a Scottish school stage; in ${h.region === "wales" ? "Wales" : "England"} give "reception" or "year1" to "year13"`);
          if (!scottish && h.region === "scotland") problem(["children", i, "schoolStage"], `in Scotland give a school stage "P1" to "P7" or "S1" to "S6" (got "${c.schoolStage}")`);
        });
        if (h.childcareMonthly.greaterThan(0) && h.children.length === 0)
          problem(["childcareMonthly"], "childcare costs need a child in the household");
        if (h.job.payFrequency === "lastWorkingDay" && h.job.firstPayday)
          problem(["job", "firstPayday"], "pay on the last working day of each month needs no first payday: leave firstPayday out");
        const partnerJob = h.adults[1]?.job;
        if (partnerJob?.payFrequency === "lastWorkingDay" && partnerJob.firstPayday)
          problem(["adults", 1, "job", "firstPayday"], "pay on the last working day of each month needs no first payday: leave firstPayday out");
        const seen = new Set<number>();
        h.job.hours.forEach((x, i) => {
          if (seen.has(x)) problem(["job", "hours", i], `${x} hours is listed twice`);
          seen.add(x);
        });
        const hs = h.housing;
        const renting = isRenting(hs.tenure);
        const hb = rentMetByHousingBenefit(hs.tenure);
        if (renting && hs.rentMonthly === undefined) problem(["housing", "rentMonthly"], `give the monthly rent for a ${hs.tenure} tenancy`);
        if (!renting && !hb && hs.rentMonthly !== undefined && hs.rentMonthly.greaterThan(0))
          problem(["housing", "rentMonthly"], `rent only counts for social or private renters, or in supported or temporary accommodation (tenure is "${hs.tenure}")`);
        if (!renting && hs.serviceChargesMonthly.greaterThan(0))
          problem(
            ["housing", "serviceChargesMonthly"],
            hb
              ? "in supported or temporary accommodation, include the eligible service charges in the eligible rent (rentWeekly or rentMonthly), and give the charges Housing Benefit does not meet as ineligibleServiceChargesWeekly or ineligibleServiceChargesMonthly"
              : `service charges only count here for renters (tenure is "${hs.tenure}")`,
          );
        // Supported and temporary accommodation: the eligible rent Housing Benefit meets, a week or a month (not both).
        if (hb && hs.rentWeekly === undefined && hs.rentMonthly === undefined)
          problem(["housing", "rentMonthly"], `give the eligible rent for ${hs.tenure} accommodation, a month (rentMonthly) or a week (rentWeekly)`);
        if (hb && hs.rentWeekly !== undefined && hs.rentMonthly !== undefined)
          problem(["housing", "rentMonthly"], "give the eligible rent a week (rentWeekly) or a month (rentMonthly), not both");
        if (!hb && hs.rentWeekly !== undefined)
          problem(["housing", "rentWeekly"], `a weekly rent is taken for supported or temporary accommodation, where Housing Benefit meets it; for tenure "${hs.tenure}" give rentMonthly`);
        for (const key of ["ineligibleServiceChargesWeekly", "ineligibleServiceChargesMonthly"] as const)
          if (!hb && hs[key] !== undefined)
            problem(["housing", key], `ineligible service charges are asked for supported or temporary accommodation only (tenure is "${hs.tenure}")`);
        if (hs.ineligibleServiceChargesWeekly !== undefined && hs.ineligibleServiceChargesMonthly !== undefined)
          problem(["housing", "ineligibleServiceChargesMonthly"], "give the ineligible service charges a week or a month, not both");
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
      }),
    ),
);

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

/** A problem with the household input (src/base/problems.ts). */
export type InputProblem = Problem;

export type ParseResult = { ok: true; household: Household } | { ok: false; problems: InputProblem[] };

/** Check raw input (e.g. parsed JSON). Never throws. */
export function parseHousehold(raw: unknown): ParseResult {
  const r = Household.safeParse(raw, { reportInput: true });
  if (r.success) return { ok: true, household: r.data };
  return { ok: false, problems: r.error.issues.flatMap(toProblems) };
}

function toProblems(i: ZodIssue): InputProblem[] {
  if (i.code === "unrecognized_keys") return unknownKeys(i, (k) => `unknown field "${k}": this calculator does not use it (check the spelling)`);
  const branch = bestUnionBranch(i);
  if (branch) return branch.flatMap(toProblems);
  return [{ path: pathOf(i), message: issueMessage(i) }];
}

function issueMessage(i: ZodIssue): string {
  const input = inputOf(i);
  const custom = customMessage(i);
  if ((i.code === "invalid_type" || i.code === "invalid_value" || i.code === "invalid_union") && input === undefined) return "is required";
  if (i.code === "invalid_type") return `${custom ?? `must be a ${i.expected}`} (got ${JSON.stringify(input)})`;
  if (i.code === "invalid_union") return `${custom ?? "is not in a form this calculator accepts"} (got ${JSON.stringify(input)})`;
  if (i.code === "invalid_value") return `must be one of ${listOf(i.values)}`;
  return custom ?? "is not valid";
}
