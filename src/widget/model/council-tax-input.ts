/**
 * Council tax and health-cost answers to the engine's `councilTax`,
 * `healthCosts` input. Council tax is left out until a bill or (in England)
 * a scheme is given, and when the council's scheme is not known; a scheme is sent only in England (Scotland and Wales
 * have national schemes the engine applies itself).
 */
import type { InputProblem } from "../../engine/index.js";
import type { Rules } from "../../rules/compose.js";
import type { Answers } from "./answers.js";
import { defined, numberAt, percentText, poundsAt } from "./input-helpers.js";

const PERCENT = "a percentage, e.g. 20";

function scheme(a: Answers, rules: Rules | null, problems: InputProblem[]): Record<string, unknown> | undefined {
  const pct = (path: string, s: string) => numberAt(problems, `councilTax.scheme.${path}`, percentText(s), PERCENT);
  switch (a.ctScheme) {
    case "preset": {
      const id = a.ctPreset.trim();
      if (!id) problems.push({ path: "councilTax.scheme.id", message: "is required" });
      else if (rules && !rules.councilTaxReductionEnglandPresets.schemes[id])
        problems.push({ path: "councilTax.scheme.id", message: `is not in the list for ${rules.meta.taxYear}: choose another council, or describe the scheme` });
      return defined({ type: "preset", id: id || undefined });
    }
    case "keepCurrent":
      return defined({ type: "keepCurrent", reductionAnnual: poundsAt(problems, "councilTax.scheme.reductionAnnual", a.ctCurrent) });
    case "taper":
      return defined({ type: "taper", maximumPercent: pct("maximumPercent", a.ctTaperMax), taperPercent: pct("taperPercent", a.ctTaperRate) });
    case "banded":
      return {
        type: "banded",
        bands: a.ctBands.map((b, i) =>
          defined({ fromWeekly: poundsAt(problems, `councilTax.scheme.bands.${i}.fromWeekly`, b.from), toWeekly: poundsAt(problems, `councilTax.scheme.bands.${i}.toWeekly`, b.to), discountPercent: pct(`bands.${i}.discountPercent`, b.percent) }),
        ),
        universalCreditCounted: a.ctUcCounted,
      };
    case "none":
      return { type: "none" };
    default:
      problems.push({ path: "councilTax.scheme", message: "is required" });
      return undefined;
  }
}

/** England, a bill given, and the council's scheme not known: council tax is left out of the figures (the results say so and why). */
export const councilTaxLeftOut = (a: Answers): boolean => a.region === "england" && a.ctScheme === "unknown" && a.ctBill.trim() !== "";

export function councilTaxInput(a: Answers, rules: Rules | null, problems: InputProblem[]): Record<string, unknown> | undefined {
  const england = a.region === "england";
  if (england && a.ctScheme === "unknown") {
    poundsAt(problems, "councilTax.annualCharge", a.ctBill); // still checked: "9,50" is never read as £950
    return undefined;
  }
  const bill = poundsAt(problems, "councilTax.annualCharge", a.ctBill);
  const chosen = england && a.ctScheme !== "" && a.ctScheme !== "none";
  if (bill === undefined && !chosen) return undefined;
  if (bill === undefined) problems.push({ path: "councilTax.annualCharge", message: "is required" });
  return defined({
    annualCharge: bill,
    singlePersonDiscount: a.ctSingle === "yes" ? true : a.ctSingle === "no" ? false : undefined,
    scheme: england ? scheme(a, rules, problems) : undefined,
  });
}

export function healthCostsInput(a: Answers, problems: InputProblem[]): Record<string, unknown> | undefined {
  const items =
    a.region === "england" ? numberAt(problems, "healthCosts.prescriptionItemsPerMonth", a.prescriptions, "a whole number of items, e.g. 2") : undefined;
  const costs = defined({ prescriptionItemsPerMonth: items, dentalCostsYearly: poundsAt(problems, "healthCosts.dentalCostsYearly", a.dental), opticalCostsYearly: poundsAt(problems, "healthCosts.opticalCostsYearly", a.optical) });
  return Object.keys(costs).length ? costs : undefined;
}
