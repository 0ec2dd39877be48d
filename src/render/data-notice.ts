import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LoadState } from '../data/fetch-dataset.js';
import type { ValidationError } from '../data/validate.js';
import type { Strings } from '../i18n/strings.js';

/** The most skipped records the notice lists; the rest are counted (50,000 rows would freeze the page). */
export const NOTICE_LIMIT = 100;

/** A small, dismissible notice that some records of custom data were skipped, listing the first with their reasons. */
export function dataNotice(errors: readonly ValidationError[], s: Strings, onDismiss: () => void) {
  const more = errors.length - NOTICE_LIMIT;
  return html`<div class="notice" role="status">
    <details>
      <summary>${s.skipped(errors.length)}</summary>
      <ul>
        ${errors.slice(0, NOTICE_LIMIT).map((e) => html`<li><code>${e.path || '(data)'}</code>: ${e.reason}</li>`)}
        ${more > 0 ? html`<li>${s.skippedMore(more)}</li>` : nothing}
      </ul>
    </details>
    <button type="button" class="dismiss" aria-label=${s.dismiss} title=${s.dismiss} @click=${onDismiss}>×</button>
  </div>`;
}

/**
 * Loading progress, or why custom data could not be used. Progress is a status; a failure is an alert that says
 * which check failed and whether earlier events are still shown.
 */
export function loadStatus(state: LoadState, kept: boolean, s: Strings, onDismiss: () => void) {
  if (state.status === 'loading') {
    const percent = state.total ? Math.min(100, Math.floor((state.loaded / state.total) * 100)) : null;
    return html`<div class="status" part="status" role="status">
      <span>${s.loading(percent)}</span>
      <progress max="100" value=${ifDefined(percent === null ? undefined : String(percent))}></progress>
    </div>`;
  }
  if (state.status !== 'failed') return nothing;
  return html`<div class="status failed" part="status" role="alert">
    <p>${s.loadFailed(state.failure)}${kept ? html` ${s.keptData}` : nothing}</p>
    <button type="button" class="dismiss" aria-label=${s.dismiss} title=${s.dismiss} @click=${onDismiss}>×</button>
  </div>`;
}
