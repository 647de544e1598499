/** Vite: a CSS file imported as a string (`?inline`). */
declare module "*.css?inline" {
  const css: string;
  export default css;
}

/** Rule tables built by src/rules/vite-plugin.ts. */
declare module "better-off-rules:table/*" {
  const table: {
    readonly id: string;
    readonly file: string;
    readonly hash: string;
    data(d: (s: string) => unknown): import("../rules/schema.js").RulesFile;
  };
  export default table;
}
declare module "better-off-rules:provenance/*" {
  const provenance: import("../rules/compose.js").Provenance;
  export default provenance;
}
/** The tax years there are (the files in rules/uk/). */
declare module "better-off-rules:years" {
  export const TAX_YEARS: readonly string[];
}
/** Each year's two modules above, to import(). */
declare module "better-off-rules:loaders" {
  export const TABLES: Readonly<Record<string, () => Promise<typeof import("better-off-rules:table/*")>>>;
  export const PROVENANCE: Readonly<Record<string, () => Promise<typeof import("better-off-rules:provenance/*")>>>;
}
