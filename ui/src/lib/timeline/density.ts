// Binning for the density band: per pixel column, how many records of each fit fall in it.
// Binary search finds the visible slice of a lane's sorted times; the loop over it writes into
// reused typed arrays, so a frame allocates nothing per record.

/** First index `i` in `lo..hi` with `a[i] >= x` (`hi` when none). */
export function lowerBound(a: Float64Array, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index `i` in `lo..hi` with `a[i] > x` (`hi` when none). */
export function upperBound(a: Float64Array, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The positions `[from, to)` of `times` inside `[start, end]`. */
export function visibleSlice(times: Float64Array, start: number, end: number): [number, number] {
  const from = lowerBound(times, start);
  return [from, upperBound(times, end, from)];
}

/** Reusable bins: `counts[column * 3 + fit]`, `marked[column]` counts highlighted records. */
export class Bins {
  columns = 0;
  counts = new Uint32Array(0);
  marked = new Uint32Array(0);
  /** Records in the fullest column after the last `binLane`. */
  max = 0;

  /** Makes room for `columns` columns and zeroes them. */
  reset(columns: number): void {
    const n = Math.max(0, Math.floor(columns));
    if (this.counts.length < n * 3) {
      this.counts = new Uint32Array(n * 3);
      this.marked = new Uint32Array(n);
    } else {
      this.counts.fill(0, 0, n * 3);
      this.marked.fill(0, 0, n);
    }
    this.columns = n;
    this.max = 0;
  }

  /** Records of all fits in column `c`. */
  total(c: number): number {
    const i = c * 3;
    return (this.counts[i] as number) + (this.counts[i + 1] as number) + (this.counts[i + 2] as number);
  }
}

/**
 * Bins the records of one lane between `start` and `end` into `columns` equal columns
 * (column `c` covers `[start + c·w, start + (c+1)·w)`, the last one includes `end`).
 * `mask` (optional, parallel to `times`) marks highlighted records. Returns how many records
 * were binned.
 */
export function binLane(
  times: Float64Array,
  fits: Uint8Array,
  mask: Uint8Array | null,
  start: number,
  end: number,
  columns: number,
  bins: Bins,
): number {
  bins.reset(columns);
  if (!(end > start) || bins.columns === 0) return 0;
  const [from, to] = visibleSlice(times, start, end);
  const k = bins.columns / (end - start);
  const lastColumn = bins.columns - 1;
  const counts = bins.counts;
  let max = 0;
  for (let i = from; i < to; i += 1) {
    let c = Math.floor(((times[i] as number) - start) * k);
    if (c > lastColumn) c = lastColumn;
    const slot = c * 3 + (fits[i] as number);
    counts[slot] = (counts[slot] as number) + 1;
    if (mask !== null && mask[i] === 1) bins.marked[c] = (bins.marked[c] as number) + 1;
  }
  for (let c = 0; c < bins.columns; c += 1) {
    const total = bins.total(c);
    if (total > max) max = total;
  }
  bins.max = max;
  return to - from;
}

/** Whether `count` records across `widthPx` pixels crowd: more than one per `pxPerPoint` px. */
export function isCrowded(count: number, widthPx: number, pxPerPoint = 3): boolean {
  return count * pxPerPoint > widthPx;
}
