import { css } from 'lit';

/** The era band, its legend (a popover under the controls), and the era colours (3:1 on both themes). */
export const eraStyles = css`
  .era0 {
    --_era: #9a7446;
  }
  .era1 {
    --_era: #5f8a4c;
  }
  .era2 {
    --_era: #8a68ad;
  }
  .era3 {
    --_era: #4f8aa0;
  }
  .era4 {
    --_era: #a86464;
  }
  .era5 {
    --_era: #7f7f35;
  }
  .era {
    fill: var(--_era);
    cursor: pointer;
  }
  .era-name {
    fill: var(--_muted);
    font-size: 0.5625rem;
    pointer-events: none;
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
  .swatch.era-swatch {
    border-radius: 2px;
    background: var(--_era);
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
