import type { TimelineItem } from '../data/timeline-items.js';

/** Geometry shared by the layout and the templates, in CSS pixels. */
export const GEOMETRY = {
  laneHeight: 26,
  markerRadius: 5,
  labelGap: 6,
  laneGap: 10,
  clusterRadius: 13,
  rangePad: 6,
  /** The widest stretch of time, in pixels, one cluster may gather: activating it then zooms in usefully. */
  clusterSpan: 48,
} as const;

/** An event given a lane and a label position. */
export interface PlacedEvent {
  item: TimelineItem;
  /** Its lane, from the top; `-1` for an event drawn alone in the cluster row (a cluster of one). */
  lane: number;
  /** Pixel position of the start, and of the end (equal to `x` for a point). */
  x: number;
  x2: number;
  /** The label as drawn, shortened with an ellipsis when too long. */
  label: string;
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** The horizontal extent of marker and label together. */
  left: number;
  right: number;
}

/** A cluster's id is this prefix and its first event's id: no event id can take it (ids are `[a-z0-9-]`). */
export const CLUSTER_PREFIX = 'cluster:';

/** Events folded together where the lanes ran out. */
export interface Cluster {
  id: string;
  items: TimelineItem[];
  /** Centre of the mark, and its horizontal extent. */
  x: number;
  left: number;
  right: number;
  start: number;
  end: number;
}

export interface Layout {
  events: PlacedEvent[];
  clusters: Cluster[];
  /** Lanes in use. */
  lanes: number;
}

export interface LayoutOptions {
  /** Maps a time to a pixel position. */
  x: (time: number) => number;
  width: number;
  /** How many lanes fit in the available height. */
  maxLanes: number;
  /** The longest label allowed, in pixels. */
  maxLabel: number;
  /** The label text of an item. */
  labelOf: (item: TimelineItem) => string;
  /** The width of a label in pixels. */
  measure: (text: string) => number;
  /** The id of an event never to fold into a cluster (the focused or open one). */
  keep?: string | null;
}

/**
 * Shortens `text` with an ellipsis until it measures at most `max` pixels, cutting between words (and never inside a
 * grapheme), so that the visible words stay a prefix of the accessible name.
 */
