import { css } from 'lit';

/** The controls bar (zoom buttons, period, search, eras toggle, copy link, export menu, list toggle) and the chips. */
export const controlsStyles = css`
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
    display: flex;
    align-items: center;
    gap: 6px;
    height: 32px;
    box-sizing: border-box;
    padding: 0 8px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_muted);
  }
  .search svg {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }
  .search:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .search input {
    flex: 1;
    min-width: 0;
    height: 100%;
    padding: 0;
    border: none;
    outline: none;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
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
    font-size: 1.125rem;
    line-height: 1;
  }
  /* Blocs first: "All", then a group per bloc (its chip, its biggest partners, "+N" for the rest). Everything wraps;
     nothing scrolls out of sight. */
  .filters {
    display: flex;
    gap: 6px 10px;
    flex-wrap: wrap;
    padding: 6px 8px 0;
    margin-bottom: 6px;
  }
  .group {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip[hidden] {
    display: none;
  }
  .bloc-chip {
    font-weight: 600;
  }
  .bloc-chip[aria-pressed='mixed'] {
    border-style: dashed;
    border-color: var(--_bloc);
  }
  .chip.more {
    padding: 2px 8px;
    color: var(--_muted);
    background: var(--_surface);
  }
  @container (max-width: 560px) {
    /* The controls wrap in their document order (no CSS order, so that Tab follows what the eye sees): the zoom
       buttons and the period, then the search box across, then the tools. */
    .controls .period {
      margin-inline-end: auto;
    }
    .search {
      flex: 1 1 100%;
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
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_bloc, var(--chip-color));
    background: var(--_surface);
    box-shadow: inset 0 0 0 1px var(--_bloc, var(--chip-color));
    font-weight: 600;
  }
  .chip.all[aria-pressed='true'] {
    --chip-color: var(--_text);
  }
  /* The bloc's colour and shape: circle, square, diamond, triangle (as the marks). */
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_bloc, var(--chip-color));
    flex: none;
  }
  .swatch.south {
    border-radius: 1px;
  }
  .swatch.third {
    border-radius: 0;
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .swatch.multilateral {
    border-radius: 0;
    clip-path: polygon(50% 0, 100% 90%, 0 90%);
  }
  .head {
    padding: 6px 8px 0;
  }
  .title {
    margin: 0;
    font-size: calc(var(--mt-font-size, 0.875rem) + 2px);
    line-height: 1.3;
  }
  .takeaway {
    margin: 2px 0 0;
    font-size: 0.8125rem;
    line-height: 1.4;
  }
  .controls .legend-toggle {
    padding: 0 12px;
    font-size: 0.875rem;
  }
  .controls .legend-toggle[aria-expanded='true'] {
    background: var(--_text);
    color: var(--_bg);
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .controls .period {
    margin-inline-end: auto;
  }
  .controls .view[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
  }
  .controls .eras-toggle,
  .controls .view {
    padding: 0 12px;
    font-size: 0.875rem;
  }
  .controls .eras-toggle[aria-expanded='true'] {
    background: var(--_text);
    color: var(--_bg);
  }
  .menu {
    position: relative;
  }
  .menu summary {
    display: flex;
    align-items: center;
    min-height: 32px;
    box-sizing: border-box;
    padding: 0 12px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_surface);
    font-size: 0.875rem;
    cursor: pointer;
    list-style: none;
  }
  .menu summary::-webkit-details-marker {
    display: none;
  }
  .menu summary::after {
    content: '▾' / '';
    margin-inline-start: 6px;
  }
  .menu summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .menu-items {
    position: absolute;
    right: 0;
    z-index: 3;
    display: flex;
    flex-direction: column;
    margin-top: 4px;
    padding: 4px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .menu-items button {
    min-width: 72px;
    min-height: 28px;
    border: none;
    border-radius: 4px;
    background: none;
    font-size: 0.875rem;
    text-align: start;
  }
  .menu-items button:hover {
    background: var(--_surface);
  }
  @media (forced-colors: active) {
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
