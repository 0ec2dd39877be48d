import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('<mongolia-timeline> keyboard and accessibility', () => {
  it('is one tab stop with a roving focus over the events in time order', async () => {
    const t = await TimelineHarness.create({ start: '1930', end: '1945' }, 760);
    const stops = [...t.el.shadowRoot!.querySelectorAll('.chart [tabindex="0"]')];
    expect(stops).to.have.length(1);
    await t.tabIn();
    const first = (t.focused() as SVGGElement).dataset.id;
    await t.press('ArrowRight');
    const second = (t.focused() as SVGGElement).dataset.id;
    expect(second).to.not.equal(first);
    await t.press('ArrowLeft');
    expect((t.focused() as SVGGElement).dataset.id).to.equal(first);
    await t.press('End');
    const last = t.focused() as SVGGElement;
    expect(last.dataset.id).to.not.equal(first);
    await t.press('Home');
    expect((t.focused() as SVGGElement).dataset.id).to.equal(first);
    expect(t.el.shadowRoot!.querySelectorAll('.chart [tabindex="0"]')).to.have.length(1);
  });

  for (const key of ['Enter', 'Space']) {
    it(`opens a cluster with ${key} by zooming in`, async () => {
      const t = await TimelineHarness.create({}, 360, 320);
      expect(t.clusters().length).to.be.above(0);
      await t.tabIn();
      // Arrow keys walk the marks in time order, clusters included, up to the first cluster.
      for (let i = 0; i < 60 && !t.focused()?.matches('[part~="cluster"]'); i++) await t.press('ArrowRight');
      const cluster = t.focused() as SVGGElement;
      expect(cluster.getAttribute('part')).to.equal('cluster');
      expect(cluster.getAttribute('aria-label')).to.match(/events?, .*zoom in/);
      const count = Number(cluster.textContent);
      const settled = oneEvent(t.el, 'mt-view-change');
      await t.press(key === 'Space' ? ' ' : key);
      await settled;
      await t.settle();
      expect(t.period()).to.not.equal('1921 – 2021');
      expect(t.el.selected).to.equal('');
      expect(t.shownCount()).to.be.at.least(count);
    });
  }

  it('announces a settled view in a polite live region', async () => {
    const t = await TimelineHarness.create();
    t.button('Zoom in').click();
    await t.settle();
    const live = t.el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.match(/^\d{4} – \d{4}, \d+ events, \d+ partners$/);
  });

  it('announces what a filter change shows, from a chip and from the search box', async () => {
    const t = await TimelineHarness.create();
    const live = () => t.el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
    expect(live()).to.equal('');
    await t.click(t.chip('ru'));
    expect(live()).to.equal(`1921 – 2021, ${t.shownCount()} events, 1 partner`);
    await t.click(t.chip('cn'));
    expect(live()).to.equal(`1921 – 2021, ${t.shownCount()} events, 2 partners`);
    const search = t.el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"] input, input[part~="search"]')!;
    search.focus();
    await sendKeys({ type: 'Kyakhta' });
    // Typing is announced once it pauses.
    await t.until(() => live().endsWith('2 partners') && !live().startsWith(`1921 – 2021, ${155}`));
    expect(t.shownCount()).to.be.above(0);
    await t.until(
      () => live() === `1921 – 2021, ${t.shownCount()} ${t.shownCount() === 1 ? 'event' : 'events'}, 2 partners`,
    );
    await sendKeys({ type: 'zzzz' });
    await t.until(() => live() === 'No events match “Kyakhtazzzz” here.');
  });

  it('labels each event with title, date and partners', async () => {
    const t = await TimelineHarness.create({ start: '2019-09', end: '2019-09' });
    const label = t
      .events()
      .find((e) => e.classList.contains('point'))!
      .getAttribute('aria-label')!;
    expect(label).to.match(/, \d{1,2} September 2019, /);
  });

  it('passes axe in the default view, filtered, and with details open', async () => {
    const t = await TimelineHarness.create();
    await expect(t.el).to.be.accessible();
    t.el.partners = 'cn,us';
    await t.settle();
    await expect(t.el).to.be.accessible();
    t.el.selected = t.eventIds()[0];
    await t.settle();
    await expect(t.el).to.be.accessible();
  });

  it('passes axe at phone width and in Mongolian', async () => {
    const t = await TimelineHarness.create({ lang: 'mn' }, 360, 560);
    expect(t.chip('').textContent!.trim()).to.equal('Бүгд');
    await expect(t.el).to.be.accessible();
  });
});

