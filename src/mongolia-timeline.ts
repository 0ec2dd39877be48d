import { LitElement, html, isServer, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { BalanceController } from './controllers/balance-controller.js';
import { chartAction } from './controllers/chart-keys.js';
import { DataSourceController } from './controllers/data-source-controller.js';
import { EraController } from './controllers/era-controller.js';
import { HintController } from './controllers/hint-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SoundController } from './controllers/sound-controller.js';
import { RovingFocusController } from './controllers/roving-focus-controller.js';
import { UrlStateController, type UrlState } from './controllers/url-state-controller.js';
import { ViewWindow } from './controllers/view-window.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { StoryController, type StoryMove } from './controllers/story-controller.js';
import { namedSilences } from './layout/silences.js';
import { loadBundled } from './data/bundled.js';
import { localize } from './data/partner-names.js';
import type { Dataset } from './data/types.js';
import { emit, type MongoliaTimelineEventMap } from './events.js';
import { stringsFor, type Strings } from './i18n/strings.js';
import { balanceView, type BalanceBucket } from './layout/balance.js';
import { takeaway } from './layout/takeaway.js';
import type { Bloc } from './data/types.js';
import { clusterWindow, type Cluster } from './layout/lanes.js';
import { computeView, type ViewModel } from './layout/view-model.js';
import { layerShift, windowForZoom, type ZoomState } from './layout/zoom-math.js';
import { styles } from './mongolia-timeline.styles.js';
import { flag, keyword, normalizedDescriptor, object, text, textConverter } from './properties.js';
import { drawAxis } from './render/axis.js';
import { chartSvg, marksContext, marksInTimeOrder } from './render/chart-svg.js';
import { drawMarks } from './render/marks-island.js';
import { tools, zoomControls } from './render/controls-bar.js';
import { dataNotice, loadStatus } from './render/data-notice.js';
import { detailPanel } from './render/detail-panel.js';
import { ERA_ROW, eraBand, eraLegend, eraPanel } from './render/era-band.js';
import { filterChips, type BlocGroup } from './render/filter-chips.js';
import { markLegend } from './render/mark-legend.js';
import { listView } from './render/list-view.js';
import { TextMeasurer } from './render/measure-text.js';
import { downloadExport, EXPORT_FORMATS, exportBlob, parseExportFormat, type ExportFormat } from './timeline-export.js';
import { TimelineModel } from './timeline-model.js';
import { formatWindow } from './time/format-date.js';
import { adoptStylesInto } from './render/adopt-styles.js';
import {
  clusterLabel,
  filterGroups,
  keepsEvent,
  nextPartners,
  parseWindow,
  resolveLang,
  toggleBloc,
  toIso,
  viewSummary,
  warn,
} from './timeline-state.js';

/** The public properties a reader changes through the interface; only the element writes them, in `_commit`. */
type ReaderState = Pick<MongoliaTimeline, 'start' | 'end' | 'partners' | 'query' | 'selected' | 'view'>;

/** Below these heights of the element, the title, the balance strip and then the era band make room for the chart. */
const COMPACT = { noTitle: 400, noStrip: 300, noEras: 200 } as const;

/** During a gesture, the marks and labels are laid out again at most this often (ms); the frames between move them. */
const RELAYOUT_MS = 100;

/**
 * An interactive, zoomable timeline of Mongolia's military diplomacy, 1921–2021, filterable by partner.
 *
 * @summary Zoomable timeline of Mongolia's military diplomacy with a partner filter and sourced details.
 *
 * @fires {CustomEvent<ViewChangeDetail>} mt-view-change - The visible window settled after a user gesture.
 *   `detail: {start, end}` as `YYYY-MM-DD`.
 * @fires {CustomEvent<FilterChangeDetail>} mt-filter-change - The user changed the partner filter or the search.
 *   `detail: {partners, query}`: an array of ids (empty: all) and the search text.
 * @fires {CustomEvent<SelectDetail>} mt-select - The user opened an event's details (`detail: {event}`) or closed
 *   them (`detail: {event: null}`).
 * @fires {CustomEvent<ErrorDetail>} mt-error - Custom data had invalid records, which were skipped
 *   (`detail: {errors}`, each `{path, reason}`), or could not be used at all
 *   (`detail: {errors: [], failure: {kind, source, value?}}`).
 * @fires {CustomEvent<LoadDetail>} mt-load - Custom data from `src` or an inline JSON script arrived.
 *   `detail: {source}`: the URL or `"inline"`.
 * @fires {CustomEvent<StepChangeDetail>} mt-step-change - The reader moved to another story step (buttons, arrow
 *   keys, a swipe on the bar, or scrolling with `scroll-steps`). `detail: {step, index}`.
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
 * @csspart story - The story bar: the step's heading, text and sources, "2 of 9", previous and next.
 * @csspart balance - The balance strip under the chart: bars of events per bloc and period, and their caption.
 *
 * @cssprop [--mt-height=480px] - Height of the element.
 * @cssprop [--mt-font-family=system-ui] - Font of all text.
 * @cssprop [--mt-font-size=0.875rem] - Base font size (14 px at the browser's default; follows the reader's setting).
 * @cssprop [--mt-label-size=0.75rem] - Font size of event labels (12 px at the browser's default).
 * @cssprop [--mt-color-text=#1c2430] - Text colour.
 * @cssprop [--mt-color-muted=#566173] - Secondary text: axis, counts, publishers.
 * @cssprop [--mt-color-background=#ffffff] - Background.
 * @cssprop [--mt-color-surface=#f3f5f8] - Buttons, pressed chips, hovered events.
 * @cssprop [--mt-color-grid=#e3e7ed] - Grid lines and borders.
 * @cssprop [--mt-color-focus=#1a5fd0] - Focus rings and links.
 * @cssprop [--mt-color-highlight=#ffe08a] - Background of search matches in the details and the list.
 * @cssprop [--mt-color-north=#d33f3a] - Russia/USSR and the bodies it led: marks, chips and the balance strip.
 * @cssprop [--mt-color-south=#b97a00] - China: marks, chips and the balance strip.
 * @cssprop [--mt-color-third=#2f6fd8] - Third neighbours: marks, chips and the balance strip.
 * @cssprop [--mt-color-multilateral=#a4479c] - Multilateral bodies: marks, chips and the balance strip.
 * @cssprop [--mt-color-error=#b3261e] - Border of the message when custom data could not be loaded.
 * @cssprop [--mt-radius=8px] - Corner radius of the element.
 */
@customElement('mongolia-timeline')
export class MongoliaTimeline extends LitElement {
  static override styles = styles;

  /** Every property goes through its normalizer (`src/properties.ts`): absent means the default, whoever sets it. */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    return normalizedDescriptor(name, super.getPropertyDescriptor(name, key, options), options);
  }

  /** First day of the visible window: `"1990"`, `"1990-06"` or `"1990-06-15"`. Reflects the view after a gesture settles. */
  @property({ normalize: text, converter: textConverter }) start = '';

  /** Last day of the visible window (inclusive), in the same formats as `start`. */
  @property({ normalize: text, converter: textConverter }) end = '';

  /** Comma-separated partner ids to show; empty shows all. Reflects the reader's chip choices. */
  @property({ normalize: text, converter: textConverter, reflect: true }) partners = '';

  /** Search text: only events whose title, summary or partner names contain it show (with the partner filter). */
  @property({ normalize: text, converter: textConverter }) query = '';

  /** The id of the event whose details are open; empty when none. */
  @property({ normalize: text, converter: textConverter }) selected = '';

  /** Interface language (`en`, `mn`); when absent, the page's `lang`, else English. Reflects, so screen readers know it. */
  @property({ normalize: text, converter: textConverter, reflect: true }) override lang = '';

  /** Colour theme: `light` or `dark`; when absent (`""`), the reader's `prefers-color-scheme`. */
  @property({ normalize: keyword(['light', 'dark'], ''), converter: textConverter, reflect: true })
  theme: 'light' | 'dark' | '' = '';

  /** `timeline` draws the chart; `list` shows the same window and filter as a sortable table (printing always does). */
  @property({ normalize: keyword(['timeline', 'list'], 'timeline'), converter: textConverter, reflect: true })
  view: 'timeline' | 'list' = 'timeline';

  /** A dataset `{partners, events}` replacing the bundled one; `undefined` or `null` for the bundled one. Replace it to change it; never mutate it. */
  @property({ attribute: false, normalize: object }) data?: Dataset;

  /** Hides the balance strip (events per bloc and period) under the chart. */
  @property({ type: Boolean, reflect: true, attribute: 'no-balance', normalize: flag }) noBalance = false;

  /** Hides the era band (background periods such as the Soviet garrison years) and its legend. */
  @property({ type: Boolean, reflect: true, attribute: 'no-eras', normalize: flag }) noEras = false;

  /** Keeps the view, filter, search and open event in the URL fragment (keys prefixed by `id`); adds "Copy link" to Export. */
  @property({ type: Boolean, attribute: 'sync-url', normalize: flag }) syncUrl = false;

  /** URL of a JSON dataset (same shape as `data`), fetched without credentials; `data` takes precedence. */
  @property({ normalize: text, converter: textConverter }) src = '';

  /** Hides the visible title over the chart, for pages that have their own; the takeaway sentence stays. */
  @property({ type: Boolean, reflect: true, attribute: 'no-title', normalize: flag }) noTitle = false;

  /**
   * Story mode: the attribute alone (`<mongolia-timeline story>`) or `"bundled"` shows the bundled steps through the
   * article's argument; a URL loads custom steps (`data/story.schema.json`), fetched without credentials. Absent
   * (`""`, `null`, `undefined` as a property) shows no story. The story's code loads only when this is set.
   */
  @property({
    normalize: text,
    converter: { ...textConverter, fromAttribute: (v: string | null) => (v === '' ? 'bundled' : (v ?? '')) },
  })
  story = '';

  /** The active story step's id; empty before the first. Reflects the reader's moves; setting it shows that step. */
  @property({ normalize: text, converter: textConverter, reflect: true }) step = '';

  /** With `story`, elements of the page marked `data-mt-step="<id>"` drive the step as they scroll into view. */
  @property({ type: Boolean, attribute: 'scroll-steps', normalize: flag }) scrollSteps = false;

  @state() private _listDescending = false;
  /** The filter button that holds the toolbar's one tab stop (its `data-stop`). */
  @state() private _filterStop = 'all';
  /** Blocs whose every partner chip shows. */
  @state() private _openBlocs: ReadonlySet<Bloc> = new Set();
  @state() private _legendOpen = false;
  @query('.chart') private _chart?: HTMLElement;
  @query('.axis') private _axis?: SVGGElement;
  @query('.chart svg') private _svg?: SVGSVGElement;
  @query('.probe') private _probe?: HTMLElement;
  @query('.chart .marks') private _marks?: SVGGElement;
  /** The heading of the details (an event's or an era's), and the "Eras" toggle: where focus goes as they open and close. */
  @query('#detail-title') private _detailTitle?: HTMLElement;
  @query('.eras-toggle') private _erasToggle?: HTMLElement;
  /** What the marks were drawn from last. */
  private _marksKey: unknown[] = [];

  private readonly _size = new ResizeController(this);
  /** The element's own height, for giving up the strip and the eras when it is very short. */
  private readonly _hostSize = new ResizeController(this);
  /** The label probe's size: it changes with the label font, its size and text spacing, which labels are measured in. */
  private readonly _probeSize = new ResizeController(this);
  private _probeSeen = '';
  private readonly _zoom = new ZoomController(this, {
    wheelAllowed: (e) => e.ctrlKey || e.metaKey || !!this._chart?.matches(':focus-within'),
    onWheelRefused: () => this._hint.show(this._strings.wheelHint),
    onSettle: (user) => this._settled(user),
  });
  private readonly _text = new TextMeasurer();
  private readonly _hint = new HintController(this);
  private readonly _print = new PrintController(this);
  private readonly _window = new ViewWindow(this._zoom, this._size);
  private readonly _focus = new RovingFocusController(
    this,
    () => this._chart ?? null,
    () => this._view?.order ?? [],
    (id) => this._markHolding(id),
  );
  private readonly _model = new TimelineModel();
  private readonly _source = new DataSourceController(
    this,
    () => ({ data: this.data, src: this.src }),
    (r) => emit(this, r.type, r.detail),
  );
  private readonly _bars = new BalanceController(this, (from, to) =>
    this._zoom.moveTo(this._window.zoomFor([Date.UTC(from, 0, 1), Date.UTC(to, 0, 1)]), true),
  );
  /** The strip played as sound: one tone per bloc per bar. */
  private readonly _sound = new SoundController(this, () => this._bars.buckets);
  private readonly _eras = new EraController(
    this,
    () => this._closeDetails(false),
    () => ({ details: this._detailTitle ?? null, toggle: this._erasToggle ?? null }),
  );
  private readonly _story = new StoryController(
    this,
    () => ({ story: this.story, step: this.step, scrollSteps: this.scrollSteps }),
    (move, user) => this._applyStep(move, user),
    (detail) => emit(this, 'mt-error', detail),
  );
  /** The step's heading and text, said once with the summary of the view it shows. */
  private _stepNote = '';
  private readonly _url = new UrlStateController(
    this,
    () => ({ enabled: this.syncUrl, ns: this.id || 'timeline', state: this._urlState() }),
    (restored) => this._restore(restored),
  );

  private _strings: Strings = stringsFor('en')!;
  private _langCode = 'en';
  private _view?: ViewModel;
  /** The zoom, size and time of the last layout: a gesture's frames move what it drew, by `_shift`. */
  private _laid?: { zoom: ZoomState; width: number; height: number; at: number };
  private _shift = '';
  private _relayout?: ReturnType<typeof setTimeout>;
  /** The window the reader sees, also between layouts. */
  private _seen: [number, number] = [0, 1];
  /** The view whose axis d3 drew last. */
  private _axisFor?: ViewModel;
  private _strip?: { buckets: BalanceBucket[]; inView: BalanceBucket };
  private _compact = { strip: false, eras: false, title: false, takeaway: false, silences: false };
  private _groups: BlocGroup[] = [];
  private _narrow = false;
  /** The takeaway sentence for the years and filter in view; also the chart's accessible description. */
  private _takeaway = '';
  /** The takeaway's sentences on the silences of the view (`_takeaway` holds those on who led). */
  private _silences = '';
  /** The `start`/`end` the element itself wrote last, so that its own reflection is not taken for a request. */
  private _own: { start: string; end: string } | null = null;
  /** What the polite live region says; set in `willUpdate` after a settle, a filter or a view change. */
  private _announcement = '';
  private _announce = false;
  /** How the next change of the URL fragment enters the history: a settled view pushes, typing replaces. */
  private _history: 'push' | 'replace' = 'replace';
  /** Whether the shadow root came from a server render: the first client render then matches it. */
  private readonly _hydrating = !isServer && !!this.shadowRoot;

  /** Zooms to show from `start` to `end` (inclusive), in the attribute formats or as `Date`s (read as calendar dates). */
  zoomTo(start: string | Date, end: string | Date): void {
    const w = parseWindow(toIso(start), toIso(end));
    if (!w) return;
    // Kept until the chart has a width (before the first layout, or while hidden), then applied.
    this._window.requestWindow(w);
    this.requestUpdate();
  }

  /**
   * The events of the current window and filter as CSV or JSON (with their sources), or the view as an SVG or PNG
   * image with a title, legend, period and attribution. Rejects a format it does not know.
   */
  exportAs(format: ExportFormat): Promise<Blob> {
    const f = parseExportFormat(format);
    if (!f) {
      return Promise.reject(
        new TypeError(
          `<mongolia-timeline>: cannot export as ${JSON.stringify(format)}: use ${EXPORT_FORMATS.join(', ')}`,
        ),
      );
    }
    return exportBlob(f, this._exportContext());
  }

  /** Shows the whole period again. */
  resetZoom(): void {
    this._window.requestWindow(this._window.domain);
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into another document (an iframe's), the shadow root needs style sheets made in that document.
    if (this.hasUpdated) adoptStylesInto(this.renderRoot as ShadowRoot, MongoliaTimeline.elementStyles);
    if (!isServer) document.fonts?.addEventListener('loadingdone', this._fontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._typing);
    clearTimeout(this._relayout);
    this._relayout = undefined;
    document.fonts?.removeEventListener('loadingdone', this._fontsLoaded);
  }

  private readonly _fontsLoaded = () => {
    this._text.clear();
    this.requestUpdate();
  };

  /**
   * An update that would draw the bundled dataset waits for its module (loaded once, on demand), so that the first
   * render already holds the events and `updateComplete` resolves once they are drawn.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this._source.waitsForBundled()) return super.scheduleUpdate();
    return loadBundled().then(
      () => super.scheduleUpdate(),
      (e: unknown) => {
        warn('could not load the bundled dataset', e);
        return super.scheduleUpdate();
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (changed.has('lang') || first) {
      this._langCode = resolveLang(this);
      this._strings = stringsFor(this._langCode)!;
    }
    const move = this._story.update();
    if (move) this._applyStep(move, false);
    const data = this._source.update();
    this._model.update(
      { data: this._source.dataset, partners: this.partners, query: this.query, lang: this._langCode },
      { data, partners: changed.has('partners'), query: changed.has('query'), lang: first || changed.has('lang') },
    );
    if (data) {
      this._window.setDomain(this._model.domain);
      this._source.reportSkipped(this._model.errors);
      this._eras.set(this._model.eras);
    }
    // A `selected` that names no event of the data (after a data swap, or a filter the page set) is cleared.
    if (this.selected && (data || changed.has('selected') || changed.has('partners') || changed.has('query'))) {
      if (!this._model.filtered.some((i) => i.event.id === this.selected)) {
        if (!this._model.items.some((i) => i.event.id === this.selected) && this._model.items.length) {
          warn(`selected="${this.selected}" is no event's id`);
        }
        this.selected = '';
      }
    }
    const tall = (min: number) => this._hostSize.height === 0 || this._hostSize.height >= min;
    const narrow = this._hostSize.width > 0 && this._hostSize.width < 560;
    // A phone-sized element gives up the title and the era band (its rows would leave no lane). Decided on the
    // element's own size, never the chart's, which these choices change.
    const phone = narrow && !tall(600);
    this._compact = {
      strip: !tall(COMPACT.noStrip),
      eras: !tall(COMPACT.noEras) || phone,
      title: !tall(COMPACT.noTitle) || phone,
      takeaway: !tall(COMPACT.noTitle),
      // The silences' sentences stay for screen readers; on a phone the strip's shading shows them.
      silences: phone,
    };
    this._eras.hidden = this.noEras || this._compact.eras || this._story.hidesEras;
    if (this.selected) this._eras.open = null;
    // The page's window: not the element's own reflection, and not the empty initial values (a `zoomTo` made before
    // the first render stays pending).
    const own = this._own;
    const asked = (changed.has('start') || changed.has('end')) && !(first && !this.start && !this.end);
    if (asked && (!own || this.start !== own.start || this.end !== own.end)) {
      this._window.request(this.start, this.end);
    }
    const applied = this._window.apply();
    if (this._size.width > 0 && this._probe) {
      const probe = `${this._probeSize.width}×${this._probeSize.height}`;
      if (probe !== this._probeSeen) {
        // Same computed font, other glyphs: a web font finished loading.
        this._probeSeen = probe;
        this._text.clear();
      }
      this._text.useFontOf(this._probe);
    }
    const { width, height } = this._size;
    const laid = this._laid;
    // A gesture's frame only moves what was drawn (one transform on the drawn layer; no layout, no new labels): the
    // marks are laid out again at most every RELAYOUT_MS while it lasts, and when it ends. Any other change lays out.
    const moveOnly =
      this._zoom.moving &&
      !!this._view &&
      !!laid &&
      changed.size === 0 &&
      !data &&
      laid.width === width &&
      laid.height === height &&
      performance.now() - laid.at < RELAYOUT_MS;
    if (moveOnly) {
      this._shift = layerShift(laid.zoom, this._zoom.transform);
      this._relayoutLater(laid.at);
    } else if (width > 0) {
      this._laid = { zoom: { ...this._zoom.transform }, width, height, at: performance.now() };
      this._shift = '';
      this._view = computeView({
        items: this._model.filtered,
        longest: this._model.longest,
        domain: this._window.domain,
        zoom: this._zoom.transform,
        width,
        height,
        lang: this._langCode,
        labelOf: (item) => localize(item.event.short ?? item.event.title, this._langCode).text,
        measure: this._text.measure,
        labelPx: this._text.labelPx,
        keep: this.selected || this._focus.active,
        reserve: this._eras.shown ? this._eras.rows * ERA_ROW + 2 : 0,
      });
    }
    this._seen = width > 0 ? windowForZoom(this._zoom.transform, this._window.domain, width) : this._window.domain;
    if (applied.reflect && this._view) {
      // zoomTo and resetZoom reflect the window they showed, as a settled gesture does (without its event).
      const settled = this._window.settled();
      if (settled) this._writeWindow(settled.start, settled.end);
    }
    // Narrow, the blocs alone show, each with its "+N"; wider, each bloc's biggest partners too.
    this._narrow = this._hostSize.width > 0 && this._hostSize.width < 560;
    this._groups = filterGroups(
      this._model.chips,
      this._model.items,
      this._strings,
      this._narrow ? 0 : 3,
      this._openBlocs,
    );
    // What follows the layout (the strip's bars, the silences, the takeaway) is the same on a gesture's frames, which
    // only move what the last layout drew.
    if (!moveOnly) {
      this._strip =
        this._view && !this.noBalance && !this._compact.strip
          ? balanceView(this._model.balance, this._view.window)
          : undefined;
      this._bars.buckets = this._strip?.buckets ?? [];
      const [t0, t1] = this._view?.window ?? this._window.domain;
      const y0 = new Date(t0).getUTCFullYear();
      const y1 = new Date(t1 - 1).getUTCFullYear();
      // Silences of the blocs the filter shows (all of them without a filter), shaded in the strip and named here.
      const chosen = this._model.chosen;
      const blocs = chosen.size
        ? new Set(this._model.chips.filter((c) => chosen.has(c.partner.id)).map((c) => c.partner.bloc))
        : null;
      this._bars.silences = namedSilences(this._model.balance, y0, y1, blocs);
      const some = this._model.items.length > 0;
      this._takeaway = some
        ? takeaway(this._model.balance, y0, y1)
            .map((p) => this._strings.takeaway(p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`, p.lead, p.share))
            .join(' ')
        : '';
      this._silences = some
        ? this._bars.silences.map((q) => this._strings.silence(q.bloc, `${q.from}–${q.to}`)).join(' ')
        : '';
    }
    if (this._announce && this._view) {
      this._announce = false;
      const v = this._view;
      const summary =
        !v.visible.length && this.query
          ? this._strings.noMatch(this.query)
          : viewSummary(v, this._model.chosen, this._strings, this._langCode);
      this._announcement =
        this._stepNote + (changed.has('view') && this.view === 'list' ? this._strings.listShown(summary) : summary);
      this._stepNote = '';
    }
  }

  /** Lays the marks out again `RELAYOUT_MS` after the layout of `at`, if the gesture has not done it by then. */
  private _relayoutLater(at: number): void {
    if (this._relayout) return;
    this._relayout = setTimeout(
      () => {
        this._relayout = undefined;
        if (this._laid?.at === at) {
          this._laid = { ...this._laid, at: -Infinity };
          this.requestUpdate();
        }
      },
      RELAYOUT_MS - (performance.now() - at),
    );
  }

  protected override firstUpdated(): void {
    if (!this._chart) return;
    this._size.observe(this._chart);
    this._hostSize.observe(this);
    if (this._probe) this._probeSize.observe(this._probe);
    // On the <svg>: pointer positions then come through its screen matrix, which includes CSS transforms around it.
    if (this._svg) this._zoom.attach(this._svg);
  }

  /**
   * After Lit commits the render, the islands it left empty are drawn (the axis by d3, the marks by `drawMarks`),
   * before the controllers' `hostUpdated`, so that focus can move to a mark drawn in this update.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const v = this._view;
    if (v && this._axis && v !== this._axisFor) {
      this._axisFor = v;
      drawAxis(this._axis, v.scale, v.ticks, v.tickFormat);
    }
    if (this._marks) {
      // Drawn again when the layout or what the marks show changed: not on a gesture's frames, which move the layer.
      const ctx = {
        tabStop: this._focus.tabStop(),
        selected: this.selected || null,
        eventLabel: this._model.eventLabel,
        clusterLabel: this._clusterLabel,
        query: this.query,
      };
      const key = [v, this._size.width, ...Object.values(ctx)];
      if (key.length !== this._marksKey.length || key.some((k, i) => k !== this._marksKey[i])) {
        this._marksKey = key;
        const marks = v ? marksInTimeOrder(v, marksContext(v, this._size.width, ctx)) : [];
        drawMarks(this._marks, marks, this._zoom.moving);
      }
    }
  }

  protected override updated(): void {
    this._url.write(this._history);
    this._history = 'replace';
  }

  protected override render() {
    const s = this._strings;
    const v = this._view;
    const [t0, t1] = v ? this._seen : this._window.domain;
    const empty = !this._model.items.length;
    const load = this._source.state;
    // Without a width (a server render, or the first client render over one), the list stands in for the chart:
    // with JavaScript off, a reader still gets the events and their sources.
    const fallback = (isServer || this._hydrating) && !v;
    return html`<div class="frame" lang=${this._langCode} @keydown=${this._onFrameKey}>
      <button type="button" class="skip" @click=${this._skip}>${s.skip}</button>
      <header class="head">
        ${this.noTitle || this._compact.title ? nothing : html`<h2 class="title" part="title">${s.title}</h2>`}
        <p class="takeaway ${this._compact.takeaway ? 'visually-hidden' : ''}" id="takeaway" part="takeaway">
          ${this._takeaway}${
            this._silences
              ? html` <span class=${this._compact.silences ? 'visually-hidden' : ''}>${this._silences}</span>`
              : nothing
          }
        </p>
      </header>
      ${this._story.render(s, this._langCode)}
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
            legendOpen: this._legendOpen,
          },
          this._tools,
        ),
      )}
      ${guard([this._groups, s, this._filterStop, this._narrow], () =>
        filterChips(
          this._groups,
          s,
          {
            stop: this._filterStop,
            partner: this._onChip,
            bloc: this._onBloc,
            more: this._onMore,
            key: this._onFilterKey,
            focus: this._onFilterFocus,
          },
          this._narrow,
        ),
      )}
      <div class="stage" @keydown=${this._onKey}>
        <div
          class="chart ${this.view === 'list' || fallback ? 'behind' : ''} ${empty ? 'no-data' : ''}"
          part="timeline"
          dir="ltr"
          tabindex=${v?.order.length ? -1 : 0}
          role="group"
          aria-label=${s.chartLabel}
          aria-describedby="takeaway help step-text"
          @click=${this._onChartClick}
          @focusin=${this._focus.onFocusIn}
        >
          ${chartSvg(
            v,
            this._size.width,
            this._size.height,
            v && this._eras.shown
              ? eraBand(this._eras.items, v.scale, this._size.width, v.axisY, this._eras.open, this._langCode)
              : undefined,
            this._shift,
          )}
          ${
            v && !v.visible.length && load.status !== 'loading'
              ? html`<p class="empty">${empty ? s.noData : this.query ? s.noMatch(this.query) : s.noEvents}</p>`
              : nothing
          }
          ${this._hint.message ? html`<p class="hint" role="status">${this._hint.message}</p>` : nothing}
        </div>
        ${this._listView(fallback)}
        ${this._detail() ? detailPanel(this._detail()!, s, this._langCode, this._onCloseDetails, this.query) : nothing}
        ${this._eras.item && !this.selected ? eraPanel(this._eras.item, s, this._langCode, this._eras.close) : nothing}
        ${this._legendOpen ? markLegend(s, this._closeLegend) : nothing}
        ${
          this._eras.legendOpen && this._eras.shown
            ? eraLegend(this._eras.items, s, this._langCode, this._eras.show)
            : nothing
        }
        ${this._source.skipped.length ? dataNotice(this._source.skipped, s, this._source.dismissSkipped) : nothing}
        ${loadStatus(load, !empty, s, this._source.dismiss)}
      </div>
      ${
        this._strip && v && this.view !== 'list'
          ? this._bars.render(this._strip.inView, v.scale, this._size.width, s, this._sound.button())
          : nothing
      }
      <p id="help" class="visually-hidden">${s.chartHelp}</p>
      <span class="probe" aria-hidden="true">Khalkhin Gol 1939 — Монгол, Орос</span>
      <div class="visually-hidden" aria-live="polite">${this._announcement}</div>
      <span id="end" class="visually-hidden" tabindex="-1">${s.end}</span>
    </div>`;
  }

  private _listView(fallback: boolean) {
    const s = this._strings;
    const v = this._view;
    if (fallback) {
      const items = this._model.filtered;
      const caption = s.viewSummary(
        formatWindow(...this._window.domain, this._langCode),
        items.length,
        new Set(items.flatMap((i) => i.event.partners)).size,
      );
      return listView(items, caption, s, this._langCode, false, this._sortList, undefined, this.query, true);
    }
    if (!v || (this.view !== 'list' && !this._print.printing)) return nothing;
    return listView(
      v.visible,
      viewSummary(v, this._model.chosen, s, this._langCode),
      s,
      this._langCode,
      this._listDescending,
      this._sortList,
      this._strip?.buckets,
      this.query,
      this._print.printing,
    );
  }

  private _detail() {
    return this.selected ? this._model.filtered.find((i) => i.event.id === this.selected) : undefined;
  }

  /**
   * The one place the element writes the public properties a reader changes, and fires the event that says so.
   * Controllers and templates call this; none of them assigns the element's properties.
   */
  private _commit<K extends keyof MongoliaTimelineEventMap>(
    changes: Partial<ReaderState>,
    event?: K,
    detail?: MongoliaTimelineEventMap[K]['detail'],
  ): void {
    if (changes.start !== undefined || changes.end !== undefined) {
      this._writeWindow(changes.start ?? this.start, changes.end ?? this.end);
    }
    if (changes.partners !== undefined) this.partners = changes.partners;
    if (changes.query !== undefined) this.query = changes.query;
    if (changes.selected !== undefined) this.selected = changes.selected;
    if (changes.view !== undefined) this.view = changes.view;
    if (event && detail) emit(this, event, detail);
  }

  /** Writes `start`/`end` as the element's own reflection of the view (never read back as a request). */
  private _writeWindow(start: string, end: string): void {
    this._own = { start, end };
    this.start = start;
    this.end = end;
  }

  /** A zoom or pan ended; `user` is false when the page moved the view through a method. */
  private _settled(user: boolean): void {
    const settled = this._window.settled();
    if (!settled) return;
    this._announce = true;
    this.requestUpdate();
    if (settled.start === this.start && settled.end === this.end) return;
    if (user) this._history = 'push';
    const { start, end } = settled;
    this._commit({ start, end }, user ? 'mt-view-change' : undefined, { start, end });
  }

  /** The URL's state (a link opened, back or forward): requests, like attributes the page sets. */
  private _restore(state: UrlState): void {
    Object.assign(this, state);
  }

  /** The state `sync-url` keeps in the fragment. */
  private _urlState(): UrlState {
    const { start, end, partners, query, selected, step } = this;
    return { start, end, partners, query, selected, step };
  }

  /**
   * Shows a story step: its window, filter and open event, as requests like the page's attributes (so the zoom is
   * immediate, never animated); the search clears. Said once by the live region; `mt-step-change` only for the
   * reader's own moves to another step.
   */
  private _applyStep({ step, index }: StoryMove, user: boolean): void {
    const moved = step.id !== this.step;
    const partners = [...(step.partners ?? []), ...(step.blocs ?? [])].join(',');
    this._restore({
      start: step.start,
      end: step.end,
      partners,
      query: '',
      selected: step.selected ?? '',
      step: step.id,
    });
    this._stepNote = `${localize(step.heading, this._langCode).text}. ${localize(step.text, this._langCode).text} `;
    this._announce = true;
    if (user) this._history = 'push';
    if (user && moved) emit(this, 'mt-step-change', { step: step.id, index });
  }

  private _filtered(partners: string, query: string): void {
    // Details of an event the new filter hides close with it.
    const selected = this.selected && !keepsEvent(this._model.items, this.selected, partners, query) ? '' : undefined;
    this._announce = true;
    this._commit({ partners, query, selected }, 'mt-filter-change', {
      partners: partners.split(',').filter(Boolean),
      query,
    });
    if (selected === '') emit(this, 'mt-select', { event: null });
  }

  private readonly _onChip = (e: Event) => {
    this._history = 'push';
    // From the property, not the model: two clicks in one task both count.
    this._filtered(nextPartners(this.partners, (e.currentTarget as HTMLElement).dataset.partner ?? ''), this.query);
  };

  private readonly _onBloc = (e: Event) => {
    const bloc = (e.currentTarget as HTMLElement).dataset.bloc as Bloc;
    const ids = this._groups.find((g) => g.bloc === bloc)?.chips.map((c) => c.partner.id) ?? [];
    this._history = 'push';
    this._filtered(toggleBloc(this.partners, ids), this.query);
  };

  private readonly _onMore = (e: Event) => {
    const which = (e.currentTarget as HTMLElement).dataset.more;
    if (which === 'all') {
      this._openBlocs = this._openBlocs.size ? new Set() : new Set(this._groups.map((g) => g.bloc));
      return;
    }
    const open = new Set(this._openBlocs);
    if (!open.delete(which as Bloc)) open.add(which as Bloc);
    this._openBlocs = open;
  };

  /** The filter is one tab stop: arrows move between its visible buttons, Home and End to the ends. */
  private readonly _onFilterKey = (e: KeyboardEvent) => {
    const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
    const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
    if (!back && !forward && e.key !== 'Home' && e.key !== 'End') return;
    const bar = e.currentTarget as HTMLElement;
    const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-stop]')].filter((b) => !b.hidden);
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    const last = buttons.length - 1;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? last : Math.max(0, Math.min(last, i + (forward ? 1 : -1)));
    e.preventDefault();
    buttons[to]?.focus();
  };

  private readonly _onFilterFocus = (e: FocusEvent) => {
    const stop = (e.target as HTMLElement).dataset.stop;
    if (stop) this._filterStop = stop;
  };

  private readonly _closeLegend = () => {
    this._legendOpen = false;
    this._focusLater(() => this.renderRoot.querySelector<HTMLElement>('.legend-toggle'));
  };

  /** Keys anywhere in the element: `?` opens "How to read" (not while typing); Escape closes it. */
  private readonly _onFrameKey = (e: KeyboardEvent) => {
    const typing = (e.target as HTMLElement).matches?.('input, textarea');
    if (e.key === '?' && !typing) {
      e.preventDefault();
      this._legendOpen = !this._legendOpen;
      if (this._legendOpen) this._focusLater(() => this.renderRoot.querySelector<HTMLElement>('#legend-title'));
    } else if (e.key === 'Escape' && this._legendOpen) {
      e.preventDefault();
      e.stopPropagation();
      this._closeLegend();
    }
  };

  /** The skip link: focus goes to the end of the element, so the next Tab leaves it. */
  private readonly _skip = () => this.renderRoot.querySelector<HTMLElement>('#end')?.focus();

  /** Focuses what `find` returns once the next render is done. */
  private _focusLater(find: () => HTMLElement | null): void {
    void this.updateComplete.then(() => find()?.focus());
  }

  /** Typing is announced once it pauses, not at every key. */
  private _typing?: ReturnType<typeof setTimeout>;
  private readonly _onSearch = (e: Event) => {
    this._filtered(this.partners, (e.target as HTMLInputElement).value);
    this._announce = false;
    clearTimeout(this._typing);
    this._typing = setTimeout(() => {
      this._announce = true;
      this.requestUpdate();
    }, 700);
  };

  /** A mark was activated, by click or key: opens its event, or zooms into its cluster. */
  private _activate(id: string): void {
    this._focus.active = id;
    const cluster = this._view?.layout.clusters.find((c) => c.id === id);
    if (cluster) {
      this._zoom.moveTo(this._window.zoomFor(clusterWindow(cluster)), true);
      return;
    }
    const item = this._model.filtered.find((i) => i.event.id === id);
    if (!item) return;
    this._history = 'push';
    this._eras.open = null;
    this._focus.focusAfterUpdate(() => this._detailTitle);
    this._commit({ selected: id }, 'mt-select', { event: item.event });
  }

  /**
   * Closes the details; focus goes back to the mark focused last (the reader may have arrowed on from the open
   * event), else to the open event or the cluster that now holds it, else to the chart.
   */
  private _closeDetails(refocus = true): void {
    const id = this.selected;
    if (!id) return;
    this._history = 'push';
    this._commit({ selected: '' }, 'mt-select', { event: null });
    const last = this._focus.active ? this._focus.tabStop() : null;
    if (refocus) this._focus.moveTo(last ?? this._markHolding(id) ?? this._focus.tabStop() ?? undefined);
  }

  private readonly _onCloseDetails = () => this._closeDetails();

  /** The id of the mark that shows event `id`: the event itself, or the cluster it is folded into. */
  private _markHolding(id: string): string | undefined {
    const layout = this._view?.layout;
    if (!layout) return undefined;
    if (layout.events.some((e) => e.item.event.id === id)) return id;
    return layout.clusters.find((c) => c.items.some((i) => i.event.id === id))?.id;
  }

  private readonly _onChartClick = (e: MouseEvent) => {
    if (this._eras.onChartClick(e)) return;
    const mark = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (mark) this._activate(mark.dataset.id!);
  };

  /** Keys on the chart: zoom around the focused event, pan, reset, move between events, open one, close the details. */
  private readonly _onKey = (e: KeyboardEvent) => {
    const action = chartAction(e);
    if (!action || !this._view || !this._chart) return;
    // Inside the details, only Escape is ours: links and the close button keep their keys.
    if (!this._chart.contains(e.target as Node) && action.type !== 'close') return;
    e.preventDefault();
    const current = this._focus.current(e.target);
    switch (action.type) {
      case 'zoom': {
        const layout = this._view.layout;
        const x =
          layout.events.find((p) => p.item.event.id === current)?.x ?? layout.clusters.find((c) => c.id === current)?.x;
        return this._zoom.zoomBy(action.factor, x);
      }
      case 'pan':
        return this._zoom.panBy(action.fraction * this._size.width);
      case 'reset':
        return this._reset();
      case 'activate':
        return current ? this._activate(current) : undefined;
      case 'close':
        if (this._eras.legendOpen || this._eras.open) return this._eras.close();
        return this._closeDetails();
      case 'move':
        return this._focus.step(current, action.to);
    }
  };

  private readonly _clusterLabel = (c: Cluster): string => clusterLabel(c, this._strings, this._langCode);

  private readonly _reset = () => this._zoom.moveTo({ k: 1, x: 0 }, true);
  private readonly _controls = {
    zoomIn: () => this._zoom.zoomBy(2),
    zoomOut: () => this._zoom.zoomBy(0.5),
    reset: this._reset,
    toggleList: () => {
      this._announce = true;
      this._commit({ view: this.view === 'list' ? 'timeline' : 'list' });
    },
  };
  private readonly _sortList = () => (this._listDescending = !this._listDescending);

  private _exportContext() {
    return {
      host: this,
      view: this._view,
      model: this._model,
      strings: this._strings,
      lang: this._langCode,
      query: this.query,
      chart: this._svg ?? null,
    };
  }

  private readonly _tools = {
    search: this._onSearch,
    toggleEras: this._eras.toggleLegend,
    toggleLegend: () => {
      this._legendOpen = !this._legendOpen;
      if (this._legendOpen) this._focusLater(() => this.renderRoot.querySelector<HTMLElement>('#legend-title'));
    },
    copy: async () =>
      this._hint.show((await this._url.copy()) ? this._strings.linkCopied : this._strings.linkNotCopied),
    pick: (e: Event) => {
      const format = parseExportFormat((e.currentTarget as HTMLElement).dataset.format);
      if (format) void downloadExport(format, this._exportContext(), () => this._hint.show(this._strings.exportFailed));
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'mongolia-timeline': MongoliaTimeline;
  }
}
