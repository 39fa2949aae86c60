import { describe, expect, it } from 'vitest';
import type { Device, Fit, VoiceRecord } from '../types';
import { buildLanes as fromColumns, columnsOf, highlightMasks, parseTime } from './lanes';
import { changeLane, firstPlace, nearestInTime, stepInLane } from './nav';

/** The lanes of whole records, through the columns Rust would send. */
const buildLanes = (devices: Device[], records: VoiceRecord[]) => fromColumns(devices, columnsOf(records));

function device(id: string, fit: Fit, name: string | null = null): Device {
  return {
    id, name, type: null, model: 'Echo Dot (3rd Gen)', serial: null, account: null, registered: null,
    listed: null, records: 0, first: null, last: null, fit, reasons: [], reasons_words: [],
  };
}

function record(id: string, time: string | null, dev: string | null, fit: Fit): VoiceRecord {
  return {
    id, time, zone: null, device: dev, account: null, vendor: 'amazon', speakers: [], speaker_recognized: null,
    location: null, details: [], transcript: `transcript ${id}`, response: null, language: 'de', placeholder: false,
    audio: null, audio_match: null, source: { input: 0, path: 'Alexa/voice.json', locator: id }, mark: null,
    fit, flags: [], matches: [], matches_words: [],
  };
}

const devices = [device('d1', 'mine', 'Küche'), device('d2', 'foreign', 'Echo Dot'), device('d3', 'mine', 'unused')];
const records = [
  record('r1', '2024-03-03T14:00:00Z', 'd1', 'mine'),
  record('r2', '2024-03-01T08:00:00Z', 'd1', 'mine'),
  record('r3', '2024-03-02T23:30:00Z', 'd2', 'foreign'),
  record('r4', null, 'd1', 'unknown'),
  record('r5', '2024-03-02T10:00:00Z', null, 'unknown'),
  record('r6', '2024-03-05T10:00:00Z', 'd9', 'foreign'),
  record('r7', 'not a time', 'd2', 'foreign'),
  record('r8', '2024-03-01T08:00:00Z', 'd2', 'unknown'),
];

describe('buildLanes', () => {
  const set = buildLanes(devices, records);

  it('a lane without a listed device takes the fit all its records share', () => {
    const only = buildLanes([], [record('a', '2024-03-01T08:00:00Z', null, 'foreign'), record('b', '2024-03-02T08:00:00Z', null, 'foreign')]);
    expect(only.lanes.map((l) => l.fit)).toEqual(['foreign']);
    const mixed = buildLanes([], [record('a', '2024-03-01T08:00:00Z', null, 'foreign'), record('b', '2024-03-02T08:00:00Z', null, 'mine')]);
    expect(mixed.lanes.map((l) => l.fit)).toEqual(['unknown']);
  });

  it('makes one lane per device, then unlisted ids, then "no device" last', () => {
    expect(set.lanes.map((l) => [l.key, l.kind, l.fit])).toEqual([
      ['d1', 'device', 'mine'],
      ['d2', 'device', 'foreign'],
      ['d3', 'device', 'mine'],
      ['d9', 'unlisted', 'foreign'],
      ['', 'none', 'unknown'],
    ]);
  });

  it('sorts each lane by time and counts undated records without drawing them', () => {
    const [d1, d2, d3] = set.lanes;
    expect(Array.from(d1!.times)).toEqual([parseTime('2024-03-01T08:00:00Z'), parseTime('2024-03-03T14:00:00Z')]);
    expect(Array.from(d1!.order)).toEqual([1, 0]);
    expect(Array.from(d1!.fits)).toEqual([0, 0]);
    expect(d1!.counts).toEqual({ mine: 2, foreign: 0, unknown: 1 });
    expect(d1!.undated).toBe(1);
    expect(Array.from(d2!.order)).toEqual([7, 2]);
    expect(Array.from(d2!.fits)).toEqual([2, 1]);
    expect(d2!.counts).toEqual({ mine: 0, foreign: 2, unknown: 1 });
    expect(d2!.undated).toBe(1);
    expect(d3!.times.length).toBe(0);
  });

  it('indexes records by id and spans the dated records', () => {
    expect(set.byId.get('r1')).toEqual({ lane: 0, pos: 1 });
    expect(set.byId.get('r5')).toEqual({ lane: 4, pos: 0 });
    expect(set.byId.has('r4')).toBe(false);
    expect(set.first).toBe(parseTime('2024-03-01T08:00:00Z'));
    expect(set.last).toBe(parseTime('2024-03-05T10:00:00Z'));
  });

  it('marks highlighted records per lane', () => {
    const masks = highlightMasks(set, new Set(['r1', 'r3', 'r4', 'nope']));
    expect(masks.map((m) => Array.from(m))).toEqual([[0, 1], [0, 1], [], [0], [0]]);
  });

  it('has no lanes and no span for an empty report', () => {
    const empty = buildLanes([], []);
    expect(empty.lanes).toEqual([]);
    expect(empty.first).toBeNull();
  });
});

describe('keyboard movement', () => {
  const set = buildLanes(devices, records);
  it('steps along a lane and stops at its ends', () => {
    expect(stepInLane(set, { lane: 0, pos: 0 }, 1)).toEqual({ lane: 0, pos: 1 });
    expect(stepInLane(set, { lane: 0, pos: 1 }, 1)).toEqual({ lane: 0, pos: 1 });
    expect(stepInLane(set, { lane: 0, pos: 0 }, -1)).toEqual({ lane: 0, pos: 0 });
  });
  it('changes lane to the record nearest in time, skipping empty lanes', () => {
    // From r1 (3 Mar 14:00) down to d2: r3 (2 Mar 23:30) is nearer than r8 (1 Mar).
    expect(changeLane(set, { lane: 0, pos: 1 }, 1)).toEqual({ lane: 1, pos: 1 });
    // From d2 down: d3 is empty, d9 has one record.
    expect(changeLane(set, { lane: 1, pos: 1 }, 1)).toEqual({ lane: 3, pos: 0 });
    expect(changeLane(set, { lane: 0, pos: 0 }, -1)).toEqual({ lane: 0, pos: 0 });
    expect(nearestInTime(set, 2, 0)).toBe(-1);
  });
  it('starts at the first record in view', () => {
    expect(firstPlace(set, parseTime('2024-03-02T00:00:00Z'))).toEqual({ lane: 0, pos: 1 });
  });
});
