// Drawing the timeline and its mini-map on 2D canvases. Pure functions of a frame's inputs;
// per lane they bin or walk only the visible slice and batch shapes into one path per fit, so
// a frame costs a few fills per lane whatever the number of records.

import { Bins, binLane, isCrowded, visibleSlice } from './density';
import type { LaneSet, Place } from './lanes';
import { pack, paintBand, Pixels, type FitColours } from './pixels';
import { ticks } from './ticks';
import type { Window } from './view';
import type { Zone } from './zone';

/** Colours read from the page's CSS variables (light or dark theme). */
export type Palette = {
  mine: string;
  foreign: string;
  unknown: string;
  text: string;
  muted: string;
  border: string;
  surface: string;
  surface2: string;
  focus: string;
  bg: string;
};

/** The CSS variables behind each palette colour. */
export const PALETTE_VARS: Readonly<{ [K in keyof Palette]: string }> = {
  mine: '--mine',
  foreign: '--foreign',
  unknown: '--unknown',
  text: '--text',
  muted: '--muted',
  border: '--border',
  surface: '--surface',
  surface2: '--surface-2',
  focus: '--focus',
  bg: '--bg',
};

/** Everything one frame of the main canvas depends on. */
export type Frame = {
  ctx: CanvasRenderingContext2D;
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel; the context's transform is already scaled by it. */
  dpr: number;
  /** The reused pixel buffer for backgrounds and density bands. */
  pixels: Pixels;
  axisHeight: number;
  laneHeight: number;
  set: LaneSet;
  masks: Uint8Array[];
  view: Window;
  palette: Palette;
  locale: string;
  zone: Zone;
  /** The keyboard cursor and the selected record, drawn with rings. */
  cursor: Place | null;
  selected: Place | null;
  /** A range being brushed or applied. */
  brush: Window | null;
  /** Whether the canvas has keyboard focus: a ring is drawn inside its edge. */
  focused: boolean;
  bins: Bins;
  /** Written per lane: 1 when the lane was drawn as a density band. */
  crowded: Uint8Array;
};

const FIT_ORDER = [1, 2, 0] as const; // foreign on top, then unknown, then mine
const DOT = 4;

function fitColour(palette: Palette, fit: number): string {
  return fit === 0 ? palette.mine : fit === 1 ? palette.foreign : palette.unknown;
}

/** A dot's shape says its fit without colour: circle mine, diamond foreign, square unclear. */
function shape(path: Path2D, fit: number, x: number, y: number, r: number): void {
  if (fit === 0) {
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, Math.PI * 2);
  } else if (fit === 1) {
    const d = r * 1.3;
    path.moveTo(x, y - d);
    path.lineTo(x + d, y);
    path.lineTo(x, y + d);
    path.lineTo(x - d, y);
    path.closePath();
  } else {
    const s = r * 0.9;
    path.rect(x - s, y - s, s * 2, s * 2);
  }
}

/** A CSS colour as a packed RGBA word, parsed by the canvas itself (hex, rgb(), names). */
function packCss(ctx: CanvasRenderingContext2D, colour: string): number {
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  const value = String(ctx.fillStyle);
  if (value.startsWith('#') && value.length === 7) {
    return pack(parseInt(value.slice(1, 3), 16), parseInt(value.slice(3, 5), 16), parseInt(value.slice(5, 7), 16));
  }
  const parts = value.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return pack(r, g, b, Math.round(a * 255));
}

const packed = new WeakMap<Palette, { surface: number; surface2: number; fits: FitColours }>();

function packPalette(ctx: CanvasRenderingContext2D, palette: Palette) {
  let known = packed.get(palette);
  if (!known) {
    known = {
      surface: packCss(ctx, palette.surface),
      surface2: packCss(ctx, palette.surface2),
      fits: [packCss(ctx, palette.mine), packCss(ctx, palette.foreign), packCss(ctx, palette.unknown)],
    };
    packed.set(palette, known);
  }
  return known;
}

/**
 * Draws a frame: lane backgrounds and density bands as pixels, then the axis and grid, dots
 * (for lanes that do not crowd), highlights, the selected record and cursor, and the brush.
 */
