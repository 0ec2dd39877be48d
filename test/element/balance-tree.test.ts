// The balance strip as a tree a screen reader can step through (after Olli): the whole view, its periods, each
// period's blocs. Down goes in, Up comes out, Left and Right go across; each node's name gives its counts.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const name = (t: TimelineHarness) => t.focused()?.getAttribute('aria-label') ?? '';

describe('<mongolia-timeline> balance strip as a tree', () => {
  it('steps from a period up to the whole view, down into its blocs and across them', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const tree = t.root.querySelector('.balance svg')!;
    expect(tree.getAttribute('role')).to.equal('tree');
    await t.tabIn('balance');
    // The tab stop: the first period, a treeitem at level 2 of 11.
    let f = t.focused()!;
    expect(f.getAttribute('role')).to.equal('treeitem');
    expect(f.getAttribute('aria-level')).to.equal('2');
    expect(f.getAttribute('aria-posinset')).to.equal('1');
    expect(f.getAttribute('aria-setsize')).to.equal(String(t.root.querySelectorAll('.balance .bucket').length));
    expect(f.getAttribute('aria-expanded')).to.equal('false');
    expect(name(t)).to.match(
      /^1920–1929: Russia\/USSR \d+, China \d+, third neighbours \d+, multilateral bodies \d+\./,
    );
    // Up: the century, with its counts per bloc.
    await t.press('ArrowUp');
    f = t.focused()!;
    expect(f.getAttribute('aria-level')).to.equal('1');
    expect(name(t)).to.match(
      /^1921–2021, all periods: Russia\/USSR \d+, China \d+, third neighbours \d+, multilateral bodies \d+\.$/,
    );
    await t.press('ArrowUp');
    expect(t.focused()).to.equal(f);
    // Down: back to the period last visited; Right to the next; Down into its blocs.
    await t.press('ArrowDown');
    expect(t.focused()!.getAttribute('data-year')).to.equal('1920');
    await t.press('ArrowRight');
    expect(t.focused()!.getAttribute('data-year')).to.equal('1930');
    await t.press('ArrowDown');
    f = t.focused()!;
    expect(f.getAttribute('aria-level')).to.equal('3');
    expect(f.getAttribute('data-bloc')).to.equal('north');
    expect(name(t)).to.match(/^Russia\/USSR, 1930–1939: \d+ ties?$/);
    const bar = t.root.querySelector('.balance [data-year="1930"]')!;
    expect(bar.getAttribute('aria-expanded')).to.equal('true');
    await t.press('ArrowRight');
    expect(name(t)).to.match(/^China, 1930–1939: \d+ ties?$/);
    await t.press('End');
    expect(name(t)).to.match(/^multilateral bodies, 1930–1939: \d+ ties?$/);
    await t.press('ArrowRight');
    expect(t.focused()!.getAttribute('data-bloc')).to.equal('multilateral');
    // The bloc's count is the bar's figure for it.
    const figure = /multilateral bodies (\d+)/.exec(bar.getAttribute('aria-label')!)![1];
    expect(name(t)).to.equal(`multilateral bodies, 1930–1939: ${figure} ${figure === '1' ? 'tie' : 'ties'}`);
    // Up: back to the period, folded again; Tab leaves and Shift+Tab comes back to it.
    await t.press('ArrowUp');
    expect(t.focused()).to.equal(bar);
    expect(bar.getAttribute('aria-expanded')).to.equal('false');
    await t.press('ArrowDown');
    await t.press('ArrowDown');
    expect(t.focused()!.getAttribute('data-bloc')).to.equal('north');
    // Enter on a bloc zooms to its period.
    await t.press('Enter');
    await t.until(() => t.el.start.startsWith('1930'));
    expect(t.focused()?.closest('.tree-root')).to.exist;
    await expect(t.el).to.be.accessible();
  });

  it('keeps its keys to itself: Enter on the sound button plays', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const sound = t.root.querySelector<HTMLButtonElement>('.balance button.sound');
    if (!sound) return;
    sound.focus();
    await sendKeys({ press: 'Enter' });
    await t.settle();
    expect(t.root.querySelector('.balance button.sound')!.textContent!.trim()).to.equal('Stop');
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(t.root.querySelector('.balance button.sound')!.textContent!.trim()).to.equal('Play as sound');
  });

  it('speaks Mongolian', async () => {
    const t = await TimelineHarness.create({ lang: 'mn' }, 1000, 560);
    await t.tabIn('balance');
    await t.press('ArrowDown');
    expect(name(t)).to.match(/^Орос\/ЗХУ, 1920–1929: \d+ холбоо$/);
  });
});
