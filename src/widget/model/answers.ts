/**
 * What the user has typed and chosen, kept exactly as entered (strings), so
 * that nothing is lost when a validation error appears or the user switches
 * mode, period or tax year. `to-household.ts` turns it into engine input.
 */
import type { Mode, Period } from "../attributes.js";
import type { Region, Tenure } from "../../engine/terms.js";

export type YesNo = "" | "yes" | "no";
/** A question a clinician may not know the answer to: "unsure" is a real answer (the result shows both readings). */
export type YesNoUnsure = YesNo | "unsure";
export type DisabilityBenefit = "" | "pip" | "adp" | "dla";

/**
 * "Did your assessment say you don't have to look for work or go to
 * work-focused meetings?" (the Work Capability Assessment, for ESA and UC
 * alike): yes = limited capability for work-related activity (ESA support
 * group, UC LCWRA); no = not that (ESA work-related activity group; UC no
 * LCWRA); notYet = no assessment yet (ESA assessment phase).
 */
export type Assessment = "" | "yes" | "no" | "notYet" | "unsure";

/**
 * One person's job. The client's is the job offered, compared at each number
 * of hours (the hours are the household's `jobHours` and `hoursList`).
 * Issue 13 (a partner who works) gives the partner's job here too, with its
 * fixed hours and pay frequency; issue 14 adds a start date: each is a field
 * of this object, asked by the same questions with `who`.
 */
export type PayPer = "hour" | "week" | "month";
/** How often pay arrives (the engine's `payFrequency`). */
export type PayFrequencyAnswer = "monthly" | "lastWorkingDay" | "weekly" | "fortnightly" | "fourWeekly";

export interface JobAnswers {
  /** The partner only: "Does your partner work?" ("" = not answered; the client's job is the one offered). */
  readonly works: YesNo;
  /** The partner's hours a week (the client's are `jobHours` and `hoursList`). */
  readonly hours: string;
  /** What `wage` is: pounds an hour, or (the partner, full mode) pay a week or a month before deductions. */
  readonly payPer: PayPer;
  /** Pounds an hour as typed (or a week or a month, by `payPer`); "" = the minimum wage for the age (client only). */
  readonly wage: string;
  /** Full mode: how often pay arrives, and a payday (YYYY-MM-DD, "" = the date of the rules). */
  readonly payFrequency: PayFrequencyAnswer;
  readonly firstPayday: string;
  /** Full mode, the client's job: the day it starts (YYYY-MM-DD, "" = not given): the first three months week by week. */
  readonly startDate: string;
  readonly travel: string;
  readonly otherCosts: string;
  readonly pension: "none" | "netPay" | "reliefAtSource";
  readonly pensionPercent: string;
  readonly apprentice: boolean;
}

export interface AdultAnswers {
  readonly age: string;
  /** Benefits now ("Which benefits do you get now?"). */
  readonly uc: boolean;
  readonly esa: boolean;
  readonly jsa: boolean;
  /** Gets PIP, ADP or DLA; which one in `disabilityBenefit`. */
  readonly disability: boolean;
  readonly carersAllowance: boolean;
  /** The Work Capability Assessment's outcome, in plain words (asked when UC or ESA is ticked). */
  readonly assessment: Assessment;
  /** LCWRA first decided before 6 April 2026 (or severe conditions, or terminally ill): the protected UC rate. */
  readonly lcwraBefore2026: YesNoUnsure;
  /** UC without LCWRA: the LCW element of a claim from before 3 April 2017. */
  readonly lcwElement: YesNoUnsure;
  readonly disabilityBenefit: DisabilityBenefit;
  /** PIP / ADP components. */
  readonly dailyLiving: "none" | "standard" | "enhanced";
  readonly mobility: "none" | "standard" | "enhanced";
  /** DLA components. */
  readonly dlaCare: "none" | "lowest" | "middle" | "highest";
  readonly dlaMobility: "none" | "lower" | "higher";
  /** Full mode: the ESA work-related activity component (claims before 3 April 2017). */
  readonly esaComponent: boolean;
  /** Full mode: cares 35 hours a week or more (UC carer element) without Carer's Allowance. */
  readonly carer: boolean;
  readonly job: JobAnswers;
}

export interface ChildAnswers {
  readonly age: string;
  readonly disability: "none" | "lower" | "higher";
  readonly bornBefore2017April: YesNo;
  readonly twoChildLimitException: boolean;
  /** School stage for free school meals ("P6", "year7" …); "" = work it out from the age. */
  readonly schoolStage: string;
}

/** One income band of a council's banded scheme, as typed. */
export interface BandAnswers {
  readonly from: string;
  /** "" for the top band. */
  readonly to: string;
  readonly percent: string;
}

/** How the council's Council Tax Reduction scheme is given (England). "" = not answered; "unknown": council tax is left out, with a note. */
export type CtScheme = "" | "preset" | "unknown" | "keepCurrent" | "taper" | "banded" | "none";
export type RentPeriod = "week" | "fortnight" | "fourWeeks" | "month";
export type UcCountedAnswer = "wholeAward" | "awardWithoutHousing" | "standardAllowanceAndChildElements" | "none";

