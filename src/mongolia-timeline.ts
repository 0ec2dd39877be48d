import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { chartAction } from './controllers/chart-keys.js';
import { bundledDataset } from './data/bundled-dataset.js';
import { localize } from './data/partner-names.js';
import { buildItems, filterItems, type TimelineItem } from './data/timeline-items.js';
import type { Dataset } from './data/types.js';
import { emit } from './events.js';
import { stringsFor, type Strings } from './i18n/strings.js';
import type { Cluster } from './layout/lanes.js';
import { computeView, type ViewModel } from './layout/view-model.js';
import { longestDuration } from './layout/visible-window.js';
import { maxZoom, windowForZoom, zoomForWindow } from './layout/zoom-math.js';
import { drawAxis } from './render/axis.js';
import { detailPanel } from './render/detail-panel.js';
import { clusterMarks, eventMarks, gridLines } from './render/event-marks.js';
import { filterChips, type ChipModel } from './render/filter-chips.js';
import { TextMeasurer } from './render/measure-text.js';
import { styles } from './mongolia-timeline.styles.js';
import { formatWindow } from './time/format-date.js';
import { isoDay } from './time/precise-date.js';
import { chipModels, dataDomain, eventLabel, parsePartnerList, parseWindow, resolveLang } from './timeline-state.js';

/**
 * An interactive, zoomable timeline of Mongolia's military diplomacy, 1921–2021, filterable by partner.
 *
 * @summary Zoomable timeline of Mongolia's military diplomacy with a partner filter and sourced details.
 *
 * @fires mt-view-change - The visible window settled after a user gesture. `detail: {start, end}` as `YYYY-MM-DD`.
 * @fires mt-filter-change - The user changed the partner filter. `detail: {partners}`, an array of ids (empty: all).
 * @fires mt-select - The user opened an event's details (`detail: {event}`) or closed them (`detail: {event: null}`).
 *
 * @csspart timeline - The chart area that zooms and pans.
 * @csspart axis - The time axis `<g>`.
 * @csspart event - Each event: a marker or a range bar with its label.
 * @csspart cluster - A mark that folds several events together; activating it zooms in.
 * @csspart filters - The row of partner chips.
 * @csspart chip - Each partner chip; carries `data-partner="<id>"` (empty for "All").
 * @csspart detail - The details panel of the selected event.
 * @csspart controls - The zoom buttons and the visible period.
 *
 * @cssprop [--mt-height=480px] - Height of the element.
 * @cssprop [--mt-font-family=system-ui] - Font of all text.
 * @cssprop [--mt-font-size=14px] - Base font size.
 * @cssprop [--mt-label-size=12px] - Font size of event labels.
 * @cssprop [--mt-color-text=#1c2430] - Text colour.
 * @cssprop [--mt-color-muted=#566173] - Secondary text: axis, counts, publishers.
 * @cssprop [--mt-color-background=#ffffff] - Background.
 * @cssprop [--mt-color-surface=#f3f5f8] - Buttons, pressed chips, hovered events.
 * @cssprop [--mt-color-grid=#e3e7ed] - Grid lines and borders.
 * @cssprop [--mt-color-focus=#1a5fd0] - Focus rings and links.
 * @cssprop [--mt-radius=8px] - Corner radius of the element.
 */
@customElement('mongolia-timeline')
export class MongoliaTimeline extends LitElement {
  static override styles = styles;

  /** First day of the visible window: `"1990"`, `"1990-06"` or `"1990-06-15"`. Reflects the view after a gesture settles. */
  @property() start = '';

  /** Last day of the visible window (inclusive), in the same formats as `start`. */
  @property() end = '';

  /** Comma-separated partner ids to show; empty shows all. */
  @property() partners = '';

  /** The id of the event whose details are open; empty when none. */
  @property() selected = '';

  /** Interface language (`en`, `mn`); when absent, the page's `lang`, else English. */
  @property() override lang = '';

  /** A dataset `{partners, events}` replacing the bundled one. Replace it to change it; never mutate it. */
  @property({ attribute: false }) data?: Dataset;

  @state() private _hint = false;
  @state() private _announcement = '';
  @state() private _active: string | null = null;

  @query('.chart') private _chart!: HTMLElement;
  @query('.axis') private _axis!: SVGGElement;

