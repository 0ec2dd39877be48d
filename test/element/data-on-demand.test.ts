// The bundled dataset is a module of its own, loaded only when an element draws it (issue #12): a page that passes
// `data`, `src` or inline JSON never fetches it, and an element that draws it renders the events in its first render
// (its update waits for the module), so `updateComplete` means "drawn". This file must run in a page of its own, in
// this order: the module is fetched at most once per page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/mongolia-timeline.js';
import type { MongoliaTimeline } from '../../src/mongolia-timeline.js';
import { echoUrl, tinyDataset } from '../helpers/fixtures.js';

const fetchedBundled = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/bundled-dataset.')).length;

const marks = (el: MongoliaTimeline) => el.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length;

describe('the bundled dataset loads on demand', () => {
  it('is not fetched for an element given `data`, `src` or inline JSON', async () => {
    const a = await fixture<MongoliaTimeline>(html`<mongolia-timeline .data=${tinyDataset}></mongolia-timeline>`);
    const b = await fixture<MongoliaTimeline>(
      html`<mongolia-timeline src=${echoUrl(tinyDataset)}></mongolia-timeline>`,
    );
    await new Promise<void>((done) => b.addEventListener('mt-load', () => done(), { once: true }));
    await b.updateComplete;
    const c = await fixture<MongoliaTimeline>(html`<mongolia-timeline>
      <script type="application/json">${JSON.stringify(tinyDataset)}</script>
    </mongolia-timeline>`);
    await c.updateComplete;
    for (const el of [a, b, c]) expect(marks(el), 'the custom events are drawn').to.be.greaterThan(0);
    expect(fetchedBundled(), 'bundled-dataset module requests').to.equal(0);
  });

  it('is fetched once for an element without data, whose first render already holds the events', async () => {
    const el = document.createElement('mongolia-timeline');
    document.body.append(el);
    await el.updateComplete;
    // The first update waited for the module: its render already has a chip per bloc and partner (the marks come
    // once the chart has a width).
    const chips = el.shadowRoot!.querySelectorAll('[part~="chip"]').length;
    expect(chips, 'chips after the first updateComplete').to.be.greaterThan(4);
    const again = await fixture<MongoliaTimeline>(html`<mongolia-timeline></mongolia-timeline>`);
    expect(marks(again)).to.be.greaterThan(10);
    expect(fetchedBundled(), 'bundled-dataset module requests').to.equal(1);
    el.remove();
  });

  it('loads when `data` is set back to undefined after a custom dataset', async () => {
    const el = await fixture<MongoliaTimeline>(html`<mongolia-timeline .data=${tinyDataset}></mongolia-timeline>`);
    const custom = marks(el);
    el.data = undefined;
    await el.updateComplete;
    expect(marks(el)).to.be.greaterThan(custom);
  });
});
