import { expect, oneEvent } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('<mongolia-timeline> details', () => {
  it('opens on click with date, title, summary, partners, kind and source links; Escape closes', async () => {
    const t = await TimelineHarness.create({ start: '1939', end: '1939' }, 760);
    const mark = t.events()[0];
    const id = mark.dataset.id!;
    const ev = bundledDataset.events.find((e) => e.id === id)!;
    const opened = oneEvent(t.el, 'mt-select');
    await t.click(mark);
    expect((await opened).detail.event!.id).to.equal(id);
    expect(t.el.selected).to.equal(id);
    const panel = t.detail()!;
    expect(panel.querySelector('h2')!.textContent).to.equal(ev.title.en);
    expect(panel.querySelector('.date')!.textContent).to.match(/1939/);
    expect(panel.querySelector('.summary')!.textContent).to.equal(ev.summary.en);
    const links = [...panel.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(ev.sources.map((s) => new URL(s.url).href));
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    expect(t.focused()?.id).to.equal('detail-title');
    const closed = oneEvent(t.el, 'mt-select');
    await t.press('Escape');
    expect((await closed).detail.event).to.equal(null);
    expect(t.detail()).to.equal(null);
    expect((t.focused() as SVGGElement).dataset.id).to.equal(id);
  });

  it('writes each date at its own precision', async () => {
    const t = await TimelineHarness.create();
    const cases: [string, RegExp][] = [];
    const precisions = new Set<number>();
    for (const e of bundledDataset.events.slice(0, 40)) {
      if (e.end) continue;
      const re =
        e.date.length === 4 ? /^\d{4}$/ : e.date.length === 7 ? /^[A-Z][a-z]+ \d{4}$/ : /^\d{1,2} [A-Z][a-z]+ \d{4}$/;
      cases.push([e.id, re]);
      precisions.add(e.date.length);
    }
    // The loop below checks something: a year, a month and a day each come up.
    expect([...precisions].sort()).to.deep.equal([10, 4, 7]);
    expect(cases.length).to.be.at.least(10);
    let checked = 0;
    for (const [id, re] of cases) {
      t.el.selected = id;
      await t.settle();
      expect(t.detail()!.querySelector('.date')!.textContent, id).to.match(re);
      checked++;
    }
    expect(checked).to.equal(cases.length);
  });

  it('opens with Enter from the keyboard and closes with the close button', async () => {
    const t = await TimelineHarness.create({ start: '2019', end: '2019' }, 760);
    await t.tabIn();
    const first = t.focused() as SVGGElement;
    expect(first.getAttribute('part')).to.equal('event');
    await t.press('Enter');
    expect(t.el.selected).to.equal(first.dataset.id);
    const closed = oneEvent(t.el, 'mt-select');
    await t.click(t.detail()!.querySelector('.close')!);
    await closed;
    expect(t.detail()).to.equal(null);
  });

  it('opens with Space from the keyboard, firing mt-select, and Escape returns focus to the event', async () => {
    const t = await TimelineHarness.create({ start: '2019', end: '2019' }, 760);
    await t.tabIn();
    await t.press('ArrowRight');
    const mark = t.focused() as SVGGElement;
    expect(mark.getAttribute('part')).to.equal('event');
    const id = mark.dataset.id!;
    const period = t.period();
    const opened = oneEvent(t.el, 'mt-select');
    await t.press(' ');
    expect((await opened).detail.event!.id).to.equal(id);
    expect(t.el.selected).to.equal(id);
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal(
      bundledDataset.events.find((e) => e.id === id)!.title.en,
    );
    expect(t.focused()?.id).to.equal('detail-title');
    // Space opened the event, nothing else: the view stays.
    expect(t.period()).to.equal(period);
    await t.press('Escape');
    expect(t.detail()).to.equal(null);
    expect((t.focused() as SVGGElement).dataset.id).to.equal(id);
  });

  it('opens from the selected attribute without firing', async () => {
    const t = await TimelineHarness.create();
    let fired = 0;
    t.el.addEventListener('mt-select', () => fired++);
    t.el.setAttribute('selected', bundledDataset.events[5].id);
    await t.settle();
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal(bundledDataset.events[5].title.en);
    expect(fired).to.equal(0);
  });
});

describe('<mongolia-timeline> details in Mongolian', () => {
  it('shows the Mongolian title, summary and date, marked with their language', async () => {
    const t = await TimelineHarness.create({ lang: 'mn' });
    const ev = bundledDataset.events.find((e) => e.date.length === 10)!;
    t.el.selected = ev.id;
    await t.settle();
    const panel = t.detail()!;
    expect(panel.querySelector('h2')!.textContent).to.equal(ev.title.mn);
    expect(panel.querySelector('.summary')!.textContent).to.equal(ev.summary.mn);
    expect(panel.querySelector('.summary')!.getAttribute('lang')).to.equal('mn');
    expect(panel.querySelector('.date')!.textContent).to.match(/^\d{4} оны .+ сарын \d{1,2}$/);
  });
});
