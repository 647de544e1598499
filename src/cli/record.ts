/**
 * `npm run --silent record -- --team T < household.json` — prints the
 * anonymised record the widget would send for that household (same input as
 * `calc`, same code as the widget: `anonymise()`).
 * `npm run --silent record -- --schema` — prints the record's JSON Schema.
 * Bad input or a bad/missing --team: exit status 2, one line per problem on
 * stderr ("path: what is wrong"), nothing on stdout.
 *
 * The random id and the month are made here, at the edge; anonymise() is pure.
 */
import { randomUUID } from "node:crypto";
import { calculate } from "../engine/index.js";
import { anonymise, recordProblems } from "../records/anonymise.js";
import { monthOf } from "../base/months.js";
import { recordJsonSchema, TeamCode } from "../records/schema.js";
import { prepareInput, readStdin } from "./calc.js";

type Args = { ok: true; schema: boolean; compact: boolean; team?: string } | { ok: false; problems: string[] };

export function parseArgs(argv: readonly string[]): Args {
  const problems: string[] = [];
  let team: string | undefined;
  let schema = false;
  let compact = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--schema") schema = true;
    else if (a === "--compact") compact = true;
    else if (a === "--team" || a.startsWith("--team=")) {
      const value = a === "--team" ? argv[++i] : a.slice("--team=".length);
      if (value === undefined || value.startsWith("--")) {
        problems.push("--team: give the team code after --team, e.g. --team north-ips");
        if (value !== undefined) i--;
      } else team = value;
    } else problems.push(`(arguments): unknown argument ${a}; use --team CODE, --compact or --schema`);
  }
  if (!schema && team === undefined && !problems.some((p) => p.startsWith("--team"))) problems.push("--team: is required, e.g. --team north-ips");
  if (team !== undefined) {
    const t = TeamCode.safeParse(team);
    if (!t.success) problems.push(`--team: ${t.error.issues[0]!.message} (got ${JSON.stringify(team)})`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, schema, compact, ...(team !== undefined ? { team } : {}) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.ok && args.schema) {
    process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    return;
  }
  const prepared = await prepareInput(await readStdin());
  const problems = [...(args.ok ? [] : args.problems), ...(prepared.ok ? recordProblems(prepared.household).map((p) => `${p.path}: ${p.message}`) : prepared.problems)];
  if (!args.ok || !prepared.ok || problems.length) {
    process.stderr.write(problems.join("\n") + "\n");
    process.exitCode = 2;
    return;
  }
  const result = calculate(prepared.household, prepared.rules);
  const record = anonymise(prepared.household, result, { team: args.team!, month: monthOf(new Date()), id: randomUUID() });
  process.stdout.write(JSON.stringify(record, null, args.compact ? 0 : 2) + "\n");
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").slice(-2).join("/"));
if (isMain) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
