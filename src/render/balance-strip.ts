import { html, nothing, svg } from 'lit';
import { BLOCS, type BalanceBucket } from '../layout/balance.js';
import type { Strings } from '../i18n/strings.js';
import { cssVar } from './css-var.js';

/** Height of the bars, in pixels (the strip adds the caption below). */
export const STRIP_BARS = 34;

export interface StripContext {
  /** The x pixel of the start of a year. */
  x: (year: number) => number;
  width: number;
  /** The year of the bar that holds the tab stop, and of the bar whose figures show. */
  tabStop: number | null;
  shown: number | null;
  /** Bars in view and the share of each bloc, for the caption. */
  inView: BalanceBucket;
  s: Strings;
  on: {
    key: (e: KeyboardEvent) => void;
    pointer: (e: PointerEvent) => void;
    leave: () => void;
    focus: (e: FocusEvent) => void;
    click: (e: MouseEvent) => void;
  };
}

/** A bar's period: "1990–1999", or "1990" for one year. */
export const bucketPeriod = (b: BalanceBucket) => (b.to - b.from === 1 ? String(b.from) : `${b.from}–${b.to - 1}`);

/** "Russia/USSR 5, China 3, third neighbours 12, multilateral bodies 4". */
export const bucketFigures = (b: BalanceBucket, s: Strings) =>
  BLOCS.map((bloc) => `${s.blocs[bloc]} ${b.counts[bloc]}`).join(', ');

/**
 * The balance strip: for each period in view, a stacked bar of how many events touched each bloc. One tab stop; the
 * arrow keys move between bars, Enter zooms to a bar's years; hovering or focusing a bar shows its figures. The
 * caption below gives each bloc's share of the view and serves as the legend.
 */
export function balanceStrip(buckets: readonly BalanceBucket[], c: StripContext) {
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const unit = (STRIP_BARS - 4) / max;
  const shown = buckets.find((b) => b.from === c.shown);
  const s = c.s;
  return html`<div class="balance" part="balance" @keydown=${c.on.key} @pointerover=${c.on.pointer} @pointerleave=${c.on.leave}
      @focusin=${c.on.focus} @focusout=${c.on.leave} @click=${c.on.click}>
    <svg width=${c.width} height=${STRIP_BARS} role="group" aria-label=${s.balanceLabel}>
      ${buckets.map((b) => {
        const x0 = Math.max(0, c.x(b.from));
        const w = Math.max(1, Math.min(c.width, c.x(b.to)) - x0 - 1);
        let y = STRIP_BARS;
        return svg`<g class="bucket" data-year=${b.from} role="button" tabindex=${b.from === c.tabStop ? 0 : -1}
            aria-label=${s.balanceBar(bucketPeriod(b), bucketFigures(b, s))} transform="translate(${x0} 0)"><rect class="hit" width=${w} height=${STRIP_BARS}></rect>${BLOCS.map(
              (bloc) => {
                const h = b.counts[bloc] * unit;
                y -= h;
                return h ? svg`<rect class="bloc ${bloc}" y=${y} width=${w} height=${h}></rect>` : nothing;
              },
            )}</g>`;
      })}
    </svg>
    ${
      shown
        ? html`<div class="tip" role="presentation" ${cssVar('--x', `${Math.min(c.width - 120, Math.max(0, c.x(shown.from)))}px`)}>
          <strong>${bucketPeriod(shown)}</strong> ${bucketFigures(shown, s)}
        </div>`
        : nothing
    }
    <p class="caption">${shares(c.inView, s)}</p>
  </div>`;
}

/** The caption: each bloc's share of the ties in view, with its colour, or that there are none. */
function shares(b: BalanceBucket, s: Strings) {
  if (!b.total) return s.balanceNone;
  return html`<span class="caption-lead">${s.balanceInView(b.total)}</span>
    ${BLOCS.map((bloc) => html`<span class="share"><span class="key ${bloc}" aria-hidden="true"></span>${s.blocs[bloc]} ${Math.round((b.counts[bloc] / b.total) * 100)}%</span> `)}`;
}
