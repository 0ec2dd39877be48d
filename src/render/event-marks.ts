import { nothing, svg } from 'lit';
import type { TimelineItem } from '../data/timeline-items.js';
import { GEOMETRY, type Cluster, type PlacedEvent } from '../layout/lanes.js';
import { highlightSvg } from './highlight.js';
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

/** What one mark draws: the same node structure for events and clusters (see `markNode`). */
interface MarkParts {
  part: 'event' | 'cluster';
  cls: string;
  id: string;
  label: string;
  expanded: 'true' | 'false' | null;
  y: number;
  shapeClass: string;
  d: string;
  /** The ring of a second bloc: its class and radius, or none. */
  ring: { cls: string; cx: number; cy: number; r: number } | null;
  text: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; content: unknown };
  hit: { x: number; y: number; w: number; h: number };
}

/**
 * One mark, event or cluster, from one template: a `<g>` with a path, a ring, a label and a hit area, always the same
 * four nodes. Marks are reused by position as the view moves (a zoom frame only updates attributes; lit 3.3.3's
 * `repeat` left a comment node behind for every item it removed), and since every position has the same nodes, the
 * node under a finger stays in the chart while a touch pans it. No whitespace between tags: no text nodes.
 */
function markNode(m: MarkParts, ctx: MarksContext) {
  const ring = m.ring;
  return svg`<g part=${m.part} class=${m.cls} data-id=${m.id} role="button" aria-expanded=${m.expanded ?? nothing} aria-controls=${m.expanded === 'true' ? 'detail' : nothing} tabindex=${m.id === ctx.tabStop ? 0 : -1} aria-label=${m.label} transform="translate(0 ${m.y})"><path class=${m.shapeClass} d=${m.d}></path><circle class=${ring ? ring.cls : 'second none'} cx=${ring?.cx ?? 0} cy=${ring?.cy ?? 0} r=${ring?.r ?? 0} visibility=${ring ? 'visible' : 'hidden'}></circle><text x=${m.text.x} y=${m.text.y} text-anchor=${m.text.anchor} aria-hidden="true">${m.text.content}</text><rect class="hit" x=${m.hit.x} y=${m.hit.y} width=${m.hit.w} height=${m.hit.h}></rect></g>`;
}

/**
 * An event: a bar for an event that lasts, else its first partner's bloc shape (colour and shape both say the bloc),
 * with a ring in the second bloc's colour when a partner of another bloc took part; domestic milestones have no bloc
 * and are drawn grey (CSS). Its label beside it, and a target at least 24 px tall (WCAG 2.5.8).
 */
export function eventMark(p: PlacedEvent, ctx: MarksContext) {
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
  return markNode(
    {
      part: 'event',
      cls: `event ${p.item.range ? 'range' : 'point'}${p.item.partners.length ? '' : ' domestic'}${id === ctx.selected ? ' selected' : ''}`,
      id,
      label: ctx.eventLabel(p.item),
      expanded: id === ctx.selected ? 'true' : 'false',
      y: p.lane < 0 ? ctx.clusterY + 2 + LANE / 2 - ctx.laneHeight / 2 : ctx.laneTop + p.lane * ctx.laneHeight,
      shapeClass,
      d,
      ring: second && !p.item.range ? { cls: `second ${second}`, cx: p.x, cy: mid, r: R + 3.5 } : null,
      text: { x: p.labelX, y: mid + ctx.labelPx / 3, anchor: p.labelAnchor, content: highlightSvg(p.label, ctx.query) },
      hit: { x: p.left, y: mid - 12, w: Math.max(24, p.right - p.left), h: 24 },
    },
    ctx,
  );
}

/** A cluster: a pill with the count of the events folded into it; activating it zooms in. */
export function clusterMark(c: Cluster, ctx: MarksContext) {
  return markNode(
    {
      part: 'cluster',
      cls: 'cluster',
      id: c.id,
      label: ctx.clusterLabel(c),
      expanded: null,
      y: ctx.clusterY,
      shapeClass: 'pill',
      d: roundRectPath(c.left, 2, c.right - c.left, LANE, MID),
      ring: null,
      text: { x: c.x, y: MID + 6, anchor: 'middle', content: String(c.items.length) },
      hit: { x: c.left, y: 2, w: c.right - c.left, h: LANE },
    },
    ctx,
  );
}

/** The placed events (tests and exports that want them apart from the clusters). */
export function eventMarks(events: readonly PlacedEvent[], ctx: MarksContext) {
  return events.map((p) => eventMark(p, ctx));
}

/** The clusters. */
export function clusterMarks(clusters: readonly Cluster[], ctx: MarksContext) {
  return clusters.map((c) => clusterMark(c, ctx));
}

/** Vertical grid lines at the ticks. */
export function gridLines(ticks: readonly Date[], x: (d: Date) => number, height: number) {
  return ticks.map((t) => svg`<line class="grid" x1=${x(t)} x2=${x(t)} y1="0" y2=${height}></line>`);
}
