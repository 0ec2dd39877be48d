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
  sound: {
    play: 'Play as sound',
    stop: 'Stop',
    help: 'Plays the bars in time order, one tone per bloc per period in its own timbre, higher for more ties. Escape stops.',
  },
  balanceView: (period, figures) => `${period}, all periods: ${figures}.`,
  balanceBloc: (bloc, period, ties) => `${bloc}, ${period}: ${plural(ties, 'tie', 'ties')}`,
  balanceTreeHelp: 'Arrows: left and right across, down into a period and its blocs, up back out.',
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
  title: "Mongolia's military diplomacy",
  takeaway: (period, lead, share) =>
    lead === null
      ? `${period}: no foreign ties recorded.`
      : `${period}: ${share}% of foreign ties were with ${
          { north: 'Russia/USSR', south: 'China', others: 'third neighbours and multilateral bodies' }[lead]
        }.`,
  blocChip: (bloc) => `All of ${bloc}`,
  morePartners: (_count, bloc) => `more: show every partner among ${bloc}`,
  fewerPartners: (bloc) => `Show fewer partners among ${bloc}`,
  legend: 'How to read',
  keys: {
    title: 'Keys',
    list: [
      ['← →', 'On the chart: the previous or next event, in time order. In the filter or the strip: the next button.'],
      ['Home End', 'The first or last event (or button).'],
      ['↑ ↓', 'In the strip: down into a period, then its blocs; up back out, to the whole view.'],
      ['Enter, Space', 'Open the event (a cluster zooms in); on a strip bar, zoom to its years.'],
      ['+ −', 'Zoom in or out around the focused event.'],
      ['Shift ← →', 'Pan the chart.'],
      ['0', 'Show the whole period.'],
      ['Esc', "Close the details, a menu, this help, or a bar's figures."],
      ['?', 'Open or close this help.'],
    ],
  },
  skip: 'Skip the timeline',
  end: 'End of the timeline',
  listShown: (summary) => `List view: ${summary}`,
  story: {
    label: 'Story',
    intro: (steps) => `The story of this century in ${steps} steps.`,
    begin: 'Begin',
    of: (n, count) => `${n} of ${count}`,
    previous: 'Previous step',
    next: 'Next step',
    back: 'Back to step',
  },
  silence: (bloc, period) =>
    `No recorded military tie with ${{ north: 'Russia/USSR', south: 'China', third: 'third neighbours', multilateral: 'multilateral bodies' }[bloc]}, ${period}.`,
  legendItems: {
    point: 'A mark is one event, on the day, month or year it happened.',
    two: 'A ring around it: a second partner from another bloc.',
    range: 'A bar: an event that lasted, from its start to its end.',
    domestic: 'Grey: a milestone at home, with no foreign partner.',
    cluster: 'A pill with a number: events folded together where there is no room. Open it to zoom in.',
    blocs:
      'Colour and shape give the bloc: a red circle Russia/USSR, an amber square China, a blue diamond a third neighbour, a purple triangle a multilateral body.',
    lanes: 'Height means nothing: events stack in rows only so that their labels never overlap.',
    eras: 'The thin bars along the top are eras, background periods such as the Soviet garrison years.',
    strip: 'The strip under the chart counts the ties with each bloc per period; open a bar to zoom to its years.',
    takeaway:
      'The sentence at the top sums up who Mongolia worked with in the years you see, for the filter you chose.',
  },
  viewSummary: (period, events, partners) =>
    `${period}, ${plural(events, 'event', 'events')}, ${plural(partners, 'partner', 'partners')}`,
};
