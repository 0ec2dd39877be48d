import { css } from 'lit';
import { balanceStyles } from './render/balance.styles.js';
import { controlsStyles } from './render/controls.styles.js';
import { eraStyles } from './render/era.styles.js';
import { legendStyles } from './render/mark-legend.js';
import { overlayStyles } from './render/overlay.styles.js';
import { visuallyHidden } from './render/visually-hidden.styles.js';

/** The dark palette; each colour stays overridable by its `--mt-color-*` property. */
const dark = css`
  --_text: var(--mt-color-text, #e6eaf0);
  --_muted: var(--mt-color-muted, #a3adbb);
  --_bg: var(--mt-color-background, #141a22);
  --_surface: var(--mt-color-surface, #1f2731);
  --_grid: var(--mt-color-grid, #2f3a47);
  --_focus: var(--mt-color-focus, #7cb0ff);
  color-scheme: dark;
`;

const base = css`
  :host {
    --_font: var(--mt-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_text: var(--mt-color-text, #1c2430);
    --_muted: var(--mt-color-muted, #566173);
    --_bg: var(--mt-color-background, #ffffff);
    --_surface: var(--mt-color-surface, #f3f5f8);
    --_grid: var(--mt-color-grid, #e3e7ed);
    --_focus: var(--mt-color-focus, #1a5fd0);
    --_radius: var(--mt-radius, 8px);
    display: block;
    height: var(--mt-height, 480px);
    min-width: 0;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--mt-font-size, 0.875rem);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    overflow: hidden;
    color-scheme: light;
  }
  /* Dark: on request, or when the reader's system prefers it and the page did not ask for light. */
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
    /* When the controls, chips and strip need more than the element's height (a phone, a long language, a large
       font) and the chart is at its smallest, the rest scrolls into view instead of being cut off (WCAG 1.4.10), by
       touch, wheel or focus. No scrollbar: a classic one would take its width from the chart and its axis labels. */
    overflow-y: auto;
    scrollbar-width: none;
  }
  .domestic .marker,
  .domestic .bar,
  .none {
    fill: var(--_muted);
    stroke: var(--_muted);
  }
  /* Colour by bloc (four colours at least 19 CIE76 ΔE apart under protanopia, deuteranopia and tritanopia, 3:1 on
     both themes); the shape says it again (src/render/bloc-shape.ts). */
  .north {
    --_bloc: var(--_north);
  }
  .south {
    --_bloc: var(--_south);
  }
  .third {
    --_bloc: var(--_third);
  }
  .multilateral {
    --_bloc: var(--_multilateral);
  }
  .hit {
    fill: transparent;
  }
  .marker,
  .bar,
  .icon {
    fill: var(--_bloc, var(--_muted));
  }
  .second {
    stroke: var(--_bloc);
  }
  .bar.edge-north {
    stroke: var(--_north);
  }
  .bar.edge-south {
    stroke: var(--_south);
  }
  .bar.edge-third {
    stroke: var(--_third);
  }
  .bar.edge-multilateral {
    stroke: var(--_multilateral);
  }
  /* The chart keeps room for a lane and the axis however short the element is; the strip and the eras give way
     first (the element hides them below 300 and 200 px). */
  .stage {
    position: relative;
    flex: 1;
    min-height: 96px;
  }
  .chart {
    position: absolute;
    inset: 0;
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .chart:focus {
    outline: none;
  }
  .chart:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  svg {
    display: block;
    overflow: hidden;
    font-family: var(--_font);
  }
  .layer {
    will-change: transform;
  }
  .grid {
    fill: none;
    stroke: var(--_grid);
  }
  .axis {
    /* Decorative (the marks name their dates): a click on a label the axis overlaps in a short chart reaches it. */
    pointer-events: none;
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .axis text {
    fill: var(--_muted);
    font-family: var(--_font);
  }
  .event,
  .cluster {
    cursor: pointer;
    outline: none;
  }
  .event text {
    fill: var(--_text);
    font-size: var(--mt-label-size, 0.75rem);
  }
  /* Set like a label and never seen: its size changes when the label font, its size or the reader's text spacing
     does (a web font loading, --mt-label-size, a spacing style sheet), and the element then measures labels again. */
  .probe {
    position: absolute;
    top: 0;
    left: 0;
    visibility: hidden;
    white-space: pre;
    pointer-events: none;
    font-family: var(--_font);
    font-size: var(--mt-label-size, 0.75rem);
  }
  .bar {
    fill-opacity: 0.28;
    stroke-width: 1.5;
  }
  .second {
    fill: none;
    stroke-width: 2;
  }
  .marker {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .event:hover text,
  .event.selected text {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .event.selected text {
    font-weight: 600;
  }
  .event:focus text {
    fill: var(--_focus);
    font-weight: 600;
    text-decoration: underline 2px;
    text-underline-offset: 3px;
  }
  .event:focus .marker,
  .event:focus .bar {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .pill {
    fill: var(--_surface);
    stroke: var(--_muted);
  }
  .cluster text {
    fill: var(--_text);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .cluster:hover .pill {
    stroke: var(--_text);
  }
  .cluster:focus .pill,
  .cluster:focus-visible .pill {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .hint,
  .empty {
    position: absolute;
    left: 50%;
    top: 40%;
    transform: translate(-50%, -50%);
    max-width: 80%;
    padding: 8px 12px;
    border-radius: 6px;
    text-align: center;
    pointer-events: none;
  }
  .hint {
    background: var(--_text);
    color: var(--_bg);
  }
  .empty {
    color: var(--_muted);
  }
  .chart.behind {
    visibility: hidden;
  }
  .frame {
    position: relative;
  }
  /* The first stop of the element: hidden until focused; it sends focus past everything else. */
  .skip {
    position: absolute;
    top: 4px;
    left: 8px;
    z-index: 5;
    padding: 4px 8px;
    border: 2px solid var(--_focus);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_focus);
    transform: translateY(-300%);
  }
  .skip:focus {
    transform: none;
  }
  /* Headings that take focus when their panel opens show it. */
  #detail-title:focus,
  #legend-title:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  @media (forced-colors: active) {
    .marker,
    .bar,
    .pill {
      stroke: CanvasText;
    }
    .event:focus .marker,
    .event:focus .bar,
    .cluster:focus .pill {
      stroke: Highlight;
    }
    .event:focus text {
      fill: Highlight;
    }
  }
`;

/**
 * The element's styles: the palette, frame and chart here; the controls bar and chips, the overlays, the balance
 * strip and the eras in their own sheets under render/.
 */
export const styles = [base, controlsStyles, overlayStyles, balanceStyles, eraStyles, legendStyles];
