import { svg } from 'lit';
import type { TimelineItem } from '../data/timeline-items.js';
import { GEOMETRY, type Cluster, type PlacedEvent } from '../layout/lanes.js';
import { highlightSvg } from './highlight.js';
import { blocShape } from './bloc-shape.js';

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

/**
 * An event's mark: a bar for an event that lasts, else its first partner's bloc shape (colour and shape both say the
 * bloc), with a ring in the second bloc's colour when a partner of another bloc took part. Domestic milestones have
 * no bloc and are drawn grey (CSS).
 */
function mark(p: PlacedEvent, ctx: MarksContext) {
  const [first, ...rest] = p.item.blocs;
  const second = rest.find((b) => b !== first);
  const mid = ctx.laneHeight / 2;
  if (p.item.range) {
    // Clipped to the view, so a decades-long range stays a sane size when zoomed in.
    const x0 = Math.max(p.x, -R);
    const x1 = Math.min(Math.max(p.x2, p.x + 2), ctx.width + R);
    return svg`<rect class="bar ${first ?? 'none'} edge-${second ?? first ?? 'none'}" x=${x0} y=${mid - LANE / 2 + 3} width=${Math.max(2, x1 - x0)} height=${LANE - 6} rx="4"></rect>`;
  }
  const shape = blocShape(first ?? null, p.x, mid, R);
  return second ? svg`${shape}<circle class="second ${second}" cx=${p.x} cy=${mid} r=${R + 3.5}></circle>` : shape;
}

/**
 * The placed events: a marker or a range bar and a label each. Marks are reused by position, not by key: a zoom
 * frame then only updates attributes. (lit 3.3.3's `repeat` also leaves a comment node behind for every item it
 * removes, which grew the DOM by about a hundred nodes a frame.) Templates have no whitespace between tags, so no
 * text nodes: the DOM stays small at every zoom.
 */
export function eventMarks(events: readonly PlacedEvent[], ctx: MarksContext) {
  return events.map((p) => {
    const id = p.item.event.id;
    const cls = `event ${p.item.range ? 'range' : 'point'}${p.item.partners.length ? '' : ' domestic'}${id === ctx.selected ? ' selected' : ''}`;
    // Every event is a target at least 24 px tall (WCAG 2.5.8): its mark and label over the height of a lane.
    const hit = svg`<rect class="hit" x=${p.left} y=${ctx.laneHeight / 2 - 12} width=${Math.max(24, p.right - p.left)} height="24"></rect>`;
    return svg`<g part="event" class=${cls} data-id=${id} role="button" tabindex=${id === ctx.tabStop ? 0 : -1} aria-label=${ctx.eventLabel(p.item)} transform="translate(0 ${p.lane < 0 ? ctx.clusterY + 2 + LANE / 2 - ctx.laneHeight / 2 : ctx.laneTop + p.lane * ctx.laneHeight})">${mark(p, ctx)}<text x=${p.labelX} y=${ctx.laneHeight / 2 + ctx.labelPx / 3} text-anchor=${p.labelAnchor} aria-hidden="true">${highlightSvg(p.label, ctx.query)}</text>${hit}</g>`;
  });
}

/** The clusters: a pill with the count of the events folded into it. */
export function clusterMarks(clusters: readonly Cluster[], ctx: MarksContext) {
  return clusters.map(
    (c) =>
      svg`<g part="cluster" class="cluster" data-id=${c.id} role="button" tabindex=${c.id === ctx.tabStop ? 0 : -1} aria-label=${ctx.clusterLabel(c)} transform="translate(0 ${ctx.clusterY})"><rect class="pill" x=${c.left} y="2" width=${c.right - c.left} height=${LANE} rx=${MID}></rect><text x=${c.x} y=${MID + 6} text-anchor="middle" aria-hidden="true">${c.items.length}</text></g>`,
  );
}

/** Vertical grid lines at the ticks. */
export function gridLines(ticks: readonly Date[], x: (d: Date) => number, height: number) {
  return ticks.map((t) => svg`<line class="grid" x1=${x(t)} x2=${x(t)} y1="0" y2=${height}></line>`);
}
