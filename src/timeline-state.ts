import { localize, partnerNameAt } from './data/partner-names.js';
import { countByPartner, itemsExtent, type TimelineItem } from './data/timeline-items.js';
import type { Bloc } from './data/types.js';
import { LANGUAGES, type Strings } from './i18n/strings.js';
import type { Cluster } from './layout/lanes.js';
import type { ViewModel } from './layout/view-model.js';
import type { BlocGroup, ChipModel } from './render/filter-chips.js';
import { formatDateRange, formatWindow } from './time/format-date.js';
import { isoDay, parseDate, periodEnd } from './time/precise-date.js';
import { searchItems } from './data/search.js';
import { filterItems } from './data/timeline-items.js';

/** The bundled dataset's fixed range: 1 January 1921 to 31 December 2021. */
export const CENTURY: [number, number] = [Date.UTC(1921, 0, 1), Date.UTC(2022, 0, 1)];
const YEAR = 365.25 * 86_400_000;

/** The range to show: the century for the bundled data, else the items' extent with a margin. */
export function dataDomain(items: readonly TimelineItem[] | null): [number, number] {
  if (!items) return [...CENTURY];
  const extent = itemsExtent(items);
  if (!extent) return [...CENTURY];
  const span = Math.max(extent[1] - extent[0], YEAR);
  const mid = (extent[0] + extent[1]) / 2;
  return [mid - span * 0.52, mid + span * 0.52];
}

/**
 * Parses `start`/`end` attribute values into a window: `end` is inclusive ("2000" runs to 31 December 2000).
 * A missing side takes the domain's; an unreadable or reversed window gives `null`.
 */
