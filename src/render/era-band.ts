import { html, nothing, svg } from 'lit';
import { localize } from '../data/partner-names.js';
import type { Strings } from '../i18n/strings.js';
import type { EraItem } from '../layout/eras.js';
import { formatDateRange } from '../time/format-date.js';
import { sourceList } from './detail-panel.js';

/** Height of one row of the era band, in pixels: a 6 px bar and a 2 px gap. */
/** Height of an era's row: its name (where the bar has room for it) over a thin bar. */
export const ERA_ROW = 14;
/** Rough width of a character of an era's name at its 9 px size, to tell whether it fits its bar. */
const ERA_CHAR = 5.4;

/** An era's dates at their precision: "26 November 1924 – 12 February 1992". */
export const eraDates = (item: EraItem, lang: string) => formatDateRange(item.from, item.to, lang);

/**
 * The era band at the top of the chart: a thin bar per era in its row, and behind the events a faint tint of the
 * era the reader opened. The bars are for the eye and the pointer (hover names one, a click opens it); the legend's
 * buttons are the accessible way in.
 */
export function eraBand(
  items: readonly EraItem[],
  x: (t: number) => number,
  width: number,
  height: number,
  open: string | null,
  lang: string,
) {
  // Each era's span in pixels, clipped to the view. Eras out of view stay in the DOM, not displayed: a finger that went
  // down on a bar keeps sending its touch events through the chart while a pinch moves the bar out of view.
  const all = items.map((e) => {
    const x0 = Math.max(-1, x(e.start));
    const x1 = Math.min(width + 1, x(e.end));
    return { e, x0, x1, inView: x1 > 0 && x0 < width };
  });
  const tinted = all.find(({ e }) => e.era.id === open);
  return svg`<g class="era-band" aria-hidden="true">${
    tinted
      ? svg`<rect class="era-tint era${tinted.e.color}" display=${tinted.inView ? nothing : 'none'} x=${tinted.x0} width=${tinted.x1 - tinted.x0} height=${height}></rect>`
      : nothing
  }${all.map(({ e, x0, x1, inView }) => {
    const name = localize(e.era.name, lang).text;
    const y = 2 + e.row * ERA_ROW;
    const w = Math.max(2, x1 - x0 - 1);
    // The name shows where the bar is long enough for it, over the bar, in the text colour.
    const labelX = Math.max(x0, 0) + 2;
    const fits = name.length * ERA_CHAR + 4 <= Math.min(x1, width) - labelX;
    return svg`<rect class="era era${e.color} ${e.era.id === open ? 'open' : ''}" data-era=${e.era.id} display=${inView ? nothing : 'none'} x=${x0} y=${y + ERA_ROW - 6}
        width=${w} height="4"><title .textContent=${`${name}, ${eraDates(e, lang)}`}></title></rect><text class="era-name" x=${labelX} y=${y + 6} .textContent=${fits && inView ? name : ''}></text>`;
  })}</g>`;
}

/** The legend: a button per era, with its colour, name and years; activating one opens its details. */
export function eraLegend(items: readonly EraItem[], s: Strings, lang: string, onOpen: (e: Event) => void) {
  return html`<ul class="era-legend" part="eras" aria-label=${s.eras}>
    ${items.map(
      (e) => html`<li><button type="button" data-era=${e.era.id} @click=${onOpen}>
        <span class="swatch era-swatch era${e.color}" aria-hidden="true"></span>${localize(e.era.name, lang).text}
        <span class="count">${e.from.year}–${e.to.year}</span>
      </button></li>`,
    )}
  </ul>`;
}

/** The details of an era, in the same panel as an event's: dates, name, summary, sources, note. */
export function eraPanel(item: EraItem, s: Strings, lang: string, onClose: () => void) {
  const name = localize(item.era.name, lang);
  const summary = localize(item.era.summary, lang);
  return html`<section part="detail" class="detail era-detail" aria-labelledby="detail-title">
    <button type="button" class="close" aria-label=${s.close} title=${s.close} @click=${onClose}>×</button>
    <p class="date"><span class="swatch era-swatch era${item.color}" aria-hidden="true"></span>${s.era} · ${eraDates(item, lang)}</p>
    <h2 id="detail-title" tabindex="-1" lang=${name.lang}>${name.text}</h2>
    <p class="summary" lang=${summary.lang}>${summary.text}</p>
    <h3>${s.sources}</h3>
    ${sourceList(item.era.sources)}
    ${item.era.note ? html`<p class="note"><strong>${s.note}:</strong> <span lang="en">${item.era.note}</span></p>` : nothing}
  </section>`;
}
