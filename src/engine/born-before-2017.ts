/**
 * What a child's age says about `bornBefore2017April`: born before 6 April
 * 2017, the date from which the UC child element's higher first-child rate
 * stops and the two-child limit starts (UC Regulations 2013 regs 24 and 36;
 * Welfare Reform and Work Act 2016 s14). The date is what the input field
 * means, not a rate. No zod, no decimal.js: the interview uses this too.
 */
import { addYears, ageOn } from "../base/dates.js";

/** The first day of birth the field's "no" covers. */
export const BORN_BEFORE_2017_APRIL_CUTOFF = "2017-04-06";
const LAST_DAY_BEFORE = "2017-04-05";

/** The age on `on` of a child born the day before the cutoff: a younger child cannot have been born before it. */
export const youngestAgeBornBefore2017April = (on: string): number => ageOn(LAST_DAY_BEFORE, on);

/** The age on `on` of a child born on the cutoff: an older child must have been born before it. */
export const oldestAgeBornFrom2017April = (on: string): number => ageOn(BORN_BEFORE_2017_APRIL_CUTOFF, on);

/**
 * true / false when a child's age on a date settles it, null when it could be
 * either. A child aged `age` on `on` was born after `on` minus (age + 1)
 * years and no later than `on` minus `age` years.
 */
export function bornBefore2017AprilFromAge(age: number, on: string): boolean | null {
  const latestBirth = addYears(on, -age); // turned `age` on `on` at the latest
  const earliestBirthExclusive = addYears(on, -(age + 1)); // born after this day
  if (latestBirth < BORN_BEFORE_2017_APRIL_CUTOFF) return true;
  if (earliestBirthExclusive >= BORN_BEFORE_2017_APRIL_CUTOFF) return false;
  return null;
}
