import { css } from 'lit';

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
  .bloc {
    fill: var(--_bloc);
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
    .balance {
      display: none;
    }
  }
`;
