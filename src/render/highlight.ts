import { html, svg } from 'lit';
import { splitMatches } from '../data/search.js';

/** Text with the search's matches marked (`<mark>`), or the text alone when nothing matches. */
export function highlight(text: string, query: string) {
  const parts = splitMatches(text, query);
  return parts.length === 1 ? text : parts.map((p, i) => (i % 2 ? html`<mark>${p}</mark>` : p));
}

/** The same for an SVG label: matches in a `<tspan class="hit">`. */
export function highlightSvg(text: string, query: string) {
  const parts = splitMatches(text, query);
  return parts.length === 1 ? text : parts.map((p, i) => (i % 2 ? svg`<tspan class="hit">${p}</tspan>` : p));
}