describe('<mongolia-timeline> focus and DOM during zoom', () => {
  it('keeps focus on the same event while the keys zoom around it', async () => {
    const t = await TimelineHarness.create({ start: '1935', end: '1945' }, 760);
    await t.tabIn();
    await t.press('ArrowRight');
    await t.press('ArrowRight');
    // An event, not a cluster (which a zoom in opens).
    while ((t.focused() as SVGGElement).dataset.id!.startsWith('cluster:')) await t.press('ArrowRight');
    const id = (t.focused() as SVGGElement).dataset.id;
    await t.press('+');
    await t.press('+');
    expect((t.focused() as SVGGElement).dataset.id).to.equal(id);
    await t.press('-');
    await t.press('-');
    await t.press('-');
    // Back on the event, or on the cluster that now holds it: never on an unrelated event.
    const now = (t.focused() as SVGGElement).dataset.id!;
    expect(now === id || now.startsWith('cluster:'), now).to.equal(true);
  });

  it('returns to the same number of nodes after zooming in and out', async () => {
    const t = await TimelineHarness.create();
    const count = () =>
      t.el.shadowRoot!.querySelectorAll('*').length +
      [...t.el.shadowRoot!.querySelectorAll('g')].reduce((n, g) => n + g.childNodes.length, 0);
    const before = count();
    await t.tabIn();
    for (let i = 0; i < 5; i++) await t.press('+');
    for (let i = 0; i < 5; i++) await t.press('-');
    expect(t.period()).to.equal('1921 – 2021');
    expect(count()).to.equal(before);
  });
});

describe('<mongolia-timeline> list view', () => {
  it('lists the window and filter as a sortable table with source links, and passes axe', async () => {
    const t = await TimelineHarness.create({ start: '1939', end: '1945', partners: 'ru' }, 760);
    const toggle = t.el.shadowRoot!.querySelector<HTMLButtonElement>('.controls .view')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await t.click(toggle);
    expect(t.el.view).to.equal('list');
    expect(t.el.getAttribute('view')).to.equal('list');
    const rows = () => [...t.el.shadowRoot!.querySelectorAll('[part~="list"] table:not(.balance-table) tbody tr')];
    const inWindow = t.events().length + t.clusters().reduce((n, c) => n + Number(c.textContent), 0);
    expect(rows().length).to.equal(inWindow);
    const firstDate = rows()[0].querySelector('.when')!.textContent;
    expect(t.el.shadowRoot!.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).to.equal('ascending');
    await t.click(t.el.shadowRoot!.querySelector('.sort')!);
    expect(t.el.shadowRoot!.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).to.equal('descending');
    expect(rows()[rows().length - 1].querySelector('.when')!.textContent).to.equal(firstDate);
    for (const a of t.el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="list"] a'))
      expect(a.rel).to.equal('noopener noreferrer');
    expect(t.el.shadowRoot!.querySelector('[part~="list"] caption')!.textContent).to.match(
      /1939 – 1945, \d+ events, 1 partner/,
    );
    await expect(t.el).to.be.accessible();
  });

  it('passes axe on the dark theme', async () => {
    const t = await TimelineHarness.create({ theme: 'dark' });
    expect(getComputedStyle(t.el).backgroundColor).to.equal('rgb(20, 26, 34)');
    await expect(t.el).to.be.accessible();
  });

  it('never animates, so reduced motion has nothing to switch off', async () => {
    const t = await TimelineHarness.create({ selected: 'kyakhta-taken-armed-forces-day' });
    await t.click(t.button('Zoom in'));
    const nodes = [t.el, ...t.el.shadowRoot!.querySelectorAll('*')];
    const moving = nodes.filter((n) => {
      const style = getComputedStyle(n);
      return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
    });
    expect(
      moving.map((n) => n.localName + (n.getAttribute('class') ? `.${n.getAttribute('class')}` : '')),
    ).to.deep.equal([]);
    expect(t.el.getAnimations({ subtree: true })).to.have.length(0);
  });
});
