import { svg } from 'lit';
import type { TimelineItem } from '../data/timeline-items.js';
import { GEOMETRY, type Cluster, type PlacedEvent } from '../layout/lanes.js';
import { splitMatches } from '../data/search.js';
import { blocPath, roundRectPath } from './bloc-shape.js';

export interface MarksContext {
  width: number;
  laneTop: number;
  clusterY: number;
  /** The id that holds the chart's one tab stop. */
  tabStop: string | null;
  selected: string | null;
  eventLabel: (item: TimelineItem) => string;
  clusterLabel: (cluster: Cluster) => string;
  /** The search, whose matches labels mark. */
  query: string;
  /** The height of a lane: taller than `GEOMETRY.laneHeight` when labels are larger than 12 px. */
  laneHeight: number;
  /** The label font size in pixels, for the baseline. */
  labelPx: number;
}

const { laneHeight: LANE, markerRadius: R } = GEOMETRY;
const MID = LANE / 2;

/** What one mark draws: the same node structure for events and clusters (see `drawMarks`). */
export interface MarkParts {
  part: 'event' | 'cluster';
  cls: string;
  id: string;
  label: string;
  expanded: 'true' | 'false' | null;
  tabindex: 0 | -1;
  y: number;
  shapeClass: string;
  d: string;
  /** The ring of a second bloc: its class and radius, or none. */
  ring: { cls: string; cx: number; cy: number; r: number } | null;
  /** The label, split at the search's matches: the odd parts are matches. */
  text: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; parts: string[] };
  hit: { x: number; y: number; w: number; h: number };
}

/**
 * An event: a bar for an event that lasts, else its first partner's bloc shape (colour and shape both say the bloc),
 * with a ring in the second bloc's colour when a partner of another bloc took part; domestic milestones have no bloc
 * and are drawn grey (CSS). Its label beside it, and a target at least 24 px tall (WCAG 2.5.8).
 */
export function eventMark(p: PlacedEvent, ctx: MarksContext): MarkParts {
  const id = p.item.event.id;
  const [first, ...rest] = p.item.blocs;
  const second = rest.find((b) => b !== first);
  const mid = ctx.laneHeight / 2;
  let shapeClass: string;
  let d: string;
  if (p.item.range) {
    // Clipped to the view, so a decades-long range stays a sane size when zoomed in.
    const x0 = Math.max(p.x, -R);
    const x1 = Math.min(Math.max(p.x2, p.x + 2), ctx.width + R);
    shapeClass = `bar ${first ?? 'none'} edge-${second ?? first ?? 'none'}`;
    d = roundRectPath(x0, mid - LANE / 2 + 3, Math.max(2, x1 - x0), LANE - 6, 4);
  } else {
    shapeClass = `marker ${first ?? 'none'}`;
    d = blocPath(first ?? null, p.x, mid, R);
  }
  return {
    part: 'event',
    cls: `event ${p.item.range ? 'range' : 'point'}${p.item.partners.length ? '' : ' domestic'}${id === ctx.selected ? ' selected' : ''}`,
    id,
    label: ctx.eventLabel(p.item),
    expanded: id === ctx.selected ? 'true' : 'false',
    tabindex: id === ctx.tabStop ? 0 : -1,
    y: p.lane < 0 ? ctx.clusterY + 2 + LANE / 2 - ctx.laneHeight / 2 : ctx.laneTop + p.lane * ctx.laneHeight,
    shapeClass,
    d,
    ring: second && !p.item.range ? { cls: `second ${second}`, cx: p.x, cy: mid, r: R + 3.5 } : null,
    text: { x: p.labelX, y: mid + ctx.labelPx / 3, anchor: p.labelAnchor, parts: splitMatches(p.label, ctx.query) },
    hit: { x: p.left, y: mid - 12, w: Math.max(24, p.right - p.left), h: 24 },
  };
}

/** A cluster: a pill with the count of the events folded into it; activating it zooms in. */
export function clusterMark(c: Cluster, ctx: MarksContext): MarkParts {
  return {
    part: 'cluster',
    cls: 'cluster',
    id: c.id,
    label: ctx.clusterLabel(c),
    expanded: null,
    tabindex: c.id === ctx.tabStop ? 0 : -1,
    y: ctx.clusterY,
    shapeClass: 'pill',
    d: roundRectPath(c.left, 2, c.right - c.left, LANE, MID),
    ring: null,
    text: { x: c.x, y: MID + 6, anchor: 'middle', parts: [String(c.items.length)] },
    hit: { x: c.left, y: 2, w: c.right - c.left, h: LANE },
  };
}

/** Vertical grid lines at the ticks: one path (a node per line would add up to a hundred nodes). */
export function gridLines(ticks: readonly Date[], x: (d: Date) => number, height: number) {
  return svg`<path class="grid" d=${ticks.map((t) => `M${x(t)} 0V${height}`).join('')}></path>`;
}
