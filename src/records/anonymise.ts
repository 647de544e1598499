/**
 * A calculation → its anonymised record. Pure: the month and the random id
 * are passed in (the widget and the `record` command make them at the edge),
 * so the same inputs always give the same record.
 *
 * Every household fact is reduced to a band or category from codes.ts; every
 * amount to whole pounds; ages, rents, incomes, savings and the household's
 * own label (`id`) are never copied.
 */
import type { Household } from "../engine/household.js";
import type { Result, ScenarioResult } from "../engine/index.js";
import {
  BETTER_OFF_LIMIT,
  isNotRecordedFlag,
  RECORDED_FLAGS,
  WAGE_BAND_FLOORS,
  type AgeBand,
  type BenefitBefore,
  type Children,
  type Health,
  type Outcome,
  type RecordedFlag,
  type WageBand,
} from "./codes.js";
import { InvalidRecordError, NothingToRecordError, UnknownFlagError } from "./errors.js";
import { parseRecord, RECORD_SCHEMA_VERSION, type AnonymisedRecord, type RecordProblem, type RecordScenario } from "./schema.js";

export interface RecordStamp {
  /** The team code, e.g. "north-ips". */
  readonly team: string;
  /** The month of the calculation, YYYY-MM (see monthOf in month.ts). */
  readonly month: string;
  /** A random version 4 UUID (crypto.randomUUID()). */
  readonly id: string;
}

/** Why this household's calculation cannot be recorded ([] if it can). */
export function recordProblems(h: Household): RecordProblem[] {
  return h.job.hours.some((x) => x > 0) ? [] : [{ path: "job.hours", message: "compare at least one number of hours above 0 to record a result" }];
}

/**
 * The anonymised record of one calculation. Throws NothingToRecordError if no
 * hours above 0 were compared, InvalidRecordError if the stamp is not valid
 * (e.g. a team code with capitals), UnknownFlagError for an unclassified flag.
 */
export function anonymise(h: Household, result: Result, stamp: RecordStamp): AnonymisedRecord {
  const problems = recordProblems(h);
  if (problems.length) throw new NothingToRecordError(problems);
  const record = {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: stamp.id,
    team: stamp.team,
    month: stamp.month,
    rulesId: result.rules.id,
    engineVersion: result.engineVersion,
    region: result.region,
    household: {
      adults: h.adults.length === 2 ? "couple" : "single",
      children: childrenBand(h.children.length),
      ageBand: ageBand(h.adults[0]!.age),
      health: health(h),
      disabilityBenefit: h.adults.some((a) => Boolean(a.pip || a.adp || a.dla)),
      tenure: h.housing.tenure,
      benefitsBefore: benefitsBefore(result.baseline),
      wageBand: wageBand(h.job.hourlyWage),
    },
    scenarios: result.scenarios
      // Records hold whole and half hours only (schema.ts): other numbers of hours are left out of the record.
      .filter((s) => isPositive(s.hours) && Number.isInteger(Number(s.hours) * 2))
      .map(scenario)
      .sort((a, b) => Number(a.hours) - Number(b.hours)),
  };
  const checked = parseRecord(record);
  if (!checked.ok) throw new InvalidRecordError(checked.problems);
  return checked.record;
}

export const childrenBand = (n: number): Children => (n >= 3 ? "3+" : (String(n) as Children));

/** 21: National Living Wage age; 25: UC standard allowance age. */
export const ageBand = (age: number): AgeBand => (age < 21 ? "16-to-20" : age < 25 ? "21-to-24" : "25-plus");

function health(h: Household): Health {
  if (h.adults.some((a) => a.lcwra)) return "lcwra";
  if (h.adults.some((a) => a.lcw)) return "lcw";
  return "none";
}

/** The band holding an hourly wage (a Decimal, compared exactly). */
export function wageBand(hourly: { lessThan(n: number): boolean }): WageBand {
  let band: WageBand = WAGE_BAND_FLOORS[0]![0];
  for (const [b, floor] of WAGE_BAND_FLOORS) if (!hourly.lessThan(floor)) band = b;
  return band;
}

function benefitsBefore(base: ScenarioResult): BenefitBefore[] {
  const paid: [BenefitBefore, string][] = [
    ["universal-credit", base.ucMonthly],
    ["new-style-esa", base.esaWeekly],
    ["new-style-jsa", base.jsaWeekly],
    ["carers-allowance", base.carersAllowanceWeekly],
    ["child-benefit", base.childBenefitWeekly],
    ["scottish-child-payment", base.scottishChildPaymentWeekly],
  ];
  return paid.filter(([, amount]) => isPositive(amount)).map(([b]) => b);
}

function scenario(s: ScenarioResult): RecordScenario {
  const pounds = wholePounds(s.betterOffAfterCostsWeekly);
  const outcome: Outcome = pounds > 0 ? "better" : pounds < 0 ? "worse" : "same";
  const flags = new Set<RecordedFlag>();
  for (const { code } of s.thresholds) {
    if (code in RECORDED_FLAGS) flags.add(code as RecordedFlag);
    else if (!isNotRecordedFlag(code)) throw new UnknownFlagError(code);
  }
  return { hours: s.hours, betterOffAfterCostsWeekly: pounds, outcome, flags: [...flags].sort() };
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal string ("12.5", "-0.01") is above zero. Exact: no floating point. */
export function isPositive(decimal: string): boolean {
  const m = DECIMAL.exec(decimal);
  if (!m) throw new TypeError(`[better-off] not a decimal string: ${JSON.stringify(decimal)}`);
  return m[1] === "" && /[1-9]/.test(m[2]! + (m[3] ?? ""));
}

/**
 * A decimal string of pounds to whole pounds, half a pound away from zero
 * (93.50 → 94, -0.50 → -1, 0.49 → 0), then top-coded at ±BETTER_OFF_LIMIT.
 * Exact: works on the digits, never on a binary float.
 */
export function wholePounds(decimal: string): number {
  const m = DECIMAL.exec(decimal);
  if (!m) throw new TypeError(`[better-off] not a decimal string: ${JSON.stringify(decimal)}`);
  const magnitude = Number(m[2]) + ((m[3] ?? "0")[0]! >= "5" ? 1 : 0);
  const capped = Math.min(magnitude, BETTER_OFF_LIMIT);
  return m[1] === "-" && capped !== 0 ? -capped : capped;
}