export function drawFrame(f: Frame): void {
  const { ctx, width, height, axisHeight, laneHeight, view, palette, dpr } = f;
  const span = view.end - view.start;
  const k = width / span;
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  const colours = packPalette(ctx, palette);

  // Lane backgrounds; density bands as pixels, put only where a lane crowds.
  ctx.clearRect(0, 0, width, height);
  const columns = Math.max(1, Math.min(Math.floor(width * dpr), W));
  const bandRows = Math.round((laneHeight - 18) * dpr);
  const lanes: [number, number][] = [];
  let image: ImageData | null = null;
  f.set.lanes.forEach((lane, li) => {
    const background = li % 2 === 0 ? palette.surface : palette.surface2;
    ctx.fillStyle = background;
    ctx.fillRect(0, axisHeight + li * laneHeight, width, laneHeight);
    const slice = visibleSlice(lane.times, view.start, view.end);
    lanes.push(slice);
    const crowded = isCrowded(slice[1] - slice[0], width);
    f.crowded[li] = crowded ? 1 : 0;
    if (!crowded) return;
    image ??= f.pixels.ensure(ctx, W, H);
    const words = f.pixels.words;
    const y0 = Math.round((axisHeight + li * laneHeight) * dpr);
    const y1 = Math.min(H, Math.round((axisHeight + (li + 1) * laneHeight) * dpr));
    words.fill(li % 2 === 0 ? colours.surface : colours.surface2, y0 * W, y1 * W);
    binLane(lane.times, lane.fits, null, view.start, view.end, columns, f.bins);
    paintBand(words, W, 0, f.bins, y1 - Math.round(6 * dpr), bandRows, colours.fits);
    ctx.putImageData(image, 0, 0, 0, y0, W, y1 - y0);
  });

  // Axis and grid.
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 1;
  ctx.strokeStyle = palette.border;
  const grid = new Path2D();
  const axis = ticks(view.start, view.end, width, f.locale, f.zone);
  axis.forEach((tick, i) => {
    const x = Math.round((tick.t - view.start) * k) + 0.5;
    // A label runs to the next tick at most (the 29th of a month is two days from the 1st),
    // and never past the edge; a major tick's label wins over the one before it.
    const next = axis[i + 1];
    const room = (next ? Math.min((next.t - view.start) * k, width) : width) - x - 8;
    grid.moveTo(x, tick.major ? 4 : axisHeight - 8);
    grid.lineTo(x, height);
    ctx.fillStyle = tick.major ? palette.text : palette.muted;
    ctx.font = tick.major ? '600 12px system-ui, sans-serif' : '12px system-ui, sans-serif';
    if (ctx.measureText(tick.label).width <= room) ctx.fillText(tick.label, x + 4, axisHeight / 2);
  });
  grid.moveTo(0, axisHeight - 0.5);
  grid.lineTo(width, axisHeight - 0.5);
  ctx.stroke(grid);

  f.set.lanes.forEach((lane, li) => {
    const top = axisHeight + li * laneHeight;
    const mid = top + laneHeight / 2;
    const mask = f.masks[li] ?? null;
    const [from, to] = lanes[li] as [number, number];
    if (f.crowded[li] === 1) {
      if (mask !== null) drawBandMarks(f, lane.times, mask, from, to, top);
      return;
    }
    const paths = [new Path2D(), new Path2D(), new Path2D()];
    const marks = new Path2D();
    for (let i = from; i < to; i += 1) {
      const x = ((lane.times[i] as number) - view.start) * k;
      const fit = lane.fits[i] as number;
      shape(paths[fit] as Path2D, fit, x, mid, DOT);
      if (mask !== null && mask[i] === 1) {
        marks.moveTo(x + DOT + 4, mid);
        marks.arc(x, mid, DOT + 4, 0, Math.PI * 2);
      }
    }
    for (const fit of FIT_ORDER) {
      ctx.fillStyle = fitColour(palette, fit);
      ctx.fill(paths[fit] as Path2D);
    }
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 2;
    ctx.stroke(marks);
  });

  ring(f, f.selected, f.palette.text, DOT + 7, 2.5);
  ring(f, f.cursor, f.palette.focus, DOT + 10, 2);

  if (f.brush) {
    const x0 = (Math.min(f.brush.start, f.brush.end) - view.start) * k;
    const x1 = (Math.max(f.brush.start, f.brush.end) - view.start) * k;
    ctx.globalAlpha = 0.16;
    ctx.fillStyle = palette.focus;
    ctx.fillRect(x0, axisHeight, x1 - x0, height - axisHeight);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x0 + 0.75, axisHeight + 0.75, Math.max(0, x1 - x0 - 1.5), height - axisHeight - 1.5);
  }

  if (f.focused) {
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 3;
    ctx.strokeRect(1.5, 1.5, width - 3, height - 3);
  }
}

