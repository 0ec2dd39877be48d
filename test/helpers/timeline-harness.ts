import { fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';

/** Drives a `<mongolia-timeline>` as a user would, hiding its shadow-DOM structure from the tests. */
export class TimelineHarness {
  constructor(readonly el: MongoliaTimeline) {}

  /** Renders a timeline of the given size, with attributes set before it connects. */
  static async create(
    attrs: Record<string, string> = {},
    width = 800,
    height = 480,
    touch = false,
  ): Promise<TimelineHarness> {
    await setViewport({ width: Math.max(800, width + 40), height: Math.max(600, height + 120) });
    if (touch) await executeServerCommand('touch-screen');
    const made = document.createElement('mongolia-timeline');
    made.style.height = `${height}px`;
    for (const [k, v] of Object.entries(attrs)) made.setAttribute(k, v);
    const el = await fixture<MongoliaTimeline>(html`${made}`, {
      parentNode: Object.assign(document.createElement('div'), { style: `width:${width}px` }),
    });
    const h = new TimelineHarness(el);
    await h.settle();
    return h;
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get chart(): HTMLElement {
    return this.root.querySelector('[part="timeline"]')!;
  }

  events(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="event"]')];
  }

  event(id: string): SVGGElement | null {
    return this.root.querySelector(`[part~="event"][data-id="${id}"]`);
  }

  eventIds(): string[] {
    return this.events().map((e) => e.dataset.id!);
  }

  clusters(): SVGGElement[] {
    return [...this.root.querySelectorAll<SVGGElement>('[part~="cluster"]')];
  }

  /** How many events the chart shows, as marks or inside clusters. */
  shownCount(): number {
    return this.events().length + this.clusters().reduce((n, c) => n + Number(c.textContent!.trim()), 0);
  }

  chips(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
  }

  chip(id: string): HTMLButtonElement {
    return this.root.querySelector(`[part~="chip"][data-partner="${id}"]`)!;
  }

  detail(): HTMLElement | null {
    return this.root.querySelector('[part~="detail"]');
  }

  button(label: string): HTMLButtonElement {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find(
      (b) => b.getAttribute('aria-label') === label,
    )!;
  }

  tickLabels(): string[] {
    return [...this.root.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent!);
  }

  period(): string {
    return this.root.querySelector('.period')!.textContent!.trim();
  }

  hint(): string | null {
    return this.root.querySelector('.hint')?.textContent ?? null;
  }

  /** The loading or failure message, or `null`. */
  status(): string | null {
    return this.root.querySelector('[part~="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  }

  /** The empty-state message, or `null`. */
  emptyMessage(): string | null {
    return this.root.querySelector('.empty')?.textContent ?? null;
  }

  /** Waits until `done()` holds, checking every frame, for at most `ms`. */
  async until(done: () => boolean, ms = 4000): Promise<void> {
    const end = performance.now() + ms;
    while (!done()) {
      if (performance.now() > end) throw new Error(`timed out after ${ms} ms`);
      await nextFrame();
    }
    await this.settle();
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  /** The centre of the chart, in viewport pixels. */
  centre(): [number, number] {
    const r = this.chart.getBoundingClientRect();
    return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
  }

  /** Waits for pending renders, and for a ResizeObserver round (it reports after the next frame's layout). */
  /**
   * Waits until the element is at rest: no update pending, and the chart drawn at the size it has on the page (the
   * element takes a new size in the frame after the ResizeObserver reports it). Waits for that state, not for a time.
   */
  async settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await this.el.updateComplete;
      await nextFrame();
      await nextFrame();
      await this.el.updateComplete;
      if (this.laidOut()) return;
    }
    throw new Error('the timeline never settled at its size');
  }

  /** Whether the chart's drawing has the chart's size (or there is no chart to draw). */
  private laidOut(): boolean {
    const chart = this.root.querySelector<HTMLElement>('.chart');
    const svg = chart?.querySelector('svg');
    if (!chart || !svg || !chart.isConnected || chart.getClientRects().length === 0) return true;
    // The layout size (what the ResizeObserver reports), not the box on screen, which CSS transforms scale.
    const style = getComputedStyle(chart);
    const width = parseFloat(style.width);
    const height = parseFloat(style.height);
    if (!width || Math.round(width) === 0) return true;
    return (
      Number(svg.getAttribute('width')) === Math.round(width) &&
      Number(svg.getAttribute('height')) === Math.round(height)
    );
  }

  async doubleClick(x: number, y: number): Promise<void> {
    await executeServerCommand('dblclick', { x, y });
    await this.settle();
  }

  /**
   * Turns the mouse wheel over the chart (its centre by default): `steps` notches sent at once, so that they arrive
   * as one gesture, with Ctrl held if asked. Then waits for what the wheel leads to, never for a time: a wheel the
   * timeline takes (it cancels the event, so the page does not scroll) settles into `mt-view-change`; a wheel it
   * leaves to the page has nothing to wait for. Answers when each wheel event reached the chart (`Event.timeStamp`)
   * and whether the timeline took it.
   */
  async wheel(
    deltaY: number,
    opts: { ctrl?: boolean; at?: [number, number]; steps?: number } = {},
  ): Promise<{ stamps: number[]; taken: boolean }> {
    const [x, y] = opts.at ?? this.centre();
    const seen: WheelEvent[] = [];
    let settled = 0;
    // Caught on the way in (d3-zoom stops the ones it takes); read once dispatched, when `defaultPrevented` says
    // whether the timeline took it.
    const onWheel = (e: WheelEvent) => seen.push(e);
    const onSettle = () => settled++;
    document.addEventListener('wheel', onWheel, { capture: true });
    this.el.addEventListener('mt-view-change', onSettle);
    try {
      if (opts.ctrl) await sendKeys({ down: 'Control' });
      try {
        await Promise.all(
          Array.from({ length: opts.steps ?? 1 }, () => executeServerCommand('wheel', { x, y, deltaY })),
        );
      } finally {
        if (opts.ctrl) await sendKeys({ up: 'Control' });
      }
      await this.until(() => seen.length > 0);
      const taken = seen.some((e) => e.defaultPrevented);
      // d3-zoom ends a wheel gesture a moment after its last step; the element then reports the settled view.
      if (taken) await this.until(() => settled > 0);
      return { stamps: seen.map((e) => e.timeStamp), taken };
    } finally {
      document.removeEventListener('wheel', onWheel, { capture: true });
      this.el.removeEventListener('mt-view-change', onSettle);
    }
  }

  async drag(dx: number, from = this.centre()): Promise<void> {
    const [x, y] = from;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [Math.round(x + (dx * i) / 5), y] });
    await sendMouse({ type: 'up' });
    await this.settle();
  }

  /** Clicks an element; on an event or cluster, clicks its visible label. */
  async click(target: Element): Promise<void> {
    const r = (target.querySelector('text') ?? target).getBoundingClientRect();
    const x = Math.max(r.left + 1, Math.min(r.left + r.width / 2, window.innerWidth - 2));
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(r.top + r.height / 2)] });
    await this.settle();
  }

  /** Presses a key, with modifiers written as in "Shift+ArrowRight". */
  async press(chord: string): Promise<void> {
    const keys = chord.length > 1 ? chord.split('+') : [chord];
    const key = keys.pop()!;
    for (const m of keys) await sendKeys({ down: m });
    await sendKeys({ press: key });
    for (const m of keys.reverse()) await sendKeys({ up: m });
    await this.settle();
  }

  /**
   * Gives the chart (or the balance strip under it) keyboard focus the way a user would: Shift+Tab back into the
   * element from a button after it, as many times as it takes.
   */
  async tabIn(into: 'chart' | 'balance' = 'chart'): Promise<void> {
    const after = document.createElement('button');
    after.textContent = 'after';
    this.el.after(after);
    after.focus();
    const target = into === 'chart' ? this.chart : this.root.querySelector('.balance')!;
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 4 && !target.contains(this.root.activeElement); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    after.remove();
    await this.settle();
  }
}
