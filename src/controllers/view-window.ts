import { maxZoom, windowForZoom, zoomForWindow, type ZoomState } from '../layout/zoom-math.js';
import { parseWindow } from '../timeline-state.js';
import { isoDay } from '../time/precise-date.js';
import type { ResizeController } from './resize-controller.js';
import type { ZoomController } from './zoom-controller.js';

/**
 * The visible window in time: what the page asked for (`start`, `end`, `zoomTo`), kept across resizes, and read
 * back as `YYYY-MM-DD` dates when a gesture settles. It turns windows into zoom transforms and back; the zoom
 * controller stays the one source of the transform.
 */
export class ViewWindow {
  /** The whole range shown at zoom 1. */
  domain: [number, number] = [0, 1];
  private pending: [number, number] | null = null;
  private size = { width: 0, height: 0 };
  private reflected = { start: '', end: '' };

  constructor(
    private readonly zoom: ZoomController,
    private readonly resize: ResizeController,
  ) {}

  /** A new data range: the view shows all of it unless a window was asked for. */
  setDomain(domain: [number, number]): void {
    this.domain = domain;
    this.pending ??= [...domain];
  }

  /** The page set `start`/`end`: show that window at the next layout, unless it is our own reflection. */
  request(start: string, end: string): void {
    if (start === this.reflected.start && end === this.reflected.end) return;
    this.pending = parseWindow(start, end, this.domain) ?? this.pending;
  }

  /** The zoom that shows a window at the current width. */
  zoomFor(w: readonly [number, number]): ZoomState {
    return zoomForWindow(w, this.domain, this.resize.width, maxZoom(this.domain));
  }

  /**
   * Before a layout: on a resize, keeps showing `current` (the last window drawn) and updates the zoom limits; then
   * applies a pending window. Returns whether the size changed.
   */
  apply(current: [number, number] | undefined): boolean {
    const { width, height } = this.resize;
    if (width === 0) return false;
    const resized = width !== this.size.width || height !== this.size.height;
    if (resized) {
      if (current && this.size.width > 0) this.pending ??= current;
      this.size = { width, height };
      this.zoom.setLimits(width, height, maxZoom(this.domain));
    }
    if (this.pending) {
      this.zoom.set(this.zoomFor(this.pending));
      this.pending = null;
    }
    return resized;
  }

  /**
   * The window after a gesture, as the `start` and `end` to reflect; read from the zoom transform, since d3-zoom
   * may settle before the next render. Remembered, so that reflecting it is not taken for a request.
   */
  settled(): { start: string; end: string; window: [number, number] } | null {
    if (this.resize.width === 0) return null;
    const window = windowForZoom(this.zoom.transform, this.domain, this.resize.width);
    // Rounded to the minute first: the transform's floating point can land a millisecond before midnight.
    const minute = (t: number) => Math.round(t / 60_000) * 60_000;
    this.reflected = { start: isoDay(minute(window[0])), end: isoDay(minute(window[1]) - 1) };
    return { ...this.reflected, window };
  }
}
