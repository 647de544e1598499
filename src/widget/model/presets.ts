/**
 * The English councils' Council Tax Reduction schemes shipped in the rule
 * tables (`councilTaxReductionEnglandPresets.schemes`), read from the rules
 * loaded for the chosen year: never a list of its own.
 */
import type { Rules } from "../../rules/compose.js";

export interface CtPreset {
  readonly id: string;
  readonly council: string;
  readonly summary: string;
}

export function ctPresets(rules: Rules | null | undefined): CtPreset[] {
  if (!rules) return [];
  return Object.entries(rules.councilTaxReductionEnglandPresets.schemes)
    .map(([id, leaf]) => ({ id, council: leaf.value.council, summary: leaf.value.summary }))
    .sort((a, b) => a.council.localeCompare(b.council, "en-GB"));
}
