/** The one dates module (src/base/dates.ts), checked against the calendar. */
import { describe, expect, it } from "vitest";
import { addYears, ageOn, daysBetween, isIsoDate, todayIso } from "../../src/base/dates.js";

describe("dates", () => {
  it("real calendar dates written YYYY-MM-DD, and nothing else", () => {
    expect(["2026-02-28", "2024-02-29", "2026-12-31", "1970-01-01"].map(isIsoDate)).toEqual([true, true, true, true]);
    expect(["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "x"].map(isIsoDate)).toEqual([false, false, false, false, false, false, false]);
  });

  it("age in whole years: the birthday itself counts", () => {
    expect(ageOn("1960-04-06", "2026-04-05")).toBe(65);
    expect(ageOn("1960-04-06", "2026-04-06")).toBe(66);
    expect(ageOn("2017-04-05", "2026-04-06")).toBe(9);
  });

  it("days between: 365 in 2026/27's council tax year, 366 in 2027/28's (29 February 2028)", () => {
    expect(daysBetween("2026-04-01", "2027-04-01")).toBe(365);
    expect(daysBetween("2027-04-01", "2028-04-01")).toBe(366);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across the change to summer time
  });

  it("today in the local time zone, late and early in the day", () => {
    expect(todayIso(new Date(2026, 11, 2, 23, 59))).toBe("2026-12-02");
    expect(todayIso(new Date(2026, 0, 1, 0, 1))).toBe("2026-01-01");
  });

  it("years on and back", () => {
    expect(addYears("2026-04-06", -66)).toBe("1960-04-06");
    expect(addYears("2017-04-06", 9)).toBe("2026-04-06");
  });
});
