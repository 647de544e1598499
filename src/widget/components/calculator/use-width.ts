/**
 * The width the calculator has on the page, followed as it changes: the
 * results draw the chart at this width (so its text is never scaled) and
 * decide whether tables fit as columns, in their first render (no second
 * pass after measuring). 0 where it cannot be measured (no layout).
 */
import { useLayoutEffect, useState } from "preact/hooks";

export function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return width;
}
