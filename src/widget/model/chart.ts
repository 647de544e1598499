/**
 * Geometry of the income chart: net income against weekly hours (the
 * engine's sweep), stacked by source, with the out-of-work baseline and
 * markers where something changes. Amounts become pixel positions here only;
 * the figures shown as text are the engine's.
 */
import type { Marker, Result } from "../../engine/index.js";
import { D } from "../../base/money.js";
import type { Period } from "../attributes.js";
import { forPeriod } from "./period.js";

export const SERIES = [
  { key: "takeHomeWeekly", label: "Take-home pay", pattern: "solid" },
  { key: "ucWeekly", label: "Universal Credit", pattern: "stripes" },
  { key: "esaJsaWeekly", label: "New Style ESA or JSA", pattern: "dots" },
  { key: "otherBenefitsWeekly", label: "Other benefits", pattern: "grid" },
] as const;

export type SeriesKey = (typeof SERIES)[number]["key"];

export interface ChartMarker {
  readonly n: number;
  readonly hours: string;
  readonly x: number;
  readonly text: string;
}

export interface ChartModel {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly areas: readonly { readonly key: SeriesKey; readonly label: string; readonly pattern: string; readonly d: string }[];
  readonly baselineY: number;
  readonly baseline: string;
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly value: string }[];
  readonly markers: readonly ChartMarker[];
  readonly maxHours: number;
}

/** A round step giving about five gridlines up to `max`. */
function niceStep(max: number): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  return ([1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag) || 1;
}

export function chartModel(r: Result, period: Period, extra: readonly Marker[], width = 640, height = 340): ChartModel {
  const plot = { left: 64, top: 28, right: width - 16, bottom: height - 44 };
  const pts = r.sweep.map((p) => ({ h: Number(p.hours), v: SERIES.map((s) => Math.max(0, Number(forPeriod(p[s.key], period)))) }));
  const maxHours = pts.length ? pts[pts.length - 1]!.h : 50;
  const baseline = forPeriod(r.baseline.netIncomeWeekly, period);
  const top = Math.max(Number(baseline), ...pts.map((p) => p.v.reduce((a, b) => a + b, 0)));
  const step = niceStep(top);
  const maxY = Math.max(step, Math.ceil(top / step) * step);
  const x = (h: number) => plot.left + (h / (maxHours || 1)) * (plot.right - plot.left);
  const y = (v: number) => plot.bottom - (v / maxY) * (plot.bottom - plot.top);
  const f = (n: number) => n.toFixed(1);
  const cum = pts.map((p) => p.v.reduce<number[]>((acc, v) => [...acc, (acc[acc.length - 1] ?? 0) + v], []));
  const areas = SERIES.map((s, i) => {
    const upper = pts.map((p, j) => `${f(x(p.h))},${f(y(cum[j]![i]!))}`);
    const lower = pts.map((p, j) => `${f(x(p.h))},${f(y(i ? cum[j]![i - 1]! : 0))}`).reverse();
    return { key: s.key, label: s.label, pattern: s.pattern, d: `M${upper.join("L")}L${lower.join("L")}Z` };
  }).filter((_, i) => pts.some((p) => p.v[i]! > 0));
  const xTicks = [];
  for (let h = 0; h <= maxHours; h += 10) xTicks.push({ x: x(h), label: String(h) });
  const yTicks = [];
  for (let v = 0; v <= maxY + 1e-9; v += step) yTicks.push({ y: y(v), value: new D(v).toFixed(2) });
  const all = [...r.markers, ...extra].filter((m) => Number(m.hours) <= maxHours).sort((a, b) => Number(a.hours) - Number(b.hours));
  const markers = all.map((m, i) => ({ n: i + 1, hours: m.hours, x: x(Number(m.hours)), text: m.text }));
  return { width, height, plot, areas, baselineY: y(Number(baseline)), baseline, xTicks, yTicks, markers, maxHours };
}
