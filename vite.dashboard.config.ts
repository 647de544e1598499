import { defineConfig } from "vite";

/**
 * `vite build -c vite.dashboard.config.ts` (run by `npm run build` as its
 * `postbuild` step) adds dist/better-off-team-results.js: the team dashboard,
 * one ES module with Preact included, beside the calculator.
 *
 * A separate build rather than a second entry in vite.config.ts: two entries
 * in one build would move the code they share (Preact) into a common chunk,
 * and the calculator would no longer be the single file pages load.
 * This build neither empties dist/ nor copies public/ again.
 */
export default defineConfig({
  base: "./",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact", development: false } },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    copyPublicDir: false,
    target: "es2020",
    reportCompressedSize: false,
    lib: { entry: "src/dashboard/index.ts", formats: ["es"], fileName: () => "better-off-team-results.js" },
    rolldownOptions: { output: { minify: true } },
  },
});
