import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content size of one element with a ResizeObserver and updates the host when it changes. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts observing `target`, measuring it once at once so the first layout needs no extra frame. */
  observe(target: Element): void {
    this.target = target;
    const rect = target.getBoundingClientRect();
    this.set(rect.width, rect.height);
    this.connect();
  }

  hostConnected(): void {
    if (this.target) this.connect();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private connect(): void {
    if (this.observer || !this.target) return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      this.set(box.width, box.height);
    });
    this.observer.observe(this.target);
  }

  private set(width: number, height: number): void {
    const w = Math.round(width);
    const h = Math.round(height);
    if (w === this.width && h === this.height) return;
    this.width = w;
    this.height = h;
    this.host.requestUpdate();
  }
}
