import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  BalanceController,
  DataSourceController,
  EraController,
  EXPORT_FORMATS,
  ExportController,
  HintController,
  KeyboardController,
  PrintController,
  ReaderController,
  ResizeController,
  RovingFocusController,
  SelectionController,
  UrlStateController,
  ViewWindow,
  ZoomController,
  type ExportFormat,
} from './controllers/index.js';
import {
  chartSvg,
  dataNotice,
  detailPanel,
  drawAxis,
  ERA_ROW,
  eraBand,
  eraLegend,
  eraPanel,
  filterChips,
  listView,
  loadStatus,
  TextMeasurer,
  tools,
  zoomControls,
} from './render/index.js';
import { exportSource } from './timeline-export.js';
import { localize } from './data/partner-names.js';
import type { Dataset } from './data/types.js';
import { stringsFor, type Strings } from './i18n/strings.js';
import { clusterWindow, type Cluster } from './layout/lanes.js';
import { computeView, type ViewModel } from './layout/view-model.js';
import { balanceView, type BalanceBucket } from './layout/balance.js';
import { styles } from './mongolia-timeline.styles.js';
import { TimelineModel } from './timeline-model.js';
import { formatWindow } from './time/format-date.js';
import { checkKeyword, clusterLabel, parseWindow, resolveLang, toIso, viewSummary } from './timeline-state.js';

