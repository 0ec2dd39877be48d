import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScaleTime } from 'd3-scale';
import type { Strings } from '../i18n/strings.js';
import { BLOCS, type BalanceBucket } from '../layout/balance.js';
import { treeMove, type TreePath } from '../layout/balance-tree.js';
import type { Silence } from '../layout/silences.js';
import type { Bloc } from '../data/types.js';
import { balanceStrip } from '../render/balance-strip.js';
import type { SoundButton } from './sound-controller.js';

/**
 * The balance strip's interaction: where the tab stop is in its tree (a roving tabindex over the whole view, the bars
 * and a bar's blocs), which bar's figures show (hovered or focused), the arrow keys through the tree, and activation,
 * which zooms to a bar's years.
 */
export class BalanceController implements ReactiveController {
  /** The bars drawn last, in time order. */
  buckets: readonly BalanceBucket[] = [];
  /** The silences shaded behind the bars. */
  silences: readonly Silence[] = [];
  /** The year of the bar whose figures show. */
  shown: number | null = null;
  private active: number | null = null;
  /** The level of the tab stop in the tree, and the bloc it is on at the third level. */
  private level: 'view' | 'bar' | 'bloc' = 'bar';
  private bloc = 0;
  private focusPending = false;
  /**
   * The strip this controller renders, as its last click or key found it (the listeners sit on the strip): the
   * tree's nodes are found inside it, never by a selector on the host.
   */
  private root?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly zoomTo: (from: number, to: number) => void,
  ) {
    host.addController(this);
  }

  /** The year of the bar with the tab stop: the last one used while it is in view, else the first. */
  tabStop(): number | null {
    return this.buckets.some((b) => b.from === this.active) ? this.active : (this.buckets[0]?.from ?? null);
  }

  private show(year: number | null): void {
    if (year === this.shown) return;
    this.shown = year;
    this.host.requestUpdate();
  }

  private readonly yearOf = (e: Event) => {
    const year = (e.target as Element).closest?.('[data-year]')?.getAttribute('data-year');
    return year ? Number(year) : null;
  };

  /** The node of the tree an event came from: `[]` the whole view, `[i]` a bar, `[i, j]` a bloc; null outside it. */
  private pathOf(e: Event): TreePath | null {
    const target = e.target as Element;
    if (!target.closest?.('.tree-root')) return null;
    const i = this.buckets.findIndex((b) => b.from === this.yearOf(e));
    if (i < 0) return [];
    const bloc = BLOCS.indexOf(target.closest('[data-bloc]')?.getAttribute('data-bloc') as Bloc);
    return bloc < 0 ? [i] : [i, bloc];
  }

  private setPath(path: TreePath): void {
    this.level = path.length === 0 ? 'view' : path.length === 1 ? 'bar' : 'bloc';
    if (path.length) this.active = this.buckets[path[0]].from;
    if (path.length === 2) this.bloc = path[1];
  }

  readonly on = {
    pointer: (e: PointerEvent) => this.show(this.yearOf(e)),
    leave: () => this.show(null),
    focus: (e: FocusEvent) => {
      const path = this.pathOf(e);
      if (!path) return;
      this.setPath(path);
      this.show(path.length ? this.active : null);
    },
    click: (e: MouseEvent) => {
      this.root = e.currentTarget as HTMLElement;
      this.activate(this.yearOf(e));
    },
    key: (e: KeyboardEvent) => {
      this.root = e.currentTarget as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // Escape hides the figures (WCAG 1.4.13: content on hover or focus is dismissable).
      if (e.key === 'Escape' && this.shown !== null) {
        e.preventDefault();
        e.stopPropagation();
        this.show(null);
        return;
      }
      // Keys of the tree only: the sound button keeps its own.
      const path = this.pathOf(e);
      if (!path) return;
      const bar = this.buckets.findIndex((b) => b.from === this.tabStop());
      const to = treeMove(path, e.key, this.buckets.length, BLOCS.length, bar);
      if (to) {
        e.preventDefault();
        this.moveTo(to);
      } else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) {
        // At an end of the tree: nothing moves, and the page does not scroll.
        e.preventDefault();
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.activate(this.yearOf(e));
      }
    },
  };

  private moveTo(path: TreePath): void {
    this.setPath(path);
    this.focusPending = true;
    this.show(path.length ? this.active : null);
    this.host.requestUpdate();
  }

  /** Zooms to a bar's years, keeping focus on the strip's first bar of the new view when it had focus. */
  private activate(year: number | null): void {
    const bucket = this.buckets.find((b) => b.from === year);
    if (!bucket) return;
    const focused = (this.root?.getRootNode() as ShadowRoot | undefined)?.activeElement;
    this.focusPending = focused?.closest('.tree-root') != null;
    this.active = bucket.from;
    this.level = 'bar';
    this.zoomTo(bucket.from, bucket.to);
  }

  /** The strip for the bars in `buckets`, on the chart's time scale. */
  render(inView: BalanceBucket, scale: ScaleTime<number, number>, width: number, s: Strings, sound?: SoundButton) {
    return balanceStrip(this.buckets, {
      x: (year) => scale(Date.UTC(year, 0, 1)),
      width,
      tabStop: this.tabStop(),
      at: this.level === 'bloc' ? BLOCS[this.bloc] : this.level,
      shown: this.shown,
      inView,
      s,
      silences: this.silences,
      sound,
      on: this.on,
    });
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const bar = `[data-year="${this.tabStop()}"]`;
    const selector =
      this.level === 'view' ? '.tree-root' : this.level === 'bloc' ? `${bar} [data-bloc="${BLOCS[this.bloc]}"]` : bar;
    this.root?.querySelector<SVGElement>(selector)?.focus();
  }
}
