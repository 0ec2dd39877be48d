import { expect, oneEvent } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { event, tinyDataset } from '../helpers/fixtures.js';

describe('<mongolia-timeline> custom data', () => {
  it('draws the valid records, skips the rest with a notice, and fires mt-error once', async () => {
    const t = await TimelineHarness.create();
    const bad = [{ ...event('x1', '2021-02-30', ['ru']) }, { ...event('x2', '1990', ['zz']) }, { id: 'x3' }];
    const fired = oneEvent(t.el, 'mt-error');
    t.el.data = { ...tinyDataset, events: [...tinyDataset.events, ...bad] } as never;
    const { detail } = await fired;
    await t.settle();
    expect(detail.errors.map((e: { path: string }) => e.path)).to.deep.equal(['events[5]', 'events[6]', 'events[7]']);
    expect(t.shownCount()).to.equal(5);
    const notice = t.el.shadowRoot!.querySelector('.notice')!;
    expect(notice.querySelector('summary')!.textContent).to.equal('3 records of the data skipped');
    expect(notice.querySelectorAll('li')).to.have.length(3);
    await t.click(notice.querySelector('.dismiss')!);
    expect(t.el.shadowRoot!.querySelector('.notice')).to.equal(null);
  });

  it('survives data that is not a dataset at all', async () => {
    const t = await TimelineHarness.create();
    t.el.data = { events: 'nope' } as never;
    await t.settle();
    expect(t.shownCount()).to.equal(0);
    expect(t.el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('This timeline has no events.');
  });
});
