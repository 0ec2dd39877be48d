import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A message shown for a moment (the wheel hint), whose timer dies with the element. */
export class HintController implements ReactiveController {
  visible = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly duration = 1800,
  ) {
    host.addController(this);
  }

  show(): void {
    clearTimeout(this.timer);
    if (!this.visible) {
      this.visible = true;
      this.host.requestUpdate();
    }
    this.timer = setTimeout(() => {
      this.visible = false;
      this.host.requestUpdate();
    }, this.duration);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.visible = false;
  }
}
