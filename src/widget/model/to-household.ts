/**
 * Answers (as typed) to the engine's household input. Forgiving about form
 * ("£1,200" is 1200, "16, 24 30" is three numbers) but never about meaning:
 * anything that is not a number is passed on as typed, so the engine's own
 * validation names the problem. Questions hidden because an earlier answer
 * made them irrelevant (rent for an owner) are not sent.
 */
import type { HouseholdInput, InputProblem } from "../../engine/index.js";
import type { Rules } from "../../rules/compose.js";
import type { Mode, WidgetConfig } from "../attributes.js";
import { SCOTTISH_STAGES } from "../../engine/school-stage.js";
import { activeChildren, childCountOf, isCouple, type AdultAnswers, type Answers, type ChildAnswers } from "./answers.js";
import { bornBefore2017AprilFromAge } from "../../engine/born-before-2017.js";
import { councilTaxInput, healthCostsInput } from "./council-tax-input.js";
import { defined, num, numberAt, pounds, poundsAt } from "./input-helpers.js";
import { rentMonthly } from "./rent.js";
import { minimumWageFor } from "../../engine/minimum-wage.js";
import { agesOn, type RulesChoice } from "./rules-choice.js";

export interface Built {
  readonly input: Record<string, unknown>;
  /** Problems the engine cannot see (questions that are not engine fields). */
  readonly problems: InputProblem[];
  /** Engine paths that belong to another field (the offered job's hours). */
  readonly overrides: Record<string, string>;
  /** The hours the headline describes, if the user gave them. */
  readonly jobHours?: number;
}

const WHOLE_YEARS = "a whole number of years, e.g. 41";
const HOURS = "a number of hours a week, e.g. 16 or 37.5";

/** The ESA group the assessment implies: support (no work-related activity), work-related activity, or the assessment phase. */
function esaOf(a: AdultAnswers): Record<string, unknown> | undefined {
  if (!a.esa) return undefined;
  if (a.assessment === "notYet") return { phase: "assessment", workRelatedActivityComponent: false };
  return { phase: "main", group: a.assessment === "yes" ? "support" : "workRelatedActivity", workRelatedActivityComponent: a.esaComponent };
}

/**
 * One adult. Every answer that moves the figure is asked: an answer left
 * blank is reported, and "Not sure" is resolved before this (`readings.ts`
 * runs the calculation once for each reading), so nothing is assumed here.
 */
function adult(a: AdultAnswers, i: number, problems: InputProblem[], mode: Mode): Record<string, unknown> {
  const rates = defined({
    dailyLiving: a.dailyLiving === "none" ? undefined : a.dailyLiving,
    mobility: a.mobility === "none" ? undefined : a.mobility,
  });
  const asked = a.uc || a.esa;
  if (asked && !a.assessment) problems.push({ path: `adults.${i}.assessment`, message: "is required" });
  if (asked && a.assessment === "yes" && !a.lcwraBefore2026) problems.push({ path: `adults.${i}.lcwraBefore2026`, message: "is required" });
  if (a.uc && a.assessment === "no" && !a.lcwElement) problems.push({ path: `adults.${i}.lcwElement`, message: "is required" });
  if (a.esa && a.jsa) problems.push({ path: `adults.${i}.newStyleJsa`, message: "New Style ESA and New Style JSA cannot be paid at the same time: untick one" });
  if (a.disability && !a.disabilityBenefit) problems.push({ path: `adults.${i}.disabilityBenefit`, message: "is required" });
  const which = a.disability ? a.disabilityBenefit : "";
  const lcwra = asked && a.assessment === "yes" ? (a.lcwraBefore2026 === "yes" ? "protected" : a.lcwraBefore2026 === "no" ? "new" : undefined) : undefined;
  return defined({
    age: numberAt(problems, `adults.${i}.age`, a.age, WHOLE_YEARS),
    lcw: a.uc && a.assessment === "no" && a.lcwElement === "yes" ? true : undefined,
    lcwra,
    pip: which === "pip" ? rates : undefined,
    adp: which === "adp" ? rates : undefined,
    dla: which === "dla" ? defined({ care: a.dlaCare === "none" ? undefined : a.dlaCare, mobility: a.dlaMobility === "none" ? undefined : a.dlaMobility }) : undefined,
    newStyleEsa: esaOf(a),
    newStyleJsa: a.jsa && !a.esa ? true : undefined,
    carer: a.carer || a.carersAllowance || undefined,
    carersAllowance: a.carersAllowance || undefined,
    job: i === 1 ? partnerJob(a, problems, mode) : undefined,
  });
}

