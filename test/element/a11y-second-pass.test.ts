// Keyboard and screen reader, second pass: a skip link, composite widgets as one stop each, Escape for every popup,
// focus kept after menus, the selected event's state, marks in time order, one announcement per pause in typing,
// sources behind a disclosure per row, the reader's font size and a list that reflows at 320 px.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** The element's focus as the page sees it: the host when focus is inside, else the focused element itself. */
const deepFocus = (t: TimelineHarness) => t.root.activeElement ?? document.activeElement;

/** Presses Tab from a button before the element until focus leaves it; answers the stops inside, in order. */
async function tabStops(t: TimelineHarness): Promise<Element[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  t.el.before(before);
  const after = document.createElement('button');
  after.textContent = 'after';
  t.el.after(after);
  before.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 80; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) break;
    stops.push(deepFocus(t)!);
  }
  before.remove();
  after.remove();
  return stops;
}

describe('<mongolia-timeline> keyboard and screen reader, second pass', () => {
  it('has few tab stops: the skip link, the controls, one for the filter, one for the chart', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const stops = await tabStops(t);
    expect(stops[0].textContent).to.equal('Skip the timeline');
    // One stop for the filter and one for the chart: 11 presses to the first event (36 before).
    const firstEvent = stops.findIndex((s) => s.getAttribute('part') === 'event');
    expect(firstEvent).to.be.within(1, 12);
    expect(stops.filter((s) => s.closest('[part~="filters"]')).length).to.equal(1);
    expect(stops.filter((s) => s.closest('[part~="timeline"]')).length).to.equal(1);
  });

  it('sends focus past the element with its skip link', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    t.root.querySelector<HTMLElement>('.skip')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(t.root.activeElement!.id).to.equal('end');
  });

  it('closes the Export menu with Escape, and keeps focus on its button after any choice', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const summary = t.root.querySelector<HTMLElement>('[part~="export"] summary')!;
    const menu = summary.parentElement as HTMLDetailsElement;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(t.root.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    // No real download in the test browser: the blob URL is refused, and the element says so in its hint.
    const create = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new Error('no downloads here');
    };
    try {
      const csv = menu.querySelector<HTMLButtonElement>('[data-format="csv"]')!;
      csv.focus();
      await sendKeys({ press: 'Enter' });
      await t.settle();
    } finally {
      URL.createObjectURL = create;
    }
    expect(menu.open).to.equal(false);
    expect(t.root.activeElement).to.equal(summary);
  });

  it("hides the strip's figures with Escape (WCAG 1.4.13)", async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const bar = t.root.querySelector<SVGGElement>('.balance [data-year]')!;
    bar.focus();
    await t.settle();
    expect(t.root.querySelector('.balance .tip')).to.exist;
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(t.root.querySelector('.balance .tip')).to.equal(null);
  });

  it('names Export and the date sort without their glyphs, and rings the details heading when it takes focus', async () => {
    const t = await TimelineHarness.create({ selected: 'un-membership-1961', start: '1955', end: '1965' }, 1000, 560);
    // The menu's arrow is generated content with empty alternative text: the name is the word alone.
    const summary = t.root.querySelector<HTMLElement>('[part~="export"] summary')!;
    expect(summary.textContent!.trim()).to.equal('Export');
    expect(getComputedStyle(summary, '::after').content.replace(/\s/g, '')).to.match(/^"▾"\/""$/);
    // The details heading takes focus when they open, and shows it.
    const heading = t.root.getElementById('detail-title')!;
    heading.focus();
    expect(t.root.activeElement).to.equal(heading);
    expect(getComputedStyle(heading).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(heading).outlineWidth)).to.be.at.least(2);
    // The list's date sort: the arrow is hidden from screen readers, the name is "Date".
    t.el.view = 'list';
    await t.settle();
    const sort = t.root.querySelector<HTMLButtonElement>('button.sort')!;
    const named = [...sort.childNodes]
      .filter(
        (n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && n.getAttribute('aria-hidden') !== 'true'),
      )
      .map((n) => n.textContent)
      .join('')
      .trim();
    expect(named).to.equal('Date');
    expect(sort.querySelector('[aria-hidden="true"]')!.textContent).to.match(/^[↑↓]$/);
  });

  it('exposes the open event as expanded, controlling the details', async () => {
    const t = await TimelineHarness.create({ selected: 'un-membership-1961', start: '1955', end: '1965' }, 1000, 560);
    const mark = t.event('un-membership-1961')!;
    expect(mark.getAttribute('aria-expanded')).to.equal('true');
    expect(mark.getAttribute('aria-controls')).to.equal('detail');
    expect(t.root.getElementById('detail')).to.equal(t.detail());
    const other = t.events().find((e) => e !== mark)!;
    expect(other.getAttribute('aria-expanded')).to.equal('false');
    expect(other.hasAttribute('aria-controls')).to.equal(false);
  });

  it('puts events and clusters in the document in time order', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const marks = [...t.root.querySelectorAll<SVGGElement>('.marks > g')];
    expect(marks.some((m) => m.getAttribute('part') === 'cluster')).to.equal(true);
    // Where each mark sits in time: a cluster at its first event (the x of its count), a bar at its start, a point at
    // its centre.
    const xs = marks.map((m) => {
      if (m.getAttribute('part') === 'cluster') return Number(m.querySelector('text')!.getAttribute('x'));
      const r = (m.querySelector('.marker, .bar') as SVGGraphicsElement).getBBox();
      return m.classList.contains('range') ? r.x : r.x + r.width / 2;
    });
    for (let i = 1; i < xs.length; i++) expect(xs[i], marks[i].dataset.id).to.be.at.least(xs[i - 1] - 6);
  });

  it('announces a search once the typing pauses, and says when nothing matches', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const live = t.root.querySelector('[aria-live]')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(live.textContent!.trim()));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    const input = t.root.querySelector<HTMLInputElement>('[part~="search"]')!;
    input.focus();
    await sendKeys({ type: 'peacekeeping' });
    await t.until(() => heard.length > 0, 3000);
    await new Promise((r) => setTimeout(r, 900));
    expect(heard.filter(Boolean)).to.have.length(1);
    expect(heard[0]).to.match(/events?/);
    await sendKeys({ type: 'zzqx' });
    await t.until(() => heard.length > 1, 3000);
    expect(heard.at(-1)).to.equal('No events match “peacekeepingzzqx” here.');
    observer.disconnect();
  });

  it("says when the list view opens, and keeps each row's sources behind one disclosure", async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995' }, 1000, 560);
    await t.click(
      [...t.root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find(
        (b) => b.textContent === 'List',
      )!,
    );
    await t.settle();
    expect(t.root.querySelector('[aria-live]')!.textContent).to.match(/^List view: /);
    const rows = t.root.querySelectorAll('.list table:first-of-type tbody tr');
    const disclosures = t.root.querySelectorAll('.list table:first-of-type tbody details.row-sources');
    expect(disclosures.length).to.equal(rows.length);
    expect([...disclosures].every((d) => !(d as HTMLDetailsElement).open)).to.equal(true);
    const links = t.root.querySelectorAll<HTMLAnchorElement>('.list tbody a');
    expect(links.length).to.be.above(rows.length);
    // Each link says the language of the page it opens.
    expect([...links].every((a) => a.lang)).to.equal(true);
  });

  it("sizes its text from the reader's default font size", async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const t = await TimelineHarness.create({}, 1000, 700);
      expect(parseFloat(getComputedStyle(t.chip('')).fontSize)).to.equal(26);
      const label = t.events()[0].querySelector('text')!;
      expect(parseFloat(getComputedStyle(label).fontSize)).to.equal(24);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('reflows the list into stacked rows at 320 px, never wider than the element (WCAG 1.4.10)', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<MongoliaTimeline>(
      html`<mongolia-timeline view="list" start="1985" end="1995" style="height:640px"></mongolia-timeline>`,
      {
        parentNode: Object.assign(document.createElement('div'), { style: 'width:320px' }),
      },
    );
    const t = new TimelineHarness(el);
    await t.settle();
    await nextFrame();
    const table = t.root.querySelector('.list table')!;
    expect(table.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width + 0.5);
    expect(getComputedStyle(t.root.querySelector('.list td')!).display).to.equal('block');
  });

  it('tabs through the controls in the order they are drawn at a phone width', async () => {
    const t = await TimelineHarness.create({}, 360, 700);
    const controls = [
      ...t.root.querySelectorAll<HTMLElement>(
        '[part~="controls"] button, [part~="controls"] input, [part~="controls"] summary',
      ),
    ].filter((c) => c.checkVisibility());
    const order = controls.map((c) => getComputedStyle(c.closest('label') ?? c).order);
    expect(order.every((o) => o === '0')).to.equal(true);
    const tops = controls.map((c) => Math.round(c.getBoundingClientRect().top));
    for (let i = 1; i < tops.length; i++) expect(tops[i], controls[i].textContent!).to.be.at.least(tops[i - 1] - 2);
  });
});
