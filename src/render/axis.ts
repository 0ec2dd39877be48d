import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';

/**
 * The one place d3 draws: it fills the axis `<g>` that Lit created empty. Kept apart so it could
 * later become a pure template.
 */
export function drawAxis(
  node: SVGGElement,
  scale: ScaleTime<number, number>,
  ticks: Date[],
  format: (d: Date, i: number) => string,
): void {
  select(node).call(
    axisBottom(scale)
      .tickValues(ticks)
      .tickFormat((d, i) => format(d as Date, i))
      .tickSizeOuter(0),
  );
}
