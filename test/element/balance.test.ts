import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { counted } from '../helpers/fixtures.js';

const bars = (t: TimelineHarness) => [...t.root.querySelectorAll<SVGGElement>('.balance [data-year]')];
const label = (t: TimelineHarness, year: number) =>
  t.root.querySelector(`.balance [data-year="${year}"]`)!.getAttribute('aria-label');
const caption = (t: TimelineHarness) =>
  t.root.querySelector('.balance .caption')!.textContent!.replace(/\s+/g, ' ').trim();

async function countedTimeline(attrs: Record<string, string> = {}) {
  const t = await TimelineHarness.create(attrs, 800, 480);
  t.el.data = counted;
  await t.settle();
  return t;
}

describe('<mongolia-timeline> balance strip', () => {
  it("shows the hand-counted figures per period, and each bloc's share of the view", async () => {
    const t = await countedTimeline();
    expect(t.period()).to.equal('1920 – 1955');
    expect(bars(t).map((b) => b.dataset.year)).to.deep.equal([
      '1920',
      '1925',
      '1930',
      '1935',
      '1940',
      '1945',
      '1950',
      '1955',
    ]);
    expect(label(t, 1925)).to.equal(
      '1925–1929: Russia/USSR 1, China 2, third neighbours 0, multilateral bodies 0. Activate to zoom to these years.',
    );
    expect(label(t, 1935)).to.equal(
      '1935–1939: Russia/USSR 1, China 0, third neighbours 2, multilateral bodies 1. Activate to zoom to these years.',
    );
    expect(caption(t)).to.equal(
      'In view, 10 ties: Russia/USSR 30% China 30% third neighbours 20% multilateral bodies 20%',
    );
    await expect(t.el).to.be.accessible();
  });

  it('follows the partner filter', async () => {
    const t = await countedTimeline();
    await t.click(t.chip('us'));
    expect(label(t, 1925)).to.match(/^1925–1929: Russia\/USSR 0, China 0, third neighbours 0, multilateral bodies 0\./);
    expect(label(t, 1935)).to.match(/^1935–1939: Russia\/USSR 0, China 0, third neighbours 1, multilateral bodies 1\./);
    expect(caption(t)).to.equal(
      'In view, 2 ties: Russia/USSR 0% China 0% third neighbours 50% multilateral bodies 50%',
    );
  });

  it("shows a bar's figures on hover, and zooms to its years when clicked", async () => {
    const t = await countedTimeline();
    const r = t.root.querySelector('.balance [data-year="1935"] .hit')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await t.settle();
    expect(t.root.querySelector('.balance .tip')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '1935–1939 Russia/USSR 1, China 0, third neighbours 2, multilateral bodies 1',
    );
    await t.click(t.root.querySelector('.balance [data-year="1935"] .hit')!);
    expect(t.period()).to.equal('1935 – 1939');
    expect(bars(t).map((b) => b.dataset.year)).to.deep.equal(['1935', '1936', '1937', '1938', '1939']);
    expect(label(t, 1939)).to.match(/^1939: Russia\/USSR 1, China 0, third neighbours 1, multilateral bodies 0\./);
  });

  it('is one tab stop: arrows move between bars, Enter zooms to one, keeping focus on the strip', async () => {
    const t = await countedTimeline();
    await t.tabIn('balance');
    expect(t.focused()!.getAttribute('data-year')).to.equal('1920');
    expect(bars(t).filter((b) => b.getAttribute('tabindex') === '0')).to.have.length(1);
    await t.press('End');
    await t.press('ArrowLeft');
    await t.press('ArrowLeft');
    await t.press('ArrowLeft');
    expect(t.focused()!.getAttribute('data-year')).to.equal('1940');
    expect(t.root.querySelector('.balance .tip')!.textContent).to.contain('1940–1944');
    await t.press('Enter');
    expect(t.period()).to.equal('1940 – 1944');
    expect(t.focused()!.getAttribute('data-year')).to.equal('1940');
  });

  it('is hidden with no-balance, giving the chart its room', async () => {
    const t = await countedTimeline();
    const before = t.chart.getBoundingClientRect().height;
    t.el.setAttribute('no-balance', '');
    await t.settle();
    expect(t.root.querySelector('.balance')).to.equal(null);
    expect(t.chart.getBoundingClientRect().height).to.be.above(before + 50);
  });

  it('has a table alternative in the list view', async () => {
    const t = await countedTimeline({ view: 'list' });
    const table = t.root.querySelector('.balance-table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[1]).to.deep.equal(['1925–1929', '1', '2', '0', '0']);
    expect(rows[3]).to.deep.equal(['1935–1939', '1', '0', '2', '1']);
    expect(table.querySelector('caption')!.textContent).to.equal('Balance by period: events touching each bloc');
    await expect(t.el).to.be.accessible();
  });
});
