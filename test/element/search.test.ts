import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { tinyDataset } from '../helpers/fixtures.js';

async function tiny(attrs: Record<string, string> = {}) {
  const t = await TimelineHarness.create(attrs);
  t.el.data = tinyDataset;
  await t.settle();
  return t;
}
const box = (t: TimelineHarness) => t.root.querySelector<HTMLInputElement>('[part~="search"]')!;

describe('<mongolia-timeline> search', () => {
  it('narrows the events to those matching the query attribute, with the partner filter', async () => {
    const t = await tiny({ query: 'united states' });
    expect(t.eventIds().sort()).to.deep.equal(['c-1987', 'e-2005']);
    expect(box(t).value).to.equal('united states');
    t.el.partners = 'cn';
    await t.settle();
    expect(t.eventIds()).to.deep.equal(['e-2005']);
    t.el.query = 'khalkhin';
    await t.settle();
    expect(t.shownCount()).to.equal(0);
    expect(t.emptyMessage()).to.equal('No events match “khalkhin” here.');
  });

  it('filters as the reader types, fires mt-filter-change, and marks the matches', async () => {
    const t = await tiny();
    box(t).focus();
    const fired = oneEvent(t.el, 'mt-filter-change');
    await sendKeys({ type: 'gol' });
    const { detail } = await fired;
    await t.settle();
    expect(detail).to.deep.equal({ partners: [], query: 'g' });
    expect(t.el.query).to.equal('gol');
    expect(t.eventIds()).to.deep.equal(['a-1939']);
    expect(t.event('a-1939')!.querySelector('.hit')!.textContent).to.equal('Gol');
    t.el.selected = 'a-1939';
    await t.settle();
    expect(t.detail()!.querySelector('h2 mark')!.textContent).to.equal('Gol');
    await expect(t.el).to.be.accessible();
  });

  it('finds partners by their Mongolian names, and marks matches in the list view', async () => {
    const t = await tiny({ query: 'Орос', view: 'list' });
    expect(t.root.querySelector('[part~="list"] caption')!.textContent).to.match(/2 events/);
    const t2 = await tiny({ query: 'event c', view: 'list' });
    expect(t2.root.querySelector('[part~="list"] mark')!.textContent).to.equal('Event c');
  });
});
