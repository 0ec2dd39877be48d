import { html, nothing, type SVGTemplateResult } from 'lit';
import type { ViewModel } from '../layout/view-model.js';
import { clusterMark, eventMark, gridLines, type MarksContext } from './event-marks.js';

/** The chart: grid lines, a background (the era band), event marks, clusters, and the empty axis `<g>` that d3 fills. */
export function chartSvg(
  v: ViewModel | undefined,
  width: number,
  height: number,
  ctx: Omit<MarksContext, 'width' | 'laneTop' | 'clusterY' | 'laneHeight' | 'labelPx'>,
  background?: SVGTemplateResult,
) {
  // One <svg> from the first render on (before the chart has a width it is empty and hidden from screen readers): the
  // zoom listens on it, and its coordinates carry any CSS transform around the element (`scale(0.5)`).
  const marks: MarksContext | null = v
    ? { ...ctx, width, laneTop: v.laneTop, clusterY: v.clusterY, laneHeight: v.laneHeight, labelPx: v.labelPx }
    : null;
  return html`<svg width=${v ? width : nothing} height=${v ? height : nothing} aria-hidden=${v ? nothing : 'true'}>
    ${v ? gridLines(v.ticks, v.scale, v.axisY) : nothing}
    ${v ? background : nothing}
    <g class="marks">${v && marks ? marksInTimeOrder(v, marks) : nothing}</g>
    <g class="axis" part="axis" transform=${v ? `translate(0 ${v.axisY})` : nothing} aria-hidden="true"></g>
  </svg>`;
}

/**
 * Events and clusters in one group, in time order (the order the arrow keys follow): a screen reader's browse mode
 * then reads 1921 before 2020.
 */
function marksInTimeOrder(v: ViewModel, marks: MarksContext) {
  const events = new Map(v.layout.events.map((p) => [p.item.event.id, p]));
  const clusters = new Map(v.layout.clusters.map((c) => [c.id, c]));
  return v.order.map((id) => {
    const p = events.get(id);
    return p ? eventMark(p, marks) : clusterMark(clusters.get(id)!, marks);
  });
}
