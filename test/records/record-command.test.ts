/**
 * The `record` command: same input and exit codes as `calc`; prints the
 * record anonymise() makes, stamped with a random id and this month.
 */
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseRecord } from "../../src/records/schema.js";
import { monthOf } from "../../src/base/months.js";
import { parseArgs } from "../../src/cli/record.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const cases: Record<string, unknown>[] = JSON.parse(readFileSync(`${ROOT}test/fixtures/worked-examples-2025-27.json`, "utf8"));
const { expected: _e, ...p02 } = cases.find((c) => c.id === "p02-lcwra-protected-new-style-esa-support")!;

function run(args: string[], stdin: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/record.ts", ...args], { cwd: ROOT, input: stdin, encoding: "utf8", timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run record -- --team T < household.json", () => {
  it("prints a valid record for the household, with this month and a random id", () => {
    const a = run(["--team", "north-ips"], JSON.stringify(p02));
    expect(a.stderr).toBe("");
    expect(a.status).toBe(0);
    const parsed = parseRecord(JSON.parse(a.stdout));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.team).toBe("north-ips");
    expect([monthOf(new Date(Date.now() - 60_000)), monthOf(new Date())]).toContain(parsed.record.month);
    expect(parsed.record.scenarios.map((s) => [s.hours, s.betterOffAfterCostsWeekly])).toEqual([
      ["10", 109],
      ["15", 131],
      ["16", 146],
      ["24", 184],
    ]);
    const b = run(["--team=north-ips"], JSON.stringify(p02));
    expect(JSON.parse(b.stdout).id).not.toBe(parsed.record.id);
  }, 60_000);

  it("bad input: exit 2, one line per problem on stderr, nothing on stdout", () => {
    const r = run(["--team", "north-ips"], JSON.stringify({ ...p02, region: "leeds", adults: [{ age: "x" }] }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^region: /), expect.stringMatching(/^adults\.0\.age: /)]);
  }, 30_000);

  it("a bad team code and bad input are reported together", () => {
    const r = run(["--team", "North IPS"], "not json");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^--team: must be a team code/), expect.stringMatching(/^\(input\): not valid JSON/)]);
  }, 30_000);

  it("no hours above 0: exit 2", () => {
    const r = run(["--team", "north-ips"], JSON.stringify({ ...p02, job: { hourlyWage: 12.71, hours: [0] } }));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("job.hours: compare at least one number of hours above 0 to record a result");
  }, 30_000);
});

describe("arguments", () => {
  it.each([
    [[], ["--team: is required, e.g. --team north-ips"]],
    [["--team"], ["--team: give the team code after --team, e.g. --team north-ips"]],
    [["--team", "--compact"], ["--team: give the team code after --team, e.g. --team north-ips"]],
    [["--team", "A B"], ['--team: must be a team code of 1 to 40 lower-case letters, digits and hyphens, e.g. "north-ips" (got "A B")']],
    [["--team", "t", "--colour"], ["(arguments): unknown argument --colour; use --team CODE, --compact or --schema"]],
  ])("%j", (args, problems) => {
    expect(parseArgs(args)).toEqual({ ok: false, problems });
  });

  it("--schema needs no team", () => {
    expect(parseArgs(["--schema"])).toEqual({ ok: true, schema: true, compact: false });
  });
});
