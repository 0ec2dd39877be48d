import { html, nothing } from 'lit';
import type { Bloc, Partner } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';

export interface ChipModel {
  partner: Partner;
  label: string;
  /** The language the label is in: `en` where the interface's language has no name for the partner. */
  labelLang: string;
  /** Other names the partner carried, shown as a hint: "USSR, Soviet Russia". */
  formerNames: string;
  count: number;
  pressed: boolean;
}

/** A bloc of the filter: its chip, and its partners' chips (the first few shown, the rest behind "+N"). */
export interface BlocGroup {
  bloc: Bloc;
  label: string;
  /** Events with a partner of the bloc. */
  count: number;
  /** Every partner of the bloc chosen (`true`), some (`mixed`) or none (`false`). */
  pressed: boolean | 'mixed';
  chips: ChipModel[];
  /** How many chips show; the rest are behind the "+N" disclosure (a chosen partner always shows). */
  shown: number;
  open: boolean;
}

/** What the filter's keys and clicks call; `stop` is the `data-stop` of the button that holds the one tab stop. */
export interface FilterHandlers {
  stop: string;
  partner: (e: Event) => void;
  bloc: (e: Event) => void;
  more: (e: Event) => void;
  key: (e: KeyboardEvent) => void;
  focus: (e: FocusEvent) => void;
}

const tab = (stop: string, id: string) => (stop === id ? 0 : -1);

/**
 * The filter, blocs first: "All", then for each bloc a chip that chooses all its partners, its biggest partners, and a
 * "+N" disclosure for the rest, a visible cue that there are more. One tab stop (a toolbar): the arrow keys move
 * between the visible buttons, Home and End go to the ends. Counts carry their unit for screen readers.
 */
export function filterChips(groups: readonly BlocGroup[], s: Strings, on: FilterHandlers, compact = false) {
  const none = groups.every((g) => g.pressed === false);
  // Narrow, the blocs share one "+N" at the end, which shows every bloc's partners: the blocs fit in two rows.
  const hiddenAll = groups.reduce((n, g) => n + g.chips.length - g.shown, 0);
  const openAll = groups.some((g) => g.open);
  // Only the chips that show are in the DOM: "+N" adds the rest (a chosen partner always shows).
  const shown = groups.map((g) => g.chips.filter((c, i) => g.open || i < g.shown || c.pressed));
  // The tab stop stays on a button that is there: a partner chip that "−" took away hands it to "All".
  const stops = new Set([
    'all',
    ...groups.flatMap((g, k) => [
      `bloc:${g.bloc}`,
      `more:${g.bloc}`,
      ...shown[k].map((c) => `partner:${c.partner.id}`),
    ]),
    'more:all',
  ]);
  on = stops.has(on.stop) ? on : { ...on, stop: 'all' };
  return html`<div
    class="filters"
    part="filters"
    role="toolbar"
    aria-label=${s.filtersLabel}
    @keydown=${on.key}
    @focusin=${on.focus}
  >
    <button
      type="button"
      part="chip"
      class="chip all"
      data-partner=""
      data-stop="all"
      tabindex=${tab(on.stop, 'all')}
      aria-pressed=${none}
      @click=${on.partner}
    >${s.all}</button>
    ${groups.map((g, k) => {
      const hidden = g.chips.length - g.shown;
      return html`<span class="group ${g.bloc}" role="group" aria-label=${g.label}>
        <button
          type="button"
          part="bloc"
          class="chip bloc-chip ${g.bloc}"
          data-bloc=${g.bloc}
          data-stop=${`bloc:${g.bloc}`}
          tabindex=${tab(on.stop, `bloc:${g.bloc}`)}
          aria-pressed=${g.pressed}
          title=${s.blocChip(g.label)}
          @click=${on.bloc}
        ><span class="swatch ${g.bloc}" aria-hidden="true"></span>${g.label}<span class="count">${g.count}</span
          ><span class="visually-hidden"> ${unit(s, g.count)}</span></button>
        ${shown[k].map(
          (c) =>
            html`<button
              type="button"
              part="chip"
              class="chip"
              data-partner=${c.partner.id}
              data-stop=${`partner:${c.partner.id}`}
              tabindex=${tab(on.stop, `partner:${c.partner.id}`)}
              aria-pressed=${c.pressed}
              title=${c.formerNames}
              @click=${on.partner}
            ><span class="swatch ${g.bloc}" aria-hidden="true"></span><span lang=${c.labelLang}>${c.label}</span
              ><span class="count">${c.count}</span
              ><span class="visually-hidden"> ${unit(s, c.count)}</span></button>`,
        )}
        ${hidden > 0 && !compact ? moreButton(g.bloc, hidden, g.open, g.label, s, on) : nothing}
      </span>`;
    })}
    ${compact && hiddenAll > 0 ? moreButton('all', hiddenAll, openAll, s.partners.toLowerCase(), s, on) : nothing}
  </div>`;
}

/** The unit after a count, for screen readers: "events" (the visible chip shows the number alone). */
const unit = (s: Strings, count: number) => s.eventCount(count).replace(/^[\d,]+\s*/, '');

/** "+N": shows the partners of one bloc (`which` its id), or of every bloc (`all`, on narrow screens). */
function moreButton(which: string, hidden: number, open: boolean, label: string, s: Strings, on: FilterHandlers) {
  return html`<button
    type="button"
    class="chip more"
    data-more=${which}
    data-stop=${`more:${which}`}
    tabindex=${tab(on.stop, `more:${which}`)}
    aria-expanded=${open}
    @click=${on.more}
  >${open ? '−' : `+${hidden}`}<span class="visually-hidden"
      > ${open ? s.fewerPartners(label) : s.morePartners(hidden, label)}</span
    ></button>`;
}