const PAY_KEY = { hour: "hourlyWage", week: "weeklyPay", month: "monthlyPay" } as const;

/**
 * How often pay arrives and a payday. Full mode asks the frequency: sent as
 * chosen, so tax, NI and pension are worked on that pay period. Quick mode
 * does not ask: none is sent (the weekly convention, paid monthly).
 */
function payCycle(j: AdultAnswers["job"], mode: Mode) {
  return {
    payFrequency: mode === "full" ? j.payFrequency : undefined,
    firstPayday: j.payFrequency === "lastWorkingDay" ? undefined : j.firstPayday.trim() || undefined,
  };
}

/** The partner's own job (issue 13): "Does your partner work?", then hours and pay, fixed across the scenarios. */
function partnerJob(a: AdultAnswers, problems: InputProblem[], mode: Mode): Record<string, unknown> | undefined {
  const j = a.job;
  if (!j.works) problems.push({ path: "adults.1.job.works", message: "is required" });
  if (j.works !== "yes") return undefined;
  const key = PAY_KEY[j.payPer];
  const before = problems.length;
  if (!j.hours.trim()) problems.push({ path: "adults.1.job.hours", message: "is required" });
  if (!j.wage.trim()) problems.push({ path: `adults.1.job.${key}`, message: "is required" });
  const hours = numberAt(problems, "adults.1.job.hours", j.hours, HOURS);
  const pay = poundsAt(problems, `adults.1.job.${key}`, j.wage);
  const percent = j.pension === "none" ? undefined : numberAt(problems, "adults.1.job.pension.employeePercent", j.pensionPercent, "a percentage, e.g. 5");
  // A problem named here already: the job is not sent, so the engine does not name it again in its own words.
  if (problems.length > before) return undefined;
  return defined({
    [key]: pay,
    hours,
    pension: j.pension === "none" ? undefined : percent === undefined ? j.pension : { type: j.pension, employeePercent: percent },
    ...payCycle(j, mode),
  });
}

/** The stage, if one was chosen for the region now selected (a stage kept from another region is not used). */
function stageFor(c: ChildAnswers, region: Answers["region"]): string | undefined {
  if (!c.schoolStage) return undefined;
  if (c.schoolStage === "notAtSchool") return c.schoolStage;
  const scottish = (SCOTTISH_STAGES as readonly string[]).includes(c.schoolStage);
  return region === "scotland" ? (scottish ? c.schoolStage : undefined) : region && !scottish ? c.schoolStage : undefined;
}

function childInput(c: ChildAnswers, i: number, on: string | undefined, region: Answers["region"], problems: InputProblem[]): Record<string, unknown> {
  const age = numberAt(problems, `children.${i}.age`, c.age, "a whole number of years, e.g. 7");
  let born: boolean | undefined = c.bornBefore2017April === "yes" ? true : c.bornBefore2017April === "no" ? false : undefined;
  const certain = typeof age === "number" && Number.isInteger(age) && age >= 0 && on ? bornBefore2017AprilFromAge(age, on) : undefined;
  if (certain !== undefined && certain !== null) born = certain;
  else if (certain === null && born === undefined)
    problems.push({ path: `children.${i}.bornBefore2017April`, message: "is required" });
  return defined({
    age,
    bornBefore2017April: born,
    disability: c.disability === "none" ? undefined : c.disability,
    twoChildLimitException: c.twoChildLimitException || undefined,
    schoolStage: stageFor(c, region),
  });
}



function hoursList(a: Answers, config: WidgetConfig, jobHours: number | undefined, problems: InputProblem[]) {
  const typed = a.hoursList.trim() ? a.hoursList.split(/[\s,;]+/).filter(Boolean) : [...config.hours];
  const hours = typed.map((t, i) => numberAt(problems, `job.hours.${i}`, t, HOURS)).filter((x): x is number => x !== undefined);
  if (jobHours !== undefined && !hours.includes(jobHours)) hours.push(jobHours);
  // Compared in order, the job's own hours among them.
  hours.sort((x, y) => x - y);
  return { hours, jobIndex: jobHours === undefined ? -1 : hours.indexOf(jobHours) };
}

