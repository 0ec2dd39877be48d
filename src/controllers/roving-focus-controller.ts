import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CLUSTER_PREFIX } from '../layout/lanes.js';

/** The selector of the mark (event or cluster) with an id. */
export const markSelector = (id: string) => `[data-id="${CSS.escape(id)}"]`;

/**
 * The chart's one tab stop, moved between marks with the arrow keys (a roving tabindex). Marks are reused by
 * position as the view changes, so after each render focus goes back to the active mark, or to the new tab stop
 * when the active mark left the view.
 */
export class RovingFocusController implements ReactiveController {
  /** The id of the mark that holds the tab stop, once the user has moved to one. */
  active: string | null = null;
  /** What to focus after the next render: a mark's id, or a node the host finds in its own templates. */
  private pending: string | (() => HTMLElement | SVGElement | null | undefined) | null = null;
  private hadFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly container: () => HTMLElement | null,
    private readonly order: () => readonly string[],
    /** The mark that now shows an event that left the order (the cluster it was folded into). */
    private readonly holder: (id: string) => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /**
   * The mark that holds the tab stop: the active one while it is in view, else the cluster that now holds it (a zoom
   * out folded it), else the first.
   */
  tabStop(): string | null {
    const order = this.order();
    if (this.active && order.includes(this.active)) return this.active;
    if (this.active) {
      // A cluster that opened gives the stop back to its first event; an event that was folded, to its cluster.
      const event = this.active.startsWith(CLUSTER_PREFIX) ? this.active.slice(CLUSTER_PREFIX.length) : this.active;
      if (order.includes(event)) return event;
      const holder = this.holder(event);
      if (holder && order.includes(holder)) return holder;
    }
    return order[0] ?? null;
  }

  /** The mark a key press came from, or the active one. */
  current(target: EventTarget | null): string | null {
    const id = (target as Element | null)?.closest?.<SVGElement>('[data-id]')?.dataset.id;
    return id ?? (this.active && this.order().includes(this.active) ? this.active : null);
  }

  /** Moves to the previous, next, first or last mark in time order from `current`. */
  step(current: string | null, to: 'previous' | 'next' | 'first' | 'last'): void {
    const order = this.order();
    const i = current ? order.indexOf(current) : -1;
    const last = order.length - 1;
    this.moveTo(order[{ first: 0, last, previous: Math.max(0, i - 1), next: Math.min(last, i + 1) }[to]]);
  }

  /** Makes `id` active and focuses it after the next render. */
  moveTo(id: string | undefined): void {
    if (!id) return;
    this.active = id;
    this.pending = id;
    this.host.requestUpdate();
  }

  /** Focuses what `find` returns (from the host's own templates) after the next render. */
  focusAfterUpdate(find: () => HTMLElement | SVGElement | null | undefined): void {
    this.pending = find;
    this.host.requestUpdate();
  }

  /** Keeps the tab stop on the mark that last had focus, however it got there. */
  readonly onFocusIn = (e: FocusEvent): void => {
    const id = (e.target as Element).closest<SVGElement>('[data-id]')?.dataset.id;
    if (id && id !== this.active) {
      this.active = id;
      this.host.requestUpdate();
    }
  };

  hostUpdate(): void {
    this.hadFocus = !!this.container()?.matches(':focus-within');
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const container = this.container();
    if (!root || !container) return;
    let wanted = this.pending;
    this.pending = null;
    if (!wanted && this.hadFocus) {
      const focused = root.activeElement as HTMLElement | SVGElement | null;
      const inside = !!focused && container.contains(focused) && focused !== container;
      if (inside && focused.dataset.id === this.active) return;
      const stop = this.tabStop();
      if (inside || !container.matches(':focus-within')) wanted = stop;
      if (!wanted && !container.matches(':focus-within')) container.focus({ preventScroll: true });
    }
    // A mark is found in the container the host gave; anything else the host finds itself.
    const node =
      typeof wanted === 'string' ? container.querySelector<HTMLElement | SVGElement>(markSelector(wanted)) : wanted?.();
    node?.focus({ preventScroll: true });
  }
}
