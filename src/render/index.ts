// The element's templates and the axis adapter, in one import for src/mongolia-timeline.ts.
export { drawAxis } from './axis.js';
export { chartSvg } from './chart-svg.js';
export { dataNotice, loadStatus } from './data-notice.js';
export { detailPanel } from './detail-panel.js';
export { ERA_ROW, eraBand, eraLegend, eraPanel } from './era-band.js';
export { filterChips } from './filter-chips.js';
export { listView } from './list-view.js';
export { TextMeasurer } from './measure-text.js';
export { tools, zoomControls } from './controls-bar.js';
