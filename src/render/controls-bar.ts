import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Strings } from '../i18n/strings.js';

/** The controls bar: the zoom buttons, the visible period, other tools (`extra`), and the list toggle. */
export function zoomControls(
  s: Strings,
  period: string,
  list: boolean,
  on: { zoomIn: () => void; zoomOut: () => void; reset: () => void; toggleList: () => void },
  extra?: TemplateResult,
) {
  return html`<div class="controls" part="controls">
    <button type="button" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${on.zoomIn}>+</button>
    <button type="button" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${on.zoomOut}>−</button>
    <button type="button" aria-label=${s.resetZoom} title=${s.resetZoom} @click=${on.reset}>⤢</button>
    <span class="period">${period}</span>
    ${extra}
    <button type="button" class="view" aria-pressed=${list} @click=${on.toggleList}>${s.list}</button>
  </div>`;
}

/**
 * The search box: it narrows the events to those whose title, summary or partner contains the text. A magnifier
 * marks it for the eye and `aria-label` names it; there is no hint text to vanish as the reader types.
 */
export function searchBox(s: Strings, query: string, onInput: (e: Event) => void) {
  return html`<label class="search">
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <circle cx="6.5" cy="6.5" r="4.5"></circle>
      <path d="M10 10l4.5 4.5"></path>
    </svg>
    <input type="search" part="search" aria-label=${s.search} .value=${live(query)} @input=${onInput} />
  </label>`;
}

/** Any choice in a menu closes it, and focus goes back to the menu's button rather than to the page. */
const closeMenu = (e: Event) => {
  const menu = (e.currentTarget as HTMLElement).closest('details');
  if (!menu?.open) return;
  menu.removeAttribute('open');
  menu.querySelector('summary')?.focus();
};

/** Escape closes an open menu (WCAG 1.4.13) and returns focus to its button. */
const escapeMenu = (e: KeyboardEvent) => {
  const menu = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !menu.open) return;
  e.preventDefault();
  e.stopPropagation();
  menu.removeAttribute('open');
  menu.querySelector('summary')?.focus();
};

/** The export menu: a disclosure with "Copy link" (with `sync-url`) and a button per format. */
export function exportMenu(s: Strings, formats: readonly string[], onPick: (e: Event) => void, onCopy?: () => void) {
  return html`<details class="menu" part="export" @keydown=${escapeMenu}>
    <summary>${s.exportLabel}</summary>
    <div class="menu-items" @click=${closeMenu}>
      ${onCopy ? html`<button type="button" class="copy-link" @click=${onCopy}>${s.copyLink}</button>` : ''}
      ${formats.map((f) => html`<button type="button" data-format=${f} @click=${onPick}>${f.toUpperCase()}</button>`)}
    </div>
  </details>`;
}

/** The tools between the period and the list toggle: search, the eras legend toggle, the export menu. */
export function tools(
  s: Strings,
  o: {
    query: string;
    eras: boolean;
    erasOpen: boolean;
    copy: boolean;
    formats: readonly string[];
    legendOpen: boolean;
  },
  on: {
    search: (e: Event) => void;
    toggleEras: () => void;
    toggleLegend: () => void;
    copy: () => void;
    pick: (e: Event) => void;
  },
) {
  return html`${searchBox(s, o.query, on.search)}<button type="button" class="legend-toggle" aria-expanded=${o.legendOpen} aria-keyshortcuts="?" @click=${on.toggleLegend}>${s.legend}</button>${
    o.eras
      ? html`<button type="button" class="eras-toggle" aria-expanded=${o.erasOpen} @click=${on.toggleEras}>${s.eras}</button>`
      : ''
  }${exportMenu(s, o.formats, on.pick, o.copy ? on.copy : undefined)}`;
}
