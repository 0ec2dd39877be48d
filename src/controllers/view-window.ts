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
  /** Whether the pending window came from a method (`zoomTo`, `resetZoom`), whose result the host reflects. */
  private reflect = false;
  private size = { width: 0, height: 0 };

  constructor(
    private readonly zoom: ZoomController,
    private readonly resize: ResizeController,
  ) {}

  /** A new data range: the view shows all of it unless a window was asked for. */
  setDomain(domain: [number, number]): void {
    this.domain = domain;
    this.pending ??= [...domain];
  }

  /** The page set `start`/`end`: show that window at the next layout. */
  request(start: string, end: string): void {
    const w = parseWindow(start, end, this.domain);
    if (w) this.pending = w;
  }

  /** A method asked for a window: shown at the next layout (kept while the chart has no width), then reflected. */
  requestWindow(w: [number, number]): void {
    this.pending = [...w];
    this.reflect = true;
  }

  /** The zoom that shows a window at the current width. */
  zoomFor(w: readonly [number, number]): ZoomState {
    return zoomForWindow(w, this.domain, this.resize.width, maxZoom(this.domain));
  }

  /**
   * Before a layout: on a resize, keeps showing the window of the zoom as it is now (at the old width: a gesture may
   * have moved it since the last layout) and updates the zoom limits; then applies a pending window. Says whether
   * the size changed, and whether a method's window was applied.
   */
  apply(): { resized: boolean; reflect: boolean } {
    const { width, height } = this.resize;
    if (width === 0) return { resized: false, reflect: false };
    const resized = width !== this.size.width || height !== this.size.height;
    if (resized) {
      if (this.size.width > 0) this.pending ??= windowForZoom(this.zoom.transform, this.domain, this.size.width);
      this.size = { width, height };
      this.zoom.setLimits(width, height, maxZoom(this.domain));
    }
    const reflect = !!this.pending && this.reflect;
    if (this.pending) {
      this.zoom.set(this.zoomFor(this.pending));
      this.pending = null;
      this.reflect = false;
    }
    return { resized, reflect };
  }

  /**
   * The window after a gesture, as the `start` and `end` to reflect; read from the zoom transform, since d3-zoom
   * may settle before the next render.
   */
  settled(): { start: string; end: string; window: [number, number] } | null {
    if (this.resize.width === 0) return null;
    const window = windowForZoom(this.zoom.transform, this.domain, this.resize.width);
    // Rounded to the minute first: the transform's floating point can land a millisecond before midnight.
    const minute = (t: number) => Math.round(t / 60_000) * 60_000;
    return { start: isoDay(minute(window[0])), end: isoDay(minute(window[1]) - 1), window };
  }
}
