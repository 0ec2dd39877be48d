import { expect } from '@open-wc/testing';
import { CSV_COLUMNS, csvField, toCsv, toJson } from '../../src/data/export-data.js';
import { buildItems } from '../../src/data/timeline-items.js';
import type { Dataset } from '../../src/data/types.js';
import { event, tinyDataset } from '../helpers/fixtures.js';

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Khalkhin Gol')).to.equal('Khalkhin Gol');
    expect(csvField('')).to.equal('');
  });

  it('quotes a comma, a quote, a line feed and a carriage return, doubling every quote', () => {
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "yes" or "no"')).to.equal('"say ""yes"" or ""no"""');
    expect(csvField('one\ntwo')).to.equal('"one\ntwo"');
    expect(csvField('one\rtwo')).to.equal('"one\rtwo"');
    expect(csvField('one\r\ntwo')).to.equal('"one\r\ntwo"');
  });

  it("prefixes what a spreadsheet would read as a formula with ', except in date columns", () => {
    expect(csvField('=1+1')).to.equal("'=1+1");
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('-0356')).to.equal("'-0356");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('\tx')).to.equal("'\tx");
    expect(csvField('\rx')).to.equal('"\'\rx"');
    expect(csvField('=a,b', 'title_en')).to.equal('"\'=a,b"');
    expect(csvField('a=b')).to.equal('a=b');
    expect(csvField('-0356', 'date')).to.equal('-0356');
    expect(csvField('-0300', 'end')).to.equal('-0300');
    expect(csvField('-0356', 'note')).to.equal("'-0356");
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF line per event, in both languages', () => {
    const items = buildItems(tinyDataset).slice(0, 2);
    expect(toCsv(items)).to.equal(
      'id,date,end,kind,partners,title_en,title_mn,summary_en,summary_mn,source_urls,source_titles,note,confidence\r\n' +
        'a-1939,1939-05-11,1939-09-16,visit,ru,Khalkhin Gol,,Summary of a-1939.,,https://example.org/a-1939,Source for a-1939,,\r\n' +
        'b-1960,1960-05,,visit,cn,Event b-1960,,Summary of b-1960.,,https://example.org/b-1960,Source for b-1960,,\r\n',
    );
    expect(toCsv([])).to.equal(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('joins partners and source URLs with spaces, source titles with " | ", and quotes every field that needs it', () => {
    const e = {
      ...event('x-1', '1990-03', ['ru', 'cn'], { end: '1991', title: 'Talks, "final"' }),
      title: { en: 'Talks, "final"', mn: 'Хэлэлцээ' },
      summary: { en: 'Line one\nline two', mn: '=Хураангуй' },
      sources: [
        { title: 'First', url: 'https://a.example/1', publisher: 'A' },
        { title: 'Second', url: 'https://b.example/2', publisher: 'B' },
      ],
      note: '@note',
      confidence: 'reported' as const,
    };
    const dataset: Dataset = { partners: tinyDataset.partners, events: [e] };
    expect(toCsv(buildItems(dataset)).split('\r\n')[1]).to.equal(
      'x-1,1990-03,1991,visit,ru cn,"Talks, ""final""",Хэлэлцээ,"Line one\nline two",\'=Хураангуй,' +
        "https://a.example/1 https://b.example/2,First | Second,'@note,reported",
    );
  });
});

describe('toJson', () => {
  it('writes the events, the partners they use once each, the view and the licence', () => {
    const items = buildItems(tinyDataset);
    const view = { start: '1939-01-01', end: '2019-12-31', partners: ['ru'], query: 'gol', url: 'https://example.org/' };
    const json = toJson(items, view);
    const parsed = JSON.parse(json);
    expect(parsed.view).to.deep.equal(view);
    expect(parsed.license).to.equal('Dataset: CC BY 4.0, mongolia-timeline contributors');
    expect(parsed.partners.map((p: { id: string }) => p.id)).to.deep.equal(['ru', 'cn', 'us']);
    expect(parsed.partners[0]).to.deep.equal(tinyDataset.partners[0]);
    expect(parsed.events.map((e: { id: string }) => e.id)).to.deep.equal(['a-1939', 'b-1960', 'c-1987', 'e-2005', 'd-2019']);
    expect(Object.keys(parsed)).to.deep.equal(['view', 'license', 'partners', 'events']);
    // Indented by two spaces.
    expect(json.split('\n')[1]).to.equal('  "view": {');
  });
});
