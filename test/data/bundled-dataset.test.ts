import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { validateDataset } from '../../src/data/validate.js';
import { parseDate } from '../../src/time/precise-date.js';

const { events, partners } = bundledDataset;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};
const words = (t: string) => new Set(t.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter(Boolean));

describe('the bundled dataset', () => {
  it('passes validation with no record skipped', () => {
    const { errors } = validateDataset(bundledDataset);
    expect(errors).to.deep.equal([]);
  });

  it('has at least 150 events, at least 6 in every decade from the 1920s to the 2010s', () => {
    expect(events.length).to.be.at.least(150);
    const perDecade = new Map<number, number>();
    for (const e of events) {
      const decade = Math.floor(parseDate(e.date)!.year / 10) * 10;
      perDecade.set(decade, (perDecade.get(decade) ?? 0) + 1);
    }
    for (let d = 1920; d <= 2010; d += 10) expect(perDecade.get(d) ?? 0, `${d}s`).to.be.at.least(6);
    expect(perDecade.get(2020) ?? 0).to.be.at.least(3);
  });

  it('stays within 1921–2021', () => {
    for (const e of events) {
      expect(parseDate(e.date)!.year, e.id).to.be.within(1921, 2021);
      if (e.end) expect(parseDate(e.end)!.year, e.id).to.be.within(1921, 2021);
    }
  });

  it('gives every event a Mongolian title and summary, a readable slug and https or http sources', () => {
    for (const e of events) {
      expect(e.title.mn, e.id).to.be.a('string').and.match(/[\u0400-\u04ff]/);
      expect(e.summary.mn, e.id).to.be.a('string').and.match(/[\u0400-\u04ff]/);
      expect(e.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.id.length, e.id).to.be.at.most(64);
      for (const s of e.sources) expect(s.url, e.id).to.match(/^https?:\/\//);
    }
  });

  it('has no two events on one date with the same partners and near-identical titles', () => {
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        const a = events[i];
        const b = events[j];
        if (a.date !== b.date || [...a.partners].sort().join() !== [...b.partners].sort().join()) continue;
        const [wa, wb] = [words(a.title.en), words(b.title.en)];
        const shared = [...wa].filter((w) => wb.has(w)).length;
        expect(shared / new Set([...wa, ...wb]).size, `${a.id} / ${b.id}`).to.be.below(0.7);
      }
    }
  });

  it('uses every partner it lists, each named in English and Mongolian', () => {
    const used = new Set(events.flatMap((e) => e.partners));
    for (const p of partners) {
      expect(used.has(p.id), p.id).to.equal(true);
      expect(p.name.mn, p.id).to.match(/[\u0400-\u04ff]/);
    }
  });

  it('gives partners colours with 3:1 contrast on light and dark backgrounds', () => {
    for (const p of partners) {
      expect(contrast(p.color, '#ffffff'), `${p.id} on white`).to.be.at.least(3);
      expect(contrast(p.color, '#141a22'), `${p.id} on dark`).to.be.at.least(3);
    }
  });

  it('cites the seed article and corrects its vaccine date', () => {
    const cited = events.filter((e) => e.sources.some((s) => s.publisher === 'East Asia Forum'));
    expect(cited.length).to.be.at.least(10);
    const vaccine = events.find((e) => /vaccine/i.test(e.title.en) && e.partners.includes('cn'));
    expect(vaccine?.date.startsWith('2021-02')).to.equal(true);
    expect(vaccine?.note).to.match(/2020/);
  });

  it('has sourced eras within 1921–2021, named in English and Mongolian, with colours legible on both themes', () => {
    const eras = bundledDataset.eras!;
    expect(eras.length).to.be.at.least(8);
    for (const era of eras) {
      expect(parseDate(era.from)!.year, era.id).to.be.at.least(1921);
      expect(parseDate(era.to)!.year, era.id).to.be.at.most(2021);
      expect(era.name.mn, era.id).to.match(/[А-яӨөҮү]/);
      expect(era.summary.mn, era.id).to.match(/[А-яӨөҮү]/);
      expect(era.name.en.length, era.id).to.be.at.most(40);
      expect(era.sources.length, era.id).to.be.at.least(1);
    }
    for (const color of ['#9a7446', '#5f8a4c', '#8a68ad', '#4f8aa0', '#a86464', '#7f7f35']) {
      expect(contrast(color, '#ffffff'), color).to.be.at.least(3);
      expect(contrast(color, '#141a22'), color).to.be.at.least(3);
    }
  });
});
