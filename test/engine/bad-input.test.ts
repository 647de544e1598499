/**
 * Bad input gets a clear message naming the field: never a crash, NaN or a
 * silent default. First through `parseHousehold` (the schema every entry
 * point shares), then through the real `calc` command.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseHousehold, SCENARIO_FIELDS, type InputProblem } from "../../src/engine/index.js";
import { ROOT } from "../helpers/rules.js";

/** A valid household; each case below breaks one thing. */
const good = () => ({
  taxYear: "2026-27",
  region: "england",
  adults: [{ age: 30 }] as Record<string, unknown>[],
  housing: { tenure: "social", rentMonthly: 500 } as Record<string, unknown>,
  job: { hourlyWage: 12.71, hours: [0, 16] } as Record<string, unknown>,
});
type Good = ReturnType<typeof good> & Record<string, unknown>;

function problemsOf(input: unknown): InputProblem[] {
  const r = parseHousehold(input);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(input)}`);
  return r.problems;
}

const show = (ps: readonly InputProblem[]) => ps.map((p) => `${p.path}: ${p.message}`).join("\n");

// [what, how to break the good household, the path that must be named, a fragment of the message]
const CASES: [string, (h: Good) => unknown, string, string | RegExp][] = [
  ["negative hours", (h) => ((h.job.hours = [-1, 0]), h), "job.hours.0", "cannot be negative"],
  ["absurd hours (101)", (h) => ((h.job.hours = [0, 101]), h), "job.hours.1", "more than 100 hours"],
  ["hours with 3 decimal places", (h) => ((h.job.hours = [0, 16.125]), h), "job.hours.1", "at most 2 decimal places"],
  ["duplicate hours", (h) => ((h.job.hours = [0, 16, 16]), h), "job.hours.2", "listed twice"],
  ["wage 0", (h) => ((h.job.hourlyWage = 0), h), "job.hourlyWage", "more than £0"],
  ["wage \"0.00\"", (h) => ((h.job.hourlyWage = "0.00"), h), "job.hourlyWage", "more than £0"],
  ["negative wage", (h) => ((h.job.hourlyWage = -12.71), h), "job.hourlyWage", "cannot be negative"],
  ["negative wage as a string", (h) => ((h.job.hourlyWage = "-12.71"), h), "job.hourlyWage", "cannot be negative"],
  ["wage with 3 decimal places", (h) => ((h.job.hourlyWage = 12.715), h), "job.hourlyWage", "at most 2 decimal places"],
  ["wage with 3 decimal places as a string", (h) => ((h.job.hourlyWage = "12.715"), h), "job.hourlyWage", "at most 2 decimal places"],
  ["wage \"twelve\"", (h) => ((h.job.hourlyWage = "twelve"), h), "job.hourlyWage", 'must be an amount in pounds, e.g. 12.71 (got "twelve")'],
  ["wage \"NaN\"", (h) => ((h.job.hourlyWage = "NaN"), h), "job.hourlyWage", "must be an amount in pounds"],
  ["wage \"Infinity\"", (h) => ((h.job.hourlyWage = "Infinity"), h), "job.hourlyWage", "must be an amount in pounds"],
  ["absurd wage (100000)", (h) => ((h.job.hourlyWage = 100000), h), "job.hourlyWage", "more than this calculator accepts for the hourly wage"],
  ["age 15", (h) => ((h.adults[0]!.age = 15), h), "adults.0.age", "at least 16"],
  ["age 121", (h) => ((h.adults[0]!.age = 121), h), "adults.0.age", "at most 120"],
  ["a partner aged 15", (h) => ((h.adults = [{ age: 30 }, { age: 15 }]), h), "adults.1.age", "at least 16"],
  ["a child aged 20", (h) => ((h.children = [{ age: 20 }]), h), "children.0.age", "at most 19"],
  ["negative rent", (h) => ((h.housing.rentMonthly = -500), h), "housing.rentMonthly", "rent cannot be negative"],
  ["rent with 3 decimal places", (h) => ((h.housing.rentMonthly = 500.123), h), "housing.rentMonthly", "at most 2 decimal places"],
  ["absurd rent (50000)", (h) => ((h.housing.rentMonthly = 50000), h), "housing.rentMonthly", "more than this calculator accepts for rent"],
  ["rent for tenure none", (h) => ((h.housing = { tenure: "none", rentMonthly: 500 }), h), "housing.rentMonthly", 'rent only counts for social or private renters, or in supported or temporary accommodation (tenure is "none")'],
  ["a private tenancy without rent", (h) => ((h.housing = { tenure: "private" }), h), "housing.rentMonthly", "give the monthly rent"],
  ["an unknown tenure", (h) => ((h.housing = { tenure: "council", rentMonthly: 500 }), h), "housing.tenure", 'must be one of "social", "private", "owner", "none"'],
  ["spareBedrooms for private tenure", (h) => ((h.housing = { tenure: "private", rentMonthly: 500, spareBedrooms: 1 }), h), "housing.spareBedrooms", "social housing only"],
  ["negative savings", (h) => ((h.capital = -1), h), "capital", "savings cannot be negative"],
  ["missing region", (h) => (delete (h as Partial<Good>).region, h), "region", "is required"],
  ["region northern-ireland", (h) => ((h.region = "northern-ireland"), h), "region", 'must be one of "england", "wales", "scotland"'],
  ["missing adults", (h) => (delete (h as Partial<Good>).adults, h), "adults", "is required"],
  ["empty adults []", (h) => ((h.adults = []), h), "adults", "give at least one adult"],
  ["3 adults", (h) => ((h.adults = [{ age: 30 }, { age: 31 }, { age: 32 }]), h), "adults", "at most two adults"],
  ["missing job", (h) => (delete (h as Partial<Good>).job, h), "job", "is required"],
  ["missing job.hourlyWage", (h) => (delete h.job.hourlyWage, h), "job.hourlyWage", "is required"],
  ["missing job.hours", (h) => (delete h.job.hours, h), "job.hours", "is required"],
  ["empty job.hours", (h) => ((h.job.hours = []), h), "job.hours", "give at least one number of hours"],
  ["unknown top-level field \"name\"", (h) => ((h.name = "Sam"), h), "name", 'unknown field "name"'],
  ["unknown top-level field \"postcode\"", (h) => ((h.postcode = "SW1A 1AA"), h), "postcode", 'unknown field "postcode"'],
  ["unknown adults.0.nhsNumber", (h) => ((h.adults[0]!.nhsNumber = "943 476 5919"), h), "adults.0.nhsNumber", 'unknown field "nhsNumber"'],
  ["unknown job.salary (a typo'd field is not ignored)", (h) => ((h.job.salary = 25000), h), "job.salary", 'unknown field "salary"'],
  ["childcareMonthly without children", (h) => ((h.childcareMonthly = 300), h), "childcareMonthly", "childcare costs need a child"],
  ["carersAllowance without carer", (h) => ((h.adults[0]!.carersAllowance = true), h), "adults.0.carersAllowance", "set carer to true"],
  ["lcw with lcwra", (h) => (Object.assign(h.adults[0]!, { lcw: true, lcwra: "new" }), h), "adults.0.lcw", "not both"],
  ["an unknown lcwra value", (h) => ((h.adults[0]!.lcwra = "yes"), h), "adults.0.lcwra", 'must be one of "protected", "new"'],
  ["pip with dla", (h) => (Object.assign(h.adults[0]!, { pip: { mobility: "standard" }, dla: { care: "lowest" } }), h), "adults.0.dla", "DLA cannot be paid with PIP"],
  ["adp outside Scotland", (h) => ((h.adults[0]!.adp = { mobility: "standard" }), h), "adults.0.adp", "Adult Disability Payment is paid in Scotland"],
  ["pip with no rate", (h) => ((h.adults[0]!.pip = {}), h), "adults.0.pip", "give a dailyLiving or mobility rate"],
  ["esa with jsa", (h) => (Object.assign(h.adults[0]!, { newStyleEsa: { phase: "main" }, newStyleJsa: true }), h), "adults.0.newStyleJsa", "cannot both be paid"],
  ["london with region wales", (h) => (Object.assign(h, { region: "wales", london: true }), h), "london", "Greater London is in England"],
  ["no taxYear and no date", (h) => (delete (h as Partial<Good>).taxYear, h), "taxYear", "give a tax year"],
  ["a malformed taxYear", (h) => ((h.taxYear = "2026"), h), "taxYear", 'must be a tax year written YYYY-YY (the year it starts, a hyphen and the last two digits of the next)'],
  ["impossible date 2026-02-30", (h) => (delete (h as Partial<Good>).taxYear, (h.date = "2026-02-30"), h), "date", "is not a real calendar date"],
  ["an unknown pension", (h) => ((h.job.pension = "yes"), h), "job.pension", 'must be one of "none", "netPay", "reliefAtSource"'],
];

describe("parseHousehold: bad input is named, never crashes", () => {
  it("the good household itself is accepted", () => {
    expect(parseHousehold(good()).ok).toBe(true);
  });

  it.each(CASES)("%s", (_what, breakIt, path, fragment) => {
    const problems = problemsOf(breakIt(good() as Good));
    const at = problems.filter((p) => p.path === path);
    expect(at, `no problem at ${path}; got:\n${show(problems)}`).not.toHaveLength(0);
    expect(
      at.some((p) => (typeof fragment === "string" ? p.message.includes(fragment) : fragment.test(p.message))),
      `no message at ${path} says ${JSON.stringify(String(fragment))}; got:\n${show(problems)}`,
    ).toBe(true);
    for (const p of problems) {
      expect(typeof p.path).toBe("string");
      expect(p.message.trim()).not.toBe("");
      // (A message may quote the input back, e.g. (got "NaN"); the rest must not show a broken value.)
      expect(p.message.replace(/\(got .*\)/, "")).not.toMatch(/NaN|undefined|\[object Object\]/);
    }
  });

  // A value of the wrong type is named at the right path ...
  const WRONG_TYPE: [string, (h: Good) => unknown, string][] = [
    ["age 30.5", (h) => ((h.adults[0]!.age = 30.5), h), "adults.0.age"],
    ["age \"forty\"", (h) => ((h.adults[0]!.age = "forty"), h), "adults.0.age"],
    ["age \"30\" (a string is not coerced)", (h) => ((h.adults[0]!.age = "30"), h), "adults.0.age"],
    ["london \"yes\"", (h) => ((h.london = "yes"), h), "london"],
    ["hourlyWage true", (h) => ((h.job.hourlyWage = true), h), "job.hourlyWage"],
    ["hours [0, \"16\"] (a string is not coerced)", (h) => ((h.job.hours = [0, "16"]), h), "job.hours.1"],
  ];
  it.each(WRONG_TYPE)("wrong type, %s: named at its path", (_what, breakIt, path) => {
    const problems = problemsOf(breakIt(good() as Good));
    expect(problems.map((p) => p.path)).toContain(path);
  });

  // ... but today the message is "is required", as if the field were missing.
  // Cause: household.ts issueMessage() says "is required" for any invalid_type
  // issue whose `input` is undefined, and zod 4 leaves `input` out of issues
  // unless parsed with { reportInput: true }, so every wrong type reads as missing.
  const MEANT: [string, (h: Good) => unknown, string, RegExp][] = [
    ["age 30.5", WRONG_TYPE[0]![1], "adults.0.age", /whole years/],
    ["age \"forty\"", WRONG_TYPE[1]![1], "adults.0.age", /whole years/],
    ["london \"yes\"", WRONG_TYPE[3]![1], "london", /true or false|boolean/],
    ["hourlyWage true", WRONG_TYPE[4]![1], "job.hourlyWage", /amount in pounds/],
    ["hours [0, \"16\"]", WRONG_TYPE[5]![1], "job.hours.1", /number of hours/],
  ];
  it.each(MEANT)("wrong type, %s: the message says what is wrong, not \"is required\"", (_what, breakIt, path, meant) => {
    const at = problemsOf(breakIt(good() as Good)).filter((p) => p.path === path);
    expect(at.some((p) => meant.test(p.message))).toBe(true);
  });

  // Known: negative hours also get "hours must have at most 2 decimal places"
  // (household.ts Hours: the TWO_DP regex does not allow the minus sign), a
  // second, wrong message about the same field. The same for a negative
  // pension employeePercent.
  it("negative hours get one message, not a second about decimal places", () => {
    const problems = problemsOf({ ...good(), job: { hourlyWage: 12.71, hours: [-1, 0] } });
    expect(show(problems)).toBe("job.hours.0: hours cannot be negative");
  });

  // Regression: parseHousehold ("never throws") used to throw a TypeError here,
  // because the household-level checks ran on amounts that had failed their
  // own checks. Amount problems now stop the parse of that value.
  const CRASHES: [string, (h: Good) => unknown, string, string][] = [
    ["negative childcareMonthly", (h) => ((h.childcareMonthly = -1), h), "childcareMonthly", "cannot be negative"],
    ["childcareMonthly with 3 decimal places (with a child)", (h) => ((h.children = [{ age: 3 }]), (h.childcareMonthly = "12.345"), h), "childcareMonthly", "at most 2 decimal places"],
    ["negative rent for tenure none", (h) => ((h.housing = { tenure: "none", rentMonthly: -5 }), h), "housing.rentMonthly", "cannot be negative"],
    ["service charges \"lots\" for an owner", (h) => ((h.housing = { tenure: "owner", serviceChargesMonthly: "lots" }), h), "housing.serviceChargesMonthly", "must be an amount in pounds"],
  ];
  it.each(CRASHES)("%s: a message, not a crash", (_what, breakIt, path, fragment) => {
    const input = breakIt(good() as Good);
    let problems: InputProblem[] = [];
    expect(() => (problems = problemsOf(input))).not.toThrow();
    expect(problems.some((p) => p.path === path && p.message.includes(fragment))).toBe(true);
  });

  it("several problems are all reported, each at its own path", () => {
    const h = good() as Good;
    h.adults[0]!.age = 15;
    h.job.hours = [0, 101];
    h.name = "Sam";
    const paths = problemsOf(h).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["adults.0.age", "job.hours.1", "name"]));
  });

  it("input that is not an object is refused with a message, not a crash", () => {
    for (const raw of [null, undefined, 42, "household", [], true]) {
      const problems = problemsOf(raw);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p.message.trim()).not.toBe("");
    }
  });

  it("never throws, whatever the input (fast-check: arbitrary JSON, and a good household with one field replaced)", () => {
    const check = (raw: unknown) => {
      const r = parseHousehold(raw);
      if (r.ok) return;
      expect(r.problems.length).toBeGreaterThan(0);
      for (const p of r.problems) {
        expect(typeof p.path).toBe("string");
        expect(typeof p.message).toBe("string");
        expect(p.message.trim()).not.toBe("");
      }
    };
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 500 });
    // childcareMonthly is left out here: a bad amount there crashes today (see the known-bug test below).
    const fields = ["taxYear", "date", "region", "london", "adults", "children", "housing", "capital", "job", "id"];
    const replaced = fc.record({
      where: fc.constantFrom(...fields.map((f) => [f]), ["adults", 0, "age"], ["adults", 0, "pip"], ["housing", "rentMonthly"], ["housing", "tenure"], ["job", "hourlyWage"], ["job", "hours"], ["job", "hours", 1], ["job", "pension"]),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom(-1, 0, 1e9, 0.001, "", "12.345", "-5", null, [], {})),
    });
    fc.assert(
      fc.property(replaced, ({ where, value }) => {
        const h: Record<string | number, unknown> = good();
        let o = h;
        for (const k of where.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
        o[where.at(-1)!] = value;
        check(h);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------
// The real command.

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const calc = (stdin: string, ...args: string[]) => run(process.execPath, ["--import", "tsx", "src/cli/calc.ts", ...args], stdin);

const lines = (s: string) => s.split("\n").filter((l) => l !== "");
const LINE = /^[^\s:]+: \S.*$/; // "path.to.field: what is wrong"

interface Example {
  expected: unknown;
  [k: string]: unknown;
}

describe("the calc command", () => {
  const p01 = (JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8")) as Example[])[0]!;
  const { expected: _expected, ...p01Input } = p01;
  const ok = { taxYear: "2026-27", region: "england", adults: [{ age: 30 }], job: { hourlyWage: 12.71, hours: [0, 16] } };
  const runs: Record<string, Run> = {};

  // Seven processes of about a second each: started together, once.
  beforeAll(async () => {
    const jobs: Record<string, Promise<Run>> = {
      badJson: calc('{"region": "england", '),
      threeProblems: calc(JSON.stringify({ ...ok, adults: [{ age: 15 }], job: { hourlyWage: 12.71, hours: [0, -16] }, postcode: "SW1A 1AA" })),
      noRules: calc(JSON.stringify({ ...ok, taxYear: "2024-25" })),
      aged70: calc(JSON.stringify({ ...ok, adults: [{ age: 70 }] })),
      schema: calc("", "--schema"),
      good: calc(JSON.stringify(p01Input)),
      npm: run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "calc"], JSON.stringify(p01Input)),
    };
    const done = await Promise.all(Object.values(jobs));
    Object.keys(jobs).forEach((k, i) => (runs[k] = done[i]!));
  }, 120_000);

  it("(a) bad JSON: exit 2, nothing on stdout, one line on stderr", () => {
    const r = runs.badJson!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^\(input\): not valid JSON/);
  });

  it("(b) three problems (negative hours, unknown field, age 15): exit 2, nothing on stdout, each problem a `path: message` line", () => {
    const r = runs.threeProblems!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const ls = lines(r.stderr);
    for (const l of ls) expect(l).toMatch(LINE);
    expect(ls).toEqual(
      expect.arrayContaining([
        "job.hours.1: hours cannot be negative",
        expect.stringMatching(/^postcode: unknown field "postcode"/),
        "adults.0.age: an adult must be aged at least 16",
      ]),
    );
  });

  // Known: four lines today, the negative hours also getting "hours must have
  // at most 2 decimal places" (see the parseHousehold test above).
  it("(b) three problems give exactly three stderr lines", () => {
    expect(lines(runs.threeProblems!.stderr)).toHaveLength(3);
  });

  it("(c) a tax year with no rule table (2024-25): exit 2, a taxYear line", () => {
    const r = runs.noRules!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^taxYear: no rule table covers 2024-25/);
  });

  it("(d) a claimant aged 70 (over State Pension age): exit 2, an adults.0.age line", () => {
    const r = runs.aged70!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^adults\.0\.age: .*State Pension age/);
  });

  it("(e) --schema: exit 0, the input's JSON Schema on stdout", () => {
    const r = runs.schema!;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const schema = JSON.parse(r.stdout) as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.type).toBe("object");
    expect(schema.properties.adults).toBeDefined();
    expect(schema.properties.job).toBeDefined();
    expect(schema.required).toEqual(expect.arrayContaining(["region", "adults", "job"]));
  });

  const checkGood = (r: Run) => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { rules: { id: string }; scenarios: Record<string, unknown>[] };
    expect(out.scenarios).toHaveLength(5);
    for (const s of out.scenarios) for (const f of SCENARIO_FIELDS) expect(typeof s[f], `${String(s.hours)} hours: ${f}`).toBe("string");
    expect(out.scenarios[2]!.hours).toBe("16");
    expect(out.scenarios[2]!.netIncomeWeekly).toBe("324.35");
    expect(out.rules.id).toMatch(/^uk\/2026-27@[0-9a-f]{14}$/);
  };

  it("(f) a good household (worked example p01): exit 0, nothing on stderr, every contract field as a string", () => {
    checkGood(runs.good!);
  });

  it("(f) the same through `npm run --silent calc`", () => {
    checkGood(runs.npm!);
  });
});
