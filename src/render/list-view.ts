import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localize, partnerNameAt } from '../data/partner-names.js';
import type { TimelineItem } from '../data/timeline-items.js';
import { isSafeUrl } from '../data/validate.js';
import type { Strings } from '../i18n/strings.js';
import { formatDateRange } from '../time/format-date.js';
import { BLOCS, type BalanceBucket } from '../layout/balance.js';
import { bucketPeriod } from './balance-strip.js';
import { highlight } from './highlight.js';

/** The most rows the list draws at once; the caption says when more are in the window. */
export const LIST_LIMIT = 500;

/**
 * The events of the current window and filter as a table: the alternative to the chart for screen readers, the
 * version that prints, and a view a reader can sort by date.
 */
export function listView(
  items: readonly TimelineItem[],
  caption: string,
  s: Strings,
  lang: string,
  descending: boolean,
  onSort: () => void,
  balance?: readonly BalanceBucket[],
  query = '',
  /** Sources open in every row (printing, or a page without JavaScript); else each row's are one disclosure. */
  openSources = false,
) {
  const rows = (descending ? [...items].reverse() : items).slice(0, LIST_LIMIT);
  return html`<div class="list" part="list">
    <table>
      <caption>
        ${caption}${items.length > LIST_LIMIT ? ` · ${s.listLimited(LIST_LIMIT)}` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col" aria-sort=${descending ? 'descending' : 'ascending'}>
            <button type="button" class="sort" @click=${onSort}>${s.date} <span aria-hidden="true">${descending ? '↓' : '↑'}</span></button>
          </th>
          <th scope="col">${s.event}</th>
          <th scope="col">${s.partners}</th>
          <th scope="col">${s.sources}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((item) => row(item, s, lang, query, openSources))}
      </tbody>
    </table>
    ${balance ? balanceTable(balance, s) : ''}
  </div>`;
}

/** The balance strip as a table: the accessible alternative to its bars. */
function balanceTable(buckets: readonly BalanceBucket[], s: Strings) {
  return html`<table class="balance-table">
    <caption>${s.balanceTable}</caption>
    <thead>
      <tr>
        <th scope="col">${s.period}</th>
        ${BLOCS.map((b) => html`<th scope="col">${s.blocs[b]}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${buckets.map((b) => html`<tr><th scope="row">${bucketPeriod(b)}</th>${BLOCS.map((bloc) => html`<td>${b.counts[bloc]}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

function row(item: TimelineItem, s: Strings, lang: string, query: string, openSources: boolean) {
  const e = item.event;
  const title = localize(e.title, lang);
  const summary = localize(e.summary, lang);
  return html`<tr>
    <td class="when">${formatDateRange(item.startDate, item.endDate, lang)}</td>
    <td>
      <strong lang=${title.lang}>${highlight(title.text, query)}</strong>
      <span class="kind">${s.kinds[e.kind]}</span>
      <p lang=${summary.lang}>${highlight(summary.text, query)}</p>
    </td>
    <td>
      ${item.partners.map((p, i) => {
        const name = localize(partnerNameAt(p, item.start), lang);
        return html`${i ? ', ' : ''}<span lang=${name.lang}>${name.text}</span>`;
      })}
    </td>
    <td>
      <details class="row-sources" ?open=${openSources}>
        <summary>${s.sources} (${e.sources.length})</summary>
        <ul>
          ${e.sources.map((src) =>
            isSafeUrl(src.url)
              ? html`<li><a href=${src.url} target="_blank" rel="noopener noreferrer" lang=${ifDefined(src.lang)} hreflang=${ifDefined(src.lang)}>${src.title}</a> <span class="publisher">${src.publisher}</span></li>`
              : html`<li><span lang=${ifDefined(src.lang)}>${src.title}</span> <span class="publisher">${src.publisher}</span></li>`,
          )}
        </ul>
      </details>
    </td>
  </tr>`;
}