export interface Answers {
  readonly region: "" | Region;
  readonly london: boolean;
  readonly couple: YesNo;
  readonly adults: readonly [AdultAnswers, AdultAnswers];
  readonly childCount: string;
  /** Kept when the count goes down, so raising it again brings the answers back. */
  readonly children: readonly ChildAnswers[];
  readonly tenure: "" | Tenure;
  readonly rent: string;
  /** How often the rent is due (converted to a month as UC does). */
  readonly rentPeriod: RentPeriod;
  readonly serviceCharges: string;
  /** Supported or temporary accommodation: service charges Housing Benefit does not meet, in the rent's period. */
  readonly ineligibleCharges: string;
  readonly lha: string;
  readonly spareBedrooms: string;
  readonly nonDependants: string;
  readonly childcare: string;
  readonly savings: string;
  /** Hours of the job offered, if known: compared and used for the headline. */
  readonly jobHours: string;
  /** Hours to compare; "" = the `hours` attribute. */
  readonly hoursList: string;
  /** Council tax for the year, before discounts; "" = leave council tax out. */
  readonly ctBill: string;
  /** "" = from the household (applies when the claimant lives alone). */
  readonly ctSingle: YesNo;
  readonly ctScheme: CtScheme;
  /** A preset id from the rule tables. */
  readonly ctPreset: string;
  /** keepCurrent: the reduction now, a year. */
  readonly ctCurrent: string;
  readonly ctTaperMax: string;
  readonly ctTaperRate: string;
  readonly ctBands: readonly BandAnswers[];
  readonly ctUcCounted: UcCountedAnswer;
  /** NHS prescription items a month (England). */
  readonly prescriptions: string;
  readonly dental: string;
  readonly optical: string;
  readonly pregnant: boolean;
  /** Full mode: the day of the month the UC assessment periods start ("" = the day of the date of the rules). */
  readonly apStartDay: string;
}

/** Everything the widget keeps between page loads (session storage). */
export interface SavedState {
  readonly version: 2;
  readonly answers: Answers;
  readonly mode: Mode;
  readonly period: Period;
  /** The tax year the user picked; "" = from the attributes. */
  readonly taxYear: string;
  /** Results were asked for: show them (and errors) again after a reload. */
  readonly submitted: boolean;
}

export const emptyJob: JobAnswers = { works: "", hours: "", payPer: "hour", payFrequency: "monthly", firstPayday: "", startDate: "", wage: "", travel: "", otherCosts: "", pension: "none", pensionPercent: "", apprentice: false };

export const emptyAdult: AdultAnswers = {
  age: "",
  uc: false,
  esa: false,
  jsa: false,
  disability: false,
  carersAllowance: false,
  assessment: "",
  lcwraBefore2026: "",
  lcwElement: "",
  disabilityBenefit: "",
  dailyLiving: "none",
  mobility: "none",
  dlaCare: "none",
  dlaMobility: "none",
  esaComponent: false,
  carer: false,
  job: emptyJob,
};

export const emptyBand: BandAnswers = { from: "", to: "", percent: "" };

export const emptyChild: ChildAnswers = { age: "", disability: "none", bornBefore2017April: "", twoChildLimitException: false, schoolStage: "" };

export const emptyAnswers: Answers = {
  region: "",
  london: false,
  couple: "no",
  adults: [emptyAdult, emptyAdult],
  childCount: "0",
  children: [],
  tenure: "",
  rent: "",
  rentPeriod: "month",
  serviceCharges: "",
  ineligibleCharges: "",
  lha: "",
  spareBedrooms: "",
  nonDependants: "",
  childcare: "",
  savings: "",
  jobHours: "",
  hoursList: "",
  ctBill: "",
  ctSingle: "",
  ctScheme: "",
  ctPreset: "",
  ctCurrent: "",
  ctTaperMax: "",
  ctTaperRate: "",
  ctBands: [{ ...emptyBand, from: "0" }],
  ctUcCounted: "wholeAward",
  prescriptions: "",
  dental: "",
  optical: "",
  pregnant: false,
  apStartDay: "",
};

/** Whole number of children typed, or null if not a whole number. */
export function childCountOf(a: Answers): number | null {
  const t = a.childCount.trim();
  return /^\d{1,2}$/.test(t) ? Number(t) : t === "" ? 0 : null;
}

/** The children the count asks about (answers kept beyond it are not used). */
export function activeChildren(a: Answers): ChildAnswers[] {
  const n = childCountOf(a) ?? 0;
  return Array.from({ length: n }, (_, i) => a.children[i] ?? emptyChild);
}

export const isCouple = (a: Answers): boolean => a.couple === "yes";

