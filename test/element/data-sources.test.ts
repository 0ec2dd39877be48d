import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { echoUrl, event, tinyDataset } from '../helpers/fixtures.js';

const later = { ...tinyDataset, events: [event('z-1995', '1995-03-02', ['us']), event('y-1999', '1999', ['cn'])] };

describe('<mongolia-timeline> data from src and inline JSON', () => {
  it("loads src, fires mt-load, and spans the data's own extent", async () => {
    const t = await TimelineHarness.create();
    const loaded = oneEvent(t.el, 'mt-load');
    t.el.setAttribute('src', echoUrl(later));
    expect((await loaded).detail).to.deep.equal({ source: t.el.src });
    await t.settle();
    expect(t.eventIds().sort()).to.deep.equal(['y-1999', 'z-1995']);
    expect(t.tickLabels()[0]).to.match(/^199\d|^Apr|^Jan/);
    expect(t.tickLabels().some((l) => l.startsWith('192'))).to.equal(false);
  });

  it('shows progress while loading and never the bundled events', async () => {
    const t = await TimelineHarness.create();
    t.el.src = echoUrl(tinyDataset, { chunks: 6, gap: 150 });
    await t.until(() => /%/.test(t.status() ?? ''));
    expect(t.status()).to.match(/^Loading events… \d+%$/);
    expect(t.root.querySelector('[part~="status"] progress')).to.exist;
    expect(t.events()).to.have.length(0);
    await t.until(() => t.status() === null);
    expect(t.shownCount()).to.equal(5);
  });

  it('reads an inline <script type="application/json"> child, and follows changes to it', async () => {
    const el = await fixture<MongoliaTimeline>(html`<mongolia-timeline style="height:400px">
      <script type="application/json">${JSON.stringify(tinyDataset)}</script>
    </mongolia-timeline>`);
    const t = new TimelineHarness(el);
    await t.settle();
    expect(t.shownCount()).to.equal(5);
    el.querySelector('script')!.textContent = JSON.stringify(later);
    await t.until(() => t.shownCount() === 2);
    el.querySelector('script')!.remove();
    await t.until(() => t.shownCount() > 100);
  });

  it('says when an inline script is not JSON, with one warning and one mt-error, and keeps what it drew', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const el = document.createElement('mongolia-timeline') as MongoliaTimeline;
      el.style.height = '400px';
      el.append(
        Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"events": [' }),
      );
      const errors: CustomEvent[] = [];
      el.addEventListener('mt-error', (e) => errors.push(e));
      const loads: string[] = [];
      el.addEventListener('mt-load', (e) => loads.push(e.detail.source));
      await fixture(html`${el}`);
      const t = new TimelineHarness(el);
      await t.until(() => errors.length > 0);
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.deep.equal({ errors: [], failure: { kind: 'json', source: 'inline' } });
      expect(t.status()).to.match(/^Could not load the events: the inline data is not valid JSON\./);
      expect(t.root.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('alert');
      expect(warnings).to.have.length(1);
      expect(loads).to.deep.equal([]);
      // Fixed, it draws; broken again, the events drawn stay and the message says so.
      el.querySelector('script')!.textContent = JSON.stringify(tinyDataset);
      await t.until(() => loads.length === 1 && t.status() === null);
      expect(t.shownCount()).to.equal(5);
      el.querySelector('script')!.textContent = '{broken';
      await t.until(() => errors.length === 2);
      expect(errors[1].detail.failure).to.deep.equal({ kind: 'json', source: 'inline' });
      expect(t.status()).to.contain('The events shown are those loaded before.');
      expect(t.shownCount()).to.equal(5);
    } finally {
      console.warn = warn;
    }
  });

  it('prefers data over src over inline JSON', async () => {
    const el = await fixture<MongoliaTimeline>(html`<mongolia-timeline style="height:400px">
      <script type="application/json">${JSON.stringify(later)}</script>
    </mongolia-timeline>`);
    const t = new TimelineHarness(el);
    await t.settle();
    expect(t.shownCount()).to.equal(2);
    el.src = echoUrl(tinyDataset);
    await oneEvent(el, 'mt-load');
    await t.settle();
    expect(t.shownCount()).to.equal(5);
    el.data = { ...tinyDataset, events: tinyDataset.events.slice(0, 1) };
    await t.settle();
    expect(t.shownCount()).to.equal(1);
    el.data = undefined;
    await t.settle();
    expect(t.shownCount()).to.equal(5);
  });

  it('says which failure happened, keeps the data it had, and recovers on a later valid src', async () => {
    const t = await TimelineHarness.create();
    t.el.src = echoUrl(tinyDataset);
    await oneEvent(t.el, 'mt-load');
    const cases: [string, RegExp, string][] = [
      [echoUrl('{}', { status: 404 }), /the server answered 404/, 'http'],
      [echoUrl('{"events": [', {}), /is not valid JSON/, 'json'],
      ['http://127.0.0.1:9/closed.json', /could not be reached/, 'network'],
      ['/__data/echo?many=100001', /holds 100,001 events; the limit is 100,000/, 'too-many'],
    ];
    for (const [url, message, kind] of cases) {
      const failed = oneEvent(t.el, 'mt-error');
      t.el.src = url;
      const { detail } = await failed;
      await t.settle();
      expect(detail.failure).to.include({ kind, source: url });
      expect(detail.errors).to.deep.equal([]);
      expect(t.status()).to.match(message);
      expect(t.status()).to.contain('The events shown are those loaded before.');
      expect(t.root.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('alert');
      expect(t.shownCount(), kind).to.equal(5);
    }
    t.el.src = echoUrl(later);
    await oneEvent(t.el, 'mt-load');
    await t.settle();
    expect(t.status()).to.equal(null);
    expect(t.shownCount()).to.equal(2);
  });

  it('a failing first src shows the failure and an empty state, not the bundled data; dismissing hides it', async () => {
    const t = await TimelineHarness.create();
    t.el.src = echoUrl('{}', { status: 500 });
    await oneEvent(t.el, 'mt-error');
    await t.settle();
    expect(t.status()).to.match(/^Could not load the events: the server answered 500/);
    expect(t.status()).not.to.contain('loaded before');
    expect(t.shownCount()).to.equal(0);
    await t.click(t.root.querySelector('[part~="status"] .dismiss')!);
    expect(t.status()).to.equal(null);
    expect(t.emptyMessage()).to.equal('This timeline has no events.');
  });

  it('never lets an older response overwrite a newer one', async () => {
    const t = await TimelineHarness.create();
    const loads: string[] = [];
    t.el.addEventListener('mt-load', (e) => loads.push(e.detail.source));
    const slow = echoUrl(tinyDataset, { delay: 600 });
    const fast = echoUrl(later, { delay: 50 });
    t.el.src = slow;
    await t.settle();
    t.el.src = fast;
    await oneEvent(t.el, 'mt-load');
    // A request of our own that the server answers after the slow one (a longer delay, asked later): once it is
    // answered, the slow answer has come too, had the element kept waiting for it.
    await (await fetch(echoUrl(tinyDataset, { delay: 700 }))).text();
    await t.settle();
    expect(loads).to.deep.equal([fast]);
    expect(t.shownCount()).to.equal(2);
  });

  it('refuses a data property over 100,000 events and keeps what it had', async () => {
    const t = await TimelineHarness.create();
    t.el.data = tinyDataset;
    await t.settle();
    const failed = oneEvent(t.el, 'mt-error');
    t.el.data = { partners: [], events: new Array(100_001).fill(tinyDataset.events[0]) };
    const { detail } = await failed;
    await t.settle();
    expect(detail.failure).to.deep.equal({ kind: 'too-many', source: 'data', value: 100_001 });
    expect(t.shownCount()).to.equal(5);
  });

  it('shows an empty state for an empty dataset, with no axis', async () => {
    const t = await TimelineHarness.create();
    t.el.data = { partners: [], events: [] };
    await t.settle();
    expect(t.emptyMessage()).to.equal('This timeline has no events.');
    expect(getComputedStyle(t.chart.querySelector('svg')!).visibility).to.equal('hidden');
    await expect(t.el).to.be.accessible();
  });
});
