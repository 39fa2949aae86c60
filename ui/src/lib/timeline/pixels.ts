// Density bands written straight into pixels. A band has a column per device pixel; drawing
// thousands of one-pixel rectangles through a 2D context costs more than a frame on a software
// renderer (WebKitGTK under Xvfb: ~17 ms for 100,000 records), writing the same columns into an
// ImageData costs about a millisecond.

import type { Bins } from './density';

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** An opaque RGBA colour packed for a `Uint32Array` view of ImageData on this machine. */
export function pack(r: number, g: number, b: number, a = 255): number {
  return littleEndian ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}

/** A reusable ImageData with a 32-bit view of its pixels. */
export class Pixels {
  image: ImageData | null = null;
  words = new Uint32Array(0);

  /** An ImageData of `width × height` device pixels from `ctx`, reused while the size holds. */
  ensure(ctx: CanvasRenderingContext2D, width: number, height: number): ImageData {
    if (!this.image || this.image.width !== width || this.image.height !== height) {
      this.image = ctx.createImageData(width, height);
      this.words = new Uint32Array(this.image.data.buffer);
    }
    return this.image;
  }
}

/** Colours of the three fits, packed, in fit-code order (mine, foreign, unknown). */
export type FitColours = readonly [number, number, number];

/**
 * Paints one lane's band into `words` (rows `stride` pixels wide): column `c` of `bins` at
 * x = `x0 + c`, standing on row `base` (exclusive) and at most `band` rows tall. A column's
 * height grows with the log of its count (a lone record still shows, at 18 %), and is split
 * bottom-up into mine, unclear and foreign by their shares.
 */
export function paintBand(words: Uint32Array, stride: number, x0: number, bins: Bins, base: number, band: number, colours: FitColours): void {
  if (bins.max === 0) return;
  const scale = 1 / Math.log1p(bins.max);
  const counts = bins.counts;
  const [mineColour, foreignColour, unknownColour] = colours;
  for (let c = 0; c < bins.columns; c += 1) {
    const mine = counts[c * 3] as number;
    const foreign = counts[c * 3 + 1] as number;
    const unknown = counts[c * 3 + 2] as number;
    const total = mine + foreign + unknown;
    if (total === 0) continue;
    const h = Math.max(1, Math.round(band * (0.18 + 0.82 * Math.log1p(total) * scale)));
    const b1 = base - Math.round((h * mine) / total);
    const b2 = base - Math.round((h * (mine + unknown)) / total);
    const b3 = base - h;
    const x = x0 + c;
    for (let y = b1; y < base; y += 1) words[y * stride + x] = mineColour;
    for (let y = b2; y < b1; y += 1) words[y * stride + x] = unknownColour;
    for (let y = b3; y < b2; y += 1) words[y * stride + x] = foreignColour;
  }
}
