import { html, svg, type SVGTemplateResult } from 'lit';
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
  if (!v) return svg`<svg aria-hidden="true"><g class="axis" part="axis"></g></svg>`;
  const marks: MarksContext = {
    ...ctx,
    width,
    laneTop: v.laneTop,
    clusterY: v.clusterY,
    laneHeight: v.laneHeight,
    labelPx: v.labelPx,
  };
  return html`<svg width=${width} height=${height}>
    ${gridLines(v.ticks, v.scale, v.axisY)}
    ${background}
    <g class="marks">${marksInTimeOrder(v, marks)}</g>
    <g class="axis" part="axis" transform="translate(0 ${v.axisY})" aria-hidden="true"></g>
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
