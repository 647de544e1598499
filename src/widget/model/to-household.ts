/**
 * Answers (as typed) to the engine's household input. Forgiving about form
 * ("£1,200" is 1200, "16, 24 30" is three numbers) but never about meaning:
 * anything that is not a number is passed on as typed, so the engine's own
 * validation names the problem. Questions hidden because an earlier answer
 * made them irrelevant (rent for an owner) are not sent.
 */
import type { HouseholdInput, InputProblem } from "../../engine/index.js";
import type { Rules } from "../../rules/compose.js";
import type { WidgetConfig } from "../attributes.js";
import { SCOTTISH_STAGES } from "../../engine/school-stage.js";
import { activeChildren, childCountOf, isCouple, type AdultAnswers, type Answers, type ChildAnswers } from "./answers.js";
import { bornBefore2017AprilFromAge } from "../../engine/born-before-2017.js";
import { councilTaxInput, healthCostsInput } from "./council-tax-input.js";
import { defined, num, numberAt, pounds } from "./input-helpers.js";
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

function adult(a: AdultAnswers, i: number, problems: InputProblem[]): Record<string, unknown> {
  const rates = defined({
    dailyLiving: a.dailyLiving === "none" ? undefined : a.dailyLiving,
    mobility: a.mobility === "none" ? undefined : a.mobility,
  });
  const lcwra = a.health === "lcwra-protected" ? "protected" : a.health === "lcwra-new" ? "new" : undefined;
  return defined({
    age: numberAt(problems, `adults.${i}.age`, a.age, WHOLE_YEARS),
    lcw: a.health === "lcw" ? true : undefined,
    lcwra,
    pip: a.disabilityBenefit === "pip" ? rates : undefined,
    adp: a.disabilityBenefit === "adp" ? rates : undefined,
    dla:
      a.disabilityBenefit === "dla"
        ? defined({ care: a.dlaCare === "none" ? undefined : a.dlaCare, mobility: a.dlaMobility === "none" ? undefined : a.dlaMobility })
        : undefined,
    newStyleEsa:
      a.contributory === "esa"
        ? {
            phase: a.esaPhase,
            ...(a.esaPhase === "main" ? { group: a.esaGroup || (lcwra ? "support" : "workRelatedActivity") } : {}),
            workRelatedActivityComponent: a.esaComponent,
          }
        : undefined,
    newStyleJsa: a.contributory === "jsa" ? true : undefined,
    carer: a.carer || undefined,
    carersAllowance: a.carer && a.carersAllowance ? true : undefined,
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


const HOURS = "a number of hours a week, e.g. 16 or 37.5";

function hoursList(a: Answers, config: WidgetConfig, jobHours: number | undefined, problems: InputProblem[]) {
  const typed = a.hoursList.trim() ? a.hoursList.split(/[\s,;]+/).filter(Boolean) : [...config.hours];
  const hours = typed.map((t, i) => numberAt(problems, `job.hours.${i}`, t, HOURS)).filter((x): x is number => x !== undefined);
  hours.sort((x, y) => x - y);
  let jobIndex = -1;
  if (jobHours !== undefined) {
    jobIndex = hours.indexOf(jobHours);
    if (jobIndex < 0) {
      hours.push(jobHours);
      jobIndex = hours.length - 1;
    }
  }
  return { hours, jobIndex };
}

export function toHouseholdInput(a: Answers, config: WidgetConfig, choice: RulesChoice, rules: Rules | null): Built {
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

  let hourlyWage: string | number | undefined = pounds(a.wage) ?? config.wage;
  if (hourlyWage === undefined && rules && typeof claimantAge === "number" && Number.isInteger(claimantAge))
    hourlyWage = minimumWageFor(claimantAge, a.apprentice, rules).hourly.toFixed(2);
  // Without a usable age there is no default wage; the age error says what to fix.
  if (hourlyWage === undefined) hourlyWage = "0.01";

  const percent = a.pension === "none" ? undefined : numberAt(problems, "job.pension.employeePercent", a.pensionPercent, "a percentage, e.g. 5");
  const input = defined({
    ...(choice.date ? { date: choice.date } : { taxYear: choice.taxYear }),
    region: a.region || undefined,
    london: a.region === "england" && a.london ? true : undefined,
    adults: isCouple(a) ? [adult(a.adults[0], 0, problems), adult(a.adults[1], 1, problems)] : [adult(a.adults[0], 0, problems)],
    children,
    housing: a.tenure
      ? defined({
          tenure: a.tenure,
          rentMonthly: renting || hbRent ? pounds(a.rent) : undefined,
          serviceChargesMonthly: renting ? pounds(a.serviceCharges) : undefined,
          localHousingAllowanceMonthly: a.tenure === "private" ? pounds(a.lha) : undefined,
          spareBedrooms: a.tenure === "social" ? numberAt(problems, "housing.spareBedrooms", a.spareBedrooms, "a whole number, e.g. 1") : undefined,
          nonDependants: renting || hbRent ? numberAt(problems, "housing.nonDependants", a.nonDependants, "a whole number, e.g. 1") : undefined,
        })
      : undefined,
    childcareMonthly: children.length ? pounds(a.childcare) : undefined,
    capital: pounds(a.savings),
    councilTax: councilTaxInput(a, rules, problems),
    healthCosts: healthCostsInput(a, problems),
    pregnant: a.pregnant || undefined,
    job: defined({
      hourlyWage,
      hours,
      pension: a.pension === "none" ? undefined : percent === undefined ? a.pension : { type: a.pension, employeePercent: percent },
      apprentice: a.apprentice || undefined,
      travelCostsWeekly: pounds(a.travel),
      otherCostsWeekly: pounds(a.otherCosts),
    }),
  });
  if (!a.tenure) problems.push({ path: "housing.tenure", message: "is required" });
  return { input, problems, overrides, ...(jobHours !== undefined ? { jobHours } : {}) };
}

export type { HouseholdInput };
export { num, pounds };
