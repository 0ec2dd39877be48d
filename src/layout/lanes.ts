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
}

/** Shortens `text` with an ellipsis until it measures at most `max` pixels. */
export function fitLabel(text: string, max: number, measure: (t: string) => number): string {
  if (measure(text) <= max) return text;
  let n = Math.max(1, Math.floor((text.length * max) / measure(text)));
  while (n > 1 && measure(`${text.slice(0, n).trimEnd()}…`) > max) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

function place(item: TimelineItem, o: LayoutOptions): Omit<PlacedEvent, 'lane'> {
  const { markerRadius: r, labelGap, rangePad } = GEOMETRY;
  const x = o.x(item.start);
  const x2 = item.range ? Math.max(x, o.x(item.end)) : x;
  const label = fitLabel(o.labelOf(item), o.maxLabel, o.measure);
  const w = o.measure(label);
  // A range keeps its label inside the view even when it began off screen.
  const anchorX = item.range ? Math.max(x, 0) + rangePad : x + r + labelGap;
  if (anchorX + w <= o.width || anchorX - w < 0) {
    return { item, x, x2, label, labelX: anchorX, labelAnchor: 'start', left: x - r, right: Math.max(x2 + r, anchorX + w) };
  }
  const labelX = Math.min(x2, o.width) - (item.range ? rangePad : r + labelGap);
  return { item, x, x2, label, labelX, labelAnchor: 'end', left: Math.min(x - r, labelX - w), right: x2 + r };
}

function foldClusters(overflow: TimelineItem[], o: LayoutOptions): Cluster[] {
  const { clusterRadius: cr, laneGap, clusterSpan } = GEOMETRY;
  const clusters: Cluster[] = [];
  for (const item of overflow) {
    const x = o.x(item.start);
    const last = clusters[clusters.length - 1];
    if (last && x - cr < last.right + laneGap && x - o.x(last.start) <= clusterSpan) {
      last.items.push(item);
      last.end = Math.max(last.end, item.end);
      const x0 = o.x(last.start);
      last.x = (x0 + x) / 2;
      last.left = Math.min(x0, last.x) - cr;
      last.right = Math.max(x, last.x) + cr;
    } else {
      // Starts right of the previous cluster so that pills never overlap.
      const cx = last ? Math.max(x, last.right + laneGap + cr) : x;
      clusters.push({ id: `cluster-${item.event.id}`, items: [item], x: cx, left: cx - cr, right: cx + cr, start: item.start, end: item.end });
    }
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
  for (const item of items) {
    const p = place(item, o);
    let lane = laneEnds.findIndex((end) => end + GEOMETRY.laneGap <= p.left);
    if (lane < 0 && laneEnds.length < o.maxLanes) lane = laneEnds.length;
    if (lane < 0) {
      overflow.push(item);
      continue;
    }
    laneEnds[lane] = p.right;
    events.push({ ...p, lane });
  }
  return { events, clusters: foldClusters(overflow, o), lanes: laneEnds.length };
}
