import { expect } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { tinyDataset } from '../helpers/fixtures.js';
import { BAD_EVENTS, XSS_PAYLOADS, hostileDataset } from '../data/hostile-catalogue.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Elements no data may ever create inside the timeline. */
const INJECTED =
  'script, img, iframe, style:not([data-lit]), object, embed, [onload], [onerror], [onclick], a[href^="javascript"], a[href^="data"]';

describe('<mongolia-timeline> text from data stays text', () => {
  afterEach(() => delete window.__xss);

  it('renders the XSS payloads in titles, summaries, partner names, sources and notes as literal text', async () => {
    const t = await TimelineHarness.create({}, 1200, 600);
    t.el.data = hostileDataset() as never;
    await t.settle();
    expect(t.root.querySelectorAll(INJECTED)).to.have.length(0);
    const chipText = t
      .chips()
      .map((c) => c.textContent)
      .join(' ');
    expect(chipText).to.contain(XSS_PAYLOADS[1]);
    for (let i = 0; i < XSS_PAYLOADS.length; i++) {
      t.el.selected = `x-${i}`;
      await t.settle();
      const detail = t.detail()!;
      expect(detail.querySelector('#detail-title')!.textContent).to.equal(XSS_PAYLOADS[i].slice(0, 80));
      expect(detail.textContent).to.contain(`${XSS_PAYLOADS[i]} summary`);
      expect(detail.querySelectorAll(INJECTED)).to.have.length(0);
      for (const a of detail.querySelectorAll('a')) {
        expect(a.protocol).to.equal('https:');
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.target).to.equal('_blank');
      }
    }
    t.el.selected = '';
    t.el.view = 'list';
    await t.settle();
    expect(t.root.querySelector('[part~="list"]')!.textContent).to.contain(XSS_PAYLOADS[0]);
    expect(t.root.querySelectorAll(INJECTED)).to.have.length(0);
    t.el.lang = 'mn';
    await t.settle();
    expect(t.root.querySelectorAll(INJECTED)).to.have.length(0);
    expect(window.__xss).to.equal(undefined);
  });

  it('lists rejected records, markup in ids and URLs included, as text with their reasons', async () => {
    const t = await TimelineHarness.create();
    t.el.data = { ...tinyDataset, events: [...tinyDataset.events, ...BAD_EVENTS.map(([, r]) => r)] } as never;
    await t.settle();
    expect(t.shownCount()).to.equal(5);
    const notice = t.root.querySelector('.notice')!;
    expect(notice.querySelector('summary')!.textContent).to.equal(`${BAD_EVENTS.length} records of the data skipped`);
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.have.length(BAD_EVENTS.length);
    expect(items.join('\n')).to.contain('unsafe or malformed source URL "javascript:alert(document.cookie)"');
    expect(notice.querySelectorAll(INJECTED)).to.have.length(0);
    expect(window.__xss).to.equal(undefined);
  });

  it('fetches nothing from any other origin', async () => {
    const t = await TimelineHarness.create({}, 1200, 600);
    t.el.selected = 'kyakhta-taken-armed-forces-day';
    t.el.view = 'list';
    await t.settle();
    const origins = new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).origin));
    expect([...origins]).to.deep.equal([location.origin]);
  });
});
