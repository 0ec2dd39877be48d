import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const clean = () => history.replaceState(null, '', location.pathname + location.search);
const fragment = () => new URLSearchParams(location.hash.slice(1));

async function synced(id: string, width = 800) {
  const el = await fixture<MongoliaTimeline>(
    html`<mongolia-timeline id=${id} sync-url style="height:480px"></mongolia-timeline>`,
    {
      parentNode: Object.assign(document.createElement('div'), { style: `width:${width}px` }),
    },
  );
  const t = new TimelineHarness(el);
  await t.settle();
  return t;
}

describe('<mongolia-timeline sync-url>', () => {
  beforeEach(clean);
  afterEach(clean);

  it('restores the view, filter, search and selected event from the link, keeping other fragment keys', async () => {
    location.hash =
      'other=1&century.start=1985-01-01&century.end=1995-12-31&century.partners=ru&century.q=soviet&century.event=gorbachev-vladivostok-speech-1986';
    const t = await synced('century');
    expect(t.period()).to.equal('1985 – 1995');
    expect(t.chip('ru').getAttribute('aria-pressed')).to.equal('true');
    expect(t.root.querySelector<HTMLInputElement>('[part~="search"]')!.value).to.equal('soviet');
    expect(t.el.selected).to.equal('gorbachev-vladivostok-speech-1986');
    expect(t.detail()).to.exist;
    expect(fragment().get('other')).to.equal('1');
  });

  it('pushes each settled view to history, and back and forward step through them', async () => {
    const t = await synced('century');
    await t.click(t.button('Zoom in'));
    const zoomed = t.period();
    expect(fragment().get('century.start')).to.equal(t.el.start);
    await t.click(t.chip('cn'));
    expect(fragment().get('century.partners')).to.equal('cn');
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await t.settle();
    expect(t.chip('cn').getAttribute('aria-pressed')).to.equal('false');
    expect(t.period()).to.equal(zoomed);
    const again = oneEvent(window, 'popstate');
    history.back();
    await again;
    await t.settle();
    expect(t.period()).to.equal('1921 – 2021');
  });

  it('keeps two timelines apart by their ids', async () => {
    const a = await synced('first', 600);
    const b = await synced('second', 600);
    await a.click(a.button('Zoom in'));
    expect(fragment().has('first.start')).to.equal(true);
    expect([...fragment().keys()].some((k) => k.startsWith('second.'))).to.equal(false);
    expect(b.period()).to.equal('1921 – 2021');
  });

  it('copies a link that opens the same view', async () => {
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      const t = await synced('century');
      t.el.zoomTo('1960', '1969');
      t.el.query = 'border';
      await t.settle();
      await t.click(t.root.querySelector('[part~="export"] summary')!);
      await t.click(
        [...t.root.querySelectorAll('[part~="export"] button')].find((b) => b.textContent === 'Copy link')!,
      );
      expect(t.hint()).to.equal('Link to this view copied');
      const url = new URL(copied);
      expect(url.searchParams.toString()).to.equal(new URL(location.href).searchParams.toString());
      expect(new URLSearchParams(url.hash.slice(1)).get('century.q')).to.equal('border');
      t.el.remove();
      clean();
      location.hash = url.hash.slice(1);
      const reopened = await synced('century');
      expect(reopened.period()).to.equal(t.period());
      expect(reopened.el.query).to.equal('border');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });
});
