// Axis ticks that adapt to the zoom: years → months → days → hours → minutes, aligned to the
// wall clock of the user's zone and labelled through Intl in the UI's locale.

import { Zone } from './zone';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The calendar unit a tick step counts in. */
export type TickUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** One step between ticks: `count` of `unit`, about `approx` milliseconds long. */
export type TickStep = { unit: TickUnit; count: number; approx: number };

/** The steps the axis may use, finest first. */
export const STEPS: readonly TickStep[] = [
  { unit: 'minute', count: 1, approx: MINUTE },
  { unit: 'minute', count: 5, approx: 5 * MINUTE },
  { unit: 'minute', count: 15, approx: 15 * MINUTE },
  { unit: 'minute', count: 30, approx: 30 * MINUTE },
  { unit: 'hour', count: 1, approx: HOUR },
  { unit: 'hour', count: 3, approx: 3 * HOUR },
  { unit: 'hour', count: 6, approx: 6 * HOUR },
  { unit: 'hour', count: 12, approx: 12 * HOUR },
  { unit: 'day', count: 1, approx: DAY },
  { unit: 'day', count: 2, approx: 2 * DAY },
  { unit: 'day', count: 7, approx: 7 * DAY },
  { unit: 'month', count: 1, approx: 30.44 * DAY },
  { unit: 'month', count: 3, approx: 91.3 * DAY },
  { unit: 'month', count: 6, approx: 182.6 * DAY },
  { unit: 'year', count: 1, approx: 365.25 * DAY },
  { unit: 'year', count: 2, approx: 730.5 * DAY },
  { unit: 'year', count: 5, approx: 1826 * DAY },
  { unit: 'year', count: 10, approx: 3652.5 * DAY },
];

/** A tick: its instant, its label, and whether it starts a larger unit (a day, a year). */
export type Tick = { t: number; label: string; major: boolean };

/** The finest step whose ticks are at least `minSpacing` pixels apart at this zoom. */
export function chooseStep(spanMs: number, widthPx: number, minSpacing = 80): TickStep {
  if (!(spanMs > 0) || !(widthPx > 0)) return STEPS[STEPS.length - 1] as TickStep;
  for (const step of STEPS) {
    if ((step.approx / spanMs) * widthPx >= minSpacing) return step;
  }
  return STEPS[STEPS.length - 1] as TickStep;
}

/** Floors a wall-clock time (UTC fields carry local time) to the start of its step. */
function floorWall(wall: number, step: TickStep): number {
  const d = new Date(wall);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (step.unit) {
    case 'minute':
      return Math.floor(wall / (step.count * MINUTE)) * step.count * MINUTE;
    case 'hour':
      return Date.UTC(y, m, d.getUTCDate(), Math.floor(d.getUTCHours() / step.count) * step.count);
    case 'day':
      return Date.UTC(y, m, 1 + Math.floor((d.getUTCDate() - 1) / step.count) * step.count);
    case 'month':
      return Date.UTC(y, Math.floor(m / step.count) * step.count, 1);
    case 'year':
      return Date.UTC(Math.floor(y / step.count) * step.count, 0, 1);
  }
}

/** The next tick's wall-clock time after `wall` (already on the step's grid). */
function nextWall(wall: number, step: TickStep): number {
  const d = new Date(wall);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (step.unit) {
    case 'minute':
      return wall + step.count * MINUTE;
    case 'hour': {
      const next = wall + step.count * HOUR;
      // Keep the grid on multiples of `count` hours of each day.
      return new Date(next).getUTCDate() !== d.getUTCDate() ? Date.UTC(y, m, d.getUTCDate() + 1) : next;
    }
    case 'day': {
      const next = Date.UTC(y, m, d.getUTCDate() + step.count);
      // Every month starts on the grid again (1, 8, 15, 22, 29, then the 1st).
      return new Date(next).getUTCMonth() !== m ? Date.UTC(y, m + 1, 1) : next;
    }
    case 'month':
      return Date.UTC(y, m + step.count, 1);
    case 'year':
      return Date.UTC(y + step.count, 0, 1);
  }
}

/** Whether a tick at this wall-clock time starts the next larger unit. */
function isMajor(wall: number, step: TickStep): boolean {
  const d = new Date(wall);
  switch (step.unit) {
    case 'minute':
    case 'hour':
      return d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
    case 'day':
      return d.getUTCDate() === 1;
    case 'month':
      return d.getUTCMonth() === 0;
    case 'year':
      return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` for one locale, zone and set of fields. */
export function dateFormat(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(key, format);
  }
  return format;
}

function label(t: number, step: TickStep, major: boolean, locale: string, zone: string): string {
  switch (step.unit) {
    case 'minute':
    case 'hour':
      return major
        ? dateFormat(locale, zone, { day: 'numeric', month: 'short' }).format(t)
        : dateFormat(locale, zone, { hour: 'numeric', minute: '2-digit' }).format(t);
    case 'day':
      return dateFormat(locale, zone, { day: 'numeric', month: 'short' }).format(t);
    case 'month':
      return major
        ? dateFormat(locale, zone, { month: 'short', year: 'numeric' }).format(t)
        : dateFormat(locale, zone, { month: 'short' }).format(t);
    case 'year':
      return dateFormat(locale, zone, { year: 'numeric' }).format(t);
  }
}

/**
 * The ticks between `start` and `end` (ms since the epoch, inclusive) for an axis `widthPx`
 * wide, labelled in `locale` and aligned to the wall clock of `zone`. At most 500 ticks.
 */
export function ticks(start: number, end: number, widthPx: number, locale: string, zone: Zone, minSpacing = 80): Tick[] {
  const out: Tick[] = [];
  if (!(end > start)) return out;
  const step = chooseStep(end - start, widthPx, minSpacing);
  let wall = floorWall(zone.toWall(start), step);
  let last = -Infinity;
  for (let guard = 0; guard < 2000 && out.length < 500; guard += 1) {
    const t = zone.fromWall(wall);
    if (t > end) break;
    if (t >= start && t > last) {
      const major = isMajor(wall, step);
      out.push({ t, label: label(t, step, major, locale, zone.name), major });
      last = t;
    }
    wall = nextWall(wall, step);
  }
  return out;
}

/**
 * What the tick labels leave out, shown once beside the axis: the year when ticks name days,
 * the full date when they name hours or minutes; empty when ticks name years or months.
 */
export function axisContext(start: number, end: number, widthPx: number, locale: string, zone: Zone, minSpacing = 80): string {
  const step = chooseStep(end - start, widthPx, minSpacing);
  switch (step.unit) {
    case 'minute':
    case 'hour':
      return dateFormat(locale, zone.name, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(start);
    case 'day':
      return dateFormat(locale, zone.name, { year: 'numeric' }).format(start);
    default:
      return '';
  }
}
