import type { LoadFailure } from '../data/fetch-dataset.js';
import type { Bloc, Confidence, EventKind } from '../data/types.js';
import type { Lead } from '../layout/takeaway.js';
import { en } from './en.js';
import { mn } from './mn.js';

/** Every string the interface shows. Adding a language is adding one file that exports these. */
export interface Strings {
  chartLabel: string;
  chartHelp: string;
  filtersLabel: string;
  all: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  close: string;
  partners: string;
  kind: string;
  /** The label of an event's confidence in the details, and each value explained. */
  confidence: string;
  confidences: Record<Confidence, string>;
  sources: string;
  note: string;
  wheelHint: string;
  noEvents: string;
  dismiss: string;
  list: string;
  date: string;
  event: string;
  /** "the first 500 are listed" */
  listLimited: (count: number) => string;
  /** The dataset is empty. */
  noData: string;
  /** "Loading events… 45%" (`percent` is null when the size is unknown). */
  loading: (percent: number | null) => string;
  /** Why data could not be used: which of network, HTTP status, JSON, size, time or event count failed. */
  loadFailed: (failure: LoadFailure) => string;
  /** Said after a failure when earlier events are still shown. */
  keptData: string;
  /** "3 records skipped" */
  skipped: (count: number) => string;
  /** "and 49,950 more records": those the notice does not list. */
  skippedMore: (count: number) => string;
  kinds: Record<EventKind, string>;
  /** The blocs as the balance strip names them: "Russia/USSR", "China", "third neighbours", "multilateral bodies". */
  blocs: Record<Bloc, string>;
  balanceLabel: string;
  /** A bar's accessible name: its period, its figures, and that activating it zooms. */
  balanceBar: (period: string, figures: string) => string;
  /** The caption's lead: "In view, 84 ties:". */
  balanceInView: (ties: number) => string;
  balanceNone: string;
  /** Caption of the balance table in the list view. */
  balanceTable: string;
  /** The strip's "Play as sound" button, its label while playing, and what the tones mean. */
  sound: { play: string; stop: string; help: string };
  /** The strip as a tree: its top node (the whole view), a bloc in a bar, and how to step through it. */
  balanceView: (period: string, figures: string) => string;
  balanceBloc: (bloc: string, period: string, ties: number) => string;
  balanceTreeHelp: string;
  period: string;
  /** The eras legend and its toggle; the kind shown in an era's details. */
  eras: string;
  /** The search box's accessible name. */
  search: string;
  copyLink: string;
  /** The export menu, and the line at the foot of an exported image. */
  exportLabel: string;
  exportFailed: string;
  attribution: string;
  linkCopied: string;
  /** Copying failed (no clipboard access): the address bar has the link anyway. */
  linkNotCopied: string;
  /** "No events match “yurt”." */
  noMatch: (query: string) => string;
  era: string;
  /** "12 events, 1960–1965. Activate to zoom in." */
  clusterLabel: (count: number, period: string) => string;
  /** "24 events" */
  eventCount: (count: number) => string;
  /** The summary a screen reader hears after the view settles. */
  viewSummary: (period: string, events: number, partners: number) => string;
  /** The visible title over the chart. */
  title: string;
  /** One sentence of the takeaway: the period, who led its foreign ties and with what share; `lead` null: none. */
  takeaway: (period: string, lead: Lead | null, share: number) => string;
  /** The filter's bloc chips: "Show or hide every partner of China". */
  blocChip: (bloc: string) => string;
  /** The disclosure that shows a bloc's other partners: "+16" and its name. */
  morePartners: (count: number, bloc: string) => string;
  fewerPartners: (bloc: string) => string;
  /** The "How to read" button and panel: a heading, then one line per mark. */
  legend: string;
  /** The keys, shown in "How to read": each a key and what it does. */
  keys: { title: string; list: [string, string][] };
  /** "Skip the timeline": the first stop of the element, to its end. */
  skip: string;
  /** Where the skip link lands: after everything else of the element. */
  end: string;
  /** Said when the list view opens or closes. */
  listShown: (summary: string) => string;
  /** The story bar: its name, the line before the first step, "2 of 9", its buttons and "Back to step". */
  story: {
    label: string;
    intro: (steps: number) => string;
    begin: string;
    of: (n: number, count: number) => string;
    previous: string;
    next: string;
    back: string;
  };
  /** A silence in the takeaway: "No recorded military tie with China, 1967–1985." */
  silence: (bloc: Bloc, period: string) => string;
  legendItems: {
    point: string;
    two: string;
    range: string;
    domestic: string;
    cluster: string;
    blocs: string;
    lanes: string;
    eras: string;
    strip: string;
    takeaway: string;
  };
}

const STRINGS: Record<string, Strings> = { en, mn };

/** The languages the interface speaks. */
export const LANGUAGES = Object.keys(STRINGS);

/** The strings for a language, or `null` when it is not supported. */
export function stringsFor(lang: string): Strings | null {
  return STRINGS[lang] ?? null;
}
