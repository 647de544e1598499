/**
 * `npm run --silent calc < household.json` — prints the calculation as JSON.
 * `npm run --silent calc -- --schema` — prints the input's JSON Schema.
 * Bad input: exit status 2, one line per problem on stderr ("path: what is wrong"), nothing on stdout.
 */
import { parseHousehold, calculate, checkAgainstRules } from "../engine/index.js";
import { householdJsonSchema } from "../engine/household-docs.js";
import { loadRulesForDate, loadRulesForTaxYear } from "../rules/registry.js";
import { RulesNotFoundError } from "../rules/errors.js";
import { Household } from "../engine/household.js";
import type { Rules } from "../rules/load.js";

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export type Prepared = { ok: true; household: Household; rules: Rules } | { ok: false; problems: string[] };

/** Parse, validate and load rules for raw text input; never throws for bad input. */
export async function prepareInput(text: string): Promise<Prepared> {
  if (!text.trim()) return { ok: false, problems: ["(input): no input: pipe a household JSON document to standard input"] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`(input): not valid JSON: ${(e as Error).message}`] };
  }
  const parsed = parseHousehold(raw);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => `${p.path || "(input)"}: ${p.message}`) };
  const h = parsed.household;
  let rules: Rules;
  try {
    rules = h.date ? await loadRulesForDate(h.date) : await loadRulesForTaxYear(h.taxYear!);
  } catch (e) {
    if (e instanceof RulesNotFoundError)
      return { ok: false, problems: [`${h.date ? "date" : "taxYear"}: no rule table covers ${e.asked}${e.section ? ` (${e.section})` : ""}; available tax years: ${e.available.join(", ")}`] };
    throw e;
  }
  const more = checkAgainstRules(h, rules);
  if (more.length) return { ok: false, problems: more.map((p) => `${p.path}: ${p.message}`) };
  return { ok: true, household: h, rules };
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--schema")) {
    process.stdout.write(JSON.stringify(householdJsonSchema(Household), null, 2) + "\n");
    return;
  }
  const unknown = args.filter((a) => a !== "--compact");
  if (unknown.length) {
    process.stderr.write(`(arguments): unknown argument ${unknown.join(" ")}; use --schema, --compact or no argument\n`);
    process.exitCode = 2;
    return;
  }
  const prepared = await prepareInput(await readStdin());
  if (!prepared.ok) {
    process.stderr.write(prepared.problems.join("\n") + "\n");
    process.exitCode = 2;
    return;
  }
  const result = calculate(prepared.household, prepared.rules);
  process.stdout.write(JSON.stringify(result, null, args.includes("--compact") ? 0 : 2) + "\n");
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").slice(-2).join("/"));
if (isMain) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
