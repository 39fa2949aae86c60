import { describe, expect, it } from 'vitest';
import { axisContext, chooseStep, ticks } from './ticks';
import { Zone } from './zone';

const utc = new Zone('UTC');
const berlin = new Zone('Europe/Berlin');
const at = (iso: string) => Date.parse(iso);
const labels = (start: string, end: string, width: number, locale: string, zone = utc) =>
  ticks(at(start), at(end), width, locale, zone).map((tick) => tick.label);

describe('chooseStep', () => {
  it('picks the finest step that keeps ticks 80 px apart', () => {
    expect(chooseStep(10 * 365.25 * 86_400_000, 800)).toEqual({ unit: 'year', count: 1, approx: 365.25 * 86_400_000 });
    expect(chooseStep(86_400_000, 800).unit).toBe('hour');
    expect(chooseStep(86_400_000, 800).count).toBe(3);
    expect(chooseStep(10 * 60_000, 800)).toEqual({ unit: 'minute', count: 1, approx: 60_000 });
  });
});

describe('ticks', () => {
  it('counts years over a decade', () => {
    expect(labels('2015-06-01T00:00:00Z', '2024-06-01T00:00:00Z', 900, 'en')).toEqual([
      '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024',
    ]);
  });

  it('counts months and names the year at January, in English and German', () => {
    expect(labels('2023-10-15T00:00:00Z', '2024-03-20T00:00:00Z', 900, 'en')).toEqual([
      'Nov', 'Dec', 'Jan 2024', 'Feb', 'Mar',
    ]);
    expect(labels('2023-10-15T00:00:00Z', '2024-03-20T00:00:00Z', 900, 'de')).toEqual([
      'Nov', 'Dez', 'Jan. 2024', 'Feb', 'Mär', // ICU's stand-alone abbreviations
    ]);
  });

  it('counts days and restarts the grid each month', () => {
    expect(labels('2024-02-26T12:00:00Z', '2024-03-03T12:00:00Z', 800, 'en')).toEqual([
      'Feb 27', 'Feb 28', 'Feb 29', 'Mar 1', 'Mar 2', 'Mar 3',
    ]);
    const weekly = ticks(at('2024-01-01T00:00:00Z'), at('2024-03-01T00:00:00Z'), 700, 'de', utc);
    expect(weekly.map((t) => t.label)).toEqual([
      '1. Jan.', '8. Jan.', '15. Jan.', '22. Jan.', '29. Jan.', '1. Feb.', '8. Feb.', '15. Feb.', '22. Feb.', '29. Feb.', '1. März',
    ]);
  });

  it('counts hours and names the date at midnight', () => {
    const day = ticks(at('2024-03-03T18:00:00Z'), at('2024-03-04T06:00:00Z'), 500, 'en', utc);
    expect(day.map((t) => t.label)).toEqual(['6:00 PM', '9:00 PM', 'Mar 4', '3:00 AM', '6:00 AM']);
    expect(day.map((t) => t.major)).toEqual([false, false, true, false, false]);
    expect(labels('2024-03-03T18:00:00Z', '2024-03-04T06:00:00Z', 500, 'de')).toEqual([
      '18:00', '21:00', '4. März', '3:00', '6:00',
    ]);
  });

  it('counts minutes', () => {
    expect(labels('2024-03-03T14:02:30Z', '2024-03-03T14:07:00Z', 600, 'de')).toEqual([
      '14:03', '14:04', '14:05', '14:06', '14:07',
    ]);
  });

  it('aligns to the wall clock of the zone, across a DST change', () => {
    // 31 March 2024: Berlin jumps from 02:00 CET to 03:00 CEST.
    const night = ticks(at('2024-03-30T22:30:00Z'), at('2024-03-31T04:30:00Z'), 600, 'de', berlin);
    expect(night.map((t) => t.label)).toEqual(['31. März', '1:00', '3:00', '4:00', '5:00', '6:00']);
    expect(night.map((t) => new Date(t.t).toISOString())).toEqual([
      '2024-03-30T23:00:00.000Z',
      '2024-03-31T00:00:00.000Z',
      '2024-03-31T01:00:00.000Z',
      '2024-03-31T02:00:00.000Z',
      '2024-03-31T03:00:00.000Z',
      '2024-03-31T04:00:00.000Z',
    ]);
  });

  it('returns nothing for an empty window', () => {
    expect(ticks(5, 5, 800, 'en', utc)).toEqual([]);
  });
});

describe('axisContext', () => {
  it('names what the labels leave out', () => {
    expect(axisContext(at('2024-03-03T14:00:00Z'), at('2024-03-03T15:00:00Z'), 600, 'en', utc)).toBe('Sun, March 3, 2024');
    expect(axisContext(at('2024-03-01T00:00:00Z'), at('2024-03-08T00:00:00Z'), 600, 'de', utc)).toBe('2024');
    expect(axisContext(at('2014-01-01T00:00:00Z'), at('2024-01-01T00:00:00Z'), 600, 'de', utc)).toBe('');
  });
});
