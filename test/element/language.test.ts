import { expect, fixture, html } from '@open-wc/testing';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { tinyDataset } from '../helpers/fixtures.js';

/** A timeline inside a page section with its own `lang`. */
async function inPage(pageLang: string, own?: string): Promise<TimelineHarness> {
  const section = await fixture<HTMLElement>(html`<section lang=${pageLang} style="width:800px"></section>`);
  const el = document.createElement('mongolia-timeline') as MongoliaTimeline;
  el.style.height = '420px';
  if (own) el.setAttribute('lang', own);
  section.append(el);
  const t = new TimelineHarness(el);
  await t.settle();
  return t;
}

describe('<mongolia-timeline> languages', () => {
  it("speaks the page's language when it has no lang of its own", async () => {
    const t = await inPage('mn');
    expect(t.el.hasAttribute('lang')).to.equal(false);
    expect(t.chip('').textContent!.trim()).to.equal('Бүгд');
    expect(t.button('Томруулах')).to.exist;
    expect(t.root.querySelector('.frame')!.getAttribute('lang')).to.equal('mn');
    expect(t.tickLabels().join(' ')).to.match(/\d{4}/);
  });

  it("takes the page's regional lang (mn-MN) as Mongolian, and its own lang over the page's", async () => {
    const regional = await inPage('mn-MN');
    expect(regional.chip('').textContent!.trim()).to.equal('Бүгд');
    const own = await inPage('mn', 'en');
    expect(own.chip('').textContent!.trim()).to.equal('All');
    expect(own.button('Zoom in')).to.exist;
    const unsupported = await inPage('de');
    expect(unsupported.chip('').textContent!.trim()).to.equal('All');
  });

  it('marks English text shown in a Mongolian interface with lang="en"', async () => {
    const t = await TimelineHarness.create({ lang: 'mn' }, 900, 480);
    t.el.data = tinyDataset; // titles and summaries in English only; "United States" has no Mongolian name
    await t.settle();
    t.el.selected = 'c-1987';
    await t.settle();
    const panel = t.detail()!;
    const title = panel.querySelector('h2')!;
    expect(title.textContent).to.equal('Event c-1987');
    expect(title.getAttribute('lang')).to.equal('en');
    expect(panel.querySelector('.summary')!.getAttribute('lang')).to.equal('en');
    const partner = panel.querySelector('.partner')!;
    expect(partner.textContent!.trim()).to.equal('United States');
    expect(partner.getAttribute('lang')).to.equal('en');
    // The interface itself stays Mongolian, and Mongolian text is marked as such.
    expect(panel.querySelector('h3')!.textContent).to.not.equal('Sources');
    t.el.selected = 'd-2019';
    await t.settle();
    const russia = t.detail()!.querySelector('.partner')!;
    expect(russia.textContent!.trim()).to.equal('Орос');
    expect(russia.getAttribute('lang')).to.equal('mn');
    // The list view marks the same fallbacks.
    t.el.selected = '';
    t.el.view = 'list';
    await t.settle();
    const row = [...t.root.querySelectorAll('[part~="list"] tbody tr')].find((r) =>
      r.textContent!.includes('Event c-1987'),
    )!;
    expect(row.querySelector('strong')!.getAttribute('lang')).to.equal('en');
    expect(row.querySelector('p')!.getAttribute('lang')).to.equal('en');
  });

  // Found by this test: English fallbacks for partner names were not marked in the chips and the list.
  it('marks English partner names in the chips and the list of a Mongolian interface', async () => {
    const t = await TimelineHarness.create({ lang: 'mn', view: 'list' }, 900, 480);
    t.el.data = tinyDataset;
    await t.settle();
    const chip = t.chip('us');
    expect(chip.querySelector('[lang="en"]')?.textContent ?? (chip.getAttribute('lang') === 'en' ? 'x' : null)).to
      .exist;
    const cell = [...t.root.querySelectorAll('[part~="list"] tbody td')].find((td) =>
      td.textContent!.includes('United States'),
    )!;
    expect(cell.querySelector('[lang="en"]') ?? (cell.getAttribute('lang') === 'en' ? cell : null)).to.exist;
  });
});
