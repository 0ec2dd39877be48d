import { css } from 'lit';
import { visuallyHidden } from './visually-hidden.styles.js';

/**
 * The overlays on the chart: the details panel and the data notice. The details sit beside the chart on wide hosts
 * and under it below 560 px, and the chart gives them its room while they are open, so that they never cover the
 * focused or the open event (WCAG 2.4.11).
 */
export const overlayStyles = css`
  .stage {
    /* The side panel's width and the bottom sheet's height, shared by the panel and the chart it makes room for. */
    --_panel-width: min(22.5rem, 45%);
    --_sheet-height: 58%;
  }
  .stage:has(> .detail) > .chart {
    right: var(--_panel-width);
  }
  .detail {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    width: var(--_panel-width);
    box-sizing: border-box;
    padding: 12px 16px 16px;
    overflow-y: auto;
    /* A long URL or an unbroken word in custom data wraps instead of widening the panel. */
    overflow-wrap: anywhere;
    background: var(--_bg);
    border-inline-start: 1px solid var(--_grid);
    box-shadow: -6px 0 18px rgb(0 0 0 / 12%);
    overscroll-behavior: contain;
  }
  @container (max-width: 560px) {
    .stage:has(> .detail) > .chart {
      right: 0;
      bottom: var(--_sheet-height);
    }
    /* On a phone, the balance strip gives its rows to the chart and the details while they are open. */
    .frame:has(> .stage > .detail) > .balance {
      display: none;
    }
    .detail {
      top: auto;
      left: 0;
      width: 100%;
      height: var(--_sheet-height);
      border-inline-start: none;
      border-top: 1px solid var(--_grid);
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -6px 18px rgb(0 0 0 / 15%);
    }
  }
  .detail h2 {
    margin: 0 32px 8px 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .detail h2:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .detail h3 {
    margin: 12px 0 4px;
    font-size: 1em;
  }
  .detail .date {
    margin: 0 32px 4px 0;
    color: var(--_muted);
  }
  .detail p,
  .detail dd {
    line-height: 1.45;
  }
  .detail dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 4px 12px;
    margin: 8px 0;
  }
  .detail dt {
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
  }
  .partner {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    margin-inline-end: 10px;
  }
  .sources {
    margin: 0;
    padding-inline-start: 18px;
  }
  .sources li {
    margin: 4px 0;
  }
  .sources a {
    display: inline-block;
    box-sizing: border-box;
    min-height: 24px;
    padding-block: 2px;
    color: var(--_focus);
  }
  .publisher {
    color: var(--_muted);
  }
  .publisher::before {
    content: '— ';
  }
  .note {
    color: var(--_muted);
    font-size: 0.93em;
  }
  .close {
    position: absolute;
    top: 8px;
    right: 8px;
    width: 32px;
    height: 32px;
    border: none;
    border-radius: 50%;
    background: var(--_surface);
    font-size: 1.25rem;
    line-height: 1;
  }
  .notice {
    position: absolute;
    left: 8px;
    top: 8px;
    display: flex;
    align-items: flex-start;
    gap: 8px;
    max-width: min(420px, calc(100% - 16px));
    max-height: calc(100% - 16px);
    overflow: auto;
    padding: 6px 6px 6px 12px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_surface);
    font-size: 0.8125rem;
  }
  .status {
    position: absolute;
    left: 50%;
    top: 40%;
    transform: translate(-50%, -50%);
    display: flex;
    align-items: center;
    gap: 8px;
    box-sizing: border-box;
    max-width: calc(100% - 16px);
    padding: 6px 12px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_surface);
    font-size: 0.8125rem;
  }
  .status.failed {
    top: 8px;
    transform: translateX(-50%);
    width: max-content;
    padding-inline-end: 6px;
    border-color: var(--mt-color-error, #b3261e);
  }
  .status p {
    margin: 0;
  }
  .status progress {
    width: 80px;
    accent-color: var(--_focus);
  }
  .chart.no-data svg {
    visibility: hidden;
  }
  .notice summary {
    cursor: pointer;
    padding-block: 4px;
  }
  .notice ul {
    margin: 4px 0;
    padding-inline-start: 18px;
  }
  .dismiss {
    flex: none;
    width: 28px;
    height: 28px;
    border: none;
    border-radius: 50%;
    background: transparent;
    font-size: 1.125rem;
  }
  .list {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 0 8px 8px;
    background: var(--_bg);
  }
  .list table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.8125rem;
  }
  .row-sources summary {
    min-height: 24px;
    cursor: pointer;
    color: var(--_focus);
  }
  /* Narrow, each row stacks its cells: no table wider than the element (WCAG 1.4.10). */
  @container (max-width: 480px) {
    .list thead {
      ${visuallyHidden}
    }
    .list table,
    .list tbody,
    .list tr,
    .list td {
      display: block;
    }
    .list tr {
      padding: 6px 0;
      border-bottom: 1px solid var(--_grid);
    }
  }
  .list caption {
    padding: 6px 0;
    text-align: start;
    font-weight: 600;
  }
  .list th,
  .list td {
    padding: 6px;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  .list .when {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .list p {
    margin: 2px 0 0;
    line-height: 1.4;
  }
  .list ul {
    margin: 0;
    padding-inline-start: 16px;
  }
  .list a {
    color: var(--_focus);
  }
  .kind {
    margin-inline-start: 6px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sort {
    min-height: 24px;
    padding: 0;
    border: none;
    background: none;
    font-weight: 600;
  }
  @media print {
    :host {
      height: auto;
      border: none;
      overflow: visible;
    }
    .controls,
    .filters,
    .chart,
    .detail,
    .era-legend,
    .status,
    .notice {
      display: none;
    }
    .stage,
    .list {
      position: static;
      overflow: visible;
    }
  }
`;
