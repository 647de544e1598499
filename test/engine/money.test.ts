/** Money as text: every figure leaves the engine as a decimal string with exactly two decimal places. */
import { describe, it, expect } from "vitest";
import { D, str2 } from "../../src/base/money.js";

describe("str2", () => {
  it.each([
    ["0", "0.00"],
    ["-0", "0.00"],
    ["5", "5.00"],
    ["5.5", "5.50"],
    ["0.1", "0.10"],
    ["0.01", "0.01"],
    ["-0.05", "-0.05"],
    ["-230.7", "-230.70"],
    ["1234567.89", "1234567.89"],
    ["99999999999999.99", "99999999999999.99"],
    // More than two places (not produced by the engine, but never cut wrongly): half up.
    ["1.005", "1.01"],
    ["2.344", "2.34"],
    ["-1.005", "-1.01"],
  ])("%s → %s", (v, want) => expect(str2(new D(v))).toBe(want));
});
