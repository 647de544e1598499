import { defineConfig, type Plugin } from "vitest/config";
import type { UserConfig } from "vite";
import { fileURLToPath } from "node:url";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { ruleTables } from "./src/rules/vite-plugin.js";

const ROOT = fileURLToPath(new URL(".", import.meta.url));

/**
 * The service tests that run against both stores: once on SQLite (project
 * "sqlite", with every other test) and once on PostgreSQL (project
 * "postgres"), plus the tests only PostgreSQL has. BETTER_OFF_SKIP_POSTGRES=1
 * leaves the PostgreSQL project out (and says so); otherwise its tests fail
 * if PostgreSQL cannot be started.
 */
const STORE_TESTS = ["records-api", "summaries", "privacy-attacks", "operations", "availability", "access", "durability"].map((f) => `test/server/${f}.test.ts`);
const POSTGRES_ONLY_TESTS = ["test/server/postgres.test.ts"];
const SKIP_POSTGRES = process.env.BETTER_OFF_SKIP_POSTGRES === "1";
if (SKIP_POSTGRES && process.env.VITEST) console.warn("PostgreSQL tests SKIPPED (BETTER_OFF_SKIP_POSTGRES=1): the service tests run against SQLite only.");

/**
 * `vite build` writes dist/:
 *  - better-off-calculator.js: the element, the one file a page names; it
 *    imports assets/element-<hash>.js (Preact, styles, the interview) and
 *    fetches with `import()`, each when needed: assets/calculation-<hash>.js
 *    (engine, decimal.js, zod, results), assets/rules-<tax-year>-<hash>.js
 *    and assets/sources-<tax-year>-<hash>.js (rule tables checked at build
 *    time by src/rules/vite-plugin.ts), assets/team-results-<hash>.js;
 *  - the demo, embedding-guide and iframe pages copied from public/, the demo
 *    and iframe pages with `<link rel="modulepreload">` for the element's two
 *    files (modulePreloads, below).
 * Its postbuild step adds the dashboard and the single-file element (below).
 * Sizes and timings: `npm run bench widget` (test/bench/widget.ts).
 *
 * Library mode, so no module-preload helper (it writes <link> tags and
 * dispatches events in the host page); Vite leaves whitespace in `es` library
 * builds, so the output is minified explicitly. JSON imports (the command
 * line's and tests' rule tables, src/rules/registry.ts) stay plain objects, so
 * `JSON.stringify` of one is the file's content and the rules id (a hash of
 * it) is the same everywhere.
 */

/**
 * After each build, write `<file>.br` (brotli, quality 11) and `<file>.gz`
 * (gzip, level 9) beside every script, page, stylesheet and SVG in dist/,
 * so the service (and any web server set up as the embedding guide shows)
 * sends compressed bytes without compressing on each request. Each of the
 * three builds runs it; files whose compressed copies are already newer are
 * left alone.
 */
export function precompress(dir = join(ROOT, "dist")): void {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const file of walk(dir)) {
    if (!/\.(js|html|css|svg|json)$/.test(file)) continue;
    const mtime = statSync(file).mtimeMs;
    const fresh = (f: string) => {
      try {
        return statSync(f).mtimeMs >= mtime;
      } catch {
        return false;
      }
    };
    if (fresh(`${file}.br`) && fresh(`${file}.gz`)) continue;
    const data = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  }
}

/** Where the build writes the element's module preloads in dist/'s pages (public/frame.html, public/index.html). */
export const MODULE_PRELOAD_MARKER = "<!-- better-off:modulepreload -->";

/**
 * Replace MODULE_PRELOAD_MARKER in the pages copied from public/ with
 * `<link rel="modulepreload">` tags for better-off-calculator.js and the
 * chunk it imports (assets/element-<hash>.js, whose name only the build
 * knows), so the browser fetches both as soon as it reads the page's head,
 * side by side, rather than one round trip after the other (the element chunk
 * is found only once better-off-calculator.js has arrived). Issue 11: on a
 * slow line (150 ms round trips) that is the difference between the interview
 * in 1.2 s and within 1 s (`npm run bench widget`). Not the calculation chunk:
 * it would share the slow line with the code that draws the interview. In
 * `vite` dev the marker stays a comment.
 */
const modulePreloads = (): Plugin => ({
  name: "better-off-modulepreload",
  apply: "build",
  writeBundle(options, bundle) {
    const entry = Object.values(bundle).find((c) => c.type === "chunk" && c.isEntry && c.fileName === "better-off-calculator.js");
    if (!entry || entry.type !== "chunk") return;
    const dir = options.dir ?? join(ROOT, "dist");
    const links = [entry.fileName, ...entry.imports].map((f) => `<link rel="modulepreload" href="${f}" />`).join("\n    ");
    for (const page of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(dir, page), "utf8");
      if (html.includes(MODULE_PRELOAD_MARKER)) writeFileSync(join(dir, page), html.replace(MODULE_PRELOAD_MARKER, links));
    }
  },
});

/**
 * Class fields as plain assignments in the constructor (`this.x = v`), as
 * tsconfig's `useDefineForClassFields: false` has the type check assume. For
 * es2020 the define semantics cost a helper (Object.defineProperty with a
 * Symbol.toPrimitive key check) shipped in the element and called for every
 * field; none of our classes has a field that shadows an accessor, the one case
 * where the two differ. Fields declared without a value (constructor parameter
 * properties) are not written twice.
 */
