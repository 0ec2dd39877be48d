import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProperty } from './css-property.js';
import { localize, partnerNameAt } from '../data/partner-names.js';
import type { TimelineItem } from '../data/timeline-items.js';
import type { Source } from '../data/types.js';
import { isSafeUrl } from '../data/validate.js';
import type { Strings } from '../i18n/strings.js';
import { formatDateRange } from '../time/format-date.js';
import { highlight } from './highlight.js';

/** The details of one event: date at its precision, title, summary, partners, kind, sources and note. */
export function detailPanel(item: TimelineItem, strings: Strings, lang: string, onClose: () => void, query = '') {
  const e = item.event;
  const title = localize(e.title, lang);
  const summary = localize(e.summary, lang);
  return html`<section part="detail" class="detail" id="detail" aria-labelledby="detail-title">
    <button type="button" class="close" aria-label=${strings.close} @click=${onClose}>×</button>
    <p class="date">${formatDateRange(item.startDate, item.endDate, lang)}</p>
    <h2 id="detail-title" tabindex="-1" lang=${title.lang}>${highlight(title.text, query)}</h2>
    <p class="summary" lang=${summary.lang}>${highlight(summary.text, query)}</p>
    <dl>
      <dt>${strings.partners}</dt>
      <dd>
        ${item.partners.map((p) => {
          const name = localize(partnerNameAt(p, item.start), lang);
          return html`<span class="partner" lang=${name.lang}
            ><span class="swatch" ${cssProperty('--chip-color', p.color)}></span>${name.text}</span
          >`;
        })}
      </dd>
      <dt>${strings.kind}</dt>
      <dd>${strings.kinds[e.kind]}</dd>
      ${
        e.confidence
          ? html`<dt>${strings.confidence}</dt>
            <dd class="confidence ${e.confidence}">${strings.confidences[e.confidence]}</dd>`
          : nothing
      }
    </dl>
    <h3>${strings.sources}</h3>
    ${sourceList(e.sources)}
    ${e.note ? html`<p class="note"><strong>${strings.note}:</strong> <span lang="en">${e.note}</span></p>` : nothing}
  </section>`;
}

/** Sources as a list: links that open in a new tab without opener or referrer; a title alone for a rejected URL. */
export function sourceList(sources: readonly Source[]) {
  return html`<ul class="sources">
    ${sources.map(
      (s) =>
        html`<li>
          ${
            isSafeUrl(s.url)
              ? html`<a
                  href=${s.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  lang=${ifDefined(s.lang)}
                  hreflang=${ifDefined(s.lang)}
                  >${s.title}</a
                >`
              : html`<span lang=${ifDefined(s.lang)}>${s.title}</span>`
          }
          <span class="publisher">${s.publisher}</span>
        </li>`,
    )}
  </ul>`;
}
