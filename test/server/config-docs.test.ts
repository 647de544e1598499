/**
 * The README's configuration table names every setting the code reads: the
 * service's own list (`ENV_VARS` in src/server/config.ts), every
 * `process.env.X` the service, the test helpers and the Vitest config read.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ENV_VARS } from "../../src/server/config.js";
import { ROOT } from "../helpers/rules.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const start = readme.indexOf("## Configuration");
const section = readme.slice(start, readme.indexOf("\n## ", start + 5));

function envReadIn(path: string, found = new Set<string>()): Set<string> {
  const read = (file: string) => {
    for (const m of readFileSync(file, "utf8").matchAll(/process\.env\.([A-Z_]+)|process\.env\[["']([A-Z_]+)["']\]/g)) found.add(m[1] ?? m[2]!);
  };
  if (/\.tsx?$/.test(path)) read(path);
  else
    for (const e of readdirSync(path, { withFileTypes: true })) {
      const p = join(path, e.name);
      if (e.isDirectory()) envReadIn(p, found);
      else if (/\.tsx?$/.test(e.name)) read(p);
    }
  return found;
}

it("the configuration section names every setting the code reads", () => {
  const read = [...envReadIn(join(ROOT, "src/server")), ...envReadIn(join(ROOT, "test/helpers")), ...envReadIn(join(ROOT, "vite.config.ts"))].filter((v) => v !== "CI" && v !== "VITEST"); // set by CI and by Vitest, not by a user
  const all = [...new Set([...Object.keys(ENV_VARS), ...read])];
  expect(all.length).toBeGreaterThan(15);
  expect(all.filter((v) => !section.includes(`\`${v}\``))).toEqual([]);
});
