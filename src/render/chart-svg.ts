import { html, nothing, type SVGTemplateResult } from 'lit';
import type { ViewModel } from '../layout/view-model.js';
import { cssProperty } from './css-property.js';
import { clusterMark, eventMark, gridLines, type MarkParts, type MarksContext } from './event-marks.js';

/**
 * The chart: grid lines, a background (the era band), the empty `<g>` of the marks (drawn by `drawMarks` after the
 * render) and the empty axis `<g>` that d3 fills, all in one layer that `shift` (a CSS transform) moves during a
 * gesture, between layouts.
 */
export function chartSvg(
  v: ViewModel | undefined,
  width: number,
  height: number,
  background?: SVGTemplateResult,
  shift = '',
) {
  // One <svg> from the first render on (before the chart has a width it is empty and hidden from screen readers): the
  // zoom listens on it, and its coordinates carry any CSS transform around the element (`scale(0.5)`).
  return html`<svg width=${v ? width : nothing} height=${v ? height : nothing} aria-hidden=${v ? nothing : 'true'}>
    <g class="layer" ${cssProperty('transform', shift)}>
      ${v ? gridLines(v.ticks, v.scale, v.axisY) : nothing}
      ${v ? background : nothing}
      <g class="marks"></g>
      <g class="axis" part="axis" transform=${v ? `translate(0 ${v.axisY})` : nothing} aria-hidden="true"></g>
    </g>
  </svg>`;
}

/**
 * Events and clusters in one list, in time order (the order the arrow keys follow): a screen reader's browse mode
 * then reads 1921 before 2020.
 */
export function marksInTimeOrder(v: ViewModel, ctx: MarksContext): MarkParts[] {
  const events = new Map(v.layout.events.map((p) => [p.item.event.id, p]));
  const clusters = new Map(v.layout.clusters.map((c) => [c.id, c]));
  return v.order.map((id) => {
    const p = events.get(id);
    return p ? eventMark(p, ctx) : clusterMark(clusters.get(id)!, ctx);
  });
}

/** What the marks read beside the view model. */
export function marksContext(
  v: ViewModel,
  width: number,
  ctx: Omit<MarksContext, 'width' | 'laneTop' | 'clusterY' | 'laneHeight' | 'labelPx'>,
): MarksContext {
  return { ...ctx, width, laneTop: v.laneTop, clusterY: v.clusterY, laneHeight: v.laneHeight, labelPx: v.labelPx };
}
