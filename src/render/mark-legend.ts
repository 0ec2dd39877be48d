import { css, html, svg } from 'lit';
import type { Bloc } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';
import { blocShape } from './bloc-shape.js';

const BLOCS: Bloc[] = ['north', 'south', 'third', 'multilateral'];

/** A small picture of a mark, as the chart draws it. */
const icon = (content: unknown, width = 44) =>
  html`<svg class="legend-icon" width=${width} height="20" viewBox="0 0 ${width} 20" aria-hidden="true">${content}</svg>`;

/**
 * "How to read": what every mark, the lanes, clusters, eras, the strip and the takeaway mean, each beside a small
 * picture of it. A popover under the controls, opened by its button or `?`; Escape closes it.
 */
export function markLegend(s: Strings, onClose: () => void) {
  const l = s.legendItems;
  const rows: [unknown, string][] = [
    [icon(blocShape('third', 10, 10, 5)), l.point],
    [icon(svg`${blocShape('north', 10, 10, 5)}<circle class="second south" cx="10" cy="10" r="8.5"></circle>`), l.two],
    [icon(svg`<rect class="bar third edge-third" x="2" y="4" width="40" height="12" rx="4"></rect>`), l.range],
    [icon(blocShape(null, 10, 10, 5)), l.domestic],
    [
      icon(
        svg`<rect class="pill" x="2" y="1" width="30" height="18" rx="9"></rect><text x="17" y="14" text-anchor="middle">12</text>`,
      ),
      l.cluster,
    ],
    [icon(svg`${BLOCS.map((b, i) => blocShape(b, 6 + i * 11, 10, 4.5))}`), l.blocs],
    [
      icon(
        svg`<line class="legend-lane" x1="2" x2="42" y1="5" y2="5"></line><line class="legend-lane" x1="2" x2="42" y1="15" y2="15"></line>`,
      ),
      l.lanes,
    ],
    [icon(svg`<rect class="legend-era" x="2" y="8" width="40" height="4" rx="2"></rect>`), l.eras],
    [
      icon(
        svg`${BLOCS.map((b, i) => svg`<rect class="bloc ${b}" x=${4 + i * 10} y=${16 - (i + 1) * 3} width="8" height=${(i + 1) * 3}></rect>`)}`,
      ),
      l.strip,
    ],
    [icon(svg`<text x="2" y="15" class="legend-text">Aa</text>`), l.takeaway],
  ];
  return html`<section class="mark-legend" part="legend" aria-labelledby="legend-title">
    <button type="button" class="close" aria-label=${s.close} title=${s.close} @click=${onClose}>×</button>
    <h2 id="legend-title" tabindex="-1">${s.legend}</h2>
    <ul>
      ${rows.map(([pic, text]) => html`<li>${pic}<span>${text}</span></li>`)}
    </ul>
    <h3>${s.keys.title}</h3>
    <dl class="keys">
      ${s.keys.list.map(([key, text]) => html`<dt><kbd>${key}</kbd></dt><dd>${text}</dd>`)}
    </dl>
  </section>`;
}

export const legendStyles = css`
  .mark-legend {
    position: absolute;
    top: 4px;
    right: 8px;
    z-index: 3;
    width: min(30em, calc(100% - 16px));
    max-height: calc(100% - 8px);
    overflow-y: auto;
    box-sizing: border-box;
    padding: 8px 12px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    font-size: 0.8125rem;
  }
  .mark-legend h2 {
    margin: 0 32px 6px 0;
    font-size: 0.9375rem;
  }
  .mark-legend h2:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .mark-legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .mark-legend li {
    display: flex;
    align-items: flex-start;
    gap: 10px;
    padding: 3px 0;
  }
  .legend-icon {
    flex: none;
  }
  .mark-legend h3 {
    margin: 8px 0 4px;
    font-size: 0.875rem;
  }
  .keys {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 3px 10px;
    margin: 0;
  }
  .keys dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    font-weight: 600;
    white-space: nowrap;
  }
  .legend-icon .pill {
    fill: var(--_surface);
    stroke: var(--_muted);
  }
  .legend-icon text {
    fill: var(--_text);
    font-size: 0.6875rem;
    font-weight: 600;
  }
  .legend-lane {
    stroke: var(--_grid);
    stroke-dasharray: 3 3;
  }
  .legend-era {
    fill: var(--_muted);
  }
`;
