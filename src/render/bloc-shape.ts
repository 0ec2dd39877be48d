import { svg } from 'lit';
import type { Bloc } from '../data/types.js';

/**
 * The second channel beside colour: each bloc has a shape, so that colour is never alone (WCAG 1.4.1). Russia/USSR a
 * circle, China a square, the third neighbours a diamond, multilateral bodies a triangle; the areas are about equal.
 */
export function blocShape(bloc: Bloc | null, cx: number, cy: number, r: number, cls = 'marker') {
  const k = `${cls} ${bloc ?? 'none'}`;
  switch (bloc) {
    case 'south': {
      const a = r * 0.89;
      return svg`<rect class=${k} x=${cx - a} y=${cy - a} width=${2 * a} height=${2 * a}></rect>`;
    }
    case 'third': {
      const a = r * 1.25;
      return svg`<path class=${k} d="M${cx} ${cy - a}L${cx + a} ${cy}L${cx} ${cy + a}L${cx - a} ${cy}Z"></path>`;
    }
    case 'multilateral': {
      const a = r * 1.35;
      return svg`<path class=${k} d="M${cx} ${cy - a}L${cx + a * 0.87} ${cy + a * 0.5}L${cx - a * 0.87} ${cy + a * 0.5}Z"></path>`;
    }
    default:
      return svg`<circle class=${k} cx=${cx} cy=${cy} r=${r}></circle>`;
  }
}

/** A bloc's shape as a small inline icon (chips, legend, caption). */
export function blocIcon(bloc: Bloc | null, size = 12) {
  const h = size / 2;
  return svg`<svg class="shape" width=${size} height=${size} viewBox="0 0 ${size} ${size}" aria-hidden="true">${blocShape(bloc, h, h, h * 0.78, 'icon')}</svg>`;
}
