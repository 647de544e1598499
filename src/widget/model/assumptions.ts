/**
 * What a result rests on, for the printed summary: the amounts and answers
 * the calculation used (from the engine input it was given), never who the
 * person is (no name, no exact age: only the age band that changes a rate).
 */
import type { Mode } from "../attributes.js";
import { longDateOf, money } from "../format.js";

export interface Assumption {
  readonly label: string;
  readonly value: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);
const list = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}` : (xs[0] ?? ""));

const SCHEME: Record<string, string> = { preset: "the council's scheme", banded: "the council's income bands as described", taper: "a taper scheme as described", keepCurrent: "today's reduction kept", none: "none" };
const REGION: Record<string, string> = { england: "England", scotland: "Scotland", wales: "Wales" };
const TENURE: Record<string, string> = {
  social: "Rents from the council or a housing association",
  private: "Rents from a private landlord",
  owner: "Owns the home (no housing costs counted)",
  none: "No housing costs",
};

function benefits(a: Obj): string {
  const out: string[] = [];
  const esa = obj(a.newStyleEsa);
  if (esa) out.push(esa.phase === "assessment" ? "New Style ESA (assessment phase)" : `New Style ESA (${esa.group === "support" ? "support group" : "work-related activity group"})`);
  if (a.newStyleJsa) out.push("New Style JSA");
  for (const [k, name] of [["pip", "PIP"], ["adp", "Adult Disability Payment"]] as const) {
    const p = obj(a[k]);
    if (p) out.push(`${name} (${[p.dailyLiving ? `daily living ${String(p.dailyLiving)}` : "", p.mobility ? `mobility ${String(p.mobility)}` : ""].filter(Boolean).join(", ") || "no rate given"})`);
  }
  const dla = obj(a.dla);
  if (dla) out.push(`DLA (${[dla.care ? `care ${String(dla.care)}` : "", dla.mobility ? `mobility ${String(dla.mobility)}` : ""].filter(Boolean).join(", ") || "no rate given"})`);
  if (a.carersAllowance) out.push("Carer's Allowance");
  else if (a.carer) out.push("caring 35 hours a week (no Carer's Allowance)");
  return out.length ? list(out) : "none";
}

function health(a: Obj): string {
  if (a.lcwra) return `LCWRA (no work search or work-focused meetings), ${a.lcwra === "protected" ? "decided before 6 April 2026: protected rate" : "from 6 April 2026: new claim rate"}`;
  if (a.lcw) return "LCW element (a claim from before 3 April 2017)";
  return "no Universal Credit health element";
}

/** The partner's job (issue 13), the same in every comparison. */
function partnerWork(j: Obj | undefined): string {
  if (!j) return "the partner not working";
  const pay = str(j.hourlyWage) ? `${money(str(j.hourlyWage)!)} an hour` : str(j.weeklyPay) ? `${money(str(j.weeklyPay)!)} a week` : `${money(str(j.monthlyPay) ?? "0")} a month`;
  return `the partner working ${String(j.hours)} hours a week at ${pay}`;
}

/** The answers and amounts behind a result, in plain words. `leftOut`: what quick mode did not ask. */
export function assumptionsOf(input: Obj, mode: Mode, leftOut: readonly string[] = [], councilTaxUnknown = false): Assumption[] {
  const out: Assumption[] = [];
  const add = (label: string, value: string | undefined) => value && out.push({ label, value });
  add("Where", `${REGION[str(input.region) ?? ""] ?? "—"}${input.london ? " (Greater London)" : ""}`);
  const adults = (Array.isArray(input.adults) ? input.adults : []).map((a) => obj(a) ?? {});
  const band = (a: Obj) => (Number(a.age) >= 25 ? "25 or over" : "under 25");
  add("Household", adults.length > 1 ? `a couple (${band(adults[0]!)} and ${band(adults[1]!)}); ${partnerWork(obj(adults[1]!.job))}` : `single, ${band(adults[0] ?? {})}`);
  const children = Array.isArray(input.children) ? input.children.map((c) => obj(c) ?? {}) : [];
  add("Children", children.length ? `${children.length}, aged ${list(children.map((c) => String(c.age)))}` : "none");
  adults.forEach((a, i) => {
    const who = adults.length > 1 ? (i ? "Partner: " : "You: ") : "";
    add(`${who}Benefits besides Universal Credit`, benefits(a));
    add(`${who}Health element in Universal Credit`, health(a));
  });
  const h = obj(input.housing);
  if (h) {
    const rent = str(h.rentMonthly);
    add("Housing", `${TENURE[str(h.tenure) ?? ""] ?? ""}${rent ? `: rent ${money(rent)} a month` : ""}${str(h.serviceChargesMonthly) ? `, service charges ${money(str(h.serviceChargesMonthly)!)} a month` : ""}`);
    if (str(h.localHousingAllowanceMonthly)) add("Local Housing Allowance", `${money(str(h.localHousingAllowanceMonthly)!)} a month`);
  }
  const job = obj(input.job) ?? {};
  add("Wage", str(job.hourlyWage) ? `${money(str(job.hourlyWage)!)} an hour` : undefined);
  add("Hours compared", Array.isArray(job.hours) ? `${list(job.hours.map(String))} hours a week` : undefined);
  add("Job starts", str(job.startDate) ? longDateOf(str(job.startDate)!) : undefined);
  const costs = [str(job.travelCostsWeekly) ? `travel ${money(str(job.travelCostsWeekly)!)} a week` : "", str(job.otherCostsWeekly) ? `other ${money(str(job.otherCostsWeekly)!)} a week` : "", str(input.childcareMonthly) ? `childcare ${money(str(input.childcareMonthly)!)} a month` : ""].filter(Boolean);
  if (mode === "full" || costs.length) add("Work costs", costs.length ? list(costs) : "none");
  const pension = job.pension;
  if (mode === "full") add("Workplace pension", pension === undefined || pension === "none" ? "no contribution" : typeof pension === "string" ? pension === "netPay" ? "net pay arrangement" : "relief at source" : `${String(obj(pension)?.employeePercent)}% of qualifying earnings`);
  if (mode === "full") add("Savings", str(input.capital) ? money(str(input.capital)!) : "none");
  const ct = obj(input.councilTax);
  if (ct) {
    const scheme = obj(ct.scheme);
    add("Council tax", `${money(str(ct.annualCharge) ?? "0")} a year${ct.singlePersonDiscount === false ? "" : ct.singlePersonDiscount ? ", single person discount" : ""}${scheme ? `; Council Tax Reduction: ${SCHEME[String(scheme.type)] ?? String(scheme.type)}${scheme.type === "preset" ? ` (${String(scheme.id)})` : ""}` : ""}`);
  } else if (mode === "full") add("Council tax", councilTaxUnknown ? "left out: the council's Council Tax Reduction scheme is not known" : "left out");
  if (leftOut.length) add("Not asked (quick questions)", list([...leftOut]));
  return out;
}
