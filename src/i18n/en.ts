import type { Strings } from './strings.js';

/** A count with thousands separated by commas: "1,206". Not `toLocaleString`: its first call loads Intl's number data (~20 ms). */
const num = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;

export const en: Strings = {
  chartLabel: "Timeline of Mongolia's military diplomacy",
  chartHelp: 'Arrow keys move between events, Enter opens one, plus and minus zoom, Shift with arrows pans, 0 resets.',
  filtersLabel: 'Filter by partner',
  all: 'All',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Show the whole period',
  close: 'Close',
  partners: 'Partners',
  kind: 'Kind',
  sources: 'Sources',
  note: 'Note',
  wheelHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom, or click the timeline first',
  noEvents: 'No events in this period.',
  dismiss: 'Dismiss',
  list: 'List',
  date: 'Date',
  event: 'Event',
  listLimited: (count) => `the first ${num(count)} are listed; zoom in for the rest`,
  noData: 'This timeline has no events.',
  loading: (percent) => `Loading events…${percent === null ? '' : ` ${percent}%`}`,
  loadFailed: ({ kind, source, value = 0 }) => {
    const where = source === 'inline' ? 'the inline data' : source === 'data' ? 'the data' : source;
    const why = {
      network: `${where} could not be reached`,
      http: `the server answered ${value} for ${where}`,
      json: `${where} is not valid JSON`,
      size: `${where} is larger than 20 MB`,
      timeout: `${where} took longer than 20 seconds`,
      'too-many': `${where} holds ${num(value)} events; the limit is 100,000`,
    }[kind];
    return `Could not load the events: ${why}.`;
  },
  keptData: 'The events shown are those loaded before.',
  skipped: (count) => `${plural(count, 'record', 'records')} of the data skipped`,
  skippedMore: (count) => `and ${plural(count, 'more record', 'more records')}`,
  confidence: 'Sources',
  confidences: {
    confirmed: 'confirmed (an official or primary source, or two independent ones)',
    reported: 'reported (one secondary source)',
    disputed: 'disputed (sources disagree; see the note)',
  },
  kinds: {
    treaty: 'Treaty or agreement',
    visit: 'Visit',
    exercise: 'Exercise',
    deployment: 'Deployment',
    aid: 'Aid or equipment',
    training: 'Training or education',
    conflict: 'Conflict',
    institution: 'Institution',
  },
  blocs: { north: 'Russia/USSR', south: 'China', third: 'third neighbours', multilateral: 'multilateral bodies' },
  balanceLabel: 'Balance between the blocs: events touching each, by period',
  balanceBar: (period, figures) => `${period}: ${figures}. Activate to zoom to these years.`,
  balanceInView: (ties) => `In view, ${plural(ties, 'tie', 'ties')}:`,
  balanceNone: 'No foreign ties in view.',
  balanceTable: 'Balance by period: events touching each bloc',
  period: 'Period',
  eras: 'Eras',
  search: 'Search events',
  copyLink: 'Copy link',
  exportLabel: 'Export',
  exportFailed: 'This page does not allow that export',
  attribution: 'mongolia-timeline · data CC BY 4.0, with the sources of every event',
  linkCopied: 'Link to this view copied',
  linkNotCopied: 'Could not copy: the address bar holds the link to this view',
  noMatch: (query) => `No events match “${query}” here.`,
  era: 'Era',
  clusterLabel: (count, period) => `${plural(count, 'event', 'events')}, ${period}. Activate to zoom in.`,
  eventCount: (count) => plural(count, 'event', 'events'),
  viewSummary: (period, events, partners) =>
    `${period}, ${plural(events, 'event', 'events')}, ${plural(partners, 'partner', 'partners')}`,
};
