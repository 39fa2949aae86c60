// The visible time window and how zooming and panning move it, always clamped to the data.

/** A window of time in ms since the epoch, `start < end`. */
export type Window = { start: number; end: number };

/** The narrowest window: two minutes, so the axis can still count minutes. */
export const MIN_SPAN = 2 * 60_000;
const HALF_DAY = 12 * 3_600_000;

/**
 * The range the view may show for data from `first` to `last`: the data plus 2 % either side
 * (at least a minute), or a day around a single instant.
 */
export function boundsFor(first: number, last: number): Window {
  if (!(last > first)) return { start: first - HALF_DAY, end: first + HALF_DAY };
  const pad = Math.max((last - first) * 0.02, 60_000);
  return { start: first - pad, end: last + pad };
}

/** `view` moved and narrowed as little as needed to lie within `bounds` and be ≥ MIN_SPAN wide. */
export function clampView(view: Window, bounds: Window): Window {
  const room = bounds.end - bounds.start;
  const span = Math.min(Math.max(view.end - view.start, MIN_SPAN), room);
  let start = view.start;
  if (!Number.isFinite(start)) start = bounds.start;
  start = Math.min(Math.max(start, bounds.start), bounds.end - span);
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (2 = twice as close, 0.5 = twice as far) keeping the instant at `anchor`
 * (0 = left edge, 1 = right edge of the view) where it is, then clamps.
 */
export function zoomAt(view: Window, factor: number, anchor: number, bounds: Window): Window {
  const span = view.end - view.start;
  const a = Math.min(Math.max(anchor, 0), 1);
  const pivot = view.start + a * span;
  const next = span / factor;
  return clampView({ start: pivot - a * next, end: pivot - a * next + next }, bounds);
}

/** Moves the view by `deltaMs` (positive = later), then clamps. */
export function panBy(view: Window, deltaMs: number, bounds: Window): Window {
  return clampView({ start: view.start + deltaMs, end: view.end + deltaMs }, bounds);
}

/** The view with the same span centred on `t`, clamped. */
export function centreOn(view: Window, t: number, bounds: Window): Window {
  const half = (view.end - view.start) / 2;
  return clampView({ start: t - half, end: t + half }, bounds);
}

/** The view unchanged when `t` lies inside its middle 90 %, else centred on `t`. */
export function ensureVisible(view: Window, t: number, bounds: Window): Window {
  const margin = (view.end - view.start) * 0.05;
  if (t >= view.start + margin && t <= view.end - margin) return view;
  return centreOn(view, t, bounds);
}
