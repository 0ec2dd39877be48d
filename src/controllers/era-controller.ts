import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Era } from '../data/types.js';
import { eraItems, type EraItem } from '../layout/eras.js';

/**
 * The eras of the data: their rows in the band, whether the legend is open, and which era's details show (an era
 * and an event never show at once). Opening an era moves focus to its details; closing returns it to the legend
 * toggle.
 */
export class EraController implements ReactiveController {
  items: EraItem[] = [];
  rows = 0;
  legendOpen = false;
  /** The host's `no-eras`. */
  hidden = false;
  /** The id of the era whose details show. */
  open: string | null = null;
  private focusPending: 'details' | 'toggle' | null = null;

  /**
   * `targets` gives the nodes focus goes to, from the templates the host owns (its `@query` fields): the heading of
   * the details an era opens, and the "Eras" toggle that closing returns to.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onOpen: () => void,
    private readonly targets: () => { details: HTMLElement | null; toggle: HTMLElement | null },
  ) {
    host.addController(this);
  }

  set(eras: readonly Era[] | undefined): void {
    ({ items: this.items, rows: this.rows } = eraItems(eras ?? []));
    if (!this.item) this.open = null;
  }

  /** Whether the band and its legend toggle show: there are eras, and the host does not hide them. */
  get shown(): boolean {
    return !this.hidden && this.rows > 0;
  }

  get item(): EraItem | undefined {
    return this.items.find((e) => e.era.id === this.open);
  }

  readonly toggleLegend = (): void => {
    this.legendOpen = !this.legendOpen;
    this.host.requestUpdate();
  };

  /** A legend button was activated: shows that era's details. */
  readonly show = (e: Event): void => this.openEra((e.currentTarget as HTMLElement).dataset.era ?? null);

  /** A click on the chart: opens the era whose bar it hit, and says whether there was one. */
  readonly onChartClick = (e: MouseEvent): boolean => {
    const id = (e.target as Element).closest?.('[data-era]')?.getAttribute('data-era');
    if (id) this.openEra(id);
    return !!id;
  };

  private openEra(id: string | null): void {
    this.open = id;
    this.legendOpen = false;
    this.onOpen();
    this.refocus('details');
  }

  readonly close = (): void => {
    if (this.legendOpen) this.legendOpen = false;
    else this.open = null;
    this.refocus('toggle');
  };

  private refocus(target: 'details' | 'toggle'): void {
    this.focusPending = target;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.targets()[this.focusPending]?.focus();
    this.focusPending = null;
  }
}
