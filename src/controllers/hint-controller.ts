import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A message shown for a moment (the wheel hint, "link copied"), whose timer dies with the element. */
export class HintController implements ReactiveController {
  message: string | null = null;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly duration = 1800,
  ) {
    host.addController(this);
  }

  show(message: string): void {
    clearTimeout(this.timer);
    if (this.message !== message) {
      this.message = message;
      this.host.requestUpdate();
    }
    this.timer = setTimeout(() => {
      this.message = null;
      this.host.requestUpdate();
    }, this.duration);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.message = null;
  }
}
