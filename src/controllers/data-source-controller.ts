import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchDataset, LoadError, type LoadFailure, type LoadState } from '../data/fetch-dataset.js';
import { tooManyEvents } from '../data/load-dataset.js';
import type { ValidationError } from '../data/validate.js';
import { emit } from '../events.js';
import { warn } from '../timeline-state.js';

const EMPTY = { partners: [], events: [] };
const UNSET = Symbol('unset');
const INLINE = ':scope > script[type="application/json"]';

/**
 * Decides which data the element draws, from first to last choice: the `data` property, the JSON at `src`, an inline
 * `<script type="application/json">` child, the bundled dataset (`undefined`). A source that fails keeps what was
 * drawn before; a newer `src` always wins over an older response. Reports each failure and each set of skipped
 * records once, with one console warning and one `mt-error`.
 */
export class DataSourceController implements ReactiveController {
  state: LoadState = { status: 'idle' };
  /** Records of the current data that were skipped, until the reader dismisses the notice. */
  skipped: ValidationError[] = [];
  private prop?: unknown;
  private url = '';
  private fromSrc?: unknown;
  private fromInline?: unknown;
  private inlineText: string | null = null;
  private request?: AbortController;
  private observer?: MutationObserver;
  private lastProgress = 0;
  private chosen: unknown = UNSET;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The raw data to draw; `undefined` for the bundled dataset. */
  get dataset(): unknown {
    if (this.prop !== undefined) return this.prop;
    if (this.url) return this.fromSrc ?? EMPTY;
    return this.fromInline;
  }

  /** Whether `dataset` changed since the last call. */
  takeChange(): boolean {
    const next = this.dataset;
    const changed = next !== this.chosen;
    this.chosen = next;
    return changed;
  }

  /** The `data` property changed. Data over the size limit is refused and the previous data kept. */
  setData(data: unknown): void {
    if (data !== undefined && this.refuse(data, 'data')) return;
    this.prop = data;
  }

  /** The `src` attribute changed: loads it, abandoning any older request. */
  setSrc(url: string): void {
    if (url === this.url && this.state.status !== 'failed') return;
    this.request?.abort();
    this.request = undefined;
    // The previous src's data stays until the new one arrives, and after it fails.
    if (!url) this.fromSrc = undefined;
    this.url = url;
    this.state = { status: 'idle' };
    if (url && this.host.isConnected) void this.load(url);
  }

  private async load(url: string): Promise<void> {
    const request = (this.request = new AbortController());
    this.state = { status: 'loading', loaded: 0, total: null };
    try {
      const raw = await fetchDataset(url, { signal: request.signal, onProgress: (l, t) => this.progress(l, t) });
      if (request !== this.request) return;
      if (!this.refuse(raw, url)) {
        this.fromSrc = raw;
        this.state = { status: 'idle' };
        this.host.updateComplete.then(() => emit(this.host, 'mt-load', { source: url }));
      }
    } catch (e) {
      if (request !== this.request) return;
      if (!(e instanceof LoadError)) throw e;
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

  private fail(failure: LoadFailure): void {
    this.state = { status: 'failed', failure };
    this.host.requestUpdate();
    warn(`could not use the data (${failure.kind})`, failure);
    this.host.updateComplete.then(() => emit(this.host, 'mt-error', { errors: [], failure }));
  }

  /** Reports records the data's validation skipped: one warning, one `mt-error`. */
  reportSkipped(errors: ValidationError[]): void {
    this.skipped = errors;
    if (!errors.length) return;
    warn(`${errors.length} invalid records skipped`, errors);
    this.host.updateComplete.then(() => emit(this.host, 'mt-error', { errors }));
  }

  readonly dismissSkipped = (): void => {
    this.skipped = [];
    this.host.requestUpdate();
  };

  /** Forgets a failure once the reader dismissed it. */
  readonly dismiss = (): void => {
    if (this.state.status === 'failed') this.state = { status: 'idle' };
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.readInline();
    this.observer = new MutationObserver(() => this.readInline());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.url && this.fromSrc === undefined && !this.request && this.state.status !== 'failed') {
      void this.load(this.url);
    }
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
        raw = JSON.parse(text);
      } catch {
        return this.fail({ kind: 'json', source: 'inline' });
      }
      if (this.refuse(raw, 'inline')) return;
      this.fromInline = raw;
      this.host.updateComplete.then(() => emit(this.host, 'mt-load', { source: 'inline' }));
    }
    this.host.requestUpdate();
  }
}
