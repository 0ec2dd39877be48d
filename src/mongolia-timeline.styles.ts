import { css } from 'lit';

export const styles = css`
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
    align-items: center;
    gap: 4px;
    padding: 6px 8px 0;
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
    padding: 6px 8px;
    max-height: 76px;
    overflow-y: auto;
    scrollbar-width: thin;
  }
  @container (max-width: 560px) {
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
  .ring {
    fill: transparent;
    stroke: none;
  }
  .event:hover .ring {
    fill: var(--_surface);
  }
  .event.selected .ring {
    fill: var(--_surface);
    stroke: var(--_muted);
  }
  .event:focus-visible .ring,
  .event:focus .ring {
    stroke: var(--_focus);
    stroke-width: 2;
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
  .detail {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    width: min(360px, 100%);
    box-sizing: border-box;
    padding: 12px 16px 16px;
    overflow-y: auto;
    background: var(--_bg);
    border-inline-start: 1px solid var(--_grid);
    box-shadow: -6px 0 18px rgb(0 0 0 / 12%);
    overscroll-behavior: contain;
  }
  @container (max-width: 560px) {
    .detail {
      top: auto;
      left: 0;
      width: 100%;
      max-height: 70%;
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
    outline: none;
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
    font-size: 20px;
    line-height: 1;
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
    .event:focus .ring,
    .cluster:focus .pill {
      stroke: Highlight;
    }
  }
`;
