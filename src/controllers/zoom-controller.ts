import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { clampZoom, type ZoomState } from '../layout/zoom-math.js';

export interface ZoomOptions {
  /** Whether a wheel event may zoom; when not, the page scrolls and `onWheelRefused` is called. */
  wheelAllowed: (event: WheelEvent) => boolean;
  onWheelRefused: () => void;
  /** Called once when a gesture ends; `user` is false when the page moved the view through a method. */
  onSettle: (user: boolean) => void;
}

/**
 * Owns d3-zoom on one element: the only place d3 listens to input. The host reads `transform`
 * (x and k only: the timeline zooms horizontally) and moves the view through the methods here,
 * so that d3's state and the host's never disagree.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomState = { k: 1, x: 0 };
  /** Whether a gesture is under way (between d3-zoom's `start` and `end`): its frames may only move what is drawn. */
  moving = false;
  /** Whether d3's own copy of the transform is behind ours: handed over after the host's update (`hostUpdated`). */
  private stale = false;
  private readonly behavior: ZoomBehavior<Element, unknown>;
  private selection?: Selection<Element, unknown, null, undefined>;
  private width = 1;
  private height = 1;
  private maxK = 1;
  private silent = false;
  private programmatic = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    this.behavior = zoom<Element, unknown>()
      // Zooms are immediate: no animation to sit through or to switch off for reduced motion, and the bundle can
      // leave d3-transition out (rollup.config.mjs).
      .duration(0)
      .filter((event: Event) => this.accepts(event))
      .wheelDelta(wheelDelta)
      .on('start', () => {
        if (!this.silent) this.moving = true;
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        if (this.silent) return;
        const { k, x } = event.transform;
        if (k === this.transform.k && x === this.transform.x) return;
        this.transform = { k, x };
        this.host.requestUpdate();
      })
      .on('end', () => {
        if (this.silent) return;
        this.moving = false;
        this.options.onSettle(!this.programmatic);
      });
    host.addController(this);
  }

  private accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      if (this.options.wheelAllowed(event as WheelEvent)) return true;
      this.options.onWheelRefused();
      return false;
    }
    const mouse = event as MouseEvent;
    return !mouse.ctrlKey && !mouse.button;
  }

  /** Starts listening on `node`. */
  attach(node: Element): void {
    this.selection = select(node);
    this.hostConnected();
  }

  hostConnected(): void {
    if (!this.selection) return;
    this.selection.call(this.behavior);
    const node = this.selection.node() as HTMLElement;
    node.addEventListener('wheel', this.claimWheel, { passive: false });
    node.addEventListener('touchstart', this.touchStart, { capture: true, passive: true });
    node.addEventListener('touchmove', this.touchMove, { capture: true, passive: true });
    this.sync();
  }

  hostDisconnected(): void {
    this.selection?.on('.zoom', null);
    const node = this.selection?.node() as HTMLElement | undefined;
    node?.removeEventListener('wheel', this.claimWheel);
    node?.removeEventListener('touchstart', this.touchStart, { capture: true });
    node?.removeEventListener('touchmove', this.touchMove, { capture: true });
  }

  /** Where a one-finger touch started, and whether it went vertical (`null`: not moved yet). */
  private touch: { x: number; y: number; vertical: boolean | null } | null = null;

  private readonly touchStart = (e: TouchEvent): void => {
    const t = e.touches;
    this.touch = t.length === 1 ? { x: t[0].clientX, y: t[0].clientY, vertical: null } : null;
  };

  /**
   * A one-finger swipe whose first move is mostly vertical belongs to the page: its moves never reach d3-zoom, which
   * cancels every touchmove it sees, so with `touch-action: pan-y` the page scrolls. Horizontal swipes still pan and
   * two fingers pinch. Caught on the way in, before d3-zoom's listener on the same node.
   */
  private readonly touchMove = (e: TouchEvent): void => {
    const start = this.touch;
    if (!start || e.touches.length !== 1) {
      this.touch = null;
      return;
    }
    if (start.vertical === null) {
      const dx = Math.abs(e.touches[0].clientX - start.x);
      const dy = Math.abs(e.touches[0].clientY - start.y);
      // Not moved yet: left uncancelled, so that the browser may still scroll.
      if (dx === dy) return e.stopImmediatePropagation();
      start.vertical = dy > dx;
    }
    if (start.vertical) e.stopImmediatePropagation();
  };

  /**
   * d3-zoom lets a wheel event through to the browser at the zoom limits; with Ctrl held, the browser would then
   * zoom the whole page. A wheel the timeline accepts is the timeline's, at the limits too.
   */
  private readonly claimWheel = (event: WheelEvent): void => {
    if (this.options.wheelAllowed(event)) event.preventDefault();
  };

  /** Sets the viewport size and the deepest zoom, keeping the view within them. */
  setLimits(width: number, height: number, maxK: number): void {
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.maxK = maxK;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.width, this.height],
    ];
    this.behavior.extent(extent).translateExtent(extent).scaleExtent([1, maxK]);
    this.transform = clampZoom(this.transform, this.width, maxK);
    this.stale = true;
  }

  /**
   * Moves the view without a gesture and without `onSettle`: used when the page sets the window. Called while the
   * host derives its state (`willUpdate`), it only computes; d3 learns the transform after the update.
   */
  set(z: ZoomState): void {
    this.transform = clampZoom(z, this.width, this.maxK);
    this.stale = true;
  }

  hostUpdated(): void {
    if (this.stale) this.sync();
  }

  /** Zooms by `factor` around pixel `x` (the centre by default), as a user action. */
  zoomBy(factor: number, x = this.width / 2, user = true): void {
    this.run(user, (sel) => this.behavior.scaleBy(sel, factor, [x, this.height / 2]));
  }

  /** Pans by `dx` pixels, as a user action. */
  panBy(dx: number, user = true): void {
    this.run(user, (sel) => this.behavior.translateBy(sel, -dx / this.transform.k, 0));
  }

  /** Moves to `z` through d3-zoom, so that a settle follows. */
  moveTo(z: ZoomState, user: boolean): void {
    this.run(user, (sel) => this.behavior.transform(sel, toTransform(z)));
  }

  private run(user: boolean, action: (sel: Selection<Element, unknown, null, undefined>) => void): void {
    if (!this.selection) return;
    // A method called before the host's update handed d3 the transform: d3 starts from ours.
    if (this.stale) this.sync();
    this.programmatic = !user;
    try {
      action(this.selection);
    } finally {
      this.programmatic = false;
    }
  }

  /** Hands our transform to d3 without events, so its next gesture starts where we are. */
  private sync(): void {
    if (!this.selection) return;
    this.stale = false;
    this.silent = true;
    try {
      this.behavior.transform(this.selection, toTransform(this.transform));
    } finally {
      this.silent = false;
    }
  }
}

/**
 * Zoom per wheel step: about 1.2× a mouse-wheel notch. Trackpad pinches arrive as small Ctrl+wheel deltas
 * and are boosted, as d3 does by default.
 */
function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.003;
  // Only pixel deltas can be a pinch: a line-mode notch (3 lines) is small too, but already a whole step.
  const pinch = event.deltaMode === 0 && event.ctrlKey && Math.abs(event.deltaY) < 50 ? 8 : 1;
  return -event.deltaY * unit * pinch;
}

function toTransform(z: ZoomState): ZoomTransform {
  return zoomIdentity.translate(z.x, 0).scale(z.k);
}
