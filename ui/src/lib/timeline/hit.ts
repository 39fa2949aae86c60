// Hit-testing: which lane a y coordinate is in, which record is nearest an x coordinate.

import { lowerBound } from './density';

/** The lane at `y` (pixels from the top of the lanes), or -1 outside them. */
export function laneAt(y: number, laneHeight: number, laneCount: number): number {
  if (!(y >= 0) || laneHeight <= 0) return -1;
  const lane = Math.floor(y / laneHeight);
  return lane < laneCount ? lane : -1;
}

/**
 * The position in `times` of the record nearest to pixel `x` of a view from `start` to `end`
 * drawn `widthPx` wide, if it lies within `radiusPx` pixels; -1 otherwise. On a tie the
 * earlier record wins.
 */
export function nearest(times: Float64Array, start: number, end: number, widthPx: number, x: number, radiusPx: number): number {
  if (times.length === 0 || !(end > start) || !(widthPx > 0)) return -1;
  const perPx = (end - start) / widthPx;
  const t = start + x * perPx;
  const i = lowerBound(times, t);
  let best = -1;
  let bestDistance = Infinity;
  for (const j of [i - 1, i]) {
    if (j < 0 || j >= times.length) continue;
    const distance = Math.abs((times[j] as number) - t) / perPx;
    if (distance < bestDistance) {
      best = j;
      bestDistance = distance;
    }
  }
  return bestDistance <= radiusPx ? best : -1;
}