export function fitLabel(text: string, max: number, measure: (t: string) => number): string {
  if (measure(text) <= max) return text;
  const edge = graphemeEdge(text);
  // Cut between words only: the visible words stay whole words of the accessible name (WCAG 2.5.3, which checks
  // words). When not even the first word fits, no label: the mark alone, named in full for screen readers.
  const cut = (n: number) => {
    const head = text.slice(0, edge(n));
    if (text[n] === ' ' || n >= text.length) return `${head.trimEnd().replace(/[,;:–—-]$/, '')}…`;
    const space = head.lastIndexOf(' ');
    return space > 0
      ? `${head
          .slice(0, space)
          .trimEnd()
          .replace(/[,;:–—-]$/, '')}…`
      : '';
  };
  // The longest cut that fits, by binary search: few measurements even for long titles.
  let lo = 1;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(cut(mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/**
 * Whether text has characters that can join others into one grapheme: surrogate pairs (emoji, flags), joiners,
 * combining marks, variation selectors.
 */
function complex(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0xd800 && c <= 0xdfff) ||
      c === 0x200c ||
      c === 0x200d ||
      (c >= 0x0300 && c <= 0x036f) ||
      (c >= 0x1ab0 && c <= 0x1aff) ||
      (c >= 0x20d0 && c <= 0x20ff) ||
      (c >= 0xfe00 && c <= 0xfe0f)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The last grapheme boundary at or before each code-unit index, so that shortening never cuts inside a flag, a
 * joined emoji or a letter with its accents. Plain text (nearly every label) needs no segmenter.
 */
function graphemeEdge(text: string): (n: number) => number {
  if (!complex(text) || typeof Intl.Segmenter !== 'function') return (n) => n;
  const starts = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.index);
  return (n) => {
    let edge = 0;
    for (const s of starts) {
      if (s > n) break;
      edge = s;
    }
    return edge;
  };
}

function place(item: TimelineItem, o: LayoutOptions): Omit<PlacedEvent, 'lane'> {
  const { markerRadius: r, labelGap, rangePad } = GEOMETRY;
  const x = o.x(item.start);
  const x2 = item.range ? Math.max(x, o.x(item.end)) : x;
  const pad = item.range ? rangePad : r + labelGap;
  // A range keeps its label inside the view even when it began off screen.
  const startX = item.range ? Math.max(x, 0) + rangePad : x + pad;
  const endX = Math.min(x2, o.width) - pad;
  const roomRight = o.width - startX;
  const full = o.labelOf(item);
  let label = fitLabel(full, o.maxLabel, o.measure);
  let w = o.measure(label);
  // Right of the marker where it fits, else left of it, else shortened to the roomier side.
  const right = w <= roomRight || (w > endX && roomRight >= endX);
  if (w > (right ? roomRight : endX) && (right ? roomRight : endX) > 0) {
    label = fitLabel(full, Math.min(o.maxLabel, right ? roomRight : endX), o.measure);
    w = o.measure(label);
  }
  if (right) {
    return {
      item,
      x,
      x2,
      label,
      labelX: startX,
      labelAnchor: 'start',
      left: x - r,
      right: Math.max(x2 + r, startX + w),
    };
  }
  return { item, x, x2, label, labelX: endX, labelAnchor: 'end', left: Math.min(x - r, endX - w), right: x2 + r };
}

function foldClusters(overflow: TimelineItem[], o: LayoutOptions): Cluster[] {
  const { clusterRadius: cr, laneGap, clusterSpan } = GEOMETRY;
  const clusters: Cluster[] = [];
  let first = 0; // pixel position of the current cluster's first item
  let floor = -Infinity; // right edge of the previous cluster, plus the gap
  for (const item of overflow) {
    // Ranges that began before the view, and items in its margins, gather at its edges, pills wholly inside.
    const x = Math.min(o.width - cr, Math.max(cr, o.x(item.start)));
    let c = clusters[clusters.length - 1];
    if (c && x - cr < c.right + laneGap && x - first <= clusterSpan) {
      c.items.push(item);
      c.end = Math.max(c.end, item.end);
    } else {
      floor = c ? c.right + laneGap : -Infinity;
      first = x;
      c = {
        id: `${CLUSTER_PREFIX}${item.event.id}`,
        items: [item],
        x,
        left: x,
        right: x,
        start: item.start,
        end: item.end,
      };
      clusters.push(c);
    }
    // Centred on the events it holds, but never over the previous cluster.
    c.x = Math.max((first + x) / 2, floor + cr);
    c.left = Math.max(floor, Math.min(first, c.x) - cr);
    c.right = Math.max(x, c.x) + cr;
  }
  return clusters;
}

/**
 * Packs the items (sorted by start) into lanes so that no two labels overlap, greedily into the
 * first lane with room. Items that find no lane are folded into clusters, which never overlap each other.
 */
export function layoutLanes(items: readonly TimelineItem[], o: LayoutOptions): Layout {
  const laneEnds: number[] = [];
  const events: PlacedEvent[] = [];
  const overflow: TimelineItem[] = [];
  let minEnd = -Infinity; // the earliest lane end once every lane is in use
  // The kept item (the one with focus, or open) is never folded: its place in the first lane is held for it.
  const kept = o.keep ? items.find((i) => i.event.id === o.keep) : undefined;
  const hold = kept && o.maxLanes > 0 ? place(kept, o) : undefined;
  const gap = GEOMETRY.laneGap;
  const clear = (lane: number, p: { left: number; right: number }) =>
    lane !== 0 || !hold || p.right + gap <= hold.left || p.left >= hold.right + gap;
  for (const item of items) {
    if (item === kept && hold) {
      laneEnds[0] = Math.max(laneEnds[0] ?? -Infinity, hold.right);
      if (laneEnds.length >= o.maxLanes) minEnd = Math.min(...laneEnds);
      events.push({ ...hold, lane: 0 });
      continue;
    }
    // When every lane is taken up to past this item's start, it cannot fit: skip measuring its label.
    if (minEnd + GEOMETRY.laneGap > o.x(item.start) - GEOMETRY.markerRadius) {
      overflow.push(item);
      continue;
    }
    const p = place(item, o);
    let lane = laneEnds.findIndex((end, i) => end + GEOMETRY.laneGap <= p.left && clear(i, p));
    if (lane < 0 && laneEnds.length < o.maxLanes && clear(laneEnds.length, p)) lane = laneEnds.length;
    if (lane < 0) {
      overflow.push(item);
      continue;
    }
    laneEnds[lane] = p.right;
    if (laneEnds.length >= o.maxLanes) minEnd = Math.min(...laneEnds);
    events.push({ ...p, lane });
  }
  return { events, clusters: foldClusters(overflow, o), lanes: laneEnds.length };
}

/** The window that opens a cluster: its span with a margin, at least twenty days either side. */
export function clusterWindow(c: Cluster): [number, number] {
  const pad = Math.max((c.end - c.start) * 0.3, 20 * 86_400_000);
  return [c.start - pad, c.end + pad];
}

/**
 * Clusters of one become the event itself, drawn in the cluster row with its mark and, where the room before the next
 * mark allows, its label: a pill saying "1" told the reader nothing.
 */
export function unfoldSingles(
  clusters: readonly Cluster[],
  o: Pick<LayoutOptions, 'width' | 'maxLabel' | 'labelOf' | 'measure'>,
): { singles: PlacedEvent[]; clusters: Cluster[] } {
  const { markerRadius: r, labelGap, laneGap } = GEOMETRY;
  const singles: PlacedEvent[] = [];
  const kept: Cluster[] = [];
  clusters.forEach((c, i) => {
    if (c.items.length !== 1) {
      kept.push(c);
      return;
    }
    const item = c.items[0];
    const x = c.x;
    const next = clusters[i + 1]?.left ?? o.width;
    const room = Math.min(o.maxLabel, next - laneGap - (x + r + labelGap));
    let label = room >= 24 ? fitLabel(o.labelOf(item), room, o.measure) : '';
    if (label && (label.length < 3 || o.measure(label) > room)) label = '';
    const w = label ? o.measure(label) : 0;
    singles.push({
      item,
      lane: -1,
      x,
      x2: x,
      label,
      labelX: x + r + labelGap,
      labelAnchor: 'start',
      left: x - r,
      right: label ? x + r + labelGap + w : x + r,
    });
  });
  return { singles, clusters: kept };
}
