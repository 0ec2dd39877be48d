import type { ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { ViewWindow } from './view-window.js';

/** The host's properties a reader changes through gestures, chips and the search box. */
export interface ReaderHost extends ReactiveControllerHost, HTMLElement {
  start: string;
  end: string;
  partners: string;
  query: string;
}

/**
 * What the reader changes and who hears of it: a settled zoom or pan reflects `start`/`end` and fires
 * `mt-view-change`; a chip or the search box changes `partners`/`query` and fires `mt-filter-change`. After each,
 * the polite live region says briefly what the view holds ("1990 – 2000, 24 events, 3 partners").
 */
export class ReaderController {
  announcement = '';

  constructor(
    private readonly host: ReaderHost,
    private readonly window: ViewWindow,
    private readonly chosen: () => ReadonlySet<string>,
    private readonly summary: () => string | null,
  ) {}

  /** A zoom or pan ended; `user` is false when the page moved the view through a method. */
  settle(user: boolean): void {
    const settled = this.window.settled();
    if (!settled) return;
    const { start, end } = settled;
    this.announceAfterUpdate();
    if (start === this.host.start && end === this.host.end) return;
    this.host.start = start;
    this.host.end = end;
    if (user) emit(this.host, 'mt-view-change', { start, end });
  }

  /** A partner chip (or "All", with an empty `data-partner`) was toggled. */
  readonly chip = (e: Event): void => {
    const id = (e.currentTarget as HTMLElement).dataset.partner ?? '';
    const next = new Set(this.chosen());
    if (!id) next.clear();
    else if (!next.delete(id)) next.add(id);
    this.host.partners = [...next].join(',');
    this.filtered();
  };

  readonly search = (e: Event): void => {
    this.host.query = (e.target as HTMLInputElement).value;
    this.filtered();
  };

  private filtered(): void {
    emit(this.host, 'mt-filter-change', {
      partners: this.host.partners.split(',').filter(Boolean),
      query: this.host.query,
    });
    this.announceAfterUpdate();
  }

  private announceAfterUpdate(): void {
    this.host.updateComplete.then(() => {
      const summary = this.summary();
      if (summary === null || summary === this.announcement) return;
      this.announcement = summary;
      this.host.requestUpdate();
    });
  }
}
