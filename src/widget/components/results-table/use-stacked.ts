/**
 * Whether a table is drawn as blocks (one per row, each figure labelled)
 * instead of columns: when the room it has (the calculator's width,
 * measured) is narrower than its columns need. Nothing is ever off-screen
 * or scrolled sideways. Where nothing can be measured (width 0) it stays a
 * table.
 */

/** What a figure's column needs, and the "What changes" column, in rem (results.css min-widths plus padding). */
const COLUMN_REM = 6.5;
const CHANGES_REM = 17;

export function stackedAt(width: number, columns: number, changes: boolean): boolean {
  if (!width) return false;
  const rem = typeof getComputedStyle === "function" ? parseFloat(getComputedStyle(document.documentElement).fontSize) || 16 : 16;
  return width < (columns * COLUMN_REM + (changes ? CHANGES_REM : 0)) * rem;
}

type Role<T extends string> = { role?: T };
interface Roles {
  readonly table: Role<"table">;
  readonly rowgroup: Role<"rowgroup">;
  readonly row: Role<"row">;
  readonly colheader: Role<"columnheader">;
  readonly rowheader: Role<"rowheader">;
  readonly cell: Role<"cell">;
}

/** Explicit table roles for a table drawn as blocks (CSS display would otherwise hide its table semantics from some screen readers). */
export const roles = (stacked: boolean): Roles =>
  stacked
    ? { table: { role: "table" }, rowgroup: { role: "rowgroup" }, row: { role: "row" }, colheader: { role: "columnheader" }, rowheader: { role: "rowheader" }, cell: { role: "cell" } }
    : { table: {}, rowgroup: {}, row: {}, colheader: {}, rowheader: {}, cell: {} };