export function withAdult(a: Answers, i: 0 | 1, patch: Partial<AdultAnswers>): Answers {
  const adults = [...a.adults] as [AdultAnswers, AdultAnswers];
  adults[i] = { ...adults[i], ...patch };
  return { ...a, adults };
}

export function withChild(a: Answers, i: number, patch: Partial<ChildAnswers>): Answers {
  const children = [...a.children];
  while (children.length <= i) children.push(emptyChild);
  children[i] = { ...children[i]!, ...patch };
  return { ...a, children };
}

/** The claimant lives alone (no partner, no other adults): the engine's default for the single person discount. */
export const livesAlone = (a: Answers): boolean =>
  !isCouple(a) && !((a.tenure === "social" || a.tenure === "private") && /^\s*[1-9]/.test(a.nonDependants));

export function withBand(a: Answers, i: number, patch: Partial<BandAnswers>): Answers {
  const ctBands = [...a.ctBands];
  ctBands[i] = { ...(ctBands[i] ?? emptyBand), ...patch };
  return { ...a, ctBands };
}

export function withJob(a: Answers, i: 0 | 1, patch: Partial<JobAnswers>): Answers {
  return withAdult(a, i, { job: { ...a.adults[i].job, ...patch } });
}

/** The answers quick mode asks for one adult: benefits now and health, in plain words (the partner's only in full mode). */
function quickAdult(x: AdultAnswers, benefits: boolean): AdultAnswers {
  const kept = benefits
    ? {
        uc: x.uc,
        esa: x.esa,
        jsa: x.jsa,
        disability: x.disability,
        carersAllowance: x.carersAllowance,
        assessment: x.assessment,
        lcwraBefore2026: x.lcwraBefore2026,
        lcwElement: x.lcwElement,
        disabilityBenefit: x.disabilityBenefit,
        dailyLiving: x.dailyLiving,
        mobility: x.mobility,
        dlaCare: x.dlaCare,
        dlaMobility: x.dlaMobility,
      }
    : {};
  // The partner's work (hours and an hourly wage) is asked in both modes.
  return { ...emptyAdult, age: x.age, ...kept, job: { ...emptyJob, wage: x.job.payPer === "hour" ? x.job.wage : "", works: x.job.works, hours: x.job.hours } };
}

/**
 * The answers a calculation uses in this mode. In quick mode the answers to
 * questions only full mode asks are kept (switching back shows them) but
 * never used: what is on screen is what the result rests on. `london` is
 * the page's (`region="london"`) in quick mode.
 */
export function usedAnswers(a: Answers, mode: Mode, london = false): Answers {
  if (mode === "full") return a;
  return {
    ...emptyAnswers,
    region: a.region,
    london: a.region === "england" && london,
    couple: a.couple,
    adults: [quickAdult(a.adults[0], true), quickAdult(a.adults[1], false)],
    childCount: a.childCount,
    children: a.children.map((c) => ({ ...emptyChild, age: c.age, bornBefore2017April: c.bornBefore2017April })),
    tenure: a.tenure,
    rent: a.rent,
    rentPeriod: a.rentPeriod,
    jobHours: a.jobHours,
    hoursList: a.hoursList,
  };
}

/** What quick mode does not ask, for its one-line note and the printed assumptions. */
export function quickLeavesOut(a: Answers, london = false): string[] {
  return [
    "council tax",
    "savings",
    ...(activeChildren(a).length ? ["childcare", "children's disability benefits"] : []),
    ...(isCouple(a) ? ["your partner's benefits and health"] : []),
    ...(a.region === "england" && !london ? ["living in London (the benefit cap)"] : []),
    "work costs and pension",
  ];
}

/** How many answers given in full mode quick mode leaves unused (said on screen, so nothing is hidden silently). */
export function hiddenAnswers(a: Answers, london = false): number {
  const q = usedAnswers(a, "quick", london);
  const adults = isCouple(a) ? [0, 1] as const : [0] as const;
  let n = 0;
  const diff = (x: object, y: object) => Object.keys(x).filter((k) => k !== "job" && JSON.stringify((x as Record<string, unknown>)[k]) !== JSON.stringify((y as Record<string, unknown>)[k])).length;
  for (const i of adults) n += diff(a.adults[i], q.adults[i]) + diff(a.adults[i].job, q.adults[i].job);
  n += activeChildren(a).filter((c, i) => diff(c, q.children[i] ?? emptyChild)).length;
  const renting = a.tenure === "social" || a.tenure === "private";
  if (a.london !== q.london && a.region === "england") n++;
  if (renting) for (const k of ["serviceCharges", "lha", "spareBedrooms", "nonDependants"] as const) if (a[k].trim()) n++;
  if (a.tenure === "supported" || a.tenure === "temporary") for (const k of ["ineligibleCharges", "nonDependants"] as const) if (a[k].trim()) n++;
  if (activeChildren(a).length && a.childcare.trim()) n++;
  for (const k of ["savings", "ctBill", "prescriptions", "dental", "optical"] as const) if (a[k].trim()) n++;
  if (a.pregnant) n++;
  return n;
}
