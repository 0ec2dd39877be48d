import { expect } from '@open-wc/testing';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { tinyDataset } from '../helpers/fixtures.js';
import { era } from '../data/hostile-catalogue.js';

/** Relative luminance of a computed `rgb(r, g, b)` colour (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

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

  for (const theme of ['light', 'dark']) {
    it(`draws every era colour at 3:1 or more against the ${theme} background, as the style sheet gives it`, async () => {
      const t = await TimelineHarness.create({ theme }, 1200, 560);
      const background = getComputedStyle(t.el).backgroundColor;
      const bars = [...t.root.querySelectorAll('.era-band rect.era')];
      expect(bars.length).to.equal(12);
      // Every colour class the style sheet defines (era0, era1, ...), through a swatch that wears it.
      const classes = [...(t.el.constructor as typeof MongoliaTimeline).elementStyles]
        .flatMap((s) => ('cssText' in s ? [...s.cssText.matchAll(/\.(era\d+)\s*\{/g)].map((m) => m[1]) : []))
        .filter((c, i, all) => all.indexOf(c) === i);
      expect(classes.length).to.be.at.least(6);
      const swatches = classes.map((c) => {
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        probe.setAttribute('class', `era ${c}`);
        t.root.querySelector('.era-band')!.append(probe);
        return probe;
      });
      try {
        const colours = new Set([...bars, ...swatches].map((b) => getComputedStyle(b).fill));
        expect(colours.size).to.be.at.least(6);
        for (const c of colours) expect(contrast(c, background), `${c} on ${background}`).to.be.at.least(3);
      } finally {
        swatches.forEach((s) => s.remove());
      }
    });
  }

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
