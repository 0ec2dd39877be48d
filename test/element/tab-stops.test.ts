// Measured for the closing note of #14: Tab presses to the first event, from the Eras toggle to its legend and
// through the list view, and what the live region says after a zoom, a filter, a search and the list view. Each
// count has an upper bound; the figures are logged once (in Chromium and Firefox alike).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const measured: Record<string, unknown> = {};

/** The element's focus as the page sees it: inside the shadow root, else the page's. */
const deepFocus = (t: TimelineHarness) => t.root.activeElement ?? document.activeElement;

/**
 * Presses Tab until `done` holds of the focused element (or `max` presses); answers how many presses it took. Each
 * test keeps a focusable element after the timeline, so that focus never leaves the page.
 */
async function tabUntil(t: TimelineHarness, done: (f: Element | null) => boolean, max = 600): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await sendKeys({ press: 'Tab' });
    if (done(deepFocus(t))) return n;
  }
  return Infinity;
}

/**
 * A button after the element, where Tab goes when it leaves it: without one, focus would leave the page for the
 * browser's own controls, and the test files after this one would run in a page without focus.
 */
function focusAfter(t: TimelineHarness): HTMLButtonElement {
  const after = Object.assign(document.createElement('button'), { textContent: 'after' });
  t.el.after(after);
  return after;
}

/** A button before the element, the page's previous focusable element, focused. */
function focusBefore(t: TimelineHarness): HTMLButtonElement {
  const before = Object.assign(document.createElement('button'), { textContent: 'before' });
  t.el.before(before);
  before.focus();
  return before;
}

/** Records the live region's text each time it changes. */
function listen(t: TimelineHarness): { heard: string[]; stop: () => void } {
  const live = t.root.querySelector('[aria-live]')!;
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const text = live.textContent!.trim();
    if (text && text !== heard.at(-1)) heard.push(text);
  });
  observer.observe(live, { childList: true, characterData: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

/** Waits until the live region has said `count` things, naming the step that did not come. */
async function heard(t: TimelineHarness, said: string[], count: number, step: string): Promise<void> {
  try {
    await t.until(() => said.length >= count, 3000);
  } catch {
    throw new Error(`nothing announced after ${step}; heard ${JSON.stringify(said)}`);
  }
}

const button = (t: TimelineHarness, text: string) =>
  [...t.root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find((b) => b.textContent === text)!;

describe('<mongolia-timeline> tab stops and announcements, measured', () => {
  after(() => console.log(`#14 measured: ${JSON.stringify(measured)}`));

  it('takes at most 12 Tab presses from the previous element of the page to the first event', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const before = focusBefore(t);
    const after = focusAfter(t);
    const n = await tabUntil(
      t,
      (f) => f === after || f?.getAttribute('part') === 'event' || f?.getAttribute('part') === 'cluster',
    );
    expect(deepFocus(t)!.getAttribute('part'), 'a mark before the end of the element').to.match(/^(event|cluster)$/);
    before.remove();
    after.remove();
    measured.toFirstMark = n;
    expect(n).to.be.at.most(12);
  });

  // The legend opens over the chart, after it in the tab order: Export, List, the filter and the chart come between.
  it('takes at most 5 Tab presses from the Eras toggle into its legend', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const toggle = t.root.querySelector<HTMLButtonElement>('.eras-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await t.until(() => !!t.root.querySelector('[part~="eras"]'));
    const legend = t.root.querySelector('[part~="eras"]')!;
    const after = focusAfter(t);
    const n = await tabUntil(t, (f) => f === after || (!!f && legend.contains(f)), 60);
    expect(legend.contains(deepFocus(t)), 'in the legend before the end of the element').to.equal(true);
    after.remove();
    measured.erasToLegend = n;
    expect(n).to.be.at.most(5);
  });

  it('keeps the list view to one stop per row: at most rows + 6 presses through it', async function () {
    // About 280 presses, each a round trip to the browser.
    this.timeout(40000);
    const t = await TimelineHarness.create({}, 1000, 560);
    const after = focusAfter(t);
    const toggle = button(t, 'List');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await t.until(() => !!t.root.querySelector('.list'));
    const rows = t.root.querySelectorAll('.list table:first-of-type tbody tr').length;
    const list = t.root.querySelector('.list')!;
    // From the toggle into the list, then through it until focus leaves it.
    const into = await tabUntil(t, (f) => !!f && list.contains(f), 20);
    const through = await tabUntil(t, (f) => !f || !list.contains(f), 2 * rows + 40);
    expect(document.activeElement).to.equal(after);
    after.remove();
    measured.listRows = rows;
    measured.intoList = into;
    measured.throughList = through;
    expect(into).to.be.at.most(3);
    expect(through).to.be.at.most(rows + 6);
  });

  it('announces a zoom with +, a chip, a search once typing pauses and the list view, once each', async () => {
    const zoomed = await TimelineHarness.create({}, 1000, 560);
    const a = listen(zoomed);
    await zoomed.tabIn();
    await zoomed.press('+');
    await heard(zoomed, a.heard, 1, 'the zoom');
    a.stop();
    zoomed.el.remove();
    // The others on the whole century, one after the other.
    const t = await TimelineHarness.create({}, 1000, 560);
    const { heard: said, stop } = listen(t);
    const chip = t.chips().find((c) => c.dataset.partner)!;
    await t.click(chip);
    await heard(t, said, 1, 'the chip');
    await t.click(chip);
    await heard(t, said, 2, 'the chip again');
    const input = t.root.querySelector<HTMLInputElement>('[part~="search"]')!;
    input.focus();
    await sendKeys({ type: 'peacekeeping' });
    await heard(t, said, 3, 'the search');
    button(t, 'List').focus();
    await sendKeys({ press: 'Enter' });
    await heard(t, said, 4, 'the list view');
    stop();
    measured.announcements = { zoom: a.heard[0], chip: said[0], search: said[2], list: said[3] };
    expect(a.heard).to.have.length(1);
    expect(a.heard[0]).to.match(/^\d{4} – \d{4}, \d+ events?, \d+ partners?$/);
    expect(said[0]).to.match(/^1921 – 2021, \d+ events?, 1 partner$/);
    expect(said[2]).to.match(/^1921 – 2021, \d+ events?, \d+ partners?$/);
    expect(said[3]).to.equal(`List view: ${said[2]}`);
    expect(said).to.have.length(4);
  });
});
