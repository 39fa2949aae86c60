// A floor, not a benchmark: binning 100,000 records for a full-width frame must stay far below
// a frame's budget. The bound is generous so it never flakes; real numbers come from the
// end-to-end run.
import { expect, it } from 'vitest';
import { Bins, binLane } from './density';
import { hourHistogram } from './hours';
import { Zone } from './zone';

it('bins 100,000 records quickly', () => {
  const n = 100_000;
  const times = new Float64Array(n);
  const fits = new Uint8Array(n);
  let t = Date.parse('2021-01-01T00:00:00Z');
  let seed = 7;
  for (let i = 0; i < n; i += 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    t += 1 + (seed % 1_800_000);
    times[i] = t;
    fits[i] = seed % 3;
  }
  const bins = new Bins();
  binLane(times, fits, null, times[0]!, times[n - 1]!, 1600, bins); // warm-up
  const runs = 20;
  const began = performance.now();
  let binned = 0;
  for (let r = 0; r < runs; r += 1) binned = binLane(times, fits, null, times[0]!, times[n - 1]!, 1600, bins);
  const perFrame = (performance.now() - began) / runs;
  const hoursBegan = performance.now();
  const hours = hourHistogram(times, new Zone('Europe/Berlin'));
  const hoursMs = performance.now() - hoursBegan;
  console.log(`binning 100,000 records into 1,600 columns: ${perFrame.toFixed(2)} ms per frame; hour histogram: ${hoursMs.toFixed(1)} ms`);
  expect(binned).toBe(n);
  expect(hours.reduce((a, b) => a + b, 0)).toBe(n);
  expect(perFrame).toBeLessThan(500);
});
