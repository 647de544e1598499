/**
 * What the user has typed and chosen, kept exactly as entered (strings), so
 * that nothing is lost when a validation error appears or the user switches
 * mode, period or tax year. `to-household.ts` turns it into engine input.
 */
import type { Mode, Period } from "../attributes.js";
import type { Region, Tenure } from "../../engine/terms.js";

export type YesNo = "" | "yes" | "no";
export type Health = "none" | "lcw" | "lcwra-protected" | "lcwra-new";
export type DisabilityBenefit = "none" | "pip" | "adp" | "dla";
export type Contributory = "none" | "esa" | "jsa";

export interface AdultAnswers {
  readonly age: string;
  readonly health: Health;
  readonly disabilityBenefit: DisabilityBenefit;
  /** PIP / ADP components. */
  readonly dailyLiving: "none" | "standard" | "enhanced";
  readonly mobility: "none" | "standard" | "enhanced";
  /** DLA components. */
  readonly dlaCare: "none" | "lowest" | "middle" | "highest";
  readonly dlaMobility: "none" | "lower" | "higher";
  readonly contributory: Contributory;
  readonly esaPhase: "assessment" | "main";
  /** "" = work out from LCWRA (support group) or not (work-related activity group). */
  readonly esaGroup: "" | "workRelatedActivity" | "support";
  readonly esaComponent: boolean;
  readonly carer: boolean;
  readonly carersAllowance: boolean;
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

/** How the council's Council Tax Reduction scheme is given (England). "" = not answered. */
export type CtScheme = "" | "preset" | "keepCurrent" | "taper" | "banded" | "none";
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
  readonly serviceCharges: string;
  readonly lha: string;
  readonly spareBedrooms: string;
  readonly nonDependants: string;
  readonly childcare: string;
  readonly savings: string;
  readonly wage: string;
  /** Hours of the job offered, if known: compared and used for the headline. */
  readonly jobHours: string;
  /** Hours to compare; "" = the `hours` attribute. */
  readonly hoursList: string;
  readonly travel: string;
  readonly otherCosts: string;
  readonly pension: "none" | "netPay" | "reliefAtSource";
  readonly pensionPercent: string;
  readonly apprentice: boolean;
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
}

/** Everything the widget keeps between page loads (session storage). */
export interface SavedState {
  readonly version: 1;
  readonly answers: Answers;
  readonly mode: Mode;
  readonly period: Period;
  /** The tax year the user picked; "" = from the attributes. */
  readonly taxYear: string;
  /** Results were asked for: show them (and errors) again after a reload. */
  readonly submitted: boolean;
}

export const emptyAdult: AdultAnswers = {
  age: "",
  health: "none",
  disabilityBenefit: "none",
  dailyLiving: "none",
  mobility: "none",
  dlaCare: "none",
  dlaMobility: "none",
  contributory: "none",
  esaPhase: "main",
  esaGroup: "",
  esaComponent: false,
  carer: false,
  carersAllowance: false,
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
  serviceCharges: "",
  lha: "",
  spareBedrooms: "",
  nonDependants: "",
  childcare: "",
  savings: "",
  wage: "",
  jobHours: "",
  hoursList: "",
  travel: "",
  otherCosts: "",
  pension: "none",
  pensionPercent: "",
  apprentice: false,
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

/** Answers to questions that only full mode shows, that differ from their defaults. */
export function fullModeAnswersInUse(a: Answers): number {
  const adults = isCouple(a) ? a.adults : [a.adults[0]];
  let n = 0;
  for (const x of adults) {
    if (x.disabilityBenefit !== "none") n++;
    if (x.contributory === "esa") for (const k of ["esaPhase", "esaGroup", "esaComponent"] as const) if (x[k] !== emptyAdult[k]) n++;
    if (x.carer) n += x.carersAllowance ? 2 : 1;
  }
  if (isCouple(a)) for (const k of ["health", "contributory"] as const) if (a.adults[1][k] !== emptyAdult[k]) n++;
  for (const c of activeChildren(a)) if (c.disability !== "none" || c.twoChildLimitException || c.schoolStage) n++;
  const renting = a.tenure === "social" || a.tenure === "private";
  if (a.london && a.region === "england") n++;
  if (renting && a.serviceCharges.trim()) n++;
  if (a.tenure === "private" && a.lha.trim()) n++;
  if (a.tenure === "social" && a.spareBedrooms.trim()) n++;
  if (renting && a.nonDependants.trim()) n++;
  if (activeChildren(a).length && a.childcare.trim()) n++;
  for (const k of ["savings", "hoursList", "travel", "otherCosts"] as const) if (a[k].trim()) n++;
  if (a.pension !== "none") n++;
  if (a.apprentice) n++;
  const bill = a.ctBill.trim() !== "";
  if (bill) n += a.ctSingle ? 2 : 1;
  if (a.region === "england" && a.ctScheme && (bill || a.ctScheme !== "none")) n++;
  for (const k of ["prescriptions", "dental", "optical"] as const) if (a[k].trim()) n++;
  if (a.pregnant) n++;
  return n;
}
