import { describe, expect, it } from 'vitest';
import { Bins, binLane } from './density';
import { pack, paintBand } from './pixels';

describe('paintBand', () => {
  it('stacks mine, unclear and foreign bottom-up with log-scaled height', () => {
    // Column 0: 2 mine + 1 foreign + 1 unknown (the fullest, 4); column 1: 1 foreign; column 2: empty.
    const times = new Float64Array([0, 1, 2, 3, 12]);
    const fits = new Uint8Array([0, 0, 1, 2, 1]);
    const bins = new Bins();
    binLane(times, fits, null, 0, 29, 3, bins);
    const stride = 4;
    const words = new Uint32Array(stride * 12);
    paintBand(words, stride, 1, bins, 12, 10, [1, 2, 3]);
    const column = (x: number) => Array.from({ length: 12 }, (_, y) => words[y * stride + x]);
    // Fullest column: 10 rows: mine round(10·2/4)=5, unknown up to round(10·3/4)=8, foreign 2.
    expect(column(1)).toEqual([0, 0, 2, 2, 3, 3, 3, 1, 1, 1, 1, 1]);
    // One record: 10·(0.18 + 0.82·ln2/ln5) = 5.3 → 5 rows, all foreign.
    expect(column(2)).toEqual([0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2]);
    expect(column(3)).toEqual(new Array(12).fill(0));
    expect(column(0)).toEqual(new Array(12).fill(0));
  });

  it('packs colours in the byte order of ImageData', () => {
    const word = new Uint32Array([pack(0x11, 0x22, 0x33)]);
    expect(Array.from(new Uint8Array(word.buffer))).toEqual([0x11, 0x22, 0x33, 0xff]);
  });
});
