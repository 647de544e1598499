import { defineConfig, type Plugin } from "vitest/config";
import { fileURLToPath } from "node:url";
import { ruleTables } from "./src/rules/vite-plugin.js";

const ROOT = fileURLToPath(new URL(".", import.meta.url));

/**
 * `vite build` writes dist/:
 *  - better-off-calculator.js: the element, one ES module (engine, zod,
 *    decimal.js and Preact included);
 *  - assets/rules-<tax-year>-<hash>.js: each rule table, fetched with `import()` only
 *    when a page needs that year (measured: see test/bench/widget.ts);
 *  - the demo, embedding-guide and iframe pages copied from public/.
 *
 * Library mode, so no module-preload helper (it writes <link> tags and
 * dispatches events in the host page); Vite leaves whitespace in `es` library
 * builds, so the output is minified explicitly. Rule tables are emitted as
 * plain object literals (not JSON.parse strings, no named exports): the
 * smallest gzipped form, and `JSON.stringify` of it is byte-identical to the
 * file, so the rules id (a hash of the content) matches the `calc` command's.
 */

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
 * than a second entry: two entries in one build would move the code they
 * share (Preact) into a common chunk, and the calculator would no longer be
 * the single file pages load. It neither empties dist/ nor copies public/.
 */
const dashboard = {
  base: "./",
  publicDir: false as const,
  oxc: { jsx: { runtime: "automatic" as const, importSource: "preact", development: false } },
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
  if (!id) return "assets/[name]-[hash].js"; // a group: assets/element-<hash>.js
  return "assets/[name]-[hash].js";
}

export default defineConfig(({ mode }) => mode === "dashboard" ? dashboard : ({
  base: "./",
  publicDir: "public",
  plugins: [devEntry(), ruleTables(ROOT)],
  // Dev server: scan the element's source, not the HTML pages in public/.
  optimizeDeps: { entries: ["src/widget/index.ts"] },
  // Preact's automatic runtime; development mode (source file names and
  // line numbers in every element) only outside production builds.
  oxc: { jsx: { runtime: "automatic", importSource: "preact", development: mode !== "production" } },
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
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    environment: "node",
    // The default report for people; a JSON report that .ci/run sums up in one plain line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
}));
