/**
 * Issue 15 in the interview: the answers for supported and temporary
 * accommodation become the engine's input (the rent a month, which Housing
 * Benefit meets).
 */
import { describe, expect, it } from "vitest";
import { calculate, parseHousehold } from "../../src/engine/index.js";
import { readConfig } from "../../src/widget/attributes.js";
import { emptyAnswers, withAdult } from "../../src/widget/model/answers.js";
import { toHouseholdInput } from "../../src/widget/model/to-household.js";
import { rulesFor } from "../helpers/rules.js";

const config = readConfig(() => null);
const choice = { taxYear: "2026-27", shownYear: "2026-27" };
const rules = rulesFor("2026-27");

describe("supported and temporary accommodation: answers to household input", () => {
  const base = { ...withAdult(emptyAnswers, 0, { age: "30" }), region: "england" as const, rent: "700", wage: "12.71", nonDependants: "" };
  it.each(["supported", "temporary"] as const)("%s: the rent goes to rentMonthly, service charges and LHA are not sent, and HB meets it", (tenure) => {
    const b = toHouseholdInput({ ...base, tenure, serviceCharges: "20", lha: "500" }, config, choice, rules);
    expect(b.problems).toEqual([]);
    expect(b.input.housing).toEqual({ tenure, rentMonthly: "700" });
    const parsed = parseHousehold(b.input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    // £700 a month × 12 ÷ 52 = £161.538…, £161.54 a week of Housing Benefit while UC is awarded.
    expect(calculate(parsed.household, rules).baseline.housingBenefitWeekly).toBe("161.54");
  });
});

