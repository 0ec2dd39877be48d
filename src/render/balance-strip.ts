import { html, nothing, svg } from 'lit';
import { BLOCS, type BalanceBucket } from '../layout/balance.js';
import type { Bloc } from '../data/types.js';
import type { Silence } from '../layout/silences.js';
import type { Strings } from '../i18n/strings.js';
import { cssProperty } from './css-property.js';
import { hitEdges } from '../layout/hit-spans.js';
import type { SoundButton } from '../controllers/sound-controller.js';

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
  /** Spans in which a bloc had no recorded tie (`src/layout/silences.ts`), shaded behind the bars. */
  silences?: readonly Silence[];
  /** Where the tab stop is in the strip's tree: the whole view, the bar of `tabStop`, or one of that bar's blocs. */
  at?: 'view' | 'bar' | Bloc;
  /** The "Play as sound" button (absent without Web Audio). */
  sound?: SoundButton;
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
 * The balance strip: for each period in view, a stacked bar of how many events touched each bloc. One tab stop, and a
 * tree to step through (`src/layout/balance-tree.ts`): the whole view, its bars, each bar's blocs; Left and Right
 * across, Down into, Up out of a level; Enter zooms to a bar's years; hovering or focusing a bar shows its figures.
 * The caption below gives each bloc's share of the view and serves as the legend.
 */
export function balanceStrip(buckets: readonly BalanceBucket[], c: StripContext) {
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const unit = (STRIP_BARS - 4) / max;
  const shown = buckets.find((b) => b.from === c.shown);
  const s = c.s;
  const at = c.at ?? 'bar';
  const hits = hitEdges([
    ...buckets.map((b) => Math.max(0, c.x(b.from))),
    Math.min(c.width, c.x(buckets.at(-1)?.to ?? 0)),
  ]);
  return html`<div class="balance" part="balance" @keydown=${c.on.key} @pointerover=${c.on.pointer} @pointerleave=${c.on.leave}
      @focusin=${c.on.focus} @focusout=${c.on.leave} @click=${c.on.click}>
    ${
      // First in the strip's order, so that the bars' tab stop stays its last; drawn at the end of the caption's row.
      c.sound && buckets.length
        ? html`<button type="button" class="sound ${c.sound.playing ? 'playing' : ''}" aria-describedby="sound-help"
              @click=${c.sound.toggle}><span class="sound-label">${c.sound.playing ? s.sound.stop : s.sound.play}</span></button
            ><span id="sound-help" class="visually-hidden">${s.sound.help}</span>`
        : nothing
    }
    <svg width=${c.width} height=${STRIP_BARS} role="tree" aria-label=${s.balanceLabel} aria-describedby="tree-help">
      ${(c.silences ?? []).map((q) => {
        const x0 = Math.max(0, c.x(q.from));
        const w = Math.min(c.width, c.x(q.to + 1)) - x0;
        return w > 0
          ? svg`<rect class="silence ${q.bloc}" aria-hidden="true" x=${x0} width=${w} height=${STRIP_BARS}></rect>`
          : nothing;
      })}
      <g class="tree-root" role="treeitem" aria-level="1" aria-expanded="true" tabindex=${at === 'view' ? 0 : -1}
        aria-label=${buckets.length ? s.balanceView(bucketPeriod(c.inView), bucketFigures(c.inView, s)) : s.balanceNone}
        ><rect class="root-ring" width=${c.width} height=${STRIP_BARS}></rect><g role="group">
      ${buckets.map((b, i) => {
        const x0 = Math.max(0, c.x(b.from));
        const w = Math.max(1, Math.min(c.width, c.x(b.to)) - x0 - 1);
        // Its pointer target: at least 24 px wide, taken from its neighbours' targets (WCAG 2.5.8).
        const hx = hits[i] - x0;
        // A bar's blocs are its children in the tree, there while the tab stop is on one of them.
        const open = b.from === c.tabStop && at !== 'view' && at !== 'bar';
        return svg`<g class="bucket" data-year=${b.from} role="treeitem" aria-level="2" aria-posinset=${i + 1}
            aria-setsize=${buckets.length} aria-expanded=${open} tabindex=${b.from === c.tabStop && at === 'bar' ? 0 : -1}
            aria-label=${s.balanceBar(bucketPeriod(b), bucketFigures(b, s))} transform="translate(${x0} 0)"><rect class="hit" x=${hx} width=${hits[i + 1] - hits[i]} height=${STRIP_BARS}></rect><g role=${open ? 'group' : 'none'}>${blocRects(b, open, at, unit, w, s)}</g></g>`;
      })}
      </g></g>
    </svg>
    <span id="tree-help" class="visually-hidden">${s.balanceTreeHelp}</span>
    ${
      shown
        ? html`<div class="tip" role="presentation" ${cssProperty('--x', `${Math.min(c.width - 120, Math.max(0, c.x(shown.from)))}px`)}>
          <strong>${bucketPeriod(shown)}</strong> ${bucketFigures(shown, s)}
        </div>`
        : nothing
    }
    <p class="caption">${shares(c.inView, s)}</p>
  </div>`;
}

