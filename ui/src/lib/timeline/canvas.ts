// Sizing a canvas for the screen it is on.

/**
 * Gives `canvas` a backing store of `w × h` CSS pixels at the current devicePixelRatio (only
 * resizing when that changed, which clears it) and returns its context scaled to CSS pixels.
 */
export function prepare(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  const pw = Math.max(1, Math.round(w * dpr));
  const ph = Math.max(1, Math.round(h * dpr));
  if (canvas.width !== pw) canvas.width = pw;
  if (canvas.height !== ph) canvas.height = ph;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/**
 * Keeps a drag's pointer events coming to `element` when the pointer leaves it. A pointer
 * that is no longer active cannot be captured; the drag then still works inside the element.
 */
export function capture(element: Element | undefined, pointerId: number): void {
  try {
    element?.setPointerCapture(pointerId);
  } catch {
    // NotFoundError: the pointer went away between the event and this call.
  }
}