export function toHouseholdInput(a: Answers, config: WidgetConfig, choice: RulesChoice, rules: Rules | null, mode: Mode = "quick"): Built {
  const problems: InputProblem[] = [];
  const overrides: Record<string, string> = {};
  const count = childCountOf(a);
  if (count === null) problems.push({ path: "children", message: "must be a whole number, e.g. 0 or 2" });
  const on = agesOn(choice, rules);
  const children = activeChildren(a).map((c, i) => childInput(c, i, on, a.region, problems));
  const renting = a.tenure === "social" || a.tenure === "private";
  // Supported or temporary accommodation: Housing Benefit meets the eligible rent (asked a month, like other rents).
  const hbRent = a.tenure === "supported" || a.tenure === "temporary";
  const claimantAge = num(a.adults[0].age);
  const jobHours = numberAt(problems, "jobHours", a.jobHours, HOURS);
  const { hours, jobIndex } = hoursList(a, config, jobHours, problems);
  if (jobIndex >= 0) overrides[`job.hours.${jobIndex}`] = "jobHours";

  const job = a.adults[0].job;
  const money = (path: string, s: string) => poundsAt(problems, path, s);
  let hourlyWage: string | number | undefined = money("job.hourlyWage", job.wage) ?? config.wage;
  if (hourlyWage === undefined && rules && typeof claimantAge === "number" && Number.isInteger(claimantAge) && !job.wage.trim())
    hourlyWage = minimumWageFor(claimantAge, job.apprentice, rules).hourly.toFixed(2);
  // Without a usable age there is no default wage; the age error says what to fix.
  if (hourlyWage === undefined) hourlyWage = "0.01";

  const percent = job.pension === "none" ? undefined : numberAt(problems, "job.pension.employeePercent", job.pensionPercent, "a percentage, e.g. 5");
  const input = defined({
    // By tax year, with today as the date where it lies in that year (the assessment periods run from today).
    ...(choice.date ? { date: choice.date } : { taxYear: choice.taxYear, ...(choice.periodsFrom ? { date: choice.periodsFrom } : {}) }),
    region: a.region || undefined,
    london: a.region === "england" && a.london ? true : undefined,
    adults: isCouple(a) ? [adult(a.adults[0], 0, problems, mode), adult(a.adults[1], 1, problems, mode)] : [adult(a.adults[0], 0, problems, mode)],
    children,
    housing: a.tenure
      ? defined({
          tenure: a.tenure,
          // Housing Benefit is weekly: a weekly rent is sent as it is, with no conversion to a month and back.
          rentWeekly: hbRent && a.rentPeriod === "week" ? money("housing.rentWeekly", a.rent) : undefined,
          rentMonthly: renting || (hbRent && a.rentPeriod !== "week") ? rentMonthly(money("housing.rentMonthly", a.rent), a.rentPeriod) : undefined,
          serviceChargesMonthly: renting ? money("housing.serviceChargesMonthly", a.serviceCharges) : undefined,
          // Charges Housing Benefit does not meet, in the rent's period: a week as it is, otherwise a month as the rent is turned into one.
          ineligibleServiceChargesWeekly: hbRent && a.rentPeriod === "week" ? money("housing.ineligibleServiceChargesWeekly", a.ineligibleCharges) : undefined,
          ineligibleServiceChargesMonthly:
            hbRent && a.rentPeriod !== "week" ? rentMonthly(money("housing.ineligibleServiceChargesMonthly", a.ineligibleCharges), a.rentPeriod) : undefined,
          localHousingAllowanceMonthly: a.tenure === "private" ? money("housing.localHousingAllowanceMonthly", a.lha) : undefined,
          spareBedrooms: a.tenure === "social" ? numberAt(problems, "housing.spareBedrooms", a.spareBedrooms, "a whole number, e.g. 1") : undefined,
          nonDependants: renting || hbRent ? numberAt(problems, "housing.nonDependants", a.nonDependants, "a whole number, e.g. 1") : undefined,
        })
      : undefined,
    childcareMonthly: children.length ? money("childcareMonthly", a.childcare) : undefined,
    capital: money("capital", a.savings),
    councilTax: councilTaxInput(a, rules, problems),
    healthCosts: healthCostsInput(a, problems),
    pregnant: a.pregnant || undefined,
    job: defined({
      hourlyWage,
      hours,
      pension: job.pension === "none" ? undefined : percent === undefined ? job.pension : { type: job.pension, employeePercent: percent },
      apprentice: job.apprentice || undefined,
      travelCostsWeekly: money("job.travelCostsWeekly", job.travel),
      otherCostsWeekly: money("job.otherCostsWeekly", job.otherCosts),
      ...payCycle(job, mode),
      startDate: job.startDate.trim() || undefined,
    }),
    assessmentPeriodStartDay: numberAt(problems, "assessmentPeriodStartDay", a.apStartDay, "a day of the month, 1 to 31"),
  });
  if (!a.tenure) problems.push({ path: "housing.tenure", message: "is required" });
  return { input, problems, overrides, ...(jobHours !== undefined ? { jobHours } : {}) };
}

export type { HouseholdInput };
export { num, pounds };