/**
 * An interactive, zoomable timeline of Mongolia's military diplomacy, 1921–2021, filterable by partner.
 *
 * @summary Zoomable timeline of Mongolia's military diplomacy with a partner filter and sourced details.
 *
 * @fires mt-view-change - The visible window settled after a user gesture. `detail: {start, end}` as `YYYY-MM-DD`.
 * @fires mt-filter-change - The user changed the partner filter. `detail: {partners}`, an array of ids (empty: all).
 * @fires mt-select - The user opened an event's details (`detail: {event}`) or closed them (`detail: {event: null}`).
 * @fires mt-error - Custom data had invalid records, which were skipped (`detail: {errors}`, each `{path, reason}`), or
 *   could not be used at all (`detail: {errors: [], failure: {kind, source, value?}}`).
 * @fires mt-load - Custom data from `src` or an inline JSON script arrived. `detail: {source}`: the URL or `"inline"`.
 *
 * @csspart timeline - The chart area that zooms and pans.
 * @csspart axis - The time axis `<g>`.
 * @csspart event - Each event: a marker or a range bar with its label.
 * @csspart cluster - A mark that folds several events together; activating it zooms in.
 * @csspart filters - The row of partner chips.
 * @csspart chip - Each partner chip; carries `data-partner="<id>"` (empty for "All").
 * @csspart detail - The details panel of the selected event.
 * @csspart controls - The zoom buttons, the visible period and the list toggle.
 * @csspart list - The list view: a table of the events in the window and filter.
 * @csspart status - Loading progress of `src`, or why custom data could not be used.
 * @csspart search - The search box.
 * @csspart export - The export menu (Copy link with `sync-url`, CSV, JSON, SVG, PNG).
 * @csspart eras - The legend of the eras: a button per era, opening its details.
 * @csspart balance - The balance strip under the chart: bars of events per bloc and period, and their caption.
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
 * @cssprop [--mt-color-highlight=#ffe08a] - Background of search matches in the details and the list.
 * @cssprop [--mt-color-north=#d33f3a] - Balance strip: Russia/USSR.
 * @cssprop [--mt-color-south=#b97a00] - Balance strip: China.
 * @cssprop [--mt-color-third=#2f6fd8] - Balance strip: third neighbours.
 * @cssprop [--mt-color-multilateral=#0f8a8a] - Balance strip: multilateral bodies.
 * @cssprop [--mt-color-error=#b3261e] - Border of the message when custom data could not be loaded.
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

  /** Search text: only events whose title, summary or partner names contain it show (with the partner filter). */
  @property() query = '';

  /** The id of the event whose details are open; empty when none. */
  @property() selected = '';

  /** Interface language (`en`, `mn`); when absent, the page's `lang`, else English. */
  @property() override lang = '';

  /** Colour theme: `light` or `dark`; when absent, the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** `timeline` draws the chart; `list` shows the same window and filter as a sortable table (printing always does). */
  @property({ reflect: true }) view: 'timeline' | 'list' = 'timeline';

  /** A dataset `{partners, events}` replacing the bundled one. Replace it to change it; never mutate it. */
  @property({ attribute: false }) data?: Dataset;

  /** Hides the balance strip (events per bloc and period) under the chart. */
  @property({ type: Boolean, reflect: true, attribute: 'no-balance' }) noBalance = false;

  /** Hides the era band (background periods such as the Soviet garrison years) and its legend. */
  @property({ type: Boolean, reflect: true, attribute: 'no-eras' }) noEras = false;

  /** Keeps the view, filter, search and open event in the URL fragment (keys prefixed by `id`); adds "Copy link" to Export. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** URL of a JSON dataset (same shape as `data`), fetched without credentials; `data` takes precedence. */
  @property() src = '';

  @state() private _listDescending = false;
  @query('.chart') private _chart!: HTMLElement;
  @query('.axis') private _axis!: SVGGElement;
  private readonly _size = new ResizeController(this);
  private readonly _zoom = new ZoomController(this, {
    wheelAllowed: (e) => e.ctrlKey || e.metaKey || this._chart.matches(':focus-within'),
    onWheelRefused: () => this._hint.show(this._strings.wheelHint),
    onSettle: (user) => this._reader.settle(user),
  });
  private readonly _text = new TextMeasurer();
  private readonly _hint = new HintController(this);
  private readonly _print = new PrintController(this);
  private readonly _window = new ViewWindow(this._zoom, this._size);
  private readonly _focus = new RovingFocusController(
    this,
    () => this._chart ?? null,
    () => this._view?.order ?? [],
  );
  private readonly _keys = new KeyboardController({
    chart: () => this._chart,
    ready: () => !!this._view,
    zoom: this._zoom,
    focus: this._focus,
    width: () => this._size.width,
    xOf: (id) => this._view?.layout.events.find((e) => e.item.event.id === id)?.x,
    reset: () => this._reset(),
    activate: (id) => this._select.activate(id),
    close: () => (this._eras.legendOpen || this._eras.open ? this._eras.close() : this._select.close()),
  });
  private readonly _select = new SelectionController(
    this,
    this._focus,
    () => this._model.items,
    (id) => {
      const cluster = this._view?.layout.clusters.find((c) => c.id === id);
      if (cluster) this._zoom.moveTo(this._window.zoomFor(clusterWindow(cluster)), true);
      return !!cluster;
    },
  );

  private _strings: Strings = stringsFor('en')!;
  private _langCode = 'en';
  private readonly _model = new TimelineModel();
  private readonly _source = new DataSourceController(this);
  private readonly _bars = new BalanceController(this, (from, to) =>
    this._zoom.moveTo(this._window.zoomFor([Date.UTC(from, 0, 1), Date.UTC(to, 0, 1)]), true),
  );
  private _strip?: { buckets: BalanceBucket[]; inView: BalanceBucket };
  private readonly _eras = new EraController(this, () => (this.selected = ''));
  private readonly _url = new UrlStateController(this);
  private readonly _reader = new ReaderController(
    this,
    this._window,
    () => this._model.chosen,
    () => (this._view ? viewSummary(this._view, this._model.chosen, this._strings, this._langCode) : null),
  );
  private readonly _export = new ExportController(
    exportSource(
      this,
      () => this._view,
      () => this._model,
      () => this._strings,
      () => this._langCode,
      () => this._hint,
    ),
  );
  private _view?: ViewModel;

  /** Zooms to show from `start` to `end` (inclusive), in the attribute formats or as `Date`s. */
  zoomTo(start: string | Date, end: string | Date): void {
    const w = parseWindow(toIso(start), toIso(end));
    if (w) this._zoom.moveTo(this._window.zoomFor(w), false);
  }

  /**
   * The events of the current window and filter as CSV or JSON (with their sources), or the view as an SVG or PNG
   * image with a title, legend, period and attribution.
   */
  exportAs(format: ExportFormat): Promise<Blob> {
    return this._export.blob(format);
  }

  /** Shows the whole period again. */
  resetZoom(): void {
    this._zoom.moveTo({ k: 1, x: 0 }, false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.hasUpdated) {
      this._langCode = resolveLang(this);
      this._strings = stringsFor(this._langCode)!;
    }
    const first = !this.hasUpdated;
    if (changed.has('theme') || changed.has('view')) {
      checkKeyword('theme', this.theme, ['light', 'dark']);
      checkKeyword('view', this.view, ['timeline', 'list']);
    }
    if (changed.has('data')) this._source.setData(this.data);
    if (changed.has('src')) this._source.setSrc(this.src);
    const data = this._source.takeChange();
    this._model.update(
      { data: this._source.dataset, partners: this.partners, query: this.query, lang: this._langCode },
      { data, partners: changed.has('partners'), query: changed.has('query'), lang: first || changed.has('lang') },
    );
    if (data) {
      this._window.setDomain(this._model.domain);
      this._source.reportSkipped(this._model.errors);
      this._eras.set(this._model.eras);
    }
    this._eras.hidden = this.noEras;
    if (changed.has('start') || changed.has('end')) this._window.request(this.start, this.end);
    if (this._window.apply(this._view?.window)) this._text.useFontOf(this);
    const { width, height } = this._size;
    if (width > 0) {
      this._view = computeView({
        items: this._model.filtered,
        longest: this._model.longest,
        domain: this._window.domain,
        zoom: this._zoom.transform,
        width,
        height,
        lang: this._langCode,
        labelOf: (item) => localize(item.event.title, this._langCode).text,
        measure: this._text.measure,
        reserve: this._eras.shown ? this._eras.rows * ERA_ROW + 2 : 0,
      });
    }
    this._strip = this._view && !this.noBalance ? balanceView(this._model.balance, this._view.window) : undefined;
    this._bars.buckets = this._strip?.buckets ?? [];
    if (changed.has('selected') || data) this._select.sync();
    if (changed.has('selected') && this.selected) this._eras.open = null;
  }

  protected override firstUpdated(): void {
    this._size.observe(this._chart);
    this._zoom.attach(this._chart);
  }

  protected override updated(): void {
    if (this._view && this._axis) drawAxis(this._axis, this._view.scale, this._view.ticks, this._view.tickFormat);
  }

  protected override render() {
    const s = this._strings;
    const v = this._view;
    const [t0, t1] = v?.window ?? this._window.domain;
    const empty = !this._model.items.length;
    const load = this._source.state;
    return html`<div class="frame">
      ${zoomControls(
        s,
        formatWindow(t0, t1, this._langCode),
        this.view === 'list',
        this._controls,
        tools(
          s,
          {
            query: this.query,
            eras: this._eras.shown,
            erasOpen: this._eras.legendOpen,
            copy: this.syncUrl,
            formats: EXPORT_FORMATS,
          },
          this._tools,
        ),
      )}
      ${guard([this._model.chips, s], () => filterChips(this._model.chips, s.filtersLabel, s.all, this._reader.chip))}
      <div class="stage" @keydown=${this._keys.onKey}>
        <div
          class="chart ${this.view === 'list' ? 'behind' : ''} ${empty ? 'no-data' : ''}"
          part="timeline"
          tabindex=${v?.order.length ? -1 : 0}
          role="group"
          aria-label=${s.chartLabel}
          aria-describedby="help"
          @click=${this._onChartClick}
          @focusin=${this._focus.onFocusIn}
        >
          ${chartSvg(
            v,
            this._size.width,
            this._size.height,
            {
              tabStop: this._focus.tabStop(),
              selected: this.selected || null,
              eventLabel: this._model.eventLabel,
              clusterLabel: this._clusterLabel,
              query: this.query,
            },
            v && this._eras.shown
              ? eraBand(this._eras.items, v.scale, this._size.width, v.axisY, this._eras.open, this._langCode)
              : undefined,
          )}
          ${v && !v.visible.length && load.status !== 'loading' ? html`<p class="empty">${empty ? s.noData : this.query ? s.noMatch(this.query) : s.noEvents}</p>` : nothing}
          ${this._hint.message ? html`<p class="hint" role="status">${this._hint.message}</p>` : nothing}
        </div>
        ${
          (this.view === 'list' || this._print.printing) && v
            ? listView(
                v.visible,
                viewSummary(v, this._model.chosen, s, this._langCode),
                s,
                this._langCode,
                this._listDescending,
                this._sortList,
                this._strip?.buckets,
                this.query,
              )
            : nothing
        }
        ${this._select.detail ? detailPanel(this._select.detail, s, this._langCode, this._select.close, this.query) : nothing}
        ${this._eras.item && !this._select.detail ? eraPanel(this._eras.item, s, this._langCode, this._eras.close) : nothing}
        ${this._eras.legendOpen && this._eras.shown ? eraLegend(this._eras.items, s, this._langCode, this._eras.show) : nothing}
        ${this._source.skipped.length ? dataNotice(this._source.skipped, s, this._source.dismissSkipped) : nothing}
        ${loadStatus(load, !empty, s, this._source.dismiss)}
      </div>
      ${this._strip && v && this.view !== 'list' ? this._bars.render(this._strip.inView, v.scale, this._size.width, s) : nothing}
      <p id="help" class="visually-hidden">${s.chartHelp}</p>
      <div class="visually-hidden" aria-live="polite">${this._reader.announcement}</div>
    </div>`;
  }

  private readonly _onChartClick = (e: MouseEvent) => this._eras.onChartClick(e) || this._select.onClick(e);

  private readonly _clusterLabel = (c: Cluster): string => clusterLabel(c, this._strings, this._langCode);

  private readonly _reset = () => this._zoom.moveTo({ k: 1, x: 0 }, true);
  private readonly _controls = {
    zoomIn: () => this._zoom.zoomBy(2),
    zoomOut: () => this._zoom.zoomBy(0.5),
    reset: this._reset,
    toggleList: () => (this.view = this.view === 'list' ? 'timeline' : 'list'),
  };
  private readonly _sortList = () => (this._listDescending = !this._listDescending);
  private readonly _tools = {
    search: this._reader.search,
    toggleEras: this._eras.toggleLegend,
    copy: async () =>
      this._hint.show((await this._url.copy()) ? this._strings.linkCopied : this._strings.linkNotCopied),
    pick: this._export.onPick,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'mongolia-timeline': MongoliaTimeline;
  }
}
