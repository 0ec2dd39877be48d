import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.styles.js';

/** The balance strip under the chart: bars, their figures on hover or focus, and the caption that is its legend. */
export const balanceStyles = css`
  :host {
    --_north: var(--mt-color-north, #d33f3a);
    --_south: var(--mt-color-south, #b97a00);
    --_third: var(--mt-color-third, #2f6fd8);
    --_multilateral: var(--mt-color-multilateral, #a4479c);
  }
  .balance {
    position: relative;
    flex: none;
    border-top: 1px solid var(--_grid);
  }
  .balance svg {
    display: block;
  }
  .bucket {
    cursor: zoom-in;
    outline: none;
  }
  .bucket .hit {
    fill: transparent;
  }
  .bucket:hover .hit,
  .bucket:focus .hit {
    fill: var(--_surface);
  }
  .bucket:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  /* The strip as a tree: the whole view, then a bar's blocs, take focus too. */
  .tree-root {
    outline: none;
  }
  .root-ring {
    fill: none;
    pointer-events: none;
  }
  .tree-root:focus-visible > .root-ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .bucket:focus-within .hit {
    stroke: var(--_focus);
    stroke-dasharray: 3 2;
  }
  .bloc:focus {
    outline: none;
  }
  .bloc:focus-visible {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .bloc {
    fill: var(--_bloc);
    /* Pointers go to the bars' targets, which may be wider than the bars (src/layout/hit-spans.ts). */
    pointer-events: none;
  }
  /* A silence: years with no recorded tie with a bloc, shaded in its colour with a dashed top. */
  .silence {
    fill: var(--_bloc);
    fill-opacity: 0.12;
    stroke: var(--_bloc);
    stroke-dasharray: 3 3;
    stroke-opacity: 0.7;
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    gap: 0 12px;
    margin: 0;
    padding: 3px 8px;
    color: var(--_muted);
    font-size: 0.75rem;
    line-height: 16px;
  }
  .share {
    white-space: nowrap;
  }
  /* "Play as sound", at the end of the caption's row (first in the strip's order). */
  .balance:has(> .sound) {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: center;
  }
  .balance > svg {
    grid-column: 1 / -1;
    grid-row: 1;
  }
  .sound {
    grid-column: 2;
    grid-row: 2;
    min-height: 24px;
    margin-inline-end: 8px;
    white-space: nowrap;
    padding: 0 10px;
    border: 1px solid var(--_grid);
    border-radius: 12px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  /* In a narrow element the button is an icon (its name stays the words), so that the caption keeps its width. */
  .sound::before {
    display: none;
    content: '▶' / '';
  }
  .sound.playing::before {
    content: '■' / '';
  }
  @container (max-width: 560px) {
    .sound {
      min-width: 32px;
      padding: 0 8px;
    }
    .sound::before {
      display: inline;
    }
    .sound-label {
      ${visuallyHidden}
    }
  }
  .key {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 4px;
    border-radius: 2px;
    vertical-align: -1px;
    background: var(--_bloc);
    forced-color-adjust: none;
  }
  .tip {
    position: absolute;
    left: var(--x);
    bottom: calc(100% + 4px);
    max-width: calc(100% - 16px);
    padding: 4px 8px;
    border-radius: 4px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.75rem;
    white-space: nowrap;
    pointer-events: none;
  }
  .list .balance-table {
    width: auto;
    min-width: 0;
    margin-top: 16px;
    font-variant-numeric: tabular-nums;
  }
  .balance-table td {
    text-align: end;
  }
  @media print {
    .balance,
    .balance:has(> .sound) {
      display: none;
    }
  }
`;