export function parseWindow(start: string, end: string, domain?: readonly [number, number]): [number, number] | null {
  const a = start ? parseDate(start) : null;
  const b = end ? parseDate(end) : null;
  if ((start && !a) || (end && !b)) {
    warn(`ignoring the window start="${start}" end="${end}": not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    return null;
  }
  const t0 = a?.time ?? domain?.[0];
  const t1 = b ? periodEnd(b) : domain?.[1];
  if (t0 === undefined || t1 === undefined) return null;
  if (t1 <= t0) {
    warn(`ignoring the window start="${start}" end="${end}": it ends before it starts`);
    return null;
  }
  return [t0, t1];
}

/** The chosen partner ids that exist in the data; unknown ones are dropped with one warning. */
export function parsePartnerList(value: string, items: readonly TimelineItem[], warnUnknown = true): Set<string> {
  const known = new Set(items.flatMap((i) => i.event.partners));
  // A bloc id (`north`, `south`, `third`, `multilateral`) stands for every partner of that bloc.
  const blocOf = new Map(items.flatMap((i) => i.partners).map((p) => [p.id, p.bloc]));
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((id) =>
      (BLOC_ORDER as readonly string[]).includes(id)
        ? [...blocOf].filter(([, bloc]) => bloc === id).map(([pid]) => pid)
        : [id],
    );
  const unknown = ids.filter((id) => !known.has(id));
  if (warnUnknown && unknown.length && items.length) warn(`unknown partners ignored: ${unknown.join(', ')}`);
  return new Set(ids.filter((id) => known.has(id)));
}

/** The interface language: the element's `lang`, else the nearest ancestor's, else English. Safe on a server. */
export function resolveLang(el: HTMLElement): string {
  // The property, not the attribute: during an update the attribute still holds the value before (it reflects after).
  const own = el.lang || '';
  const parent = el.parentElement ?? (el.getRootNode?.() as ShadowRoot | undefined)?.host;
  const inherited =
    parent && typeof parent.closest === 'function' ? parent.closest('[lang]')?.getAttribute('lang') : null;
  const raw = own || inherited || 'en';
  const code = raw.toLowerCase().split('-')[0];
  if (LANGUAGES.includes(code)) return code;
  if (own) warn(`lang="${own}" is not supported (${LANGUAGES.join(', ')}); using English`);
  return 'en';
}

/** The `partners` value after a chip is toggled: `id` added or removed; the "All" chip (`""`) clears the filter. */
export function nextPartners(current: string, id: string): string {
  if (!id) return '';
  const next = new Set(
    current
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  if (!next.delete(id)) next.add(id);
  return [...next].join(',');
}

/** Whether event `id` still shows under the filter `partners` and the search `query`. */
export function keepsEvent(items: readonly TimelineItem[], id: string, partners: string, query: string): boolean {
  const item = items.find((i) => i.event.id === id);
  if (!item) return false;
  return searchItems(filterItems([item], parsePartnerList(partners, items, false)), query).length > 0;
}

/** Warns when a keyword attribute holds something else; the element then behaves as if it were absent. */
export function checkKeyword(name: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && value !== null && !allowed.includes(value)) {
    warn(`${name}="${value}" ignored: expected ${allowed.join(' or ')}`);
  }
}

/** One console warning, prefixed with the tag name. */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`<mongolia-timeline>: ${message}`, ...details);
}

const BLOC_ORDER: Bloc[] = ['north', 'south', 'third', 'multilateral'];

/** One chip per partner present, ordered by bloc (north, south, third, multilateral), then by count. */
export function chipModels(items: readonly TimelineItem[], chosen: ReadonlySet<string>, lang: string): ChipModel[] {
  const counts = countByPartner(items);
  const partners = new Map(items.flatMap((i) => i.partners).map((p) => [p.id, p]));
  return [...partners.values()]
    .sort((a, b) => BLOC_ORDER.indexOf(a.bloc) - BLOC_ORDER.indexOf(b.bloc) || counts.get(b.id)! - counts.get(a.id)!)
    .map((partner) => ({
      partner,
      label: localize(partner.name, lang).text,
      labelLang: localize(partner.name, lang).lang,
      formerNames: (partner.names ?? []).map((n) => localize(n.name, lang).text).join(', '),
      count: counts.get(partner.id)!,
      pressed: chosen.has(partner.id),
    }));
}

/**
 * The filter's groups, blocs first: each bloc with its count of events, whether its partners are all, some or none
 * chosen, and its chips (the first `shown` visible, the rest behind "+N" unless the bloc is `open`).
 */
export function filterGroups(
  chips: readonly ChipModel[],
  items: readonly TimelineItem[],
  strings: Strings,
  shown: number,
  open: ReadonlySet<Bloc>,
): BlocGroup[] {
  return BLOC_ORDER.flatMap((bloc) => {
    const own = chips.filter((c) => c.partner.bloc === bloc);
    if (!own.length) return [];
    const ids = new Set(own.map((c) => c.partner.id));
    const count = items.filter((i) => i.event.partners.some((id) => ids.has(id))).length;
    const chosen = own.filter((c) => c.pressed).length;
    const label = strings.blocs[bloc];
    return [
      {
        bloc,
        label: label.charAt(0).toUpperCase() + label.slice(1),
        count,
        pressed: chosen === 0 ? false : chosen === own.length ? true : ('mixed' as const),
        chips: own,
        shown: Math.min(own.length, own.length - shown === 1 ? own.length : shown),
        open: open.has(bloc),
      },
    ];
  });
}

/** The `partners` value after a bloc's chip is pressed: all its partners chosen, or none of them if all were. */
export function toggleBloc(current: string, blocIds: readonly string[]): string {
  const chosen = new Set(
    current
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
  const all = blocIds.every((id) => chosen.has(id));
  for (const id of blocIds) {
    if (all) chosen.delete(id);
    else chosen.add(id);
  }
  return [...chosen].join(',');
}

/** `eventLabel` for one language, remembering each item's label. */
export function eventLabelCache(lang: string): (item: TimelineItem) => string {
  const labels = new WeakMap<TimelineItem, string>();
  return (item) => {
    let label = labels.get(item);
    if (label === undefined) labels.set(item, (label = eventLabel(item, lang)));
    return label;
  };
}

/**
 * What a screen reader hears for an event: its short title as drawn (so that the visible label is part of the name,
 * WCAG 2.5.3), then the full title, the date and the partners (by their names at the time).
 */
export function eventLabel(item: TimelineItem, lang: string): string {
  const title = localize(item.event.title, lang).text;
  const short = item.event.short ? localize(item.event.short, lang).text : title;
  const heading = short === title ? title : `${short}: ${title}`;
  const date = formatDateRange(item.startDate, item.endDate, lang);
  const names = item.partners.map((p) => localize(partnerNameAt(p, item.start), lang).text).join(', ');
  return names ? `${heading}, ${date}, ${names}` : `${heading}, ${date}`;
}

/** The short summary of a settled view for the live region: period, events shown, partners among them. */
export function viewSummary(v: ViewModel, chosen: ReadonlySet<string>, strings: Strings, lang: string): string {
  const partners = new Set(v.visible.flatMap((i) => i.event.partners));
  const shown = chosen.size ? [...partners].filter((p) => chosen.has(p)).length : partners.size;
  return strings.viewSummary(formatWindow(...v.window, lang), v.visible.length, shown);
}

/** What a screen reader hears for a cluster: how many events, from the first's date to the last's, and that it zooms in. */
export function clusterLabel(c: Cluster, strings: Strings, lang: string): string {
  const first = c.items[0];
  const last = c.items.reduce((a, b) => (b.end > a.end ? b : a), first);
  return strings.clusterLabel(c.items.length, formatDateRange(first.startDate, last.endDate ?? last.startDate, lang));
}

/**
 * A `zoomTo` argument as an attribute-style date. A `Date` is read as the calendar date it shows where the page runs
 * (`new Date(1939, 4, 11)` is 11 May 1939 in Ulaanbaatar and in Auckland alike).
 */
export function toIso(d: string | Date): string {
  if (d instanceof Date) {
    if (!Number.isFinite(d.getTime())) return 'Invalid Date';
    const day = new Date(0);
    day.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
    return isoDay(day.getTime());
  }
  return typeof d === 'string' && d ? d : `(${d === '' ? 'empty' : typeof d})`;
}
