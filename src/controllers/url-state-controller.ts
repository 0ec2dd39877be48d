import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element's state that lives in the URL fragment. */
export interface UrlState {
  start: string;
  end: string;
  partners: string;
  query: string;
  selected: string;
  /** The active story step's id. */
  step: string;
}

/** What the controller reads from its host: whether `sync-url` is on, the namespace (the id), and the state. */
export interface UrlStateProps {
  enabled: boolean;
  ns: string;
  state: UrlState;
}

/** Short keys in the fragment for the state's fields. */
const KEYS: Record<keyof UrlState, string> = {
  start: 'start',
  end: 'end',
  partners: 'partners',
  query: 'q',
  selected: 'event',
  step: 'step',
};
const FIELDS = Object.keys(KEYS) as (keyof UrlState)[];

const decode = (v: string) => {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
};

/** Our tokens of a fragment (`a=1&tl.start=1990&#x`, without `#`), keyed by field. Other tokens are not read. */
export function readFragment(fragment: string, ns: string): Partial<UrlState> {
  const out: Partial<UrlState> = {};
  for (const token of fragment.split('&')) {
    const eq = token.indexOf('=');
    if (eq < 0) continue;
    const key = decode(token.slice(0, eq));
    const field = FIELDS.find((f) => key === `${ns}.${KEYS[f]}`);
    if (field) out[field] = decode(token.slice(eq + 1));
  }
  return out;
}

/**
 * The fragment with our tokens set to `state` (empty fields left out) and every other token kept byte for byte, in
 * its place: a page's own `#references` stays `#references`, and gains `&tl.start=…` only when there is state.
 */
export function writeFragment(fragment: string, ns: string, state: UrlState): string {
  const ours = (token: string) => {
    const eq = token.indexOf('=');
    const key = decode(eq < 0 ? token : token.slice(0, eq));
    return FIELDS.some((f) => key === `${ns}.${KEYS[f]}`);
  };
  const kept = fragment ? fragment.split('&').filter((t) => t && !ours(t)) : [];
  const added = FIELDS.filter((f) => state[f]).map(
    (f) => `${encodeURIComponent(`${ns}.${KEYS[f]}`)}=${encodeURIComponent(state[f])}`,
  );
  return [...kept, ...added].join('&');
}

/** Two states hold the same values. */
const same = (a: Partial<UrlState>, b: Partial<UrlState>) => FIELDS.every((f) => (a[f] ?? '') === (b[f] ?? ''));

/**
 * With `sync-url`, keeps the view, filter, search and selected event in the page's URL fragment, under keys
 * namespaced by the element's id (`#century.start=1990-01-01&century.partners=ru`), so that two timelines never
 * collide and the page's own fragment survives untouched. The element decides how a change enters the history
 * (`write('push')` for settled views and choices, `'replace'` for typing); back, forward and a `hashchange` restore
 * the state only when one of our keys changed, through the `restore` callback: the controller never writes the
 * host's properties.
 */
export class UrlStateController implements ReactiveController {
  /** Our state as the URL last held it (read or written); `null` before the first write. */
  private known: Partial<UrlState> | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly props: () => UrlStateProps,
    private readonly restore: (state: UrlState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
    const { enabled, ns } = this.props();
    if (!enabled) return;
    // Opening a link restores the state it carries; with none, the element's own attributes stay.
    const found = readFragment(location.hash.slice(1), ns);
    if (Object.keys(found).length) {
      this.known = found;
      this.restore(complete(found));
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
  }

  private readonly onNavigate = (): void => {
    const { enabled, ns } = this.props();
    if (!enabled) return;
    const found = readFragment(location.hash.slice(1), ns);
    // A page's own anchor (`#references`) or another timeline's keys change nothing here.
    if (this.known && same(found, this.known)) return;
    if (!this.known && !Object.keys(found).length) return;
    this.known = found;
    this.restore(complete(found));
  };

  /** After an update: writes the state when it differs from the URL's, pushing a history entry or replacing it. */
  write(mode: 'push' | 'replace'): void {
    const { enabled, ns, state } = this.props();
    if (!enabled) return;
    if (this.known === null) {
      // The first render records the state without touching the URL or the history.
      this.known = { ...state };
      return;
    }
    if (same(state, this.known)) return;
    this.known = { ...state };
    const hash = writeFragment(location.hash.slice(1), ns, state);
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** The link to the current view. */
  link(): string {
    const { ns, state } = this.props();
    const url = new URL(location.href);
    url.hash = writeFragment(url.hash.slice(1), ns, state);
    return url.href;
  }

  /** Copies the link to the current view; says whether it could. */
  async copy(): Promise<boolean> {
    if (!navigator.clipboard) return false;
    return navigator.clipboard.writeText(this.link()).then(
      () => true,
      () => false,
    );
  }
}

function complete(found: Partial<UrlState>): UrlState {
  return {
    start: found.start ?? '',
    end: found.end ?? '',
    partners: found.partners ?? '',
    query: found.query ?? '',
    selected: found.selected ?? '',
    step: found.step ?? '',
  };
}
