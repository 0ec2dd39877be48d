import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchDataset, LoadError, type LoadFailure, type LoadState } from '../data/fetch-dataset.js';
import { bundledNow, bundledSettled, loadBundled } from '../data/bundled.js';
import { tooManyEvents } from '../data/load-dataset.js';
import type { ValidationError } from '../data/validate.js';
import type { ErrorDetail, LoadDetail } from '../events.js';
import { warn } from '../timeline-state.js';

const EMPTY = { partners: [], events: [] };
const UNSET = Symbol('unset');
/** The bundled dataset is chosen but its module has not loaded yet. */
const BUNDLED_LOADING = Symbol('bundled-loading');
const INLINE = ':scope > script[type="application/json"]';

/** What the data source tells its host to report, once the update that shows it is done: `mt-load` or `mt-error`. */
export type DataReport = { type: 'mt-load'; detail: LoadDetail } | { type: 'mt-error'; detail: ErrorDetail };

/** What the data source reads from its host: the `data` property and the `src` attribute. */
export interface DataSourceProps {
  data: unknown;
  src: string;
}

/**
 * Decides which data the element draws, from first to last choice: the `data` property, the JSON at `src`, an inline
 * `<script type="application/json">` child, the bundled dataset (`undefined`).
 *
 * `src` is a hand-written task with the guarantees of `@lit/task`, tested in `test/element/host-page.test.ts` and `data-sources.test.ts`:
 * the newest request wins (an older response is dropped and its request aborted); nothing is fetched while `data`
 * wins, and a `src` loaded before stays for when `data` goes; disconnecting aborts a load, and reconnecting loads
 * whatever `src` then names if its data is not here yet (retrying a failed one).
 * A source that fails keeps what was drawn before; each failure and each set of skipped records is reported once,
 * with one console warning and one `mt-error`; the failure notice goes when usable data arrives.
 */
