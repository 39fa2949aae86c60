// Hour-of-day histograms: how many records of a lane fall in each hour of the local day.
// A second household shows up as a different rhythm (a night owl, a morning routine).

import type { Zone } from './zone';

/** Records per hour of day (index 0 = 00:00–00:59 in `zone`). */
export function hourHistogram(times: Float64Array, zone: Zone): Uint32Array {
  const out = new Uint32Array(24);
  for (let i = 0; i < times.length; i += 1) {
    const h = zone.hourOf(times[i] as number);
    out[h] = (out[h] as number) + 1;
  }
  return out;
}

/** Each hour's share of the busiest hour, 0–1 (all zero when the lane is empty). */
export function intensities(histogram: Uint32Array): number[] {
  let max = 0;
  for (const n of histogram) max = Math.max(max, n);
  return Array.from(histogram, (n) => (max === 0 ? 0 : n / max));
}
