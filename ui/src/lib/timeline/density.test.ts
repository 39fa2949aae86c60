import { describe, expect, it } from 'vitest';
import { Bins, binLane, isCrowded, lowerBound, upperBound, visibleSlice } from './density';
import { laneAt, nearest } from './hit';
import { hourHistogram, intensities } from './hours';
import { Zone } from './zone';

const times = new Float64Array([0, 10, 10, 25, 40, 99, 100]);
const fits = new Uint8Array([0, 1, 1, 2, 0, 1, 0]);

describe('binary search', () => {
  it('finds the visible slice with both ends included', () => {
    expect(lowerBound(times, 10)).toBe(1);
    expect(upperBound(times, 10)).toBe(3);
    expect(lowerBound(times, 101)).toBe(7);
    expect(visibleSlice(times, 10, 40)).toEqual([1, 5]);
    expect(visibleSlice(times, 41, 98)).toEqual([5, 5]);
  });
});

describe('binLane', () => {
  it('counts records per column and fit', () => {
    const bins = new Bins();
    const n = binLane(times, fits, null, 0, 100, 4, bins);
    expect(n).toBe(7);
    // Columns cover [0,25) [25,50) [50,75) [75,100]; 100 falls in the last one.
    expect(Array.from(bins.counts.subarray(0, 12))).toEqual([1, 2, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0]);
    expect([0, 1, 2, 3].map((c) => bins.total(c))).toEqual([3, 2, 0, 2]);
    expect(bins.max).toBe(3);
  });

  it('bins only the visible range and counts highlighted records', () => {
    const bins = new Bins();
    const mask = new Uint8Array([0, 1, 0, 0, 1, 1, 0]);
    expect(binLane(times, fits, mask, 10, 40, 3, bins)).toBe(4);
    expect(Array.from(bins.counts.subarray(0, 9))).toEqual([0, 2, 0, 0, 0, 1, 1, 0, 0]);
    expect(Array.from(bins.marked.subarray(0, 3))).toEqual([1, 0, 1]);
  });

  it('reuses its buffers and zeroes them between lanes', () => {
    const bins = new Bins();
    binLane(times, fits, null, 0, 100, 4, bins);
    const buffer = bins.counts;
    binLane(new Float64Array([60]), new Uint8Array([2]), null, 0, 100, 4, bins);
    expect(bins.counts).toBe(buffer);
    expect(Array.from(bins.counts.subarray(0, 12))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('switches to a band at more than one record per 3 px', () => {
    expect(isCrowded(300, 900)).toBe(false);
    expect(isCrowded(301, 900)).toBe(true);
  });
});

describe('hit-testing', () => {
  it('finds the lane under the pointer', () => {
    expect(laneAt(0, 60, 3)).toBe(0);
    expect(laneAt(119.9, 60, 3)).toBe(1);
    expect(laneAt(180, 60, 3)).toBe(-1);
    expect(laneAt(-1, 60, 3)).toBe(-1);
  });

  it('finds the nearest record within the radius', () => {
    // 100 ms over 200 px: 2 px per ms.
    expect(nearest(times, 0, 100, 200, 52, 6)).toBe(3); // t=26 → 25 is 2 px away
    expect(nearest(times, 0, 100, 200, 65, 6)).toBe(-1); // t=32.5: 25 and 40 are 15 px away
    expect(nearest(times, 0, 100, 200, 196, 6)).toBe(5); // t=98 → 99
    expect(nearest(times, 0, 100, 200, 10, 10)).toBe(0); // t=5: tie of 0 and 10, earlier wins
    expect(nearest(new Float64Array(0), 0, 100, 200, 10, 10)).toBe(-1);
  });
});

describe('hour-of-day histogram', () => {
  it('counts hours in the given zone', () => {
    const at = (iso: string) => Date.parse(iso);
    const t = new Float64Array([
      at('2024-01-15T06:30:00Z'), // Berlin 07:30 (CET)
      at('2024-07-15T06:30:00Z'), // Berlin 08:30 (CEST)
      at('2024-07-15T22:10:00Z'), // Berlin 00:10 next day
      at('2024-07-16T22:50:00Z'), // Berlin 00:50
    ]);
    const berlin = Array.from(hourHistogram(t, new Zone('Europe/Berlin')));
    expect(berlin.flatMap((n, h) => (n > 0 ? [[h, n]] : []))).toEqual([[0, 2], [7, 1], [8, 1]]);
    const utc = Array.from(hourHistogram(t, new Zone('UTC')));
    expect(utc.flatMap((n, h) => (n > 0 ? [[h, n]] : []))).toEqual([[6, 2], [22, 2]]);
    const kolkata = Array.from(hourHistogram(t, new Zone('Asia/Kolkata')));
    expect(kolkata.flatMap((n, h) => (n > 0 ? [[h, n]] : []))).toEqual([[3, 1], [4, 1], [12, 2]]); // +05:30: 03:40, 04:20, 12:00
  });

  it('scales intensities to the busiest hour', () => {
    const h = new Uint32Array(24);
    h[3] = 4;
    h[4] = 1;
    const i = intensities(h);
    expect(i[3]).toBe(1);
    expect(i[4]).toBe(0.25);
    expect(i[0]).toBe(0);
    expect(intensities(new Uint32Array(24)).every((v) => v === 0)).toBe(true);
  });
});
