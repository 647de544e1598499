/** Records for tests: a valid example and a factory with fresh random ids. */
import { randomUUID } from "node:crypto";
import type { AnonymisedRecord, RecordScenario } from "../../src/records/schema.js";

export const VALID_RECORD: AnonymisedRecord = {
  schemaVersion: 1,
  id: "0b8e4f6a-2c1d-4e3f-9a7b-5c6d7e8f9a0b",
  team: "north-ips",
  month: "2026-05",
  rulesId: "uk/2026-27@6901d8251d5938",
  engineVersion: "0.1.0",
  region: "england",
  household: {
    adults: "single",
    children: "0",
    ageBand: "25-plus",
    health: "lcwra",
    disabilityBenefit: false,
    tenure: "private",
    benefitsBefore: ["universal-credit", "new-style-esa"],
    wageBand: "12-to-13",
  },
  scenarios: [
    { hours: "10", betterOffAfterCostsWeekly: 109, outcome: "better", flags: ["income-tax-paid"] },
    { hours: "16", betterOffAfterCostsWeekly: -8, outcome: "worse", flags: ["esa-ends-hours"] },
    { hours: "37.5", betterOffAfterCostsWeekly: 0, outcome: "same", flags: [] },
  ],
};

const outcome = (g: number): RecordScenario["outcome"] => (g > 0 ? "better" : g < 0 ? "worse" : "same");

/** A valid record with a new random id; `gains` maps hours to the weekly amount (flags optional). */
export function makeRecord(opts: { team?: string; month?: string; gains?: Record<string, number | [number, RecordScenario["flags"]]> } = {}): AnonymisedRecord {
  const gains = opts.gains ?? { "16": 90 };
  return {
    ...VALID_RECORD,
    id: randomUUID(),
    team: opts.team ?? "north-ips",
    month: opts.month ?? "2026-05",
    scenarios: Object.entries(gains).map(([hours, g]) => {
      const [amount, flags] = Array.isArray(g) ? g : [g, []];
      return { hours, betterOffAfterCostsWeekly: amount, outcome: outcome(amount), flags: [...flags] };
    }),
  };
}
