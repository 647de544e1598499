/**
 * How the calculator is shown: quick or full questions, weekly or monthly
 * amounts, and which tax year's rates. Switching any of them keeps every
 * answer.
 */
import type { Mode, Period } from "../../attributes.js";
import { Radios } from "../radios/radios.js";
import { SelectField } from "../select-field/select-field.js";

export interface SettingsBarProps {
  readonly mode: Mode;
  readonly period: Period;
  readonly taxYear: string;
  readonly taxYears: readonly string[];
  readonly onMode: (m: Mode) => void;
  readonly onPeriod: (p: Period) => void;
  readonly onTaxYear: (y: string) => void;
}

const yearLabel = (y: string) => `${y.slice(0, 4)} to ${y.slice(0, 2)}${y.slice(5)}`;

export function SettingsBar(p: SettingsBarProps) {
  return (
    <div class="settings" part="settings">
      <Radios
        id="mode"
        legend="Questions"
        inline
        value={p.mode}
        options={[
          { value: "quick", label: "Quick" },
          { value: "full", label: "Full" },
        ]}
        onChange={p.onMode}
      />
      <Radios
        id="period"
        legend="Show amounts"
        inline
        value={p.period}
        options={[
          { value: "week", label: "Weekly" },
          { value: "month", label: "Monthly" },
        ]}
        onChange={p.onPeriod}
      />
      <SelectField
        id="tax-year"
        label="Rates for tax year"
        value={p.taxYear}
        options={p.taxYears.map((y) => ({ value: y, label: yearLabel(y) }))}
        onChange={p.onTaxYear}
      />
    </div>
  );
}
