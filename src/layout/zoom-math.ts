/** A horizontal zoom: scale `k` and translation `x` in pixels, as d3-zoom's transform. */
export interface ZoomState {
  k: number;
  x: number;
}

/** Keeps a zoom inside the view's limits: never out beyond the whole range, never in beyond `maxK`, never panned off it. */
export function clampZoom(z: ZoomState, width: number, maxK: number): ZoomState {
  const k = Math.min(maxK, Math.max(1, z.k));
  const x = Math.min(0, Math.max(width - width * k, z.x));
  return { k, x };
}

/**
 * The zoom that shows [t0, t1] across `width` pixels, when the whole domain [d0, d1] spans the width at k = 1.
 */
export function zoomForWindow(
  [t0, t1]: readonly [number, number],
  [d0, d1]: readonly [number, number],
  width: number,
  maxK: number,
): ZoomState {
  // Clamp the scale first, keeping the window's centre, so a window narrower than the deepest zoom stays centred.
  const k = Math.min(maxK, Math.max(1, (d1 - d0) / Math.max(1, t1 - t0)));
  const centre = ((t0 + t1) / 2 - d0) / (d1 - d0);
  return clampZoom({ k, x: width / 2 - centre * width * k }, width, maxK);
}

/** The window a zoom shows: the inverse of `zoomForWindow`. */
export function windowForZoom(z: ZoomState, [d0, d1]: readonly [number, number], width: number): [number, number] {
  const span = d1 - d0;
  const t0 = d0 + (-z.x / z.k / width) * span;
  return [t0, t0 + span / z.k];
}

/** The deepest zoom: about `days` across the width. */
export function maxZoom([d0, d1]: readonly [number, number], days = 31): number {
  return Math.max(1, (d1 - d0) / (days * 86_400_000));
}

/**
 * The SVG transform that moves what was drawn at zoom `from` to where zoom `to` puts it: a screen x of `from` maps
 * to `a + s·x` under `to`. A gesture's frames apply it to the drawn layer instead of laying the marks out again.
 */
export function layerShift(from: ZoomState, to: ZoomState): string {
  const s = to.k / from.k;
  const a = to.x - from.x * s;
  return s === 1 && a === 0 ? '' : `translate(${a}px, 0) scale(${s}, 1)`;
}
