// The element's reactive controllers and helpers, in one import for src/mongolia-timeline.ts.
export { BalanceController } from './balance-controller.js';
export { DataSourceController } from './data-source-controller.js';
export { EraController } from './era-controller.js';
export { EXPORT_FORMATS, ExportController, type ExportFormat } from './export-controller.js';
export { HintController } from './hint-controller.js';
export { KeyboardController } from './keyboard-controller.js';
export { PrintController } from './print-controller.js';
export { ReaderController } from './reader-controller.js';
export { ResizeController } from './resize-controller.js';
export { RovingFocusController } from './roving-focus-controller.js';
export { SelectionController } from './selection-controller.js';
export { UrlStateController } from './url-state-controller.js';
export { ViewWindow } from './view-window.js';
export { ZoomController } from './zoom-controller.js';
