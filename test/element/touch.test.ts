import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('<mongolia-timeline> touch', () => {
  it('takes horizontal gestures and pinches, and leaves vertical swipes to the page', async () => {
    const t = await TimelineHarness.create();
    expect(getComputedStyle(t.chart).touchAction).to.equal('pan-y');
  });

  // Touches are sent through the DevTools protocol, which only Chromium offers here; Firefox skips.
  it('zooms with a two-finger pinch and pans with one finger on a touch screen', async function () {
    const t = await TimelineHarness.create({}, 760, 480, true);
    const [x, y] = t.centre();
    if (!(await executeServerCommand('pinch', { x, y, from: 60, to: 360 }))) this.skip();
    await new Promise((r) => setTimeout(r, 100));
    await t.settle();
    expect(t.period()).to.not.equal('1921 – 2021');
    const span = Number(t.el.end.slice(0, 4)) - Number(t.el.start.slice(0, 4));
    expect(span).to.be.within(10, 40);
    const before = Number(t.el.start.slice(0, 4));
    await executeServerCommand('swipe', { x: x - 150, y, dx: 300 });
    await new Promise((r) => setTimeout(r, 100));
    await t.settle();
    expect(Number(t.el.start.slice(0, 4))).to.be.below(before);
  });
});