/**
 * A bar's four bloc rectangles, stacked from the bottom (a bloc without ties is 0 px tall): one template with the four
 * written out, not a list, which would put two comment nodes around each. While the bar is open in the tree, each is
 * a tree item of its own.
 */
function blocRects(b: BalanceBucket, open: boolean, at: string | null, unit: number, w: number, s: Strings) {
  let y = STRIP_BARS;
  const [n, so, t, m] = BLOCS.map((bloc, j) => {
    const h = b.counts[bloc] * unit;
    y -= h;
    return {
      y,
      h,
      bloc: open ? bloc : nothing,
      role: open ? 'treeitem' : nothing,
      level: open ? '3' : nothing,
      pos: open ? j + 1 : nothing,
      size: open ? BLOCS.length : nothing,
      tab: open ? (at === bloc ? 0 : -1) : nothing,
      label: open ? s.balanceBloc(s.blocs[bloc], bucketPeriod(b), b.counts[bloc]) : nothing,
    };
  });
  return svg`<rect class="bloc north" data-bloc=${n.bloc} role=${n.role} aria-level=${n.level} aria-posinset=${n.pos} aria-setsize=${n.size} tabindex=${n.tab} aria-label=${n.label} y=${n.y} width=${w} height=${n.h}></rect><rect class="bloc south" data-bloc=${so.bloc} role=${so.role} aria-level=${so.level} aria-posinset=${so.pos} aria-setsize=${so.size} tabindex=${so.tab} aria-label=${so.label} y=${so.y} width=${w} height=${so.h}></rect><rect class="bloc third" data-bloc=${t.bloc} role=${t.role} aria-level=${t.level} aria-posinset=${t.pos} aria-setsize=${t.size} tabindex=${t.tab} aria-label=${t.label} y=${t.y} width=${w} height=${t.h}></rect><rect class="bloc multilateral" data-bloc=${m.bloc} role=${m.role} aria-level=${m.level} aria-posinset=${m.pos} aria-setsize=${m.size} tabindex=${m.tab} aria-label=${m.label} y=${m.y} width=${w} height=${m.h}></rect>`;
}

/** The caption: each bloc's share of the ties in view, with its colour, or that there are none. */
function shares(b: BalanceBucket, s: Strings) {
  if (!b.total) return s.balanceNone;
  return html`<span class="caption-lead">${s.balanceInView(b.total)}</span>
    ${BLOCS.map((bloc) => html`<span class="share"><span class="key ${bloc}" aria-hidden="true"></span>${s.blocs[bloc]} ${Math.round((b.counts[bloc] / b.total) * 100)}%</span> `)}`;
}
