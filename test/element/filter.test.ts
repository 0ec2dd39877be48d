import { expect, oneEvent } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const involving = (ids: string[]) =>
  bundledDataset.events.filter((e) => e.partners.some((p) => ids.includes(p))).length;

describe('<mongolia-timeline> partner filter', () => {
  it('shows a chip per partner with its count, and an "All" chip pressed', async () => {
    const t = await TimelineHarness.create();
    const partners = new Set(bundledDataset.events.flatMap((e) => e.partners));
    // Only the chips that show are in the DOM (a bloc's biggest partners, the rest behind "+N").
    const shown = t.chips().length;
    expect(shown).to.be.below(partners.size + 1);
    for (const more of t.root.querySelectorAll<HTMLButtonElement>('.chip.more[aria-expanded="false"]')) {
      await t.click(more);
    }
    expect(t.chips()).to.have.length(partners.size + 1);
    expect(t.chip('').getAttribute('aria-pressed')).to.equal('true');
    expect(t.chip('ru').querySelector('.count')!.textContent).to.equal(String(involving(['ru'])));
    expect(t.chip('ru').getAttribute('aria-pressed')).to.equal('false');
  });

  it('filters by chips, re-packing the lanes, and fires mt-filter-change', async () => {
    const t = await TimelineHarness.create();
    let fired = oneEvent(t.el, 'mt-filter-change');
    await t.click(t.chip('cn'));
    expect((await fired).detail.partners).to.deep.equal(['cn']);
    expect(t.el.partners).to.equal('cn');
    expect(t.chip('cn').getAttribute('aria-pressed')).to.equal('true');
    expect(t.shownCount()).to.equal(involving(['cn']));
    fired = oneEvent(t.el, 'mt-filter-change');
    await t.click(t.chip('us'));
    expect((await fired).detail.partners).to.deep.equal(['cn', 'us']);
    expect(t.shownCount()).to.equal(involving(['cn', 'us']));
    fired = oneEvent(t.el, 'mt-filter-change');
    await t.click(t.chip(''));
    expect((await fired).detail.partners).to.deep.equal([]);
    expect(t.shownCount()).to.equal(bundledDataset.events.length);
  });

  it('follows the partners attribute, keeping valid ids and dropping unknown ones', async () => {
    const t = await TimelineHarness.create({ partners: 'zz, ru' });
    expect(t.shownCount()).to.equal(involving(['ru']));
    expect(t.chip('ru').getAttribute('aria-pressed')).to.equal('true');
  });

  it('includes the Soviet era under Russia, named as it was at the time', async () => {
    const t = await TimelineHarness.create({ partners: 'ru', start: '1939', end: '1939' });
    const labels = t.events().map((e) => e.getAttribute('aria-label')!);
    expect(labels.length).to.be.above(0);
    expect(labels.every((l) => /USSR/.test(l))).to.equal(true);
    t.el.setAttribute('start', '1921');
    t.el.setAttribute('end', '1921');
    await t.settle();
    expect(t.events().some((e) => /Soviet Russia/.test(e.getAttribute('aria-label')!))).to.equal(true);
    t.el.setAttribute('start', '2019');
    t.el.setAttribute('end', '2019');
    await t.settle();
    expect(t.events().some((e) => /, Russia/.test(e.getAttribute('aria-label')!))).to.equal(true);
  });

  it('does not fire when the page sets the filter', async () => {
    const t = await TimelineHarness.create();
    let fired = 0;
    t.el.addEventListener('mt-filter-change', () => fired++);
    t.el.partners = 'us';
    await t.settle();
    expect(t.shownCount()).to.equal(involving(['us']));
    expect(fired).to.equal(0);
  });
});
