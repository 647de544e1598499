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
import { fieldFor } from "../../src/widget/model/fields.js";
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

  it("ineligible service charges go in the rent's period: a month (converted like the rent) or a week as typed", () => {
    const monthly = toHouseholdInput({ ...base, tenure: "supported", ineligibleCharges: "60" }, config, choice, rules);
    expect(monthly.problems).toEqual([]);
    expect(monthly.input.housing).toEqual({ tenure: "supported", rentMonthly: "700", ineligibleServiceChargesMonthly: "60" });
    const parsed = parseHousehold(monthly.input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    // £60 a month × 12 ÷ 52 = £13.846…, £13.85 a week: shown in the working, not deducted (HB stays £161.54).
    const base0 = calculate(parsed.household, rules).baseline;
    expect(base0.housingBenefitWeekly).toBe("161.54");
    expect(base0.explanations.housingBenefitWeekly!.text).toMatch(/Service charges of £13\.85 a week are not met by Housing Benefit/);
    const weekly = toHouseholdInput({ ...base, tenure: "temporary", rent: "161.54", rentPeriod: "week", ineligibleCharges: "£15" }, config, choice, rules);
    expect(weekly.input.housing).toEqual({ tenure: "temporary", rentWeekly: "161.54", ineligibleServiceChargesWeekly: "15" });
    // Every two weeks: £30 × 26 ÷ 12 = £65.00 a month, as the rent is converted.
    const fortnightly = toHouseholdInput({ ...base, tenure: "temporary", rentPeriod: "fortnight", ineligibleCharges: "30" }, config, choice, rules);
    expect((fortnightly.input.housing as Record<string, unknown>).ineligibleServiceChargesMonthly).toBe("65.00");
  });

  it("not sent for other tenures; a bad amount is named at the field", () => {
    const social = toHouseholdInput({ ...base, tenure: "social", ineligibleCharges: "60" }, config, choice, rules);
    expect(social.input.housing).not.toHaveProperty("ineligibleServiceChargesMonthly");
    const bad = toHouseholdInput({ ...base, tenure: "supported", ineligibleCharges: "lots" }, config, choice, rules);
    const parsed = parseHousehold(bad.input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.problems.map((x) => x.path);
    expect(paths).toContain("housing.ineligibleServiceChargesMonthly");
    expect(fieldFor("housing.ineligibleServiceChargesMonthly").id).toBe("ineligible-charges");
    expect(fieldFor("housing.ineligibleServiceChargesWeekly").id).toBe("ineligible-charges");
  });
});
