import type { TimelineItem } from './timeline-items.js';
import type { LocalizedText } from './types.js';

/** Every language of a text, lower-cased, for matching. */
const all = (t: LocalizedText | undefined) => (t ? Object.values(t).join(' ') : '');

// Each item's searchable text, built on first search: titles, summaries and partner names (with their historical
// names) in every language of the data, lower-cased. Kept per item object, so it dies with the data.
const texts = new WeakMap<TimelineItem, string>();

function searchText(item: TimelineItem): string {
  let text = texts.get(item);
  if (text === undefined) {
    const e = item.event;
    const names = item.partners.flatMap((p) => [all(p.name), ...(p.names ?? []).map((n) => all(n.name))]);
    texts.set(item, (text = [all(e.title), all(e.summary), ...names].join(' ').toLowerCase()));
  }
  return text;
}

/** The query as matched: trimmed and lower-cased; empty matches everything. */
export const normalizeQuery = (query: string) => query.trim().toLowerCase();

/** The items whose title, summary or partner names contain the query, in any language of the data; all for none. */
export function searchItems(items: TimelineItem[], query: string): TimelineItem[] {
  const q = normalizeQuery(query);
  return q ? items.filter((item) => searchText(item).includes(q)) : items;
}

/** Splits `text` around the matches of `query` (case-insensitive): odd parts are the matches. */
export function splitMatches(text: string, query: string): string[] {
  const q = normalizeQuery(query);
  if (!q) return [text];
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let from = 0;
  for (let at = lower.indexOf(q); at >= 0 && lower.length === text.length; at = lower.indexOf(q, from)) {
    parts.push(text.slice(from, at), text.slice(at, at + q.length));
    from = at + q.length;
  }
  parts.push(text.slice(from));
  return parts;
}
