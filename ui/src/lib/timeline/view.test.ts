import { describe, expect, it } from 'vitest';
import { boundsFor, centreOn, clampView, ensureVisible, MIN_SPAN, panBy, zoomAt } from './view';

const bounds = { start: 0, end: 1_000_000 };

describe('boundsFor', () => {
  it('pads the data by 2 % (at least a minute) and gives a single instant a day', () => {
    expect(boundsFor(0, 10_000_000)).toEqual({ start: -200_000, end: 10_200_000 });
    expect(boundsFor(0, 1_000)).toEqual({ start: -60_000, end: 61_000 });
    expect(boundsFor(5, 5)).toEqual({ start: 5 - 43_200_000, end: 5 + 43_200_000 });
  });
});

describe('clampView', () => {
  it('keeps the view inside the bounds', () => {
    expect(clampView({ start: -50_000, end: 150_000 }, bounds)).toEqual({ start: 0, end: 200_000 });
    expect(clampView({ start: 950_000, end: 1_150_000 }, bounds)).toEqual({ start: 800_000, end: 1_000_000 });
  });
  it('never zooms out past the bounds nor in past two minutes', () => {
    expect(clampView({ start: -5e6, end: 5e6 }, bounds)).toEqual(bounds);
    expect(clampView({ start: 500_000, end: 500_001 }, bounds)).toEqual({ start: 500_000, end: 500_000 + MIN_SPAN });
  });
});

describe('zoomAt', () => {
  it('keeps the instant under the anchor in place', () => {
    expect(zoomAt({ start: 0, end: 1_000_000 }, 2, 0.5, bounds)).toEqual({ start: 250_000, end: 750_000 });
    expect(zoomAt({ start: 0, end: 1_000_000 }, 4, 0, bounds)).toEqual({ start: 0, end: 250_000 });
    expect(zoomAt({ start: 200_000, end: 600_000 }, 2, 0.25, bounds)).toEqual({ start: 250_000, end: 450_000 });
  });
  it('zooming out is clamped to the data', () => {
    expect(zoomAt({ start: 800_000, end: 1_000_000 }, 0.5, 1, bounds)).toEqual({ start: 600_000, end: 1_000_000 });
    expect(zoomAt({ start: 0, end: 1_000_000 }, 0.1, 0.5, bounds)).toEqual(bounds);
  });
});

describe('panning', () => {
  it('moves by the delta and stops at the edges', () => {
    expect(panBy({ start: 100_000, end: 300_000 }, 50_000, bounds)).toEqual({ start: 150_000, end: 350_000 });
    expect(panBy({ start: 100_000, end: 300_000 }, -500_000, bounds)).toEqual({ start: 0, end: 200_000 });
    expect(panBy({ start: 700_000, end: 900_000 }, 500_000, bounds)).toEqual({ start: 800_000, end: 1_000_000 });
  });
  it('centres on a record only when it is near or past the edge', () => {
    const view = { start: 100_000, end: 300_000 };
    expect(ensureVisible(view, 200_000, bounds)).toBe(view);
    expect(ensureVisible(view, 295_000, bounds)).toEqual({ start: 195_000, end: 395_000 });
    expect(centreOn(view, 10_000, bounds)).toEqual({ start: 0, end: 200_000 });
  });
});
