import { html, svg, type SVGTemplateResult } from 'lit';
import type { ViewModel } from '../layout/view-model.js';
import { clusterMarks, eventMarks, gridLines, type MarksContext } from './event-marks.js';

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
    <g class="events">${eventMarks(v.layout.events, marks)}</g>
    <g class="clusters">${clusterMarks(v.layout.clusters, marks)}</g>
    <g class="axis" part="axis" transform="translate(0 ${v.axisY})" aria-hidden="true"></g>
  </svg>`;
}
