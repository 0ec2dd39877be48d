// The page around the element: its own anchors and history (sync-url), its styles (label size, the reader's text
// spacing, late web fonts), and the life of custom data across disconnects. Also the smaller seams a host hits:
// CSV cells from custom data, wheel deltas in lines, invisible or over-long titles, huge invalid data.
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { validateDataset } from '../../src/data/validate.js';
import { csvField } from '../../src/data/export-data.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { echoUrl, tinyDataset } from '../helpers/fixtures.js';

const clean = () => history.replaceState(null, '', location.pathname + location.search);
const echo = (data: unknown, delay = 0) => echoUrl(data, { delay });

/** Label boxes of the drawn events, and whether any two overlap. */
function overlaps(t: TimelineHarness): string[] {
  const boxes = t.events().map((g) => ({ id: g.dataset.id!, r: g.querySelector('text')!.getBoundingClientRect() }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i].r, boxes[j].r];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        found.push(`${boxes[i].id} × ${boxes[j].id}`);
      }
    }
  }
  return found;
}

describe('<mongolia-timeline sync-url> on a page with its own anchors and history', () => {
  beforeEach(clean);
  afterEach(clean);

  async function synced() {
    const el = await fixture<MongoliaTimeline>(
      html`<mongolia-timeline id="tl" sync-url style="height:460px"></mongolia-timeline>`,
      { parentNode: Object.assign(document.createElement('div'), { style: 'width:900px' }) },
    );
    const t = new TimelineHarness(el);
    await t.settle();
    return t;
  }

  it('leaves a plain anchor as it is, and adds its state after it only when there is state', async () => {
    location.hash = 'references';
    const t = await synced();
    expect(location.hash).to.equal('#references');
    await t.click(t.chip('ru'));
    expect(location.hash).to.equal('#references&tl.partners=ru');
    await t.click(t.chip('ru'));
    expect(location.hash).to.equal('#references');
  });

  it('keeps other tokens of the fragment byte for byte', async () => {
    location.hash = 'a=%2F%2F&b&c=1+2&other.start=1990';
    const t = await synced();
    await t.click(t.button('Zoom in'));
    expect(location.hash.startsWith('#a=%2F%2F&b&c=1+2&other.start=1990&tl.start=')).to.equal(true);
  });

  it('adds one history entry for a settled view and none while the reader types', async () => {
    const t = await synced();
    // Counted at the source: history.length stops growing at 50 entries in Chromium.
    const pushes: string[] = [];
    const push = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushes.push(String(args[2]));
      return push.apply(this, args);
    };
    try {
      const input = t.root.querySelector<HTMLInputElement>('[part~="search"]')!;
      input.focus();
      for (const ch of 'border') {
        input.value += ch;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await t.el.updateComplete;
      }
      await t.settle();
      expect(pushes, 'typing').to.deep.equal([]);
      expect(new URLSearchParams(location.hash.slice(1)).get('tl.q')).to.equal('border');
      await t.click(t.button('Zoom in'));
      expect(pushes, 'a settled zoom').to.have.length(1);
    } finally {
      history.pushState = push;
    }
  });

  it('ignores a hashchange to a page anchor, and follows one that changes its keys', async () => {
    const t = await synced();
    await t.click(t.button('Zoom in'));
    await t.click(t.chip('cn'));
    const period = t.period();
    const anchor = oneEvent(window, 'hashchange');
    location.hash = `${location.hash.slice(1)}&references`;
    await anchor;
    await t.settle();
    expect(t.period()).to.equal(period);
    expect(t.el.partners).to.equal('cn');
    const ours = oneEvent(window, 'hashchange');
    location.hash = 'tl.partners=ru';
    await ours;
    await t.settle();
    expect(t.el.partners).to.equal('ru');
    expect(t.period()).to.equal('1921 – 2021');
  });
});

