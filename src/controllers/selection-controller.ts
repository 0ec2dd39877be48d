import type { ReactiveControllerHost } from 'lit';
import type { TimelineItem } from '../data/timeline-items.js';
import { emit } from '../events.js';
import { warn } from '../timeline-state.js';
import type { RovingFocusController } from './roving-focus-controller.js';

/** What selection needs from the host: its `selected` property, items and clusters, and a way to zoom into a cluster. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string;
}

/**
 * Opening and closing an event's details: activating a mark selects its event (or zooms into a cluster), fires
 * `mt-select` and moves focus to the details; closing returns focus to the event. Keeps `detail`, the selected item,
 * in step with `selected` and the data, warning once when `selected` names no event.
 */
export class SelectionController {
  detail?: TimelineItem;

  constructor(
    private readonly host: SelectionHost,
    private readonly focus: RovingFocusController,
    private readonly items: () => readonly TimelineItem[],
    private readonly zoomIntoCluster: (id: string) => boolean,
  ) {}

  /** Finds the selected item again after `selected` or the data changed. */
  sync(): void {
    const items = this.items();
    this.detail = items.find((i) => i.event.id === this.host.selected);
    if (this.host.selected && !this.detail && items.length) warn(`selected="${this.host.selected}" is no event's id`);
  }

  /** A mark was activated, by click or key: opens its event, or zooms into its cluster. */
  readonly activate = (id: string): void => {
    this.focus.active = id;
    if (this.zoomIntoCluster(id)) return;
    const item = this.items().find((i) => i.event.id === id);
    if (!item) return;
    this.host.selected = id;
    this.focus.focusAfterUpdate('#detail-title');
    emit(this.host, 'mt-select', { event: item.event });
  };

  readonly close = (): void => {
    const id = this.host.selected;
    if (!id) return;
    this.host.selected = '';
    emit(this.host, 'mt-select', { event: null });
    this.focus.moveTo(id);
  };

  /** Click on the chart: the mark under the pointer, if any. */
  readonly onClick = (e: MouseEvent): void => {
    const mark = (e.target as Element).closest<SVGGElement>('[data-id]');
    if (mark) this.activate(mark.dataset.id!);
  };
}
