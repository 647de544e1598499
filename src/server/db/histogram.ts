/**
 * Histograms of whole-pound weekly gains, stored as BLOBs of (gain, count)
 * pairs: little-endian signed 32-bit integers, ascending by gain. Mergeable,
 * so a summary over any range of months adds a few small blobs instead of
 * reading every record; exact, because gains are whole pounds within ±1000.
 */
const PAIR = 8;

/**
 * Add `delta` (gain → count) to an encoded histogram (or to an empty one):
 * one linear merge of two sorted lists, straight into the new blob.
 */
export function addToHistogram(bins: Uint8Array | undefined, delta: ReadonlyMap<number, number>): Buffer {
  const d = [...delta].sort((a, b) => a[0] - b[0]);
  const old = bins ? new DataView(bins.buffer, bins.byteOffset, bins.byteLength) : null;
  const oldLength = old ? Math.floor(old.byteLength / PAIR) : 0;
  const out = Buffer.alloc((oldLength + d.length) * PAIR);
  let i = 0;
  let j = 0;
  let o = 0;
  const put = (g: number, c: number) => {
    if (c === 0) return;
    out.writeInt32LE(g, o);
    out.writeInt32LE(c, o + 4);
    o += PAIR;
  };
  while (i < oldLength || j < d.length) {
    const og = i < oldLength ? old!.getInt32(i * PAIR, true) : Infinity;
    const dg = j < d.length ? d[j]![0] : Infinity;
    if (og < dg) put(og, old!.getInt32(i++ * PAIR + 4, true));
    else if (dg < og) put(dg, d[j++]![1]);
    else put(og, old!.getInt32(i++ * PAIR + 4, true) + d[j++]![1]);
  }
  return o === out.length ? out : out.subarray(0, o);
}

export function encodeHistogram(h: ReadonlyMap<number, number>): Buffer {
  const entries = [...h].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]);
  const buf = Buffer.alloc(entries.length * PAIR);
  entries.forEach(([g, c], i) => {
    buf.writeInt32LE(g, i * PAIR);
    buf.writeInt32LE(c, i * PAIR + 4);
  });
  return buf;
}

export function forEachBin(bins: Uint8Array, f: (gain: number, count: number) => void): void {
  const v = new DataView(bins.buffer, bins.byteOffset, bins.byteLength);
  for (let o = 0; o + PAIR <= bins.byteLength; o += PAIR) f(v.getInt32(o, true), v.getInt32(o + 4, true));
}

/**
 * A histogram held in memory while a summary is being added up: sparse (a
 * map from whole-pound gain to count), so each team and hours level costs
 * only as much as the distinct gains it holds.
 */
export class GainCounts {
  private readonly bins = new Map<number, number>();
  private sorted: [number, number][] | null = null;
  total = 0;

  private put(g: number, c: number): void {
    this.bins.set(g, (this.bins.get(g) ?? 0) + c);
    this.total += c;
    this.sorted = null;
  }

  addBlob(bins: Uint8Array): void {
    forEachBin(bins, (g, c) => this.put(g, c));
  }

  add(other: GainCounts): void {
    for (const [g, c] of other.bins) this.put(g, c);
  }

  private entries(): [number, number][] {
    return (this.sorted ??= [...this.bins].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]));
  }

  /** Results better off (gain > 0), worse off (< 0) and the same (0). */
  outcomes(): { better: number; worse: number; same: number } {
    let worse = 0;
    let same = 0;
    for (const [g, c] of this.bins) {
      if (g < 0) worse += c;
      else if (g === 0) same += c;
    }
    return { better: this.total - worse - same, worse, same };
  }

  /** The k-th smallest gain (0-based). */
  nth(k: number): number {
    let seen = 0;
    for (const [g, c] of this.entries()) {
      seen += c;
      if (seen > k) return g;
    }
    throw new RangeError(`[better-off] no ${k}th value in a histogram of ${this.total}`);
  }

  /**
   * Quantile p (0..1) by linear interpolation between order statistics
   * (Hyndman and Fan type 7: what a spreadsheet's MEDIAN and QUARTILE.INC
   * give), rounded to the whole pound, halves away from zero.
   */
  quantile(p: number): number {
    const h = (this.total - 1) * p;
    const lo = Math.floor(h);
    const a = this.nth(lo);
    const b = h > lo ? this.nth(lo + 1) : a;
    // Twice the value is an integer whenever p is a multiple of 1/4 and the
    // total is small enough: work in quarters to round exactly.
    const x4 = a * 4 + Math.round((h - lo) * 4) * (b - a);
    return Math.sign(x4) * Math.floor((Math.abs(x4) + 2) / 4);
  }
}
