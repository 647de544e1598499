/**
 * Whether a table is drawn as blocks (one per row, each figure labelled)
 * instead of columns: when the room it has is narrower than its columns
 * need. Measured, not guessed from the screen, so the element fits whatever
 * the page gives it; nothing is ever off-screen or scrolled sideways.
 * Where nothing can be measured (no ResizeObserver) it stays a table.
 */
import { useLayoutEffect, useState } from "preact/hooks";

/** What a figure's column needs, and the "What changes" column, in rem (results.css min-widths plus padding). */
const COLUMN_REM = 6.5;
const CHANGES_REM = 17;

export function useStacked(ref: { current: HTMLElement | null }, columns: number, changes: boolean): boolean {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  if (!width) return false;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
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
