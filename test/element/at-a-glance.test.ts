// The chart tells its story at a glance: a title and a takeaway computed from the balance, a filter that leads with
// the blocs (one tab stop, nothing hidden without a cue), colour by bloc with a shape beside it, a legend of the marks,
// short labels, and no cluster of one.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const takeawayText = (t: TimelineHarness) => t.root.querySelector('[part~="takeaway"]')!.textContent!.trim();
const toolbarButtons = (t: TimelineHarness) =>
  [...t.root.querySelectorAll<HTMLButtonElement>('[part~="filters"] button[data-stop]')].filter((b) => !b.hidden);

// sRGB → simulated colour vision deficiency (Machado et al. 2009, severity 1) → CIELAB; CIE76 distance.
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => {
  const v = Math.min(1, Math.max(0, c));
  return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
};
function lab(rgb: number[]): number[] {
  const [r, g, b] = rgb.map(toLinear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function simulate(rgb: number[], m: number[][]): number[] {
  const l = rgb.map(toLinear);
  return m.map((row) => fromLinear(row[0] * l[0] + row[1] * l[1] + row[2] * l[2]));
}
const parseRgb = (css: string) =>
  css
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((n) => Number(n) / 255);

describe('<mongolia-timeline> at a glance', () => {
  it('says who led the ties before and after 1990, as counted by the balance, and describes the chart with it', async () => {
    const t = await TimelineHarness.create({}, 1280, 600);
    expect(t.root.querySelector('[part~="title"]')!.textContent).to.equal("Mongolia's military diplomacy");
    expect(takeawayText(t)).to.equal(
      '1921–1990: 46% of foreign ties were with Russia/USSR. 1991–2021: 58% of foreign ties were with third neighbours and multilateral bodies.' +
        ' No recorded military tie with China, 1926–1935. No recorded military tie with multilateral bodies, 1962–1991.',
    );
    expect(t.chart.getAttribute('aria-describedby')!.split(' ')).to.include('takeaway');
    t.el.zoomTo('1960', '1975');
    await t.settle();
    // A silence is named for the part of it in view.
    expect(takeawayText(t)).to.equal(
      '1960–1975: 38% of foreign ties were with Russia/USSR. No recorded military tie with multilateral bodies, 1962–1975.',
    );
    t.el.partners = 'cn';
    t.el.resetZoom();
    await t.settle();
    // Events with China also touch other blocs; China still leads both halves.
    expect(takeawayText(t)).to.match(
      /^1921–1990: \d+% of foreign ties were with China\. 1991–2021: \d+% of foreign ties were with China\. No recorded military tie with China, 1926–1935\.$/,
    );
  });

  it('keeps the silences for screen readers but out of sight on a phone, where the strip shades them', async () => {
    const silences = (t: TimelineHarness) => t.root.querySelector<HTMLElement>('[part~="takeaway"] span')!;
    const wide = await TimelineHarness.create({}, 1280, 600);
    expect(silences(wide).textContent).to.match(/^No recorded military tie with China, 1926–1935\./);
    expect(silences(wide).classList.contains('visually-hidden')).to.equal(false);
    wide.el.remove();
    const phone = await TimelineHarness.create({}, 360, 480);
    await document.fonts.ready;
    await phone.settle();
    expect(takeawayText(phone)).to.include('No recorded military tie with China, 1926–1935.');
    expect(silences(phone).classList.contains('visually-hidden')).to.equal(true);
    expect(silences(phone).getBoundingClientRect().width).to.be.at.most(1);
    // The strip's caption is inside the element, not cut off at its bottom edge.
    const caption = phone.root.querySelector<HTMLElement>('.balance .caption')!;
    expect(caption.getBoundingClientRect().bottom).to.be.at.most(phone.el.getBoundingClientRect().bottom + 0.5);
    phone.el.remove();
    // In Mongolian the controls take more rows: what does not fit scrolls into view inside the element, never cut.
    const mn = await TimelineHarness.create({ lang: 'mn' }, 360, 480);
    // Measured with the fonts the page ends with.
    await document.fonts.ready;
    await mn.settle();
    const frame = mn.root.querySelector<HTMLElement>('.frame')!;
    const mnCaption = mn.root.querySelector<HTMLElement>('.balance .caption')!;
    // The Mongolian controls take more rows than the element has: the frame scrolls (no scrollbar taking the
    // chart's width), and at its end the caption is inside the element.
    expect(frame.scrollHeight, 'the content is taller than the frame').to.be.above(frame.clientHeight);
    expect(getComputedStyle(frame).overflowY).to.equal('auto');
    expect(frame.offsetWidth - frame.clientWidth, 'no scrollbar width').to.equal(0);
    frame.scrollTop = frame.scrollHeight;
    expect(mnCaption.getBoundingClientRect().bottom).to.be.at.most(mn.el.getBoundingClientRect().bottom + 0.5);
  });

  it('speaks Mongolian, and drops only the title with no-title', async () => {
    const t = await TimelineHarness.create({ lang: 'mn', 'no-title': '' }, 1000, 560);
    expect(t.root.querySelector('[part~="title"]')).to.equal(null);
    expect(takeawayText(t)).to.match(/^1921–1990: гадаад харилцааны 46% нь Орос\/ЗХУ-тай байв\./);
  });

  it('leads the filter with the blocs, and keeps a bloc\'s other partners behind a visible "+N"', async () => {
    const t = await TimelineHarness.create({}, 1280, 600);
    const blocs = [...t.root.querySelectorAll<HTMLButtonElement>('[part~="bloc"]')];
    expect(blocs.map((b) => b.dataset.bloc)).to.deep.equal(['north', 'south', 'third', 'multilateral']);
    const third = t.root.querySelector<HTMLElement>('.group.third')!;
    const more = third.querySelector<HTMLButtonElement>('.more')!;
    // The partners behind "+N" are not in the DOM until it opens.
    const shown = () => third.querySelectorAll<HTMLButtonElement>('[part~="chip"]').length;
    const before = shown();
    const hidden = Number(/^\+(\d+) more/.exec(more.textContent!.trim())?.[1]);
    expect(hidden).to.be.above(5);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await t.click(more);
    expect(shown()).to.equal(before + hidden);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    // The bloc chip chooses every partner of its bloc; one partner makes it "mixed".
    await t.click(t.root.querySelector('[part~="bloc"][data-bloc="south"]')!);
    expect(t.el.partners.split(',').sort()).to.deep.equal(['cn', 'tw']);
    expect(t.root.querySelector('[data-bloc="south"]')!.getAttribute('aria-pressed')).to.equal('true');
    await t.click(t.chip('tw'));
    expect(t.root.querySelector('[data-bloc="south"]')!.getAttribute('aria-pressed')).to.equal('mixed');
    t.el.partners = 'third';
    await t.settle();
    expect(t.root.querySelector('[data-bloc="third"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is one tab stop, moved with the arrow keys, Home and End', async () => {
    const t = await TimelineHarness.create({}, 1280, 600);
    const buttons = toolbarButtons(t);
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(t.focused()).to.equal(toolbarButtons(t)[1]);
    await sendKeys({ press: 'End' });
    expect(t.focused()).to.equal(toolbarButtons(t).at(-1));
    await sendKeys({ press: 'Home' });
    expect(t.focused()).to.equal(toolbarButtons(t)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await t.settle();
    const stops = toolbarButtons(t).filter((b) => b.tabIndex === 0);
    expect(stops).to.deep.equal([toolbarButtons(t)[1]]);
  });

  it('hides no bloc, chip or cue outside the element at 320, 678 and 1280 px', async () => {
    for (const width of [320, 678, 1280]) {
      const t = await TimelineHarness.create({}, width, 640);
      for (const more of t.root.querySelectorAll<HTMLButtonElement>('.more')) {
        more.click();
        await t.settle();
      }
      const box = t.el.getBoundingClientRect();
      const filters = t.root.querySelector('[part~="filters"]')!;
      expect(getComputedStyle(filters).overflowY, `${width}px`).to.equal('visible');
      for (const b of toolbarButtons(t)) {
        const r = b.getBoundingClientRect();
        expect(r.width, `${width}px ${b.textContent}`).to.be.above(0);
        expect(r.left, `${width}px ${b.textContent}`).to.be.at.least(box.left - 0.5);
        expect(r.right, `${width}px ${b.textContent}`).to.be.at.most(box.right + 0.5);
      }
    }
  });

  it('colours by bloc with four colours that stay apart for protanopia, deuteranopia and tritanopia', async () => {
    const t = await TimelineHarness.create({}, 1280, 600);
    const colours = [...t.root.querySelectorAll('[part~="bloc"] .swatch')].map((s) =>
      parseRgb(getComputedStyle(s).backgroundColor),
    );
    expect(colours).to.have.length(4);
    for (const [name, m] of Object.entries(MACHADO)) {
      const labs = colours.map((c) => lab(simulate(c, m)));
      for (let i = 0; i < 4; i++) {
        for (let j = i + 1; j < 4; j++) {
          const d = Math.hypot(labs[i][0] - labs[j][0], labs[i][1] - labs[j][1], labs[i][2] - labs[j][2]);
          expect(d, `${name}: blocs ${i} and ${j}`).to.be.at.least(15);
        }
      }
    }
    // Colour is never alone: each bloc has its own shape.
    // The outline's commands, numbers left out: arcs for a circle, lines for a square, a diamond, a triangle.
    const outline = (b: string) =>
      t.root
        .querySelector(`.event .marker.${b}`)
        ?.getAttribute('d')!
        .replace(/[-\d.\s]+/g, ' ')
        .trim() ?? null;
    const shapes = ['north', 'south', 'third', 'multilateral'].map(outline);
    expect(shapes.every(Boolean)).to.equal(true);
    expect(new Set(shapes).size).to.equal(4);
  });

  it('explains every mark in a legend opened by its button or "?", closed by Escape', async () => {
    const t = await TimelineHarness.create({}, 1000, 600);
    const toggle = t.root.querySelector<HTMLButtonElement>('.legend-toggle')!;
    await t.click(toggle);
    const legend = t.root.querySelector('[part~="legend"]')!;
    expect(legend.querySelectorAll('li')).to.have.length(10);
    expect(t.focused()!.id).to.equal('legend-title');
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(t.root.querySelector('[part~="legend"]')).to.equal(null);
    expect(t.focused()).to.equal(toggle);
    await sendKeys({ press: '?' });
    await t.settle();
    expect(t.root.querySelector('[part~="legend"]')).to.exist;
  });

  it('draws short titles beside the marks, full titles in the names, and never a cluster of one', async () => {
    await setViewport({ width: 1320, height: 900 });
    const el = await fixture<MongoliaTimeline>(html`<mongolia-timeline style="height:600px"></mongolia-timeline>`, {
      parentNode: Object.assign(document.createElement('div'), { style: 'width:1280px' }),
    });
    const t = new TimelineHarness(el);
    await t.settle();
    const urga = t.event('ungern-seizes-urga-expels-chinese')!;
    expect(urga.querySelector('text')!.textContent).to.equal('Ungern takes Urga');
    expect(urga.getAttribute('aria-label')).to.match(/^Ungern takes Urga: .+, February 1921/);
    for (const c of t.clusters()) {
      expect(Number(c.textContent!.trim()), c.getAttribute('aria-label')!).to.be.above(1);
      const [from, to] = c.getAttribute('aria-label')!.split(', ')[1].split(' – ');
      expect(Date.parse(`1 ${from}`) || Date.parse(from) || 0).to.be.at.most(
        Date.parse(`31 ${to}`) || Date.parse(to) || Infinity,
      );
    }
  });
});
