import { css } from 'lit';

/** The era band, its legend (a popover under the controls) and the era colours, legible in both themes. */
export const eraStyles = css`
  :host {
    --_era0: #9a7446;
    --_era1: #5f8a4c;
    --_era2: #8a68ad;
    --_era3: #4f8aa0;
    --_era4: #a86464;
    --_era5: #7f7f35;
  }
  .era0 {
    --_era: var(--_era0);
  }
  .era1 {
    --_era: var(--_era1);
  }
  .era2 {
    --_era: var(--_era2);
  }
  .era3 {
    --_era: var(--_era3);
  }
  .era4 {
    --_era: var(--_era4);
  }
  .era5 {
    --_era: var(--_era5);
  }
  .era {
    fill: var(--_era);
    cursor: pointer;
  }
  .era:hover {
    stroke: var(--_text);
  }
  .era.open {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .era-tint {
    fill: var(--_era);
    opacity: 0.1;
  }
  .swatch[class*='era'] {
    border-radius: 2px;
    background: var(--_era);
  }
  .controls .eras-toggle,
  .controls .tool,
  .controls .view {
    padding: 0 12px;
    font-size: 14px;
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
    font-size: 14px;
    cursor: pointer;
    list-style: none;
  }
  .menu summary::-webkit-details-marker {
    display: none;
  }
  .menu summary::after {
    content: '▾';
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
    font-size: 14px;
    text-align: start;
  }
  .menu-items button:hover {
    background: var(--_surface);
  }
  .era-legend {
    position: absolute;
    top: 4px;
    right: 8px;
    z-index: 2;
    max-width: calc(100% - 16px);
    max-height: calc(100% - 8px);
    overflow-y: auto;
    margin: 0;
    padding: 4px;
    list-style: none;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_bg);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .era-legend button {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    min-height: 28px;
    padding: 2px 8px;
    border: none;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  .era-legend button:hover {
    background: var(--_surface);
  }
  .era-legend .count {
    margin-inline-start: auto;
    padding-inline-start: 12px;
  }
  .era-detail .swatch {
    margin-inline-end: 6px;
  }
  @media (forced-colors: active) {
    .era,
    .era-tint {
      forced-color-adjust: none;
    }
  }
`;