export class DataSourceController implements ReactiveController {
  state: LoadState = { status: 'idle' };
  /** Records of the current data that were skipped, until the reader dismisses the notice. */
  skipped: ValidationError[] = [];
  private propSeen: unknown = UNSET;
  private prop?: unknown;
  /** The URL wanted now: `src` unless `data` wins. */
  private url = '';
  /** The URL whose data `fromSrc` holds. */
  private loadedUrl = '';
  private fromSrc?: unknown;
  /** A URL whose load failed: not tried again until `src` changes or the host is attached again. */
  private failedUrl = '';
  private fromInline?: unknown;
  private inlineText: string | null = null;
  private request?: AbortController;
  private observer?: MutationObserver;
  private lastProgress = 0;
  private chosen: unknown = UNSET;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly props: () => DataSourceProps,
    /** Fires the report as the host's event: the host, not this controller, fires its events. */
    private readonly report: (r: DataReport) => void,
  ) {
    host.addController(this);
  }

  /** The raw data to draw; `undefined` for the bundled dataset. */
  get dataset(): unknown {
    if (this.prop !== undefined) return this.prop;
    // While the first `src` loads, nothing is drawn (never the bundled events); a later `src` keeps the earlier data.
    if (this.url) return this.fromSrc ?? EMPTY;
    return this.fromInline;
  }

  /** Reads the host's `data` and `src` (in `willUpdate`), starts or abandons loads, and says whether the data changed. */
  update(): boolean {
    const { data, src } = this.props();
    if (data !== this.propSeen) {
      this.propSeen = data;
      if (data === undefined || !this.refuse(data, 'data')) this.prop = data;
    }
    if (src !== this.url) this.want(src);
    else if (this.prop !== undefined && this.request) {
      // `data` wins: a load in flight stops, and shows no progress.
      this.request.abort();
      this.request = undefined;
      this.state = { status: 'idle' };
    } else if (this.pending()) void this.load(this.url);
    const next = this.dataset;
    if (next === undefined && !bundledSettled()) {
      loadBundled().then(
        () => this.host.requestUpdate(),
        () => undefined,
      );
    }
    const key = next === undefined ? (bundledNow() ?? BUNDLED_LOADING) : next;
    const changed = key !== this.chosen;
    // Usable data arrived (not the first data): a failure notice about earlier data goes.
    if (changed && this.chosen !== UNSET && key !== BUNDLED_LOADING) this.clearFailure();
    this.chosen = key;
    return changed;
  }

  /**
   * Whether the host will draw the bundled dataset (no `data`, no `src`, no inline JSON) before it has loaded: the
   * host then waits for it before updating, so its first render already holds the events.
   */
  waitsForBundled(): boolean {
    const { data, src } = this.props();
    return !bundledSettled() && data == null && !src && this.host.querySelector(INLINE) === null;
  }

  private clearFailure(): void {
    if (this.state.status === 'failed') this.state = { status: 'idle' };
  }

  private want(url: string): void {
    this.request?.abort();
    this.request = undefined;
    this.url = url;
    this.failedUrl = '';
    this.state = { status: 'idle' };
    // Without a src, the inline data or the bundled dataset shows again.
    if (!url) {
      this.fromSrc = undefined;
      this.loadedUrl = '';
    } else if (this.pending()) void this.load(url);
  }

  /** Whether `src` should load now: it is not here yet, nothing loads it, `data` does not win, the host is attached. */
  private pending(): boolean {
    return (
      !!this.url &&
      this.url !== this.loadedUrl &&
      !this.request &&
      this.prop === undefined &&
      this.url !== this.failedUrl &&
      this.host.isConnected
    );
  }

  private async load(url: string): Promise<void> {
    const request = (this.request = new AbortController());
    this.state = { status: 'loading', loaded: 0, total: null };
    try {
      const raw = await fetchDataset(url, { signal: request.signal, onProgress: (l, t) => this.progress(l, t) });
      if (request !== this.request) return;
      this.state = { status: 'idle' };
      if (!this.refuse(raw, url)) {
        this.fromSrc = raw;
        this.loadedUrl = url;
        this.reportAfterUpdate({ type: 'mt-load', detail: { source: url } });
      } else this.failedUrl = url;
    } catch (e) {
      if (request !== this.request) return;
      if (!(e instanceof LoadError)) throw e;
      this.failedUrl = url;
      this.fail(e.failure);
    } finally {
      if (request === this.request) this.request = undefined;
    }
    this.host.requestUpdate();
  }

  private progress(loaded: number, total: number | null): void {
    this.state = { status: 'loading', loaded, total };
    const now = performance.now();
    if (now - this.lastProgress < 100) return;
    this.lastProgress = now;
    this.host.requestUpdate();
  }

  private refuse(raw: unknown, source: string): boolean {
    const count = tooManyEvents(raw);
    if (count !== null) this.fail({ kind: 'too-many', source, value: count });
    return count !== null;
  }

  /** Hands a report to the host once the update that shows the new state is done. */
  private reportAfterUpdate(r: DataReport): void {
    void this.host.updateComplete.then(() => this.report(r));
  }

  private fail(failure: LoadFailure): void {
    this.state = { status: 'failed', failure };
    this.host.requestUpdate();
    warn(`could not use the data (${failure.kind})`, failure);
    this.reportAfterUpdate({ type: 'mt-error', detail: { errors: [], failure } });
  }

  /** Reports records the data's validation skipped: one warning, one `mt-error`. */
  reportSkipped(errors: ValidationError[]): void {
    this.skipped = errors;
    if (!errors.length) return;
    warn(`${errors.length} invalid records skipped`, errors.slice(0, 20));
    this.reportAfterUpdate({ type: 'mt-error', detail: { errors } });
  }

  readonly dismissSkipped = (): void => {
    this.skipped = [];
    this.host.requestUpdate();
  };

  /** Forgets a failure once the reader dismissed it. */
  readonly dismiss = (): void => {
    this.clearFailure();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.readInline();
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A src set while disconnected, or a load that disconnecting aborted, loads now.
    this.failedUrl = '';
    if (this.pending()) void this.load(this.url);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.request?.abort();
    this.request = undefined;
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  /** Reads the inline JSON child when its text changed. */
  private readInline(): void {
    const text = this.host.querySelector(INLINE)?.textContent ?? null;
    if (text === this.inlineText) return;
    this.inlineText = text;
    if (text === null) this.fromInline = undefined;
    else {
      let raw: unknown;
      try {
        // A byte-order mark is not JSON, but editors write it; `src` drops it too (TextDecoder does).
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        return this.fail({ kind: 'json', source: 'inline' });
      }
      if (this.refuse(raw, 'inline')) return;
      this.fromInline = raw;
      this.reportAfterUpdate({ type: 'mt-load', detail: { source: 'inline' } });
    }
    this.host.requestUpdate();
  }
}
