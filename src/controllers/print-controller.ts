import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so the host can print its list instead of a cut-off chart. Listens to the
 * window's `beforeprint`/`afterprint` only while the host is connected.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly set = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.set);
    window.addEventListener('afterprint', this.set);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.set);
    window.removeEventListener('afterprint', this.set);
    this.printing = false;
  }
}