describe('<mongolia-timeline> labels under the page styles', () => {
  it('never overlaps labels with a larger --mt-label-size, set before or after the first render', async () => {
    const t = await TimelineHarness.create({}, 1280, 560);
    t.el.style.setProperty('--mt-label-size', '22px');
    await t.settle();
    expect(overlaps(t)).to.deep.equal([]);
    const u = await TimelineHarness.create({}, 800, 520);
    u.el.style.setProperty('--mt-label-size', '18px');
    await u.settle();
    expect(overlaps(u)).to.deep.equal([]);
  });

  it("never overlaps labels under the reader's text spacing (WCAG 1.4.12)", async () => {
    const t = await TimelineHarness.create({}, 1280, 560);
    t.el.style.letterSpacing = '0.12em';
    t.el.style.wordSpacing = '0.16em';
    t.el.style.lineHeight = '1.5';
    await t.settle();
    expect(t.events().length).to.be.above(5);
    expect(overlaps(t)).to.deep.equal([]);
  });

  it('measures labels again when web fonts finish loading', async () => {
    const t = await TimelineHarness.create({}, 1000, 520);
    const labels = () => t.events().map((g) => g.querySelector('text')!.textContent);
    const before = labels();
    t.el.style.setProperty('--mt-font-family', 'serif');
    document.fonts.dispatchEvent(new Event('loadingdone'));
    await t.settle();
    expect(overlaps(t)).to.deep.equal([]);
    expect(labels().length).to.be.above(0);
    expect(before.length).to.be.above(0);
  });
});

describe('<mongolia-timeline> custom data across connects and disconnects', () => {
  it('loads a src changed while disconnected once it is attached again', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const parent = t.el.parentElement!;
    t.el.remove();
    t.el.src = echo(tinyDataset);
    await t.el.updateComplete;
    const loaded = oneEvent(t.el, 'mt-load');
    parent.append(t.el);
    await loaded;
    await t.settle();
    expect(t.chips().map((c) => c.dataset.partner)).to.deep.equal(['', 'ru', 'cn', 'us']);
  });

  it('neither fetches src nor shows progress while data wins, and loads it when data goes', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    let loads = 0;
    t.el.addEventListener('mt-load', () => loads++);
    t.el.data = tinyDataset;
    t.el.src = echo({ partners: [], events: [] }, 300);
    await t.settle();
    expect(t.status()).to.equal(null);
    await new Promise((r) => setTimeout(r, 400));
    expect(loads).to.equal(0);
    const loaded = oneEvent(t.el, 'mt-load');
    t.el.data = undefined;
    await loaded;
    await t.settle();
    expect(t.emptyMessage()).to.equal('This timeline has no events.');
  });

  it('lets the newest src win and drops the failure notice when usable data arrives', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    t.el.src = '/__data/echo?status=404';
    await t.until(() => /404/.test(t.status() ?? ''));
    t.el.data = tinyDataset;
    await t.settle();
    expect(t.status()).to.equal(null);
    t.el.data = undefined;
    t.el.src = echo(tinyDataset, 300);
    await t.settle();
    t.el.src = echo({ ...tinyDataset, events: tinyDataset.events.slice(0, 1) });
    await t.until(() => t.status() === null && t.shownCount() > 0);
    await new Promise((r) => setTimeout(r, 400));
    await t.settle();
    expect(t.shownCount()).to.equal(1);
  });

  it('reads inline JSON that starts with a byte-order mark, and forgets a parse failure once it is fixed', async () => {
    const el = await fixture<MongoliaTimeline>(
      html`<mongolia-timeline style="height:420px"><script type="application/json">{broken</script></mongolia-timeline>`,
    );
    const t = new TimelineHarness(el);
    await t.settle();
    expect(t.status()).to.match(/JSON/i);
    el.querySelector('script')!.textContent = `\uFEFF${JSON.stringify(tinyDataset)}`;
    await t.until(() => t.status() === null);
    expect(t.chips().map((c) => c.dataset.partner)).to.deep.equal(['', 'ru', 'cn', 'us']);
  });

  it('lists at most 100 of 50,000 invalid records and counts the rest', async () => {
    const t = await TimelineHarness.create({}, 800, 480);
    const events = Array.from({ length: 50_000 }, (_, i) => ({ id: `bad-${i}`, date: 'never' }));
    const t0 = performance.now();
    t.el.data = { partners: tinyDataset.partners, events: [...tinyDataset.events, ...events] } as never;
    await t.settle();
    expect(performance.now() - t0).to.be.below(3000);
    const items = t.root.querySelectorAll('.notice li');
    expect(items.length).to.equal(101);
    expect(items[100].textContent).to.match(/49,900|49900/);
  });
});

