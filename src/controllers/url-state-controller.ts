import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host's state that lives in the URL. */
export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  syncUrl: boolean;
  start: string;
  end: string;
  partners: string;
  query: string;
  selected: string;
}

/** Short keys in the fragment for the host's properties. */
const KEYS = { start: 'start', end: 'end', partners: 'partners', query: 'q', selected: 'event' } as const;
type Field = keyof typeof KEYS;
const FIELDS = Object.keys(KEYS) as Field[];

/**
 * With `sync-url`, keeps the view, filter, search and selected event in the page's URL fragment, under keys
 * namespaced by the element's id (`#century.start=1990-01-01&century.partners=ru`), so that two timelines never
 * collide and other fragment keys survive. Opening such a link restores the view; each settled change pushes a
 * history entry, so back and forward step through views.
 */
export class UrlStateController implements ReactiveController {
  /** The fragment last read or written; `null` before the first render. */
  private written: string | null = null;
  private fields: string | null = null;

  constructor(private readonly host: UrlStateHost) {
    host.addController(this);
  }

  private get ns(): string {
    return this.host.id || 'timeline';
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.restore);
    window.addEventListener('hashchange', this.restore);
    this.restore();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.restore);
    window.removeEventListener('hashchange', this.restore);
  }

  /**
   * Applies the fragment's state for this element: on connecting, if it has any; on back or forward, always (no
   * state then means the whole, unfiltered view).
   */
  private readonly restore = (e?: Event): void => {
    if (!this.host.syncUrl) return;
    const params = new URLSearchParams(location.hash.slice(1));
    if (!e && !FIELDS.some((f) => params.has(`${this.ns}.${KEYS[f]}`))) return;
    for (const f of FIELDS) this.host[f] = params.get(`${this.ns}.${KEYS[f]}`) ?? '';
    this.written = this.state();
  };

  private state(): string {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const f of FIELDS) {
      const key = `${this.ns}.${KEYS[f]}`;
      if (this.host[f]) params.set(key, this.host[f]);
      else params.delete(key);
    }
    return params.toString();
  }

  /** The link to the current view. */
  link(): string {
    const url = new URL(location.href);
    url.hash = this.state();
    return url.href;
  }

  /** Copies the link to the current view; says whether it could. */
  async copy(): Promise<boolean> {
    return (
      (await navigator.clipboard?.writeText(this.link()).then(
        () => true,
        () => false,
      )) ?? false
    );
  }

  hostUpdated(): void {
    if (!this.host.syncUrl) return;
    // Most updates are zoom frames, which change none of the fields: only a change reads and writes the fragment.
    const fields = FIELDS.map((f) => this.host[f]).join('\n');
    if (fields === this.fields) return;
    this.fields = fields;
    const next = this.state();
    const first = this.written === null;
    if (next === this.written) return;
    this.written = next;
    if (first) return;
    history.pushState(history.state, '', `#${next}`);
  }
}
