/**
 * A record in plain English, for the calculator to show before anything is
 * sent ("this is exactly what will be sent"): one [label, value] pair per
 * field, in the record's order, with the raw JSON available beside it.
 */
import type { Region, Tenure } from "../engine/terms.js";
import { RECORDED_FLAGS, type RecordedFlag } from "./codes.js";
import type { AnonymisedRecord } from "./schema.js";

const AGE: Record<string, string> = { "16-to-20": "16 to 20", "21-to-24": "21 to 24", "25-plus": "25 or over" };
const HEALTH: Record<string, string> = { none: "no health element", lcw: "limited capability for work (LCW)", lcwra: "limited capability for work and work-related activity (LCWRA)" };
const TENURE: Readonly<Record<Tenure, string>> = {
  social: "social renting",
  private: "private renting",
  owner: "owner",
  none: "no housing costs",
  supported: "supported or exempt accommodation, hostel or refuge",
  temporary: "temporary accommodation from the council",
};
const BENEFIT: Record<string, string> = {
  "universal-credit": "Universal Credit",
  "new-style-esa": "New Style ESA",
  "new-style-jsa": "New Style JSA",
  "carers-allowance": "Carer's Allowance",
  "child-benefit": "Child Benefit",
  "scottish-child-payment": "Scottish Child Payment",
};
const WAGE: Record<string, string> = {
  "under-12": "under £12 an hour",
  "12-to-13": "£12 to £12.99 an hour",
  "13-to-14": "£13 to £13.99 an hour",
  "14-to-16": "£14 to £15.99 an hour",
  "16-to-20": "£16 to £19.99 an hour",
  "20-plus": "£20 an hour or more",
};
const REGION: Readonly<Record<Region, string>> = { england: "England", wales: "Wales", scotland: "Scotland" };

const money = (n: number) => `${n < 0 ? "−" : ""}£${Math.abs(n)}`;

export function describeRecord(r: AnonymisedRecord): [label: string, value: string][] {
  const h = r.household;
  return [
    ["Team", r.team],
    ["Month", r.month],
    ["Nation", REGION[r.region] ?? r.region],
    ["Household", `${h.adults === "couple" ? "a couple" : "single"}, ${h.children === "3+" ? "3 or more children" : h.children === "1" ? "1 child" : `${h.children} children`}`],
    ["Age band", AGE[h.ageBand] ?? h.ageBand],
    ["Health (UC)", HEALTH[h.health] ?? h.health],
    ["Disability benefit (PIP, ADP or DLA)", h.disabilityBenefit ? "yes" : "no"],
    ["Housing", TENURE[h.tenure] ?? h.tenure],
    ["Benefits before work", h.benefitsBefore.length ? h.benefitsBefore.map((b) => BENEFIT[b] ?? b).join(", ") : "none"],
    ["Wage band", WAGE[h.wageBand] ?? h.wageBand],
    ...r.scenarios.map((s): [string, string] => [
      `${s.hours} hours a week`,
      `${s.outcome === "same" ? "the same" : `${money(Math.abs(s.betterOffAfterCostsWeekly))} a week ${s.outcome} off`}${
        s.flags.length ? `; ${s.flags.map((f) => RECORDED_FLAGS[f as RecordedFlag]?.label ?? f).join("; ")}` : ""
      }`,
    ]),
    ["Rules and calculator version", `${r.rulesId}, ${r.engineVersion}`],
    ["Random reference", r.id],
  ];
}
