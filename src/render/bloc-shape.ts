import { svg } from 'lit';
import type { Bloc } from '../data/types.js';

/**
 * The second channel beside colour: each bloc has a shape, so that colour is never alone (WCAG 1.4.1). Russia/USSR a
 * circle, China a square, the third neighbours a diamond, multilateral bodies a triangle; the areas are about equal.
 */
export function blocShape(bloc: Bloc | null, cx: number, cy: number, r: number, cls = 'marker') {
  return svg`<path class="${cls} ${bloc ?? 'none'}" d=${blocPath(bloc, cx, cy, r)}></path>`;
}

/**
 * The outline of a bloc's shape as path data. Every shape is a `<path>`, so that a mark's node stays the same node
 * when the view moves and another bloc's event takes its place: a touch that began on it keeps its target.
 */
export function blocPath(bloc: Bloc | null, cx: number, cy: number, r: number): string {
  switch (bloc) {
    case 'south': {
      const a = r * 0.89;
      return `M${cx - a} ${cy - a}h${2 * a}v${2 * a}h${-2 * a}Z`;
    }
    case 'third': {
      const a = r * 1.25;
      return `M${cx} ${cy - a}L${cx + a} ${cy}L${cx} ${cy + a}L${cx - a} ${cy}Z`;
    }
    case 'multilateral': {
      const a = r * 1.35;
      return `M${cx} ${cy - a}L${cx + a * 0.87} ${cy + a * 0.5}L${cx - a * 0.87} ${cy + a * 0.5}Z`;
    }
    default:
      return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  }
}

/** A rectangle with round corners as path data (range bars, cluster pills). */
export function roundRectPath(x: number, y: number, w: number, h: number, r: number): string {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  return `M${x + rr} ${y}h${w - 2 * rr}a${rr} ${rr} 0 0 1 ${rr} ${rr}v${h - 2 * rr}a${rr} ${rr} 0 0 1 ${-rr} ${rr}h${-(w - 2 * rr)}a${rr} ${rr} 0 0 1 ${-rr} ${-rr}v${-(h - 2 * rr)}a${rr} ${rr} 0 0 1 ${rr} ${-rr}Z`;
}

/** A bloc's shape as a small inline icon (chips, legend, caption). */
export function blocIcon(bloc: Bloc | null, size = 12) {
  const h = size / 2;
  return svg`<svg class="shape" width=${size} height=${size} viewBox="0 0 ${size} ${size}" aria-hidden="true">${blocShape(bloc, h, h, h * 0.78, 'icon')}</svg>`;
}
