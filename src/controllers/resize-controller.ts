import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content size of one element with a ResizeObserver and updates the host when it changes. A change is
 * applied in the next animation frame, not inside the observer's callback: the host's new layout may resize the
 * element again (the balance strip appearing under a chart that was hidden), which inside the callback would end the
 * frame with "ResizeObserver loop completed with undelivered notifications".
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;
  private frame = 0;
  private view?: Window;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Starts observing `target`, measuring it at once so the first layout needs no extra frame. Called from the host's
   * `firstUpdated`: the update it needs is requested in a microtask, after the current update has completed.
   */
  observe(target: Element): void {
    this.target = target;
    const rect = target.getBoundingClientRect();
    if (this.store(rect.width, rect.height)) void Promise.resolve().then(() => this.host.requestUpdate());
    this.connect();
  }

  hostConnected(): void {
    if (this.target) this.connect();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.view?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private connect(): void {
    if (this.observer || !this.target) return;
    // The observer and the frames of the window the element is in now: it may have moved into an iframe.
    const view = this.target.ownerDocument.defaultView ?? window;
    this.view = view;
    this.observer = new view.ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      view.cancelAnimationFrame(this.frame);
      this.frame = view.requestAnimationFrame(() => {
        this.frame = 0;
        if (this.store(box.width, box.height)) this.host.requestUpdate();
      });
    });
    this.observer.observe(this.target);
  }

  /** Keeps a new size; says whether it changed. */
  private store(width: number, height: number): boolean {
    const w = Math.round(width);
    const h = Math.round(height);
    if (w === this.width && h === this.height) return false;
    this.width = w;
    this.height = h;
    return true;
  }
}
