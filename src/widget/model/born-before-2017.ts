/**
 * Whether a child's age settles the engine's `bornBefore2017April` answer.
 * The date is what the field means (6 April 2017: the two-child limit and the
 * higher first-child element), not a rate. A child aged `age` on `on` was
 * born between `on` minus (age + 1) years (plus a day) and `on` minus `age`
 * years.
 */
const CUTOFF = "2017-04-06";

const minusYears = (iso: string, years: number): string => `${String(Number(iso.slice(0, 4)) - years).padStart(4, "0")}${iso.slice(4)}`;

/** true / false when the age makes it certain on that date, null when it could be either. */
export function bornBefore2017AprilFromAge(age: number, on: string): boolean | null {
  const latestBirth = minusYears(on, age); // turned `age` today at the latest
  const earliestBirthExclusive = minusYears(on, age + 1); // born after this day
  if (latestBirth < CUTOFF) return true;
  if (earliestBirthExclusive >= CUTOFF) return false;
  return null;
}
