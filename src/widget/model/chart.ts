/**
 * Geometry of the income chart: net income against weekly hours (the
 * engine's sweep), stacked by source, with the out-of-work baseline, the
 * hours compared, and a labelled line at each threshold that applies to
 * this household. Drawn at the width it is shown at (no scaled-down text):
 * labels are wrapped to fit and stacked one per row above the plot, so none
 * overlaps another. Amounts become pixel positions here only; the figures
 * shown as text are the engine's.
 */
import type { Evaluation, Marker, Money } from "../../engine/index.js";
import type { Period } from "../attributes.js";
import { hours as hoursText } from "../format.js";
import { forPeriod } from "./period.js";

export const SERIES = [
  { key: "takeHomeWeekly", label: "Take-home pay", pattern: "solid" },
  { key: "ucWeekly", label: "Universal Credit", pattern: "stripes" },
  { key: "esaJsaWeekly", label: "New Style ESA or JSA", pattern: "dots" },
  { key: "otherBenefitsWeekly", label: "Other benefits", pattern: "grid" },
] as const;

export type SeriesKey = (typeof SERIES)[number]["key"];

export interface ChartMarker {
  readonly code: string;
  readonly hours: string;
  readonly x: number;
  /** In plain words, starting with a capital: "Universal Credit tapered to nil". */
  readonly text: string;
}

/** A threshold's label: lines of text above the plot, anchored at its line. */
export interface ChartLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end";
  readonly lines: readonly string[];
}

export interface ChartModel {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly areas: readonly { readonly key: SeriesKey; readonly label: string; readonly pattern: string; readonly d: string }[];
  readonly baselineY: number;
  readonly baseline: Money;
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly value: string }[];
  readonly markers: readonly ChartMarker[];
  readonly labels: readonly ChartLabel[];
  /** The hours compared in the table, on the net income line. */
  readonly compared: readonly { readonly x: number; readonly y: number; readonly hours: string }[];
  readonly maxHours: number;
}

/** Chart text: 13 px in CSS (chart.css); about 7 px a character. */
const LINE = 17;
const CHAR = 7;

/** A round step giving about five gridlines up to `max`. */
function niceStep(max: number): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  return ([1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag) || 1;
}

function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + 1 + w.length > chars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The thresholds that apply to this household: the engine's markers (each
 * found where something switches on or off in this household's sweep),
 * without the benefit cap's earnings exemption when the cap does not reduce
 * anything; and where UC starts to taper (the work allowance used up, or
 * from the first pound where there is none).
 */
export function thresholdsOf(r: Evaluation): Marker[] {
  const capped = !r.baseline.benefitCapReductionMonthly.isZero();
  const out: Marker[] = r.markers.filter((m) => capped || m.code !== "benefit-cap-earnings-exemption").map((m) => ({ code: m.code, hours: String(m.hours), text: m.text }));
  if (!r.baseline.ucMonthly.isZero()) {
    const i = r.sweep.findIndex((p, j) => j > 0 && p.ucWeekly.lessThan(r.sweep[j - 1]!.ucWeekly));
    // The first half hour at which UC is lower: earnings have passed the work allowance, or (with none) the first pound.
    const allowance = !r.baseline.workAllowanceMonthly.isZero();
    if (i > 0)
      out.push({
        code: allowance ? "work-allowance-used" : "uc-tapers-from-first-pound",
        hours: String(r.sweep[i]!.hours),
        text: allowance ? "work allowance used up: UC starts to taper" : "UC tapers from the first pound earned (no work allowance)",
      });
  }
  return out.sort((a, b) => Number(a.hours) - Number(b.hours));
}

export function chartModel(r: Evaluation, period: Period, width = 640): ChartModel {
  const left = width < 400 ? 52 : 64;
  const pts = r.sweep.map((p) => ({ h: p.hours, v: SERIES.map((s) => Math.max(0, Number(forPeriod(p[s.key], period)))) }));
  const maxHours = pts.length ? pts[pts.length - 1]!.h : 50;
  const xOf = (h: number) => left + (h / (maxHours || 1)) * (width - 16 - left);
  // Threshold lines and their labels, one row each from the top, wrapped to the room beside the line.
  const markers: ChartMarker[] = thresholdsOf(r)
    .filter((m) => Number(m.hours) <= maxHours)
    .map((m) => ({ code: m.code, hours: m.hours, x: xOf(Number(m.hours)), text: capital(m.text) }));
  const byHours = new Map<string, ChartMarker[]>();
  for (const m of markers) byHours.set(m.hours, [...(byHours.get(m.hours) ?? []), m]);
  let y = LINE;
  const labels: ChartLabel[] = [...byHours.entries()].map(([h, ms]) => {
    const x = ms[0]!.x;
    const anchor = x < width / 2 ? "start" : "end";
    const room = anchor === "start" ? width - x - 8 : x - 8;
    const lines = wrap(`${hoursText(h)} h: ${ms.map((m) => m.text).join("; ")}`, Math.max(12, Math.floor(room / CHAR)));
    const label = { x: anchor === "start" ? x + 4 : x - 4, y, anchor, lines } as const;
    y += lines.length * LINE + 4;
    return label;
  });
  const top = y + 6;
  const plotHeight = Math.round(Math.min(300, Math.max(200, width * 0.5)));
  const height = top + plotHeight + 44;
  const plot = { left, top, right: width - 16, bottom: top + plotHeight };
  const baseline = forPeriod(r.baseline.netIncomeWeekly, period);
  const highest = Math.max(Number(baseline), ...pts.map((p) => p.v.reduce((a, b) => a + b, 0)));
  const step = niceStep(highest);
  const maxY = Math.max(step, Math.ceil(highest / step) * step);
  const yOf = (v: number) => plot.bottom - (v / maxY) * (plot.bottom - plot.top);
  const f = (n: number) => n.toFixed(1);
  const cum = pts.map((p) => p.v.reduce<number[]>((acc, v) => [...acc, (acc[acc.length - 1] ?? 0) + v], []));
  const areas = SERIES.map((s, i) => {
    const upper = pts.map((p, j) => `${f(xOf(p.h))},${f(yOf(cum[j]![i]!))}`);
    const lower = pts.map((p, j) => `${f(xOf(p.h))},${f(yOf(i ? cum[j]![i - 1]! : 0))}`).reverse();
    return { key: s.key, label: s.label, pattern: s.pattern, d: `M${upper.join("L")}L${lower.join("L")}Z` };
  }).filter((_, i) => pts.some((p) => p.v[i]! > 0));
  const xTicks = [];
  for (let h = 0; h <= maxHours; h += width < 400 ? 25 : 10) xTicks.push({ x: xOf(h), label: String(h) });
  const yTicks = [];
  for (let v = 0; v <= maxY + 1e-9; v += step) yTicks.push({ y: yOf(v), value: v.toFixed(2) });
  const compared = [r.baseline, ...r.scenarios.filter((s) => !s.isBaseline)]
    .filter((s) => s.hours <= maxHours)
    .map((s) => ({ x: xOf(s.hours), y: yOf(Number(forPeriod(s.netIncomeWeekly, period))), hours: String(s.hours) }));
  return { width, height, plot, areas, baselineY: yOf(Number(baseline)), baseline, xTicks, yTicks, markers, labels, compared, maxHours };
}
