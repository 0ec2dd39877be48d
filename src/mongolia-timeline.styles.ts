import { css } from 'lit';
import { balanceStyles } from './render/balance.styles.js';
import { eraStyles } from './render/era.styles.js';
import { overlayStyles } from './render/overlay.styles.js';

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
    font-size: var(--mt-font-size, 14px);
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
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
    padding: 6px 8px 0;
  }
  .search {
    flex: 0 1 14em;
    min-width: 6em;
    height: 32px;
    box-sizing: border-box;
    padding: 0 8px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 14px;
  }
  .search:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  mark {
    background: var(--mt-color-highlight, #ffe08a);
    color: #1c2430;
  }
  .hit {
    font-weight: 700;
    text-decoration: underline;
  }
  .period {
    margin-inline-start: 6px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .controls button {
    min-width: 32px;
    min-height: 32px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_surface);
    font-size: 18px;
    line-height: 1;
  }
  .filters {
    display: flex;
    gap: 6px;
    flex-wrap: wrap;
    /* Two rows of chips show; more scroll. No bottom padding, so a third row never peeks in. */
    padding: 6px 8px 0;
    margin-bottom: 6px;
    max-height: 66px;
    overflow-y: auto;
    scrollbar-width: thin;
  }
  @container (max-width: 560px) {
    /* Row one: zoom buttons, then the tools at the end; row two: the period and the search box. */
    .controls > button:nth-of-type(3) {
      margin-inline-end: auto;
    }
    .controls .period {
      order: 1;
      margin-inline-end: 4px;
    }
    .search {
      order: 2;
      flex: 1 1 8em;
    }
    .filters {
      flex-wrap: nowrap;
      overflow-x: auto;
      overflow-y: hidden;
    }
  }
  .chip {
    --chip-color: var(--_muted);
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 2px 10px;
    border: 1px solid var(--_grid);
    border-radius: 999px;
    background: var(--_bg);
    font-size: 13px;
    white-space: nowrap;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--chip-color);
    background: var(--_surface);
    box-shadow: inset 0 0 0 1px var(--chip-color);
    font-weight: 600;
  }
  .chip.all[aria-pressed='true'] {
    --chip-color: var(--_text);
  }
  .domestic .marker,
  .domestic .bar {
    fill: var(--_muted);
    stroke: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--chip-color);
    flex: none;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .stage {
    position: relative;
    flex: 1;
    min-height: 0;
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
  .grid {
    stroke: var(--_grid);
  }
  .axis {
    color: var(--_muted);
    font-size: 12px;
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
    font-size: var(--mt-label-size, 12px);
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
    font-size: 12px;
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
  .controls .period {
    margin-inline-end: auto;
  }
  .controls .view[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
  }
  .chart.behind {
    visibility: hidden;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
    /* Partner colours carry meaning: keep them. Pressed buttons show as selected items. */
    .swatch {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }
    .chip[aria-pressed='true'],
    .controls .view[aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
    }
    .chip[aria-pressed='true'] .count {
      color: SelectedItemText;
    }
  }
`;

/** The element's styles: the frame, controls, chips and chart here; the overlays in render/overlay.styles.ts. */
export const styles = [base, overlayStyles, balanceStyles, eraStyles];
