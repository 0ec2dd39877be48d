import { html } from 'lit';
import type { ValidationError } from '../data/validate.js';
import type { Strings } from '../i18n/strings.js';

/** A small, dismissible notice that some records of custom data were skipped, listing each with its reason. */
export function dataNotice(errors: readonly ValidationError[], s: Strings, onDismiss: () => void) {
  return html`<div class="notice" role="status">
    <details>
      <summary>${s.skipped(errors.length)}</summary>
      <ul>
        ${errors.map((e) => html`<li><code>${e.path || '(data)'}</code>: ${e.reason}</li>`)}
      </ul>
    </details>
    <button type="button" class="dismiss" aria-label=${s.dismiss} title=${s.dismiss} @click=${onDismiss}>×</button>
  </div>`;
}