  private readonly _size = new ResizeController(this);
  private readonly _zoom = new ZoomController(this, {
    wheelAllowed: (e) => e.ctrlKey || e.metaKey || this._chart.matches(':focus-within'),
    onWheelRefused: () => this._showHint(),
    onSettle: (user) => this._settle(user),
  });
  private readonly _text = new TextMeasurer();

  private _strings: Strings = stringsFor('en')!;
  private _langCode = 'en';
  private _items: TimelineItem[] = [];
  private _filtered: TimelineItem[] = [];
  private _longest = 0;
  private _domain: [number, number] = [0, 1];
  private _chosen = new Set<string>();
  private _chips: ChipModel[] = [];
  /** Each event's accessible label, built once per language: date formatting is too slow for every frame. */
  private _labels = new WeakMap<TimelineItem, string>();
  private _view?: ViewModel;
  private _detail?: TimelineItem;
  private _reflected = { start: '', end: '' };
  private _pendingWindow: [number, number] | null = null;
  private _lastSize = { width: 0, height: 0 };
  private _focusAfterUpdate: string | null = null;
  private _hintTimer?: ReturnType<typeof setTimeout>;
  private _hadFocus = false;

  /** Zooms to show from `start` to `end` (inclusive), in the attribute formats or as `Date`s. */
  zoomTo(start: string | Date, end: string | Date): void {
    const w = parseWindow(toIso(start), toIso(end));
    if (!w) return console.warn(`<mongolia-timeline>: zoomTo(${String(start)}, ${String(end)}) ignored`);
    this._zoom.moveTo(zoomForWindow(w, this._domain, this._size.width, maxZoom(this._domain)), false);
  }

