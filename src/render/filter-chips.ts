import { html } from 'lit';
import { cssVar } from './css-var.js';
import type { Partner } from '../data/types.js';

export interface ChipModel {
  partner: Partner;
  label: string;
  /** Other names the partner carried, shown as a hint: "USSR, Soviet Russia". */
  formerNames: string;
  count: number;
  pressed: boolean;
}

/** The partner filter: an "All" chip, then one toggle chip per partner with its colour and count. */
export function filterChips(
  chips: readonly ChipModel[],
  label: string,
  allLabel: string,
  onToggle: (event: Event) => void,
) {
  const none = chips.every((c) => !c.pressed);
  return html`<div class="filters" part="filters" role="group" aria-label=${label}>
    <button type="button" part="chip" class="chip all" data-partner="" aria-pressed=${none} @click=${onToggle}>
      ${allLabel}
    </button>
    ${chips.map(
      (c) => html`<button
        type="button"
        part="chip"
        class="chip"
        data-partner=${c.partner.id}
        aria-pressed=${c.pressed}
        title=${c.formerNames}
        ${cssVar('--chip-color', c.partner.color)}
        @click=${onToggle}
      >
        <span class="swatch" aria-hidden="true"></span>${c.label}<span class="count">${c.count}</span>
      </button>`,
    )}
  </div>`;
}
