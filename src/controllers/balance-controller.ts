import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ScaleTime } from 'd3-scale';
import type { Strings } from '../i18n/strings.js';
import type { BalanceBucket } from '../layout/balance.js';
import { balanceStrip } from '../render/balance-strip.js';

/**
 * The balance strip's interaction: which bar holds the tab stop (a roving tabindex over the bars), which bar's
 * figures show (hovered or focused), the arrow keys between bars, and activation, which zooms to a bar's years.
 */
export class BalanceController implements ReactiveController {
  /** The bars drawn last, in time order. */
  buckets: readonly BalanceBucket[] = [];
  /** The year of the bar whose figures show. */
  shown: number | null = null;
  private active: number | null = null;
  private focusPending = false;

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

  readonly on = {
    pointer: (e: PointerEvent) => this.show(this.yearOf(e)),
    leave: () => this.show(null),
    focus: (e: FocusEvent) => {
      this.active = this.yearOf(e);
      this.show(this.active);
    },
    click: (e: MouseEvent) => this.activate(this.yearOf(e)),
    key: (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // Escape hides the figures (WCAG 1.4.13: content on hover or focus is dismissable).
      if (e.key === 'Escape' && this.shown !== null) {
        e.preventDefault();
        e.stopPropagation();
        this.show(null);
        return;
      }
      const i = this.buckets.findIndex((b) => b.from === this.yearOf(e));
      const last = this.buckets.length - 1;
      const to = { ArrowLeft: i - 1, ArrowUp: i - 1, ArrowRight: i + 1, ArrowDown: i + 1, Home: 0, End: last }[e.key];
      if (to !== undefined) {
        e.preventDefault();
        this.moveTo(this.buckets[Math.max(0, Math.min(last, to))]?.from ?? null);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.activate(this.yearOf(e));
      }
    },
  };

  private moveTo(year: number | null): void {
    this.active = year;
    this.focusPending = true;
    this.show(year);
    this.host.requestUpdate();
  }

  /** Zooms to a bar's years, keeping focus on the strip's first bar of the new view when it had focus. */
  private activate(year: number | null): void {
    const bucket = this.buckets.find((b) => b.from === year);
    if (!bucket) return;
    this.focusPending = this.host.shadowRoot?.activeElement?.closest('.balance') != null;
    this.active = bucket.from;
    this.zoomTo(bucket.from, bucket.to);
  }

  /** The strip for the bars in `buckets`, on the chart's time scale. */
  render(inView: BalanceBucket, scale: ScaleTime<number, number>, width: number, s: Strings) {
    return balanceStrip(this.buckets, {
      x: (year) => scale(Date.UTC(year, 0, 1)),
      width,
      tabStop: this.tabStop(),
      shown: this.shown,
      inView,
      s,
      on: this.on,
    });
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const bar = this.host.shadowRoot?.querySelector<SVGGElement>(`.balance [data-year="${this.tabStop()}"]`);
    bar?.focus();
  }
}
