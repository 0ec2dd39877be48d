import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimelineItem } from '../data/timeline-items.js';
import { axisTicks } from '../time/ticks.js';
import { GEOMETRY, layoutLanes, unfoldSingles, type Layout } from './lanes.js';
import { visibleItems } from './visible-window.js';
import { windowForZoom, type ZoomState } from './zoom-math.js';

/** Vertical space around the lanes, in pixels. */
export const CHART = { top: 8, axis: 30, clusterRow: 32 } as const;

export interface ViewInput {
  /** Filtered items, sorted by start, and their longest duration. */
  items: readonly TimelineItem[];
  longest: number;
  /** The whole time range, shown across the width at zoom 1. */
  domain: readonly [number, number];
  zoom: ZoomState;
  width: number;
  height: number;
  lang: string;
  labelOf: (item: TimelineItem) => string;
  measure: (text: string) => number;
  /** Pixels kept free above the lanes (for the era band). */
  reserve?: number;
  /** The label font size in pixels (12 by default): larger labels get taller lanes. */
  labelPx?: number;
  /** An event that must stay an event, never folded (the focused or open one). */
  keep?: string | null;
}

export interface ViewModel {
  scale: ScaleTime<number, number>;
  window: [number, number];
  ticks: Date[];
  /** A tick's label from the tick and its index (the first day tick names its month). */
  tickFormat: (d: Date, i: number) => string;
  layout: Layout;
  /** Items in the window (placed or clustered). */
  visible: TimelineItem[];
  clusterY: number;
  axisY: number;
  /** The y of the first lane, and the height of each. */
  laneTop: number;
  laneHeight: number;
  labelPx: number;
  /** Ids of events and clusters in time order: the order arrow keys follow. */
  order: string[];
}

/** Everything the chart draws for one frame, computed from the inputs alone. */
export function computeView(v: ViewInput): ViewModel {
  const window = windowForZoom(v.zoom, v.domain, v.width);
  const scale = scaleUtc().domain(window).range([0, v.width]);
  const { ticks, format } = axisTicks(scale, v.width, v.lang, v.measure);
  const laneTop = CHART.top + (v.reserve ?? 0);
  const axisY = Math.max(laneTop, v.height - CHART.axis);
  const clusterY = axisY - CHART.clusterRow;
  const labelPx = v.labelPx ?? 12;
  const laneHeight = Math.max(GEOMETRY.laneHeight, Math.ceil(labelPx * 1.75));
  const maxLanes = Math.max(1, Math.floor((clusterY - laneTop) / laneHeight));
  // A margin keeps labels of events just off screen from popping in during a pan.
  const margin = (window[1] - window[0]) * 0.02;
  const visible = visibleItems(v.items, window[0] - margin, window[1] + margin, v.longest);
  // The scale is linear in time: one multiply-add per item instead of a d3 scale call, which matters at 100,000.
  const a = v.width / (window[1] - window[0]);
  const options = {
    x: (t: number) => (t - window[0]) * a,
    width: v.width,
    maxLanes,
    maxLabel: Math.min(220, v.width * 0.55),
    labelOf: v.labelOf,
    measure: v.measure,
  };
  // The focused or open event stays an event: only when the plain packing would fold it is it given a place first,
  // so that moving focus between drawn events never changes the layout.
  let packed = layoutLanes(visible, options);
  if (v.keep && packed.clusters.some((c) => c.items.length > 1 && c.items.some((i) => i.event.id === v.keep))) {
    packed = layoutLanes(visible, { ...options, keep: v.keep });
  }
  const { singles, clusters } = unfoldSingles(packed.clusters, options);
  const layout: Layout = { ...packed, events: [...packed.events, ...singles], clusters };
  const order = [
    ...layout.events.map((e) => ({ id: e.item.event.id, x: e.x, lane: e.lane < 0 ? Infinity : e.lane })),
    ...layout.clusters.map((c) => ({ id: c.id, x: c.x, lane: Infinity })),
  ]
    .sort((a, b) => a.x - b.x || a.lane - b.lane)
    .map((e) => e.id);
  return {
    scale,
    window,
    ticks,
    tickFormat: format,
    layout,
    visible,
    clusterY,
    axisY,
    laneTop,
    laneHeight,
    labelPx,
    order,
  };
}
