import { expect } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('<mongolia-timeline> touch', () => {
  it('takes horizontal gestures and pinches, and leaves vertical swipes to the page', async () => {
    const t = await TimelineHarness.create();
    expect(getComputedStyle(t.chart).touchAction).to.equal('pan-y');
  });
});
