import { expect } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { tinyDataset } from '../helpers/fixtures.js';
import { era } from '../data/hostile-catalogue.js';

const toggle = (t: TimelineHarness) => t.root.querySelector<HTMLButtonElement>('.eras-toggle');
const legend = (t: TimelineHarness) => [...t.root.querySelectorAll<HTMLButtonElement>('[part~="eras"] button')];

describe('<mongolia-timeline> eras', () => {
  it('draws the bundled eras in rows behind the events and lists each in a legend', async () => {
    const t = await TimelineHarness.create({}, 1200, 560);
    const bars = [...t.root.querySelectorAll('.era-band [data-era]')];
    expect(bars.length).to.equal(12);
    const rows = new Set(bars.map((b) => b.getAttribute('y')));
    expect(rows.size).to.equal(5);
    const firstLane = t.events().map((g) => g.getBoundingClientRect().top);
    const lowestBar = Math.max(...bars.map((b) => b.getBoundingClientRect().bottom));
    expect(Math.min(...firstLane)).to.be.above(lowestBar);
    await t.click(toggle(t)!);
    expect(toggle(t)!.getAttribute('aria-expanded')).to.equal('true');
    expect(legend(t).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.include(
      "Mongolian People's Republic 1924–1992",
    );
    await expect(t.el).to.be.accessible();
  });

  it("opens an era's details with its sources from the legend, and Escape returns to the toggle", async () => {
    const t = await TimelineHarness.create({}, 1200, 560);
    await t.click(toggle(t)!);
    await t.click(legend(t).find((b) => b.dataset.era === 'soviet-39th-army-deployment')!);
    const detail = t.detail()!;
    expect(detail.querySelector('h2')!.textContent).to.equal('Soviet 39th Army stationed in Mongolia');
    expect(detail.querySelector('.date')!.textContent).to.contain('1967 – December 1992');
    expect(detail.querySelectorAll('.sources a').length).to.be.at.least(1);
    expect(t.focused()!.id).to.equal('detail-title');
    expect(t.root.querySelector('.era-tint')).to.exist;
    await t.press('Escape');
    expect(t.detail()).to.equal(null);
    expect(t.focused()).to.equal(toggle(t));
  });

  it('opens an era from its bar, and an event replaces it', async () => {
    const t = await TimelineHarness.create({}, 1200, 560);
    await t.click(t.root.querySelector('.era-band [data-era="mongolian-peoples-republic"]')!);
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal("Mongolian People's Republic");
    t.el.selected = 'kyakhta-taken-armed-forces-day';
    await t.settle();
    expect(t.detail()!.querySelector('h2')!.textContent).to.match(/^Partisans take Kyakhta/);
    expect(t.root.querySelectorAll('[part~="detail"]')).to.have.length(1);
  });

  it('speaks Mongolian in the legend and the details', async () => {
    const t = await TimelineHarness.create({ lang: 'mn' }, 1200, 560);
    expect(toggle(t)!.textContent).to.equal('Үеүд');
    await t.click(toggle(t)!);
    expect(legend(t)[0].textContent).to.match(/[А-яӨөҮү]/);
  });

  it('is hidden with no-eras, and absent for custom data without eras', async () => {
    const t = await TimelineHarness.create({ 'no-eras': '' }, 1200, 560);
    expect(t.root.querySelector('.era-band')).to.equal(null);
    expect(toggle(t)).to.equal(null);
    t.el.removeAttribute('no-eras');
    t.el.data = tinyDataset;
    await t.settle();
    expect(toggle(t)).to.equal(null);
    t.el.data = { ...tinyDataset, eras: [era({ id: 'cold-war', from: '1947', to: '1991', name: { en: 'Cold War' } })] };
    await t.settle();
    expect(t.root.querySelectorAll('.era-band [data-era]')).to.have.length(1);
  });
});
