import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/data/validate.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { CSV_COLUMNS } from '../../src/data/export-data.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** An RFC 4180 parser, to read the CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += c;
  }
  return rows;
}

const byId = new Map(bundledDataset.events.map((e) => [e.id, e]));
const listedCount = async (t: TimelineHarness) => {
  t.el.view = 'list';
  await t.settle();
  const n = Number(t.root.querySelector('[part~="list"] caption')!.textContent!.match(/(\d+) events/)![1]);
  t.el.view = 'timeline';
  await t.settle();
  return n;
};

describe('<mongolia-timeline> exports', () => {
  it('exports the events of the window and filter as CSV and JSON that parse back to the shown events', async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995', partners: 'ru,us' }, 1000, 520);
    const shown = await listedCount(t);
    const csv = parseCsv(await (await t.el.exportAs('csv')).text());
    expect(csv[0]).to.deep.equal(CSV_COLUMNS);
    const rows = csv.slice(1);
    expect(rows.length).to.equal(shown);
    for (const r of rows) {
      const e = byId.get(r[0])!;
      expect(r.slice(1, 10)).to.deep.equal([
        e.date,
        e.end ?? '',
        e.kind,
        e.partners.join(' '),
        e.title.en,
        e.title.mn,
        e.summary.en,
        e.summary.mn,
        e.sources.map((s) => s.url).join(' '),
      ]);
      expect(e.partners.some((p) => p === 'ru' || p === 'us')).to.equal(true);
    }
    const json = JSON.parse(await (await t.el.exportAs('json')).text());
    expect(json.events.map((e: { id: string }) => e.id)).to.deep.equal(rows.map((r) => r[0]));
    expect(json.view).to.include({ start: '1985-01-01', end: '1995-12-31', query: '' });
    expect(json.view.partners.sort()).to.deep.equal(['ru', 'us']);
    const { errors, dataset } = validateDataset(json);
    expect(errors).to.deep.equal([]);
    expect(dataset.events.length).to.equal(shown);
  });

  it("exports the view as an SVG with a title, the period, a legend and an attribution, in the theme's colours", async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995', theme: 'dark' }, 1000, 520);
    const text = await (await t.el.exportAs('svg')).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((n) => n.textContent);
    expect(texts[0]).to.equal("Timeline of Mongolia's military diplomacy");
    expect(texts[1]).to.equal('1985 – 1995');
    expect(texts[texts.length - 1]).to.match(/CC BY 4\.0/);
    const labels = t.events().map((g) => g.querySelector('text')!.textContent);
    for (const label of labels) expect(texts).to.include(label);
    expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal('rgb(20, 26, 34)');
    expect(doc.querySelectorAll('[tabindex], [role]')).to.have.length(0);
    const { partners } = JSON.parse(await (await t.el.exportAs('json')).text());
    expect(doc.querySelectorAll('svg > circle').length).to.equal(Math.min(12, partners.length));
  });

  it('exports the view as a PNG at twice its size', async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995' }, 1000, 520);
    const png = await t.el.exportAs('png');
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(2 * t.chart.querySelector('svg')!.width.baseVal.value);
  });

  it('downloads the format picked from the Export menu, and reports the sizes for the bundled century', async () => {
    const t = await TimelineHarness.create({}, 1200, 560);
    const downloads: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    };
    try {
      await t.click(t.root.querySelector('[part~="export"] summary')!);
      await t.click(t.root.querySelector('[part~="export"] button[data-format="csv"]')!);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads.map((d) => d.name)).to.deep.equal(['mongolia-timeline-1921-01-01-2021-12-31.csv']);
    expect(t.root.querySelector('[part~="export"]')!.hasAttribute('open')).to.equal(false);
    const blobs = await Promise.all((['csv', 'json', 'svg', 'png'] as const).map((f) => t.el.exportAs(f)));
    const [csv, json, svg, png] = blobs;
    // The whole bundled century is in view: every event is exported, once.
    const rows = parseCsv(await csv.text());
    expect(rows.length - 1).to.equal(bundledDataset.events.length);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).to.equal(bundledDataset.events.length);
    expect(JSON.parse(await json.text()).events).to.have.length(bundledDataset.events.length);
    const doc = new DOMParser().parseFromString(await svg.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('text').length).to.be.above(20);
    expect(png.type).to.equal('image/png');
    expect((await createImageBitmap(png)).width).to.equal(2 * t.chart.querySelector('svg')!.width.baseVal.value);
    for (const b of blobs) expect(b.size).to.be.within(1_000, 20_000_000);
    const sizes = blobs.map((b, i) => `${['csv', 'json', 'svg', 'png'][i]} ${b.size.toLocaleString('en')} B`);
    console.log(`exports of the bundled century at 1200 px: ${sizes.join(', ')}`);
  });
});
