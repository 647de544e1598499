import { BETTER_OFF_LIMIT } from "../../records/codes.js";

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

/** One dense scratch array, shared: all zero between uses (GainCounts.settle). */
const SCRATCH = new Int32Array(2 * BETTER_OFF_LIMIT + 1);

/**
 * A histogram held in memory while a summary is being added up. Blobs and
 * other histograms added to it are kept as they are until a figure is
 * asked for; then they are summed in one dense scratch array (fast) and kept
 * as two short sorted arrays of the gains that occur and their counts
 * (compact: a team's level costs only as much as its distinct gains).
 */
export class GainCounts {
  private pending: Uint8Array[] = [];
  private pendingParts: GainCounts[] = [];
  private gains = new Int32Array(0);
  private counts = new Int32Array(0);
  private sum = 0;

  addBlob(bins: Uint8Array): void {
    this.pending.push(bins);
  }

  add(other: GainCounts): void {
    this.pendingParts.push(other);
  }

  /** Results counted. */
  get total(): number {
    this.settle();
    return this.sum;
  }

  private settle(): void {
    if (!this.pending.length && !this.pendingParts.length) return;
    // Parts first: each uses the scratch array itself.
    for (const p of this.pendingParts) p.settle();
    const s = SCRATCH;
    const L = BETTER_OFF_LIMIT;
    for (let i = 0; i < this.gains.length; i++) s[this.gains[i]! + L]! += this.counts[i]!;
    for (const b of this.pending) {
      const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
      for (let o = 0; o + PAIR <= b.byteLength; o += PAIR) {
        const g = v.getInt32(o, true);
        if (g < -L || g > L) {
          s.fill(0); // leave the shared scratch clean for the next summary
          throw new RangeError(`[better-off] a stored gain of ${g} is outside ±${L}`);
        }
        s[g + L]! += v.getInt32(o + 4, true);
      }
    }
    for (const p of this.pendingParts) for (let i = 0; i < p.gains.length; i++) s[p.gains[i]! + L]! += p.counts[i]!;
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s[i] !== 0) n++;
    const gains = new Int32Array(n);
    const counts = new Int32Array(n);
    let k = 0;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (c === 0) continue;
      gains[k] = i - L;
      counts[k++] = c;
      sum += c;
      s[i] = 0;
    }
    this.gains = gains;
    this.counts = counts;
    this.sum = sum;
    this.pending = [];
    this.pendingParts = [];
  }

  /** Results better off (gain > 0), worse off (< 0) and the same (0). */
  outcomes(): { better: number; worse: number; same: number } {
    this.settle();
    let worse = 0;
    let same = 0;
    for (let i = 0; i < this.gains.length; i++) {
      const g = this.gains[i]!;
      if (g < 0) worse += this.counts[i]!;
      else if (g === 0) same += this.counts[i]!;
    }
    return { better: this.sum - worse - same, worse, same };
  }

  /** The k-th smallest gain (0-based). */
  nth(k: number): number {
    this.settle();
    let seen = 0;
    for (let i = 0; i < this.gains.length; i++) {
      seen += this.counts[i]!;
      if (seen > k) return this.gains[i]!;
    }
    throw new RangeError(`[better-off] no ${k}th value in a histogram of ${this.sum}`);
  }

  /**
   * Quantile p (0..1) by linear interpolation between order statistics
   * (Hyndman and Fan type 7: what a spreadsheet's MEDIAN and QUARTILE.INC
   * give), rounded to the whole pound, halves away from zero.
   */
  quantile(p: number): number {
    this.settle();
    const h = (this.sum - 1) * p;
    const lo = Math.floor(h);
    const a = this.nth(lo);
    const b = h > lo ? this.nth(lo + 1) : a;
    // Twice the value is an integer whenever p is a multiple of 1/4 and the
    // total is small enough: work in quarters to round exactly.
    const x4 = a * 4 + Math.round((h - lo) * 4) * (b - a);
    return Math.sign(x4) * Math.floor((Math.abs(x4) + 2) / 4);
  }
}
