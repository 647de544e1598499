/**
 * State Pension age by date of birth (Pensions Act 1995 Sch 4 para 1, Table 3
 * as inserted by the Pensions Act 2014 s26; the month-end rule in para
 * 1(7A)), worked by hand from the statute's own examples, and what the
 * calculator does with an age that leaves it open.
 */
import { describe, expect, it } from "vitest";
import { statePensionCheck, statePensionDate } from "../../src/engine/state-pension-age.js";
import { calculate, checkAgainstRules } from "../../src/engine/index.js";
import { household, rulesFor, rulesOn } from "../helpers/rules.js";

const r = rulesFor("2026-27");

describe("the day State Pension age is reached", () => {
  it.each([
    // Explanatory Notes to the Pensions Act 2014, para 124: born 15 April 1960, 66 and 1 month on 15 May 2026.
    ["1960-04-15", "2026-05-15"],
    // Sch 4 para 1(7A)(a): born 31 July 1960, 66 and 4 months at the start of 30 November 2026 (November has no 31st).
    ["1960-07-31", "2026-11-30"],
    // (7A)(b): born 31 December 1960, 66 and 9 months on 30 September 2027.
    ["1960-12-31", "2027-09-30"],
    // (7A)(c): born 31 January 1961, 66 and 10 months on 30 November 2027.
    ["1961-01-31", "2027-11-30"],
    // Born 5 April 1960, the last day before Table 3: the 66th birthday.
    ["1960-04-05", "2026-04-05"],
    // Born 5 March 1961, the last row: 66 and 11 months = 5 February 2028.
    ["1961-03-05", "2028-02-05"],
    // Born 6 March 1961 or later (to 5 April 1977): the 67th birthday.
    ["1961-03-06", "2028-03-06"],
    ["1975-09-30", "2042-09-30"],
  ])("born %s: %s", (birth, spa) => {
    expect(statePensionDate(birth, r)).toBe(spa);
  });
});

describe("an age, and perhaps a month of birth, on the date of the rules", () => {
  it("66 on 6 April 2026 with no month of birth: open (born 7 April 1959 to 6 April 1960: State Pension age from 7 April 2025 to 6 May 2026)", () => {
    const c = statePensionCheck(66, "2026-04-06", r)!;
    expect(c).toEqual({ reached: null, bornFrom: "1959-04-07", bornTo: "1960-04-06", earliest: "2025-04-07", latest: "2026-05-06" });
  });

  it("the calculator then works it out as under State Pension age, with a warning asking for the month of birth", () => {
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 66 }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(checkAgainstRules(h, r)).toEqual([]);
    const w = calculate(h, r).warnings.filter((x) => x.includes("State Pension age"));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/between 2025-04-07 and 2026-05-06.*give the month and year of birth/);
  });

  it("66, born March 1960: State Pension age (66) was reached in March 2026, so refused", () => {
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 66, birthMonth: "1960-03" }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(checkAgainstRules(h, r)).toEqual([{ path: "adults.0.age", message: expect.stringMatching(/under State Pension age \(66\)/) }]);
  });

  it("64, born August 1961: 67 falls in August 2028, after the 2026/27 year ends: fine, no warning", () => {
    expect(statePensionCheck(64, "2026-04-06", r, "1961-08")).toMatchObject({ reached: false, earliest: "2028-08-01", latest: "2028-08-31" });
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 64, birthMonth: "1961-08" }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(checkAgainstRules(h, r)).toEqual([]);
    expect(calculate(h, r).warnings.some((x) => x.includes("State Pension age"))).toBe(false);
  });

  it("66 on 1 June 2026, born April 1960: 66 (born 1-5 April) or 66 and 1 month (6-30 April, so by 30 May 2026): reached either way", () => {
    expect(statePensionCheck(66, "2026-06-01", rulesOn("2026-06-01"), "1960-04")).toMatchObject({ reached: true, earliest: "2026-04-01", latest: "2026-05-30" });
  });

  it("66 on 1 June 2026, born May 1960: 66 and 1 month (1-5 May: 1 to 5 June 2026) or 66 and 2 months (6-31 May: July 2026): open", () => {
    expect(statePensionCheck(66, "2026-06-01", rulesOn("2026-06-01"), "1960-05")).toMatchObject({ reached: null, earliest: "2026-06-01", latest: "2026-07-31" });
  });

  it("a month of birth that does not fit the age is refused, naming the field", () => {
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 66, birthMonth: "1970-01" }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(checkAgainstRules(h, r)).toEqual([{ path: "adults.0.birthMonth", message: "someone born in 1970-01 is not 66 on 2026-04-06" }]);
  });
});

describe("State Pension age reached later in the tax year the rules cover", () => {
  it("65 on 6 April 2026, born 15 August 1960 (month only: August): 66 and 5 months falls on 1-31 January 2027, inside 2026/27: a warning, not a refusal", () => {
    // Born 1-5 August 1960: 66 and 4 months (1-5 December 2026); 6-31 August: 66 and 5 months (6-31 January 2027).
    expect(statePensionCheck(65, "2026-04-06", r, "1960-08")).toMatchObject({ reached: false, earliest: "2026-12-01", latest: "2027-01-31" });
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 65, birthMonth: "1960-08" }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(checkAgainstRules(h, r)).toEqual([]);
    const w = calculate(h, r).warnings.filter((x) => x.includes("State Pension age"));
    expect(w).toEqual([expect.stringMatching(/may be reached between 2026-12-01 and 2027-01-31, within the tax year these rules cover \(to 2027-04-05\)/)]);
  });

  it("40 in 2026/27: nothing to say", () => {
    const h = household({ taxYear: "2026-27", region: "england", adults: [{ age: 40 }], job: { hourlyWage: 12.71, hours: [0, 16] } });
    expect(calculate(h, r).warnings.some((x) => x.includes("State Pension age"))).toBe(false);
  });
});