const CLASS_FIELDS = {
  assumptions: { setPublicClassFields: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
} as const;

const precompressPlugin = (): Plugin => ({ name: "better-off-precompress", apply: "build", closeBundle: () => precompress() });

/** In `vite` dev, serve the element's source where the built file will be. */
const devEntry = (): Plugin => ({
  name: "better-off-dev-entry",
  apply: "serve",
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.startsWith("/better-off-calculator.js")) req.url = "/src/widget/index.ts";
      next();
    });
  },
});

/**
 * `vite build --mode dashboard` (run by `npm run build` as its `postbuild`
 * step) adds dist/better-off-team-results.js: the team dashboard, one ES
 * module with Preact included, beside the calculator. A separate build rather
 * than a second entry: two entries in one build would share Preact through a
 * common chunk, and a team-results page would load the calculator's. It
 * neither empties dist/ nor copies public/.
 */
const dashboard = {
  base: "./",
  plugins: [precompressPlugin()],
  publicDir: false as const,
  oxc: { jsx: { runtime: "automatic" as const, importSource: "preact", development: false }, ...CLASS_FIELDS },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    copyPublicDir: false,
    target: "es2020",
    reportCompressedSize: false,
    lib: { entry: "src/dashboard/index.ts", formats: ["es" as const], fileName: () => "better-off-team-results.js" },
    rolldownOptions: { output: { minify: true } },
  },
};

/** dist/assets/<what>-<hash>.js: rules-2026-27, sources-2026-27, calculation, team-results. */
function chunkName(chunk: { facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? "";
  const rules = /better-off-rules:(table|provenance)\/(\d{4}-\d{2})$/.exec(id);
  if (rules) return `assets/${rules[1] === "table" ? "rules" : "sources"}-${rules[2]}-[hash].js`;
  if (id.endsWith("/widget/calculation.ts")) return "assets/calculation-[hash].js";
  if (id.endsWith("/team-results/team-panel.tsx")) return "assets/team-results-[hash].js";
  return "assets/[name]-[hash].js"; // the group below: assets/element-<hash>.js
}

/**
 * `vite build --mode single` (also run by `postbuild`) adds
 * dist/better-off-calculator.single.js: the same element as one file with
 * nothing to fetch (every rule table included), for platforms where a web
 * team can upload a file but not a folder. Bigger for every page (see
 * `npm run bench widget`); the default build is the one to use where it can be.
 */
const single = (config: UserConfig): UserConfig => ({
  ...config,
  plugins: [...(config.plugins ?? []).filter((p) => (p as Plugin).name !== "better-off-precompress"), precompressPlugin()],
  publicDir: false,
  build: {
    ...config.build,
    emptyOutDir: false,
    copyPublicDir: false,
    lib: { entry: "src/widget/index.ts", formats: ["es"], fileName: () => "better-off-calculator.single.js" },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});

export default defineConfig(({ mode }) => (mode === "dashboard" ? dashboard : mode === "single" ? single(calculator(mode)) : calculator(mode)));

function calculator(mode: string): UserConfig {
  return {
  base: "./",
  publicDir: "public",
  plugins: [devEntry(), ruleTables(ROOT), modulePreloads(), precompressPlugin()],
  // Dev server: scan the element's source, not the HTML pages in public/.
  optimizeDeps: { entries: ["src/widget/index.ts"] },
  // Preact's automatic runtime; development mode (source file names and
  // line numbers in every element) only outside production builds.
  oxc: { jsx: { runtime: "automatic", importSource: "preact", development: mode !== "production" }, ...CLASS_FIELDS },
  json: { stringify: false, namedExports: false },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    copyPublicDir: true,
    target: "es2020",
    reportCompressedSize: false,
    lib: { entry: "src/widget/index.ts", formats: ["es"], fileName: () => "better-off-calculator.js" },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: chunkName,
        // Everything the element loads at once goes in one chunk, assets/element-<hash>.js, which
        // better-off-calculator.js imports and the chunks fetched later import too. Were that code
        // left in better-off-calculator.js, a page loading it as better-off-calculator.js?v=2 (or
        // under another name) would run it twice, with two copies of Preact.
        codeSplitting: { groups: [{ name: "element", tags: ["$initial"] }] },
      },
    },
  },
  test: {
    environment: "node",
    // Widget and property tests take 2–4 s alone; on a shared 2-core machine under load they have run past
    // vitest's 5 s default. A test that really hangs still fails, after 20 s.
    testTimeout: 20_000,
    // The default report for people; a JSON report that .ci/run sums up in one plain line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    projects: [
      { extends: true, test: { name: "sqlite", include: ["test/**/*.test.ts", "test/**/*.test.tsx"], exclude: POSTGRES_ONLY_TESTS } },
      // The service tests again, against a throwaway PostgreSQL (test/helpers/postgres.ts).
      ...(SKIP_POSTGRES
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: "postgres",
                // Each test app gets a new database (created and migrated, ~0.3 s) and every query is a round trip:
                // slower than an in-process file, so more time before a test counts as hung.
                testTimeout: 30_000,
                hookTimeout: 30_000,
                include: [...STORE_TESTS, ...POSTGRES_ONLY_TESTS],
                env: { BETTER_OFF_TEST_STORE: "postgres" },
                globalSetup: ["test/helpers/postgres-global-setup.ts"],
              },
            },
          ]),
    ],
  },
};
}