  /** Shows the whole period again. */
  resetZoom(): void {
    this._zoom.moveTo({ k: 1, x: 0 }, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._hintTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._hadFocus = !!this._chart?.matches(':focus-within');
    if (changed.has('lang') || !this.hasUpdated) {
      this._langCode = resolveLang(this);
      this._strings = stringsFor(this._langCode)!;
    }
    if (changed.has('data') || !this.hasUpdated) {
      this._items = buildItems(this.data ?? bundledDataset);
      this._domain = this.data ? dataDomain(this._items) : dataDomain(null);
      this._pendingWindow ??= [...this._domain];
    }
    if (changed.has('partners') || changed.has('data')) {
      this._chosen = parsePartnerList(this.partners, this._items);
      this._filtered = filterItems(this._items, this._chosen);
      this._longest = longestDuration(this._filtered);
    }
    if (changed.has('partners') || changed.has('data') || changed.has('lang')) {
      this._chips = chipModels(this._items, this._chosen, this._langCode);
      this._labels = new WeakMap();
    }
    if ((changed.has('start') || changed.has('end')) && !this._isReflection()) {
      this._pendingWindow = parseWindow(this.start, this.end, this._domain) ?? this._pendingWindow;
    }
    this._applySize();
    const { width, height } = this._size;
    if (width > 0) {
      this._view = computeView({
        items: this._filtered,
        longest: this._longest,
        domain: this._domain,
        zoom: this._zoom.transform,
        width,
        height,
        lang: this._langCode,
        labelOf: (item) => localize(item.event.title, this._langCode).text,
        measure: this._text.measure,
      });
    }
    if (changed.has('selected') || changed.has('data')) {
      this._detail = this._items.find((i) => i.event.id === this.selected);
    }
  }

  /** Keeps the visible window when the size changes, and applies a window the page asked for. */
  private _applySize(): void {
    const { width, height } = this._size;
    if (width === 0) return;
    if (width !== this._lastSize.width || height !== this._lastSize.height) {
      if (this._view && this._lastSize.width > 0) this._pendingWindow ??= this._view.window;
      this._lastSize = { width, height };
      this._zoom.setLimits(width, height, maxZoom(this._domain));
      const style = getComputedStyle(this);
      this._text.setFont(`${style.getPropertyValue('--mt-label-size').trim() || '12px'} ${style.fontFamily}`);
    }
    if (this._pendingWindow) {
      this._zoom.set(zoomForWindow(this._pendingWindow, this._domain, width, maxZoom(this._domain)));
      this._pendingWindow = null;
    }
  }

  private _isReflection(): boolean {
    return this.start === this._reflected.start && this.end === this._reflected.end;
  }

  protected override firstUpdated(): void {
    this._size.observe(this._chart);
    this._zoom.attach(this._chart);
  }

  protected override updated(): void {
    if (this._view) drawAxis(this._axis, this._view.scale, this._view.ticks, this._view.tickFormat);
    this._restoreFocus();
  }

  /**
   * Focus follows the user: to the mark they moved to; during a zoom, to the same event (marks are reused by
   * position, so its node may have changed), or to the new tab stop when it left the view.
   */
  private _restoreFocus(): void {
    let wanted = this._focusAfterUpdate;
    this._focusAfterUpdate = null;
    if (!wanted && this._hadFocus) {
      const focused = this.shadowRoot!.activeElement as HTMLElement | null;
      const inChart = !!focused && this._chart.contains(focused);
      if (inChart && focused !== this._chart && focused.dataset.id === this._active) return;
      if (inChart || !this._chart.matches(':focus-within')) {
        wanted = this._active && this._view?.order.includes(this._active) ? markSelector(this._active) : '.chart [tabindex="0"]';
      }
    }
    if (wanted) this.renderRoot.querySelector<HTMLElement | SVGElement>(wanted)?.focus({ preventScroll: true });
  }

  protected override render() {
    const s = this._strings;
    const v = this._view;
    const [t0, t1] = v?.window ?? this._domain;
    return html`<div class="frame">
      <div class="controls" part="controls">
        <button type="button" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${this._zoomIn}>+</button>
        <button type="button" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${this._zoomOut}>−</button>
        <button type="button" aria-label=${s.resetZoom} title=${s.resetZoom} @click=${this._reset}>⤢</button>
        <span class="period">${formatWindow(t0, t1, this._langCode)}</span>
      </div>
      ${guard([this._chips, s], () => filterChips(this._chips, s.filtersLabel, s.all, this._onChip))}
      <div class="stage" @keydown=${this._onKey}>
        <div class="chart" part="timeline" tabindex=${v?.order.length ? -1 : 0} role="group"
          aria-label=${s.chartLabel} aria-describedby="help" @click=${this._onClick} @focusin=${this._onFocusIn}>
          ${this._renderSvg()}
          ${v && v.visible.length === 0 ? html`<p class="empty">${s.noEvents}</p>` : nothing}
          ${this._hint ? html`<p class="hint" role="status">${s.wheelHint}</p>` : nothing}
        </div>
        ${this._detail ? detailPanel(this._detail, s, this._langCode, this._close) : nothing}
      </div>
      <p id="help" class="visually-hidden">${s.chartHelp}</p>
      <div class="visually-hidden" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  private _renderSvg() {
    const v = this._view;
    const { width, height } = this._size;
    if (!v) return svg`<svg aria-hidden="true"><g class="axis" part="axis"></g></svg>`;
    const order = v.order;
    const tabStop = this._active && order.includes(this._active) ? this._active : (order[0] ?? null);
    const ctx = {
      width,
      laneTop: 8,
      clusterY: v.clusterY,
      tabStop,
      selected: this.selected || null,
      eventLabel: this._eventLabel,
      clusterLabel: (c: Cluster) =>
        this._strings.clusterLabel(c.items.length, formatWindow(c.start, Math.max(c.end, c.start + 1), this._langCode)),
    };
    return html`<svg width=${width} height=${height}>
      ${gridLines(v.ticks, v.scale, v.axisY)}
      <g class="events">${eventMarks(v.layout.events, ctx)}</g>
      <g class="clusters">${clusterMarks(v.layout.clusters, ctx)}</g>
      <g class="axis" part="axis" transform="translate(0 ${v.axisY})" aria-hidden="true"></g>
    </svg>`;
  }

  private readonly _eventLabel = (item: TimelineItem): string => {
    let label = this._labels.get(item);
    if (label === undefined) this._labels.set(item, (label = eventLabel(item, this._langCode)));
    return label;
  };

  private readonly _zoomIn = () => this._zoom.zoomBy(2);
  private readonly _zoomOut = () => this._zoom.zoomBy(0.5);
  private readonly _reset = () => this._zoom.moveTo({ k: 1, x: 0 }, true);

  private _settle(user: boolean): void {
    if (this._size.width === 0) return;
    // d3-zoom may settle before our next render: read the window from its transform, not from the last view.
    const [t0, t1] = windowForZoom(this._zoom.transform, this._domain, this._size.width);
    const start = isoDay(t0);
    const end = isoDay(t1 - 1);
    this.updateComplete.then(() => this._announce());
    if (start === this.start && end === this.end) return;
    this._reflected = { start, end };
    this.start = start;
    this.end = end;
    if (user) emit(this, 'mt-view-change', { start, end });
  }

  private _showHint(): void {
    this._hint = true;
    clearTimeout(this._hintTimer);
    this._hintTimer = setTimeout(() => (this._hint = false), 1800);
  }

  private readonly _onChip = (e: Event) => {
    const id = (e.currentTarget as HTMLElement).dataset.partner ?? '';
    const next = new Set(this._chosen);
    if (!id) next.clear();
    else if (!next.delete(id)) next.add(id);
    this.partners = [...next].join(',');
    emit(this, 'mt-filter-change', { partners: [...next] });
    this.updateComplete.then(() => this._announce());
  };

  /** Tells screen readers, briefly, what the settled view holds: "1990 – 2000, 24 events, 3 partners". */
  private _announce(): void {
    const v = this._view;
    if (!v) return;
    const partners = new Set(v.visible.flatMap((i) => i.event.partners));
    const shown = this._chosen.size ? [...partners].filter((p) => this._chosen.has(p)).length : partners.size;
    this._announcement = this._strings.viewSummary(formatWindow(...v.window, this._langCode), v.visible.length, shown);
  }

  private readonly _onClick = (e: MouseEvent) => {
    const mark = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (mark) this._activate(mark.dataset.id!);
  };

  /** Keeps the roving tab stop on the mark that last had focus. */
  private readonly _onFocusIn = (e: FocusEvent) => {
    const id = (e.target as Element).closest<SVGGElement>('[data-id]')?.dataset.id;
    if (id && id !== this._active) this._active = id;
  };

  private readonly _onKey = (e: KeyboardEvent) => {
    const action = chartAction(e);
    const v = this._view;
    if (!action || !v) return;
    // Inside the details, only Escape is ours: links and the close button keep their keys.
    const inChart = this._chart.contains(e.target as Node);
    if (!inChart && action.type !== 'close') return;
    e.preventDefault();
    const focused = (e.target as Element).closest<SVGGElement>('[data-id]')?.dataset.id;
    const current = focused ?? (this._active && v.order.includes(this._active) ? this._active : null);
    switch (action.type) {
      case 'zoom': {
        const item = this._filtered.find((i) => i.event.id === current);
        return this._zoom.zoomBy(action.factor, item ? v.scale(item.start) : undefined);
      }
      case 'pan':
        return this._zoom.panBy(action.fraction * this._size.width);
      case 'reset':
        return this._reset();
      case 'activate':
        return current ? this._activate(current) : undefined;
      case 'close':
        return this._close();
      case 'move': {
        const i = current ? v.order.indexOf(current) : -1;
        const last = v.order.length - 1;
        const to = { first: 0, last, previous: Math.max(0, i - 1), next: Math.min(last, i + 1) }[action.to];
        return this._focusMark(v.order[to]);
      }
    }
  };

  private _focusMark(id: string | undefined): void {
    if (!id) return;
    this._active = id;
    this._focusAfterUpdate = markSelector(id);
    this.requestUpdate();
  }

  private _activate(id: string): void {
    this._active = id;
    const cluster = this._view?.layout.clusters.find((c) => c.id === id);
    if (cluster) {
      const pad = Math.max((cluster.end - cluster.start) * 0.3, 20 * 86_400_000);
      const w: [number, number] = [cluster.start - pad, cluster.end + pad];
      return this._zoom.moveTo(zoomForWindow(w, this._domain, this._size.width, maxZoom(this._domain)), true);
    }
    const item = this._items.find((i) => i.event.id === id);
    if (!item) return;
    this.selected = id;
    this._focusAfterUpdate = '#detail-title';
    emit(this, 'mt-select', { event: item.event });
  }

  private readonly _close = () => {
    if (!this.selected) return;
    const id = this.selected;
    this.selected = '';
    emit(this, 'mt-select', { event: null });
    this._focusMark(id);
  };
}

const markSelector = (id: string) => `.chart [data-id="${CSS.escape(id)}"]`;

function toIso(d: string | Date): string {
  return d instanceof Date ? isoDay(d.getTime()) : String(d);
}

declare global {
  interface HTMLElementTagNameMap {
    'mongolia-timeline': MongoliaTimeline;
  }
}
