import { svg } from 'lit';
import type { TimelineItem } from '../data/timeline-items.js';
import { GEOMETRY, type Cluster, type PlacedEvent } from '../layout/lanes.js';
import { highlightSvg } from './highlight.js';

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

function mark(p: PlacedEvent, ctx: MarksContext) {
  const [first, second] = p.item.partners;
  // A domestic milestone has no partner: it is drawn in the muted colour by CSS.
  const color = first?.color ?? '';
  if (p.item.range) {
    // Clipped to the view, so a decades-long range stays a sane size when zoomed in.
    const x0 = Math.max(p.x, -R);
    const x1 = Math.min(Math.max(p.x2, p.x + 2), ctx.width + R);
    const mid = ctx.laneHeight / 2;
    return svg`<rect class="bar" x=${x0} y=${mid - LANE / 2 + 3} width=${Math.max(2, x1 - x0)} height=${LANE - 6} rx="4" fill=${color} stroke=${second?.color ?? color}></rect>`;
  }
  const mid = ctx.laneHeight / 2;
  if (!second) return svg`<circle class="marker" cx=${p.x} cy=${mid} r=${R} fill=${color}></circle>`;
  return svg`<circle class="marker" cx=${p.x} cy=${mid} r=${R} fill=${color}></circle><circle class="second" cx=${p.x} cy=${mid} r=${R + 2.5} stroke=${second.color}></circle>`;
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
    return svg`<g part="event" class=${cls} data-id=${id} role="button" tabindex=${id === ctx.tabStop ? 0 : -1} aria-label=${ctx.eventLabel(p.item)} transform="translate(0 ${ctx.laneTop + p.lane * ctx.laneHeight})">${mark(p, ctx)}<text x=${p.labelX} y=${ctx.laneHeight / 2 + ctx.labelPx / 3} text-anchor=${p.labelAnchor} aria-hidden="true">${highlightSvg(p.label, ctx.query)}</text></g>`;
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
