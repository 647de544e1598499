/**
 * A child's school stage, for free school meals, which go by stage rather
 * than age: Scotland's primary and secondary stages (P1–P7, S1–S6) and the
 * year groups of England and Wales (reception, years 1–13).
 *
 * Given, a stage is used as it is. Otherwise it follows from the child's age
 * on the date the rules are for and the school intake: one intake a year
 * (Scotland: August; England and Wales: September) of the children born in
 * one "cohort year" (Scotland: 1 March to the end of February, so P1 starts
 * at 4½ to 5½; England and Wales: 1 September to 31 August, so reception is
 * the year a child turns 5). Age in whole years leaves the birthday open
 * within a year, so a child may be in one of two stages: the more likely is
 * used, and the other is reported so the caller can warn.
 */

export const SCOTTISH_STAGES = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "S1", "S2", "S3", "S4", "S5", "S6"] as const;
export const ENGLISH_WELSH_STAGES = [
  "reception",
  "year1",
  "year2",
  "year3",
  "year4",
  "year5",
  "year6",
  "year7",
  "year8",
  "year9",
  "year10",
  "year11",
  "year12",
  "year13",
] as const;
export const SCHOOL_STAGES = [...SCOTTISH_STAGES, ...ENGLISH_WELSH_STAGES, "notAtSchool"] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];

/** Stage number: P1 = 1 … P7 = 7, S1 = 8 … S6 = 13; reception = 0, year n = n; null = not at school. */
export function stageNumber(stage: SchoolStage): number | null {
  const s = SCOTTISH_STAGES.indexOf(stage as (typeof SCOTTISH_STAGES)[number]);
  if (s >= 0) return s + 1;
  const e = ENGLISH_WELSH_STAGES.indexOf(stage as (typeof ENGLISH_WELSH_STAGES)[number]);
  return e >= 0 ? e : null;
}

export const stageName = (n: number | null, scotland: boolean): string =>
  n === null ? "not at school" : scotland ? SCOTTISH_STAGES[n - 1]! : n === 0 ? "reception" : `year ${n}`;

export interface Intake {
  /** Month the school year starts (8 = August, 9 = September). */
  readonly intakeMonth: number;
  /** Month the cohort of birthdays starts (3 = March, 9 = September). */
  readonly cohortStartMonth: number;
  /** Stage number of the first school year (P1 = 1; reception = 0). */
  readonly firstStage: number;
  /** Stage number of the last school year (S6 = 13; year 13 = 13). */
  readonly lastStage: number;
}

export interface InferredStage {
  /** The more likely stage (null: not at school). */
  readonly stage: number | null;
  /** The other stage a child of this age may be in, if any. */
  readonly other: number | null | undefined;
  /** When `other` is set: children born before this date (YYYY-MM-DD) are in the older of the two stages. */
  readonly boundary?: string;
}

/** The compulsory school age: a cohort starts school in the school year its members turn 5 (P1; reception). */
const START_AGE = 5;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function inferStage(age: number, on: string, intake: Intake): InferredStage {
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  const schoolYear = m >= intake.intakeMonth ? y : y - 1;
  // Born between (on − (age+1) years + 1 day) and (on − age years).
  const latest = utc(y - age, m, d);
  const earliest = new Date(utc(y - age - 1, m, d).getTime() + 86_400_000);
  const cohort = (b: Date) => (b.getUTCMonth() + 1 >= intake.cohortStartMonth ? b.getUTCFullYear() : b.getUTCFullYear() - 1);
  const stageOf = (c: number) => {
    const n = schoolYear - START_AGE - c + intake.firstStage;
    return n < intake.firstStage || n > intake.lastStage ? null : n;
  };
  const older = stageOf(cohort(earliest));
  const younger = stageOf(cohort(latest));
  if (older === younger) return { stage: older, other: undefined };
  // The cohort boundary inside the range: births before it give the older stage.
  const boundary = utc(cohort(earliest) + 1, intake.cohortStartMonth, 1);
  const olderDays = boundary.getTime() - earliest.getTime();
  const youngerDays = latest.getTime() + 86_400_000 - boundary.getTime();
  return olderDays >= youngerDays
    ? { stage: older, other: younger, boundary: iso(boundary) }
    : { stage: younger, other: older, boundary: iso(boundary) };
}
