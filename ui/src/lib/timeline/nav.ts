// Keyboard movement over records: along a lane in time, and across lanes to the record
// nearest in time.

import { lowerBound } from './density';
import type { LaneSet, Place } from './lanes';

/** The record `dir` steps later (+1) or earlier (−1) in the same lane, stopping at the ends. */
export function stepInLane(set: LaneSet, place: Place, dir: 1 | -1): Place {
  const lane = set.lanes[place.lane];
  if (!lane || lane.times.length === 0) return place;
  const pos = Math.min(Math.max(place.pos + dir, 0), lane.times.length - 1);
  return { lane: place.lane, pos };
}

/** In lane `laneIndex`, the position of the record nearest in time to `t` (-1 when empty). */
export function nearestInTime(set: LaneSet, laneIndex: number, t: number): number {
  const times = set.lanes[laneIndex]?.times;
  if (!times || times.length === 0) return -1;
  const i = lowerBound(times, t);
  if (i >= times.length) return times.length - 1;
  if (i > 0 && t - (times[i - 1] as number) <= (times[i] as number) - t) return i - 1;
  return i;
}

/**
 * The record nearest in time to `place` in the next lane above (−1) or below (+1) that has
 * dated records; `place` itself when there is none.
 */
export function changeLane(set: LaneSet, place: Place, dir: 1 | -1): Place {
  const t = set.lanes[place.lane]?.times[place.pos];
  if (t === undefined) return place;
  for (let lane = place.lane + dir; lane >= 0 && lane < set.lanes.length; lane += dir) {
    const pos = nearestInTime(set, lane, t);
    if (pos >= 0) return { lane, pos };
  }
  return place;
}

/** Where the keyboard starts: the first record at or after `t` in the first lane with records. */
export function firstPlace(set: LaneSet, t: number): Place | null {
  for (let lane = 0; lane < set.lanes.length; lane += 1) {
    const times = (set.lanes[lane] as LaneSet['lanes'][number]).times;
    if (times.length === 0) continue;
    return { lane, pos: Math.min(lowerBound(times, t), times.length - 1) };
  }
  return null;
}