/** Above a band, a mark over each pixel column that holds a highlighted record. */
function drawBandMarks(f: Frame, times: Float64Array, mask: Uint8Array, from: number, to: number, top: number): void {
  const k = f.width / (f.view.end - f.view.start);
  const marks = new Path2D();
  let last = -1;
  for (let i = from; i < to; i += 1) {
    if (mask[i] !== 1) continue;
    const x = Math.floor(((times[i] as number) - f.view.start) * k);
    if (x === last) continue;
    marks.rect(x - 1, top + 4, 3, 4);
    last = x;
  }
  f.ctx.fillStyle = f.palette.focus;
  f.ctx.fill(marks);
}

function ring(f: Frame, place: Place | null, colour: string, radius: number, width: number): void {
  if (!place) return;
  const t = f.set.lanes[place.lane]?.times[place.pos];
  if (t === undefined || t < f.view.start || t > f.view.end) return;
  const x = ((t - f.view.start) * f.width) / (f.view.end - f.view.start);
  const y = f.axisHeight + place.lane * f.laneHeight + f.laneHeight / 2;
  f.ctx.strokeStyle = colour;
  f.ctx.lineWidth = width;
  f.ctx.beginPath();
  f.ctx.arc(x, y, radius, 0, Math.PI * 2);
  f.ctx.stroke();
}

/**
 * The mini-map's fixed part: every lane as a thin row over the whole range, each pixel column
 * in its majority fit's colour, taller where it is fuller. Drawn once per report, size and
 * theme, then copied into each frame.
 */
export function drawMinimapBase(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  set: LaneSet,
  whole: Window,
  palette: Palette,
  bins: Bins,
): void {
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = palette.surface2;
  ctx.fillRect(0, 0, width, height);
  const columns = Math.max(1, Math.floor(width));
  const rowH = (height - 4) / Math.max(1, set.lanes.length);
  set.lanes.forEach((lane, li) => {
    binLane(lane.times, lane.fits, null, whole.start, whole.end, columns, bins);
    const scale = bins.max > 0 ? 1 / Math.log1p(bins.max) : 0;
    const paths = [new Path2D(), new Path2D(), new Path2D()];
    for (let c = 0; c < columns; c += 1) {
      const total = bins.total(c);
      if (total === 0) continue;
      const a = bins.counts[c * 3] as number;
      const b = bins.counts[c * 3 + 1] as number;
      const u = bins.counts[c * 3 + 2] as number;
      const major = b >= a && b >= u ? 1 : a >= u ? 0 : 2;
      const h = Math.max(1, rowH * (0.3 + 0.7 * Math.log1p(total) * scale));
      (paths[major] as Path2D).rect(c, 2 + li * rowH + (rowH - h) / 2, 1, h);
    }
    for (const fit of FIT_ORDER) {
      ctx.fillStyle = fitColour(palette, fit);
      ctx.fill(paths[fit] as Path2D);
    }
  });
}

/** The mini-map's moving part: the brushed range as a tint, the visible window framed. */
export function drawMinimapWindow(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  whole: Window,
  view: Window,
  brush: Window | null,
  palette: Palette,
): void {
  const k = width / (whole.end - whole.start);
  if (brush) {
    ctx.globalAlpha = 0.2;
    ctx.fillStyle = palette.focus;
    const b0 = (Math.min(brush.start, brush.end) - whole.start) * k;
    const b1 = (Math.max(brush.start, brush.end) - whole.start) * k;
    ctx.fillRect(b0, 0, Math.max(1, b1 - b0), height);
    ctx.globalAlpha = 1;
  }
  const x0 = (view.start - whole.start) * k;
  const x1 = (view.end - whole.start) * k;
  ctx.globalAlpha = 0.55;
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, 0, Math.max(0, x0), height);
  ctx.fillRect(x1, 0, Math.max(0, width - x1), height);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = palette.focus;
  ctx.lineWidth = 2;
  ctx.strokeRect(Math.max(1, x0), 1, Math.max(4, x1 - x0 - 2), height - 2);
}
