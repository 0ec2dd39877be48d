import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledStory } from '../../src/story/bundled-story.js';
import { echoUrl } from '../helpers/fixtures.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const year = (s: string) => Number(s.slice(0, 4));
const bar = (t: TimelineHarness) => t.root.querySelector<HTMLElement>('[part~="story"]');
const storyButton = (t: TimelineHarness, cls: string) => t.root.querySelector<HTMLButtonElement>(`.story .${cls}`)!;
const clean = () => history.replaceState(null, '', location.pathname + location.search);

/** A timeline with the bundled story, once its steps are here. */
async function storyTimeline(attrs: Record<string, string> = {}, width = 900): Promise<TimelineHarness> {
  const t = await TimelineHarness.create({ story: '', ...attrs }, width, 560);
  await t.until(() => !!bar(t));
  return t;
}

/** Counts `mt-step-change` events. */
function countSteps(t: TimelineHarness) {
  const seen: { step: string; index: number }[] = [];
  t.el.addEventListener('mt-step-change', (e) => seen.push(e.detail));
  return seen;
}

describe('<mongolia-timeline> story', () => {
  afterEach(clean);

  it('shows nothing of a story without the attribute', async () => {
    const t = await TimelineHarness.create();
    expect(t.el.story).to.equal('');
    expect(bar(t)).to.equal(null);
  });

  it('takes the attribute alone, or "bundled", for the bundled steps, and starts before the first step', async () => {
    const t = await storyTimeline();
    expect(t.el.story).to.equal('bundled');
    expect(t.el.step).to.equal('');
    expect(bar(t)!.textContent).to.contain(`${bundledStory.length} steps`);
    expect(storyButton(t, 'story-prev').disabled).to.equal(true);
    await expect(t.el).to.be.accessible();
  });

  it('shows each step’s window, filter, open event and eras', async () => {
    const t = await storyTimeline();
    for (const step of bundledStory) {
      t.el.step = step.id;
      await t.settle();
      const [s0, s1] = [year(step.start), year(step.end)];
      expect(t.period(), step.id).to.contain(String(s0));
      expect(t.el.partners, step.id).to.equal([...(step.partners ?? []), ...(step.blocs ?? [])].join(','));
      expect(t.el.selected, step.id).to.equal(step.selected ?? '');
      expect(t.detail(), step.id).to.not.equal(null);
      const eraBand = t.root.querySelector('.era-band, [part~="eras"], .eras-toggle');
      expect(!!eraBand, `${step.id} eras`).to.equal(step.eras !== false);
      expect(bar(t)!.querySelector('.story-heading')!.textContent).to.equal(step.heading.en);
      expect(bar(t)!.querySelector('.story-count')!.textContent).to.equal(
        `${bundledStory.indexOf(step) + 1} of ${bundledStory.length}`,
      );
      // The chart's accessible description includes the step's text.
      expect(t.chart.getAttribute('aria-describedby')).to.contain('step-text');
      expect(t.root.getElementById('step-text')!.textContent).to.contain(step.text.en);
      if (s1 > s0) expect(t.period(), step.id).to.contain(String(s1));
    }
  });

  it('moves with the buttons and the arrow keys, firing mt-step-change for each', async () => {
    const t = await storyTimeline();
    const seen = countSteps(t);
    storyButton(t, 'story-next').click();
    await t.settle();
    expect(t.el.step).to.equal(bundledStory[0].id);
    expect(t.el.getAttribute('step')).to.equal(bundledStory[0].id);
    storyButton(t, 'story-next').focus();
    await sendKeys({ press: 'ArrowRight' });
    await t.settle();
    expect(t.el.step).to.equal(bundledStory[1].id);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await t.settle();
    expect(t.el.step).to.equal(bundledStory[1].id);
    storyButton(t, 'story-prev').click();
    await t.settle();
    expect(seen).to.deep.equal([
      { step: bundledStory[0].id, index: 0 },
      { step: bundledStory[1].id, index: 1 },
      { step: bundledStory[2].id, index: 2 },
      { step: bundledStory[1].id, index: 1 },
      { step: bundledStory[0].id, index: 0 },
    ]);
    // The bar itself takes the arrows too; the first step's "previous" stays put.
    bar(t)!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await t.settle();
    expect(t.el.step).to.equal(bundledStory[0].id);
    expect(seen.length).to.equal(5);
  });

  it('moves a step with a horizontal swipe on the bar, not with a vertical one', async () => {
    const t = await storyTimeline({ step: bundledStory[3].id });
    const seen = countSteps(t);
    const r = bar(t)!.getBoundingClientRect();
    const y = Math.round(r.top + r.height / 2);
    const x = Math.round(r.left + r.width / 3);
    const swipe = (dx: number, dy: number) => {
      const at = (px: number, py: number) => ({
        pointerId: 3,
        isPrimary: true,
        clientX: px,
        clientY: py,
        bubbles: true,
        composed: true,
        pointerType: 'touch',
      });
      const target = bar(t)!.querySelector('.story-body')!;
      target.dispatchEvent(new PointerEvent('pointerdown', at(x, y)));
      target.dispatchEvent(new PointerEvent('pointerup', at(x + dx, y + dy)));
    };
    swipe(-120, 10);
    await t.settle();
    expect(t.el.step).to.equal(bundledStory[4].id);
    swipe(120, -5);
    await t.settle();
    expect(t.el.step).to.equal(bundledStory[3].id);
    swipe(30, 160);
    await t.settle();
    expect(t.el.step).to.equal(bundledStory[3].id);
    expect(seen.map((s) => s.index)).to.deep.equal([4, 3]);
  });

  it('fires no mt-step-change when the page sets step, and keeps the step the page set', async () => {
    const t = await storyTimeline();
    const seen = countSteps(t);
    t.el.step = 'khalkhin-gol';
    await t.settle();
    t.el.setAttribute('step', 'withdrawal-1990');
    await t.settle();
    expect(t.el.partners).to.equal('ru');
    expect(seen).to.deep.equal([]);
  });

  it('lets the reader zoom away and go back to the step', async () => {
    const t = await storyTimeline({ step: 'khalkhin-gol' });
    expect(t.root.querySelector('.story-back')).to.equal(null);
    const settled = oneEvent(t.el, 'mt-view-change');
    t.button('Zoom out').click();
    await settled;
    await t.settle();
    expect(year(t.el.start)).to.be.below(1939);
    storyButton(t, 'story-back').click();
    await t.settle();
    expect(t.el.start).to.equal('1939');
    expect(t.period()).to.not.contain('1938');
    expect(t.root.querySelector('.story-back')).to.equal(null);
  });

  it('falls back to no story and no step when story or step are removed or undefined, before and after render', async () => {
    const before = document.createElement('mongolia-timeline');
    before.story = undefined as unknown as string;
    before.step = null as unknown as string;
    const t0 = await TimelineHarness.create();
    t0.el.replaceWith(before);
    const t1 = new TimelineHarness(before);
    await t1.settle();
    expect(before.story).to.equal('');
    expect(before.step).to.equal('');
    expect(bar(t1)).to.equal(null);

    const t = await storyTimeline({ step: 'peacekeeping' });
    t.el.step = undefined as unknown as string;
    await t.settle();
    expect(t.el.step).to.equal('');
    expect(t.el.hasAttribute('step')).to.equal(false);
    expect(bar(t)!.querySelector('.story-count')).to.equal(null);
    t.el.removeAttribute('story');
    await t.settle();
    expect(t.el.story).to.equal('');
    expect(bar(t)).to.equal(null);
  });

  it('loads custom steps from a URL, and reports steps it cannot use', async () => {
    const steps = [
      { id: 'one', heading: { en: 'One' }, text: { en: 'First.' }, start: '1950', end: '1960' },
      { id: 'two', heading: { en: 'Two' }, text: { en: 'Second.' }, start: '1990', end: '1995', partners: ['us'] },
      { id: 'Bad id', heading: { en: 'x' }, text: { en: 'y' }, start: '1990', end: '1991' },
    ];
    const made = document.createElement('mongolia-timeline');
    const error = oneEvent(made, 'mt-error');
    made.setAttribute('story', echoUrl(steps));
    made.setAttribute('step', 'two');
    const parent = document.createElement('div');
    parent.style.width = '800px';
    made.style.height = '480px';
    document.body.append(parent);
    parent.append(made);
    const t = new TimelineHarness(made);
    const { detail } = await error;
    expect(detail.errors).to.deep.equal([{ path: '[2]', reason: 'id is not a kebab-case id' }]);
    await t.until(() => !!bar(t)?.querySelector('.story-heading'));
    expect(bar(t)!.querySelector('.story-heading')!.textContent).to.equal('Two');
    expect(made.partners).to.equal('us');
    expect(t.period()).to.contain('1990');
    parent.remove();
  });

  it('reports a story URL that fails, with mt-error and no bar', async () => {
    const made = document.createElement('mongolia-timeline');
    const error = oneEvent(made, 'mt-error');
    made.setAttribute('story', echoUrl('nope', { status: 404 }));
    document.body.append(made);
    const { detail } = await error;
    expect(detail.failure?.kind).to.equal('http');
    expect(made.shadowRoot!.querySelector('[part~="story"]')).to.equal(null);
    made.remove();
  });

  it('keeps the step in the URL with sync-url, and a link to #timeline.step=… shows that step', async () => {
    const t = await storyTimeline({ 'sync-url': '' });
    storyButton(t, 'story-next').click();
    await t.settle();
    expect(new URLSearchParams(location.hash.slice(1)).get('timeline.step')).to.equal(bundledStory[0].id);
    location.hash = 'timeline.step=khalkhin-gol';
    await t.until(() => t.el.step === 'khalkhin-gol');
    expect(t.el.partners).to.equal('ru,jp');
    expect(t.period()).to.contain('1939');
  });

  it('announces each step once, with the view it shows', async () => {
    const t = await storyTimeline();
    storyButton(t, 'story-next').click();
    await t.settle();
    const live = t.root.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.contain(bundledStory[0].text.en);
    t.button('Zoom in').click();
    await t.until(() => !live.textContent!.includes(bundledStory[0].text.en));
  });

  it('names the silences of the view in the takeaway and shades them in the balance strip', async () => {
    const t = await TimelineHarness.create({}, 900, 560);
    const takeaway = () => t.root.getElementById('takeaway')!.textContent!.replace(/\s+/g, ' ');
    expect(takeaway()).to.contain('No recorded military tie with China, 1926–1935.');
    expect(takeaway()).to.contain('No recorded military tie with multilateral bodies, 1962–1991.');
    expect([...t.root.querySelectorAll('.balance .silence')].map((r) => r.getAttribute('class'))).to.deep.equal([
      'silence south',
      'silence multilateral',
    ]);
    // Filtered to Russia/USSR, no other bloc's silence is named.
    t.el.partners = 'ru';
    await t.settle();
    expect(takeaway()).to.not.contain('No recorded');
    t.el.lang = 'mn';
    t.el.partners = '';
    await t.settle();
    expect(takeaway()).to.contain('1926–1935: Хятадтай цэргийн харилцаа бүртгэгдээгүй.');
  });

  it('with scroll-steps, follows the page’s data-mt-step paragraphs as they cross the middle of the viewport', async () => {
    const article = document.createElement('article');
    article.innerHTML = ['khalkhin-gol', 'garrison-years', 'peacekeeping']
      .map((id) => `<p data-mt-step="${id}" style="height:300px;margin:0 0 900px">${id}</p>`)
      .join('');
    document.body.append(article);
    try {
      const t = await storyTimeline({ 'scroll-steps': '' });
      t.el.style.position = 'fixed';
      t.el.style.top = '0';
      const seen = countSteps(t);
      const p = article.querySelector<HTMLElement>('[data-mt-step="garrison-years"]')!;
      p.scrollIntoView({ block: 'center' });
      await t.until(() => t.el.step === 'garrison-years');
      expect(t.el.partners).to.equal('north');
      article.querySelector<HTMLElement>('[data-mt-step="peacekeeping"]')!.scrollIntoView({ block: 'center' });
      await t.until(() => t.el.step === 'peacekeeping');
      expect(seen.map((s) => s.step)).to.deep.equal(['garrison-years', 'peacekeeping']);
    } finally {
      article.remove();
      window.scrollTo(0, 0);
    }
  });
});
