import { chartAction } from './chart-keys.js';
import type { RovingFocusController } from './roving-focus-controller.js';
import type { ZoomController } from './zoom-controller.js';

/** What the keyboard drives: the chart, its zoom and focus, and the host's actions on a mark. */
export interface KeyboardTarget {
  chart: () => HTMLElement;
  /** Whether there is a view to act on. */
  ready: () => boolean;
  zoom: ZoomController;
  focus: RovingFocusController;
  width: () => number;
  /** The x pixel of an event, to zoom around it; `undefined` for clusters and unknown ids. */
  xOf: (id: string) => number | undefined;
  reset: () => void;
  activate: (id: string) => void;
  close: () => void;
}

/**
 * Turns key presses on the chart into actions (`chart-keys.ts` maps keys to actions): zoom around the focused
 * event, pan, reset, move between events, open one, close the details. Bound to the stage's `keydown`.
 */
export class KeyboardController {
  constructor(private readonly t: KeyboardTarget) {}

  readonly onKey = (e: KeyboardEvent): void => {
    const action = chartAction(e);
    const t = this.t;
    if (!action || !t.ready()) return;
    // Inside the details, only Escape is ours: links and the close button keep their keys.
    if (!t.chart().contains(e.target as Node) && action.type !== 'close') return;
    e.preventDefault();
    const current = t.focus.current(e.target);
    switch (action.type) {
      case 'zoom':
        return t.zoom.zoomBy(action.factor, current ? t.xOf(current) : undefined);
      case 'pan':
        return t.zoom.panBy(action.fraction * t.width());
      case 'reset':
        return t.reset();
      case 'activate':
        return current ? t.activate(current) : undefined;
      case 'close':
        return t.close();
      case 'move':
        return t.focus.step(current, action.to);
    }
  };
}
