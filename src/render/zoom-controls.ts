import { html } from 'lit';
import type { Strings } from '../i18n/strings.js';

/** The zoom buttons and the visible period. */
export function zoomControls(s: Strings, period: string, zoomIn: () => void, zoomOut: () => void, reset: () => void) {
  return html`<div class="controls" part="controls">
    <button type="button" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${zoomIn}>+</button>
    <button type="button" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${zoomOut}>−</button>
    <button type="button" aria-label=${s.resetZoom} title=${s.resetZoom} @click=${reset}>⤢</button>
    <span class="period">${period}</span>
  </div>`;
}
