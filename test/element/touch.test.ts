import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const year = (s: string) => Number(s.slice(0, 4));

/** Sends one synthetic finger along `path` (chart-relative offsets from `from`); answers which moves were cancelled. */
function fingerAlong(target: Element, from: [number, number], path: [number, number][]): boolean[] {
  const touch = ([dx, dy]: [number, number]) =>
    new Touch({ identifier: 7, target, clientX: from[0] + dx, clientY: from[1] + dy });
  const send = (type: string, at: [number, number]) => {
    const t = touch(at);
    const live = type === 'touchend' ? [] : [t];
    const e = new TouchEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      touches: live,
      targetTouches: live,
      changedTouches: [t],
    });
    target.dispatchEvent(e);
    return e.defaultPrevented;
  };
  send('touchstart', [0, 0]);
  const cancelled = path.map((p) => send('touchmove', p));
  send('touchend', path[path.length - 1]);
  return cancelled;
}

// Touches are sent through the DevTools protocol, which only Chromium offers here; Firefox skips.
describe('<mongolia-timeline> touch', () => {
  it('takes a horizontal one-finger swipe as a pan, and leaves vertical panning to the browser', async function () {
    const t = await TimelineHarness.create({ start: '1960', end: '1969' }, 760, 480, true);
    // The browser keeps vertical pans (the page scrolls); horizontal ones and pinches go to the chart.
    expect(getComputedStyle(t.chart).touchAction).to.equal('pan-y');
    const r = t.chart.getBoundingClientRect();
    // Along the axis, clear of the event marks (see the skipped test below for a swipe that starts on one).
    const [x, y] = [Math.round(r.left + r.width / 2), Math.round(r.bottom - 12)];
    let fired = 0;
    t.el.addEventListener('mt-view-change', () => fired++);
    const settled = oneEvent(t.el, 'mt-view-change');
    if (!(await executeServerCommand('swipe', { x: x - 150, y, dx: 300 }))) this.skip();
    const { detail } = await settled;
    await t.settle();
    expect(year(detail.start)).to.be.below(1960);
    expect(detail).to.deep.equal({ start: t.el.start, end: t.el.end });
    expect(year(t.el.end) - year(t.el.start)).to.be.within(8, 10);
    expect(fired).to.equal(1);
  });

  // Found by this test: a one-finger pan that started on a mark stopped after its first move, because the re-render
  // replaced the node under the finger and the rest of the touch went to a detached node. Every mark now has the same
  // four nodes at every position (src/render/event-marks.ts), so the node under the finger stays in the chart.
  it('pans with one finger that starts on an event mark', async function () {
    const t = await TimelineHarness.create({ start: '1960', end: '1969' }, 760, 480, true);
    const [x, y] = t.centre();
    const settled = oneEvent(t.el, 'mt-view-change');
    if (!(await executeServerCommand('swipe', { x: x - 150, y, dx: 300 }))) this.skip();
    const { detail } = await settled;
    expect(year(detail.start)).to.be.below(1958);
  });

  // Found by this test: the chart cancelled every touchmove it saw, vertical ones too (d3-zoom's touchmoved cancels
  // them all), so a vertical swipe that started on the chart could not scroll the page. The zoom controller now keeps
  // a one-finger swipe whose first move is mostly vertical away from d3-zoom (src/controllers/zoom-controller.ts), and
  // `touch-action: pan-y` leaves it to the browser. Synthetic touches on a touch screen emulated through the DevTools
  // protocol: Chromium only.
  it('leaves a vertical swipe to the page: the chart neither cancels it nor moves', async function () {
    const t = await TimelineHarness.create({ start: '1960', end: '1969' }, 760, 480, true);
    if (typeof Touch === 'undefined' || !navigator.maxTouchPoints) this.skip();
    const before = t.period();
    const cancelled = fingerAlong(t.chart.querySelector('svg')!, t.centre(), [
      [0, 30],
      [2, 80],
      [3, 140],
    ]);
    await t.settle();
    expect(cancelled).to.deep.equal([false, false, false]);
    expect(t.period()).to.equal(before);
  });

  it('zooms with a two-finger pinch and pans with one finger on a touch screen', async function () {
    const t = await TimelineHarness.create({}, 760, 480, true);
    const [x, y] = t.centre();
    const pinched = oneEvent(t.el, 'mt-view-change');
    if (!(await executeServerCommand('pinch', { x, y, from: 60, to: 360 }))) this.skip();
    await pinched;
    await t.settle();
    expect(t.period()).to.not.equal('1921 – 2021');
    const span = year(t.el.end) - year(t.el.start);
    expect(span).to.be.within(10, 40);
    const before = year(t.el.start);
    const swiped = oneEvent(t.el, 'mt-view-change');
    await executeServerCommand('swipe', { x: x - 150, y, dx: 300 });
    await swiped;
    await t.settle();
    expect(year(t.el.start)).to.be.below(before);
  });
});