describe('<mongolia-timeline> smaller seams', () => {
  it('neutralises CSV cells that a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('-cmd')).to.equal("'-cmd");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('\tx')).to.equal("'\tx");
    expect(csvField('-0356', 'date')).to.equal('-0356');
    expect(csvField('Plain, text')).to.equal('"Plain, text"');
  });

  it('zooms about 1.2× per line-mode wheel notch, as per pixel-mode notch', async () => {
    const t = await TimelineHarness.create({}, 1000, 480);
    const span = () => {
      const [a, b] = t.period().split(' – ').map(Number);
      return b - a;
    };
    const before = (t.el.end ? 0 : 100) || span();
    const [x, y] = t.centre();
    // On the drawing, where a real wheel lands (the zoom listens on the chart's <svg>).
    t.chart.querySelector('svg')!.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -3,
        deltaMode: 1,
        ctrlKey: true,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await t.settle();
    const factor = before / span();
    expect(factor).to.be.within(1.05, 1.35);
  });

  it('gives clusters ids no event id can take', async () => {
    const t = await TimelineHarness.create({}, 360, 420);
    expect(t.clusters().length).to.be.above(0);
    for (const c of t.clusters()) expect(c.dataset.id).to.match(/^cluster:/);
    expect(validateDataset({ partners: [], events: [{ id: 'cluster:x' }] }).errors[0].reason).to.match(/id/);
  });

  it('refuses invisible titles, over-long titles in any language, and counts characters as code points', () => {
    const base = {
      id: 'e',
      date: '1990',
      summary: { en: 'S.' },
      partners: [],
      kind: 'visit',
      sources: [{ title: 'S', url: 'https://example.org/s', publisher: 'P' }],
    };
    const check = (title: Record<string, string>, extra = {}) =>
      validateDataset({ partners: [], events: [{ ...base, title, ...extra }] }).errors.map((e) => e.reason);
    expect(check({ en: '\u200B\u00AD\u200D' })).to.have.length(1);
    expect(check({ en: 'Ok', mn: 'Ө'.repeat(5000) })).to.have.length(1);
    expect(check({ en: '𝕏'.repeat(41) })).to.deep.equal([]);
    expect(check({ en: '𝕏'.repeat(81) })).to.have.length(1);
    expect(check({ en: 'Ok' }, { short: { en: 'x'.repeat(33) } })).to.have.length(1);
    expect(check({ en: 'Ok' }, { confidence: 'maybe' })).to.have.length(1);
    expect(check({ en: 'Ok' }, { confidence: 'reported', short: { en: 'Ok', mn: 'Ок' } })).to.deep.equal([]);
  });

  it('shortens labels between words, never inside a flag or a joined emoji', async () => {
    const flags = '🇲🇳🇷🇺 🇨🇳🇺🇸 🇯🇵🇰🇷 🇮🇳🇩🇪 🇬🇧🇫🇷 '.repeat(3).trim();
    const family = '👨‍👩‍👧‍👦 👨‍👩‍👧‍👦 '.repeat(5).trim();
    const data = {
      partners: tinyDataset.partners,
      events: [flags, family].map((title, i) => ({
        id: `e${i}`,
        date: `${1930 + i * 60}`,
        title: { en: title },
        summary: { en: 'S.' },
        partners: ['ru'],
        kind: 'visit',
        sources: [{ title: 'S', url: 'https://example.org/s', publisher: 'P' }],
      })),
    };
    const t = await TimelineHarness.create({}, 600, 420);
    t.el.data = data as never;
    await t.settle();
    await nextFrame();
    const labels = t.events().map((g) => g.querySelector('text')!.textContent!);
    expect(labels.length).to.equal(2);
    for (const label of labels) {
      expect(label.endsWith('…'), label).to.equal(true);
      const body = label.slice(0, -1).replace(/ /g, '');
      const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(body)].map(
        (s) => s.segment,
      );
      for (const g of graphemes)
        expect(['🇲🇳', '🇷🇺', '🇨🇳', '🇺🇸', '🇯🇵', '🇰🇷', '🇮🇳', '🇩🇪', '🇬🇧', '🇫🇷', '👨‍👩‍👧‍👦']).to.include(g);
    }
  });
});
