// Lanes from devices and the records' columns (`RecordColumns`): one per device, in the report's order, then one per device
// id the report does not list, then one for records without a device. Each lane keeps its
// dated records as sorted typed arrays so drawing, binning and hit-testing never allocate per
// record.

import type { Device, Fit, RecordColumns, VoiceRecord } from '../types';

/**
 * Fit as a small number, the index into per-fit arrays: mine 0, foreign 1, unknown 2 (the
 * codes Rust's `fit_code` puts in `RecordColumns::fits`).
 */
export const FIT_CODE: Readonly<{ [F in Fit]: number }> = { mine: 0, foreign: 1, unknown: 2 };
/** The fits in code order. */
export const FITS: readonly Fit[] = ['mine', 'foreign', 'unknown'];

/** Records of one lane counted by fit. */
export type FitCounts = { mine: number; foreign: number; unknown: number };

/** One row of the timeline. */
export type Lane = {
  /** Stable key: the device id, or `''` for the lane of records without a device. */
  key: string;
  /** `device`: listed in the report; `unlisted`: only named by records; `none`: no device. */
  kind: 'device' | 'unlisted' | 'none';
  /** The report's device, for `device` lanes. */
  device: Device | null;
  /**
   * The lane's fit: the device's; for lanes without a listed device, the fit all its records
   * share, else `unknown`.
   */
  fit: Fit;
  /** Times (ms since the epoch) of the dated records, ascending. */
  times: Float64Array;
  /** Fit codes (`FIT_CODE`) parallel to `times`. */
  fits: Uint8Array;
  /** Index into the record columns, parallel to `times`. */
  order: Int32Array;
  /** Every record of the lane, dated or not, by fit. */
  counts: FitCounts;
  /** Records without a readable time (not drawn, counted here). */
  undated: number;
};

/** Where a record sits: lane index and position in that lane's sorted arrays. */
export type Place = { lane: number; pos: number };

/** Lanes plus a record-id index, built once per report. */
export type LaneSet = { lanes: Lane[]; byId: Map<string, Place>; first: number | null; last: number | null };

/** Milliseconds since the epoch of an RFC 3339 time, or NaN when absent or unreadable. */
export function parseTime(time: string | null): number {
  return time === null ? Number.NaN : Date.parse(time);
}

/** The columns of records given whole (tests, small reports); Rust sends them made. */
export function columnsOf(records: readonly VoiceRecord[]): RecordColumns {
  const deviceIds: string[] = [];
  const slot = new Map<string, number>();
  return {
    ids: records.map((r) => r.id),
    times: records.map((r) => {
      const t = parseTime(r.time);
      return Number.isNaN(t) ? null : t;
    }),
    device_ids: deviceIds,
    devices: records.map((r) => {
      if (r.device === null) return null;
      let index = slot.get(r.device);
      if (index === undefined) {
        index = deviceIds.length;
        slot.set(r.device, index);
        deviceIds.push(r.device);
      }
      return index;
    }),
    fits: records.map((r) => FIT_CODE[r.fit]),
  };
}

/**
 * Builds the lanes from the records' columns (`order` indexes into them); runs in
 * O(n log n) once per report (about 50 ms for 100,000 records).
 */
export function buildLanes(devices: readonly Device[], columns: RecordColumns): LaneSet {
  const slot = new Map<string, number>();
  const members: number[][] = [];
  const lanes: Omit<Lane, 'times' | 'fits' | 'order'>[] = [];
  const zero = (): FitCounts => ({ mine: 0, foreign: 0, unknown: 0 });
  for (const device of devices) {
    if (slot.has(device.id)) continue;
    slot.set(device.id, lanes.length);
    lanes.push({ key: device.id, kind: 'device', device, fit: device.fit, counts: zero(), undated: 0 });
    members.push([]);
  }
  // The columns name devices by index into `device_ids`: one lane lookup per device id.
  const laneOf = columns.device_ids.map((id) => {
    let index = slot.get(id);
    if (index === undefined) {
      index = lanes.length;
      slot.set(id, index);
      lanes.push({ key: id, kind: 'unlisted', device: null, fit: 'unknown', counts: zero(), undated: 0 });
      members.push([]);
    }
    return index;
  });
  const noDevice: number[] = [];
  const n = columns.ids.length;
  for (let i = 0; i < n; i += 1) {
    const device = columns.devices[i];
    if (device === null || device === undefined) noDevice.push(i);
    else (members[laneOf[device] as number] as number[]).push(i);
  }
  if (noDevice.length > 0) {
    lanes.push({ key: '', kind: 'none', device: null, fit: 'unknown', counts: zero(), undated: 0 });
    members.push(noDevice);
  }

  const byId = new Map<string, Place>();
  let first = Infinity;
  let last = -Infinity;
  const built: Lane[] = lanes.map((lane, laneIndex) => {
    const all = members[laneIndex] as number[];
    const dated: number[] = [];
    for (const i of all) {
      lane.counts[FITS[columns.fits[i] as number] as Fit] += 1;
      if (columns.times[i] === null) lane.undated += 1;
      else dated.push(i);
    }
    dated.sort((a, b) => (columns.times[a] as number) - (columns.times[b] as number) || a - b);
    const times = new Float64Array(dated.length);
    const fits = new Uint8Array(dated.length);
    const order = new Int32Array(dated.length);
    dated.forEach((i, pos) => {
      times[pos] = columns.times[i] as number;
      fits[pos] = columns.fits[i] as number;
      order[pos] = i;
      byId.set(columns.ids[i] as string, { lane: laneIndex, pos });
    });
    if (times.length > 0) {
      first = Math.min(first, times[0] as number);
      last = Math.max(last, times[times.length - 1] as number);
    }
    const fit = lane.device ? lane.fit : sharedFit(lane.counts);
    return { ...lane, fit, times, fits, order };
  });
  return {
    lanes: built,
    byId,
    first: Number.isFinite(first) ? first : null,
    last: Number.isFinite(last) ? last : null,
  };
}

/** Per lane, 1 where the record at that position is in `ids` (e.g. search hits), else 0. */
export function highlightMasks(set: LaneSet, ids: ReadonlySet<string> | undefined): Uint8Array[] {
  const masks = set.lanes.map((lane) => new Uint8Array(lane.times.length));
  if (!ids) return masks;
  for (const id of ids) {
    const place = set.byId.get(id);
    if (place) (masks[place.lane] as Uint8Array)[place.pos] = 1;
  }
  return masks;
}

/** The fit every counted record has, or `unknown` when they differ or there are none. */
function sharedFit(counts: Record<Fit, number>): Fit {
  const present = (['mine', 'foreign', 'unknown'] as const).filter((f) => counts[f] > 0);
  return present.length === 1 ? (present[0] as Fit) : 'unknown';
}
