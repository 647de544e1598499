/** Vite: a CSS file imported as a string (`?inline`). */
declare module "*.css?inline" {
  const css: string;
  export default css;
}
