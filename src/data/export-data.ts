import type { TimelineItem } from './timeline-items.js';
import type { Dataset, Partner } from './types.js';

/** What an export says about the view it came from. */
export interface ExportContext {
  /** The visible window, `YYYY-MM-DD`, end inclusive. */
  start: string;
  end: string;
  partners: string[];
  query: string;
  /** The page the timeline was on. */
  url: string;
}

export const CSV_COLUMNS = ['id', 'date', 'end', 'kind', 'partners', 'title_en', 'title_mn', 'summary_en', 'summary_mn', 'source_urls', 'source_titles', 'note', 'confidence'];

const DATE_COLUMNS = new Set(['date', 'end']);

/**
 * A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). A cell that a spreadsheet would read as
 * a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: custom data may hold anything) is
 * prefixed with `'`, as OWASP advises against CSV injection.
 */
export const csvField = (value: string, column = '') => {
  // Dates are validated (`-0356` is a year, not a formula); every text column may come from custom data.
  const v = !DATE_COLUMNS.has(column) && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/**
 * The events as CSV (RFC 4180, CRLF lines), one row each, in both languages of the data: partner ids separated by
 * spaces, source URLs by spaces and their titles by " | ".
 */
export function toCsv(items: readonly TimelineItem[]): string {
  const rows = items.map(({ event: e }) =>
    [
      e.id,
      e.date,
      e.end ?? '',
      e.kind,
      e.partners.join(' '),
      e.title.en,
      e.title.mn ?? '',
      e.summary.en,
      e.summary.mn ?? '',
      e.sources.map((s) => s.url).join(' '),
      e.sources.map((s) => s.title).join(' | '),
      e.note ?? '',
      e.confidence ?? '',
    ].map((v, i) => csvField(v, CSV_COLUMNS[i])).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * The events as JSON: a dataset in the element's own format (so it can be loaded back with `data` or `src`), with
 * the partners it uses and a note of the view it came from and its licence.
 */
export function toJson(items: readonly TimelineItem[], view: ExportContext): string {
  const partners = new Map<string, Partner>();
  for (const item of items) for (const p of item.partners) partners.set(p.id, p);
  const out: Dataset & { view: ExportContext; license: string } = {
    view,
    license: 'Dataset: CC BY 4.0, mongolia-timeline contributors',
    partners: [...partners.values()],
    events: items.map((i) => i.event),
  };
  return JSON.stringify(out, null, 2);
}
