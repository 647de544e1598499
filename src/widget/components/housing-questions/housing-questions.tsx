/** Housing: tenure and rent (quick), service charges, LHA, spare bedrooms and other adults (full). */
import type { RentPeriod } from "../../model/answers.js";
import { errorFor } from "../../model/problems.js";
import { SelectField } from "../select-field/select-field.js";
import type { SectionProps } from "../interview/section-props.js";
import { Radios } from "../radios/radios.js";
import { TextField } from "../text-field/text-field.js";

const RENT_PERIODS: readonly [RentPeriod, string, string][] = [
  ["week", "Every week", "a week"],
  ["fortnight", "Every 2 weeks", "every 2 weeks"],
  ["fourWeeks", "Every 4 weeks", "every 4 weeks"],
  ["month", "Every month", "a month"],
];

export function HousingQuestions({ answers: a, errors, update, mode }: SectionProps) {
  const full = mode === "full";
  const text = (id: string, key: "serviceCharges" | "lha" | "spareBedrooms" | "nonDependants", label: string, hint?: string, money = true) => (
    <TextField
      id={id}
      label={label}
      {...(hint ? { hint } : {})}
      {...(money ? { prefix: "£", suffix: "a month", width: 5 as const } : { inputMode: "numeric" as const, width: 2 as const })}
      value={a[key]}
      error={errorFor(errors, id)}
      onInput={(v) => update((x) => ({ ...x, [key]: v }))}
    />
  );
  const rent = (label: string, hint: string) => (
    <>
      <SelectField<RentPeriod>
        id="rent-period"
        label="How often is the rent due?"
        value={a.rentPeriod}
        options={RENT_PERIODS.map(([value, label]) => ({ value, label }))}
        onChange={(rentPeriod) => update((x) => ({ ...x, rentPeriod }))}
      />
      <TextField
        id="rent"
        label={label}
        hint={hint}
        prefix="£"
        suffix={RENT_PERIODS.find(([v]) => v === a.rentPeriod)![2]}
        width={5}
        value={a.rent}
        error={errorFor(errors, "rent")}
        onInput={(rent) => update((x) => ({ ...x, rent }))}
      />
    </>
  );
  const rented = (
    <>
      {rent("Rent", "The eligible rent, without service charges. Weekly, fortnightly and four-weekly rent is turned into a monthly amount the way Universal Credit does.")}
      {full ? (
        <>
          {text("service-charges", "serviceCharges", "Service charges", "Eligible service charges a month, if any.")}
          {a.tenure === "private"
            ? text("lha", "lha", "Local Housing Allowance", "The LHA rate for the household's size and area, if the rent may be above it.")
            : text("spare-bedrooms", "spareBedrooms", "Spare bedrooms", "Bedrooms more than the household needs (the social sector size criteria).", false)}
          {text("non-dependants", "nonDependants", "Other adults who live with you", "Adult sons, daughters or relatives who pay a housing cost contribution. Not lodgers or people under 21.", false)}
        </>
      ) : null}
    </>
  );
  // Supported or temporary accommodation: the rent Housing Benefit meets (UC has no housing costs element there).
  const hbRented = (
    <>
      {rent("Eligible rent", "The rent Housing Benefit covers, including eligible service charges (as on the council's letter).")}
      {full ? (
        <>
          <TextField
            id="ineligible-charges"
            label="Service charges Housing Benefit does not cover"
            hint="For example meals, heating, water or personal care, if the landlord charges for them. They are paid from your income in work and out of it, so they do not change the comparison."
            prefix="£"
            suffix={RENT_PERIODS.find(([v]) => v === a.rentPeriod)![2]}
            width={5}
            value={a.ineligibleCharges}
            error={errorFor(errors, "ineligible-charges")}
            onInput={(ineligibleCharges) => update((x) => ({ ...x, ineligibleCharges }))}
          />
          {text("non-dependants", "nonDependants", "Other adults who live with you", "Adult sons, daughters or relatives who live with you. Not other residents of a hostel or supported housing.", false)}
        </>
      ) : null}
    </>
  );
  return (
    <section class="section" aria-labelledby="housing-title">
      <h3 class="section__title" id="housing-title">
        Housing
      </h3>
      <Radios
        id="tenure"
        legend="How do you pay for your home?"
        value={a.tenure}
        error={errorFor(errors, "tenure")}
        options={[
          { value: "social", label: "Rent from the council or a housing association" },
          { value: "private", label: "Rent from a private landlord" },
          { value: "owner", label: "Own it, with or without a mortgage" },
          { value: "supported", label: "Supported housing, a hostel or a refuge", hint: "Supported or exempt accommodation where Housing Benefit pays the rent." },
          { value: "temporary", label: "Temporary accommodation from the council" },
          { value: "none", label: "No housing costs", hint: "For example living with family." },
        ]}
        onChange={(tenure) => update((x) => ({ ...x, tenure }))}
        conditional={{ social: rented, private: rented, supported: hbRented, temporary: hbRented }}
      />
    </section>
  );
}
