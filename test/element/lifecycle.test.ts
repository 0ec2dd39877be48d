import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { echoUrl, tinyDataset } from '../helpers/fixtures.js';

type Listener = { target: string; type: string; fn: unknown; capture: boolean };

/** Records the listeners added to and removed from `window` and `document`, and the observers left observing. */
function spy() {
  const listeners: Listener[] = [];
  const observing = new Set<ResizeObserver | MutationObserver>();
  const restore: (() => void)[] = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const capture = (o: unknown) =>
      typeof o === 'boolean' ? o : !!(o as AddEventListenerOptions | undefined)?.capture;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      fn: EventListenerOrEventListenerObject,
      o?: boolean | AddEventListenerOptions,
    ) {
      listeners.push({ target: name, type, fn, capture: capture(o) });
      return add.call(this, type, fn, o);
    } as typeof add;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      fn: EventListenerOrEventListenerObject,
      o?: boolean | EventListenerOptions,
    ) {
      const i = listeners.findIndex(
        (l) => l.target === name && l.type === type && l.fn === fn && l.capture === capture(o),
      );
      if (i >= 0) listeners.splice(i, 1);
      return remove.call(this, type, fn, o);
    } as typeof remove;
    restore.push(() => Object.assign(target, { addEventListener: add, removeEventListener: remove }));
  }
  for (const Observer of [ResizeObserver, MutationObserver]) {
    const { observe, disconnect } = Observer.prototype;
    Observer.prototype.observe = function (this: ResizeObserver & MutationObserver, ...args: unknown[]) {
      observing.add(this);
      return (observe as (...a: unknown[]) => void).apply(this, args);
    };
    Observer.prototype.disconnect = function (this: ResizeObserver & MutationObserver) {
      observing.delete(this);
      return disconnect.call(this);
    };
    restore.push(() => Object.assign(Observer.prototype, { observe, disconnect }));
  }
  return { listeners, observing, restore: () => restore.forEach((r) => r()) };
}

describe('<mongolia-timeline> over a long life', () => {
  it('500 create–attach–remove cycles leave no listeners, no observers and no growing heap', async function () {
    this.timeout(180_000);
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const cycle = async (i: number) => {
      const el = document.createElement('mongolia-timeline') as MongoliaTimeline;
      el.style.height = '300px';
      if (i % 50 !== 0) el.data = tinyDataset;
      if (i % 100 === 1) el.src = echoUrl(tinyDataset, { delay: 100 });
      host.append(el);
      await el.updateComplete;
      await nextFrame();
      el.zoomTo('1950', '1990');
      if (i % 10 === 0) el.partners = 'ru';
      await el.updateComplete;
      el.remove();
      return new WeakRef(el);
    };
    for (let i = 0; i < 20; i++) await cycle(i); // warm-up: modules, caches, compiled templates
    const heap = () => executeServerCommand<number | false, undefined>('heap');
    const heapBefore = await heap();
    let heapHalf: number | false = false;
    const s = spy();
    const refs: WeakRef<MongoliaTimeline>[] = [];
    try {
      for (let i = 0; i < 500; i++) {
        refs.push(await cycle(i));
        if (i === 249) heapHalf = await heap();
      }
    } finally {
      s.restore();
      host.remove();
    }
    expect(s.listeners.map((l) => `${l.target} ${l.type}`)).to.deep.equal([]);
    expect(s.observing.size).to.equal(0);
    // Waits for the state, not a time: the src loads aborted on removal settle, and the removed elements are
    // collected (each measure collects garbage first), checked every frame for a while.
    let heapAfter = await heap();
    let alive = refs.filter((r) => r.deref()).length;
    for (let i = 0; i < 60 && heapAfter !== false && alive > 1; i++) {
      await nextFrame();
      heapAfter = await heap();
      alive = refs.filter((r) => r.deref()).length;
    }
    if (heapBefore === false || heapHalf === false || heapAfter === false) {
      // Only Firefox lacks the heap measure (no DevTools protocol over WebDriver BiDi); Chromium must measure.
      expect(navigator.userAgent).to.match(/Firefox/);
      return;
    }
    const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
    console.log(
      `lifecycle: heap ${mb(heapBefore)} → ${mb(heapHalf)} after 250 cycles → ${mb(heapAfter)} after 500; ${alive} of 500 elements alive`,
    );
    expect(alive).to.be.at.most(1);
    // A leaked element holds tens of kilobytes: 500 of them would show. The second 250 cycles may not grow the heap.
    expect(heapAfter - heapBefore).to.be.below(1_000_000);
    expect(heapAfter - heapHalf).to.be.below(250_000);
  });

  it('keeps its view and filter when moved elsewhere in the page, and still zooms', async () => {
    const t = await TimelineHarness.create({ start: '1960', end: '1969' });
    await t.click(t.chip('ru'));
    const before = { start: t.el.start, end: t.el.end, partners: t.el.partners, period: t.period(), ids: t.eventIds() };
    const elsewhere = document.createElement('section');
    elsewhere.style.width = '800px';
    document.body.append(elsewhere);
    try {
      elsewhere.append(t.el);
      await t.settle();
      expect({
        start: t.el.start,
        end: t.el.end,
        partners: t.el.partners,
        period: t.period(),
        ids: t.eventIds(),
      }).to.deep.equal(before);
      expect(t.chip('ru').getAttribute('aria-pressed')).to.equal('true');
      await t.click(t.button('Zoom out'));
      expect(t.period()).not.to.equal(before.period);
    } finally {
      elsewhere.remove();
    }
  });

  it('several instances on one page are independent', async () => {
    const a = await TimelineHarness.create({}, 700, 360);
    const b = await TimelineHarness.create({ lang: 'mn' }, 700, 360);
    const c = await TimelineHarness.create({}, 700, 360);
    c.el.data = tinyDataset;
    await c.settle();
    await a.click(a.button('Zoom in'));
    await a.click(a.chip('cn'));
    await a.wheel(-200, { ctrl: true });
    await b.settle();
    expect(a.period()).not.to.equal('1921 – 2021');
    expect(b.period()).to.equal('1921 – 2021');
    expect([b.el.start, b.el.partners]).to.deep.equal(['', '']);
    expect(
      b
        .chips()
        .filter((ch) => ch.getAttribute('aria-pressed') === 'true')
        .map((ch) => ch.dataset.partner),
    ).to.deep.equal(['']);
    expect(c.shownCount()).to.equal(5);
    expect(a.shownCount()).to.be.greaterThan(0);
    expect(b.button('Томруулах')).to.exist;
    expect(a.button('Zoom in')).to.exist;
  });
});
