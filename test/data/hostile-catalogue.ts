import type { TimelineEvent } from '../../src/data/types.js';
import { event } from '../helpers/fixtures.js';

/** A valid event to spoil one field at a time. */
const base = (): Record<string, unknown> => ({ ...event('ok', '1990-05-01', ['ru']) });
const spoil = (patch: Record<string, unknown>, drop: string[] = []): unknown => {
  const e = { ...base(), ...patch };
  for (const k of drop) delete e[k];
  return e;
};
const withUrl = (url: unknown) => spoil({ sources: [{ title: 'A page', url, publisher: 'Someone' }] });

/** Bad event records, each with the reason the validator must give. */
export const BAD_EVENTS: [name: string, record: unknown, reason: RegExp][] = [
  ['null', null, /not an object/],
  ['a string', 'an event', /not an object/],
  ['an array', [], /not an object/],
  ['a number', 1921, /not an object/],
  ['no id', spoil({}, ['id']), /malformed id/],
  ['id in capitals', spoil({ id: 'Bad-ID' }), /malformed id/],
  ['id with spaces', spoil({ id: 'two words' }), /malformed id/],
  ['id with markup', spoil({ id: '<img src=x onerror=alert(1)>' }), /malformed id/],
  ['id of 65 characters', spoil({ id: 'a'.repeat(65) }), /malformed id/],
  ['id as a number', spoil({ id: 5 }), /malformed id/],
  ['no date', spoil({}, ['date']), /malformed date/],
  ['30 February', spoil({ date: '2021-02-30' }), /impossible or malformed date "2021-02-30"/],
  ['29 February of a common year', spoil({ date: '2019-02-29' }), /impossible/],
  ['month 13', spoil({ date: '1990-13' }), /impossible/],
  ['month 00', spoil({ date: '1990-00-10' }), /impossible/],
  ['two-digit year', spoil({ date: '90' }), /malformed date/],
  ['slashes', spoil({ date: '1990/05/01' }), /malformed date/],
  ['a time of day', spoil({ date: '1990-05-01T10:00' }), /malformed date/],
  ['date as a number', spoil({ date: 1990 }), /malformed date/],
  ['leading space', spoil({ date: ' 1990' }), /malformed date/],
  ['31 April as end', spoil({ end: '1990-04-31' }), /impossible or malformed end/],
  ['end a year before', spoil({ date: '1990', end: '1989' }), /^end before date$/],
  ['end a day before', spoil({ date: '1990-05-02', end: '1990-05-01' }), /^end before date$/],
  ['no title', spoil({}, ['title']), /title must be/],
  ['title only in Mongolian', spoil({ title: { mn: 'Гарчиг' } }), /missing title\.en/],
  ['blank English title', spoil({ title: { en: '   ' } }), /title\.en must be non-empty/],
  ['title as a number', spoil({ title: { en: 42 } }), /title\.en must be non-empty/],
  ['Mongolian title as a number', spoil({ title: { en: 'Fine', mn: 7 } }), /title\.mn must be non-empty/],
  ['title of 81 characters', spoil({ title: { en: 'x'.repeat(81) } }), /longer than 80/],
  ['title as a plain string', spoil({ title: 'Plain' }), /title must be/],
  ['no summary', spoil({}, ['summary']), /summary must be/],
  ['empty summary', spoil({ summary: { en: '' } }), /summary\.en must be non-empty/],
  ['partners as a string', spoil({ partners: 'ru' }), /partners must be a list/],
  ['unknown partner', spoil({ partners: ['zz'] }), /unknown partner id "zz"/],
  ['partner id as a number', spoil({ partners: [5] }), /unknown partner id 5/],
  ['partner listed twice', spoil({ partners: ['ru', 'ru'] }), /partner listed twice/],
  ['unknown kind', spoil({ kind: 'parade' }), /unknown kind "parade"/],
  ['no kind', spoil({}, ['kind']), /unknown kind/],
  ['no sources', spoil({}, ['sources']), /no sources/],
  ['empty sources', spoil({ sources: [] }), /no sources/],
  ['javascript: URL', withUrl('javascript:alert(document.cookie)'), /unsafe or malformed source URL/],
  ['mixed-case javascript: URL', withUrl('JaVaScRiPt:alert(1)'), /unsafe/],
  ['javascript: URL after a space', withUrl(' javascript:alert(1)'), /unsafe/],
  ['javascript: URL with a tab', withUrl('java\tscript:alert(1)'), /unsafe/],
  ['data: URL', withUrl('data:text/html,<script>alert(1)</script>'), /unsafe/],
  ['vbscript: URL', withUrl('vbscript:msgbox(1)'), /unsafe/],
  ['protocol-relative URL', withUrl('//evil.example/x'), /unsafe/],
  ['ftp: URL', withUrl('ftp://example.org/file'), /unsafe/],
  ['https:// alone', withUrl('https://'), /unsafe/],
  ['URL as an object', withUrl({ href: 'https://example.org' }), /unsafe/],
  ['source as a string', spoil({ sources: ['https://example.org'] }), /source is not an object/],
  ['source without a title', spoil({ sources: [{ url: 'https://example.org', publisher: 'P' }] }), /source without a title/],
  ['source without a publisher', spoil({ sources: [{ url: 'https://example.org', title: 'T' }] }), /source without a publisher/],
  ['source with an extra field', spoil({ sources: [{ url: 'https://example.org', title: 'T', publisher: 'P', onclick: 'x' }] }), /unknown field "onclick"/],
  ['note as a number', spoil({ note: 3 }), /note must be text/],
  ['misspelt field', spoil({ sumary: { en: 'typo' } }), /unknown field "sumary"/],
  ['__proto__ field', JSON.parse('{"__proto__": {"polluted": true}, "id": "p"}'), /malformed date|unknown field/],
];

/** Bad partner records, each with its reason. */
export const BAD_PARTNERS: [name: string, record: unknown, reason: RegExp][] = [
  ['no id', { name: { en: 'X' }, bloc: 'third', color: '#123456' }, /malformed id/],
  ['id in capitals', { id: 'RU', name: { en: 'X' }, bloc: 'third', color: '#123456' }, /malformed id/],
  ['no name', { id: 'xa', bloc: 'third', color: '#123456' }, /name must be/],
  ['unknown bloc', { id: 'xb', name: { en: 'X' }, bloc: 'east', color: '#123456' }, /unknown bloc "east"/],
  ['colour by name', { id: 'xc', name: { en: 'X' }, bloc: 'third', color: 'red' }, /#rrggbb/],
  ['colour with CSS injection', { id: 'xd', name: { en: 'X' }, bloc: 'third', color: '#000;background:url(//evil)' }, /#rrggbb/],
  ['names not a list', { id: 'xe', name: { en: 'X' }, bloc: 'third', color: '#123456', names: 'USSR' }, /names must be a list/],
  ['historical name on 31 June', { id: 'xf', name: { en: 'X' }, bloc: 'third', color: '#123456', names: [{ name: { en: 'Y' }, to: '1950-06-31' }] }, /impossible date/],
  ['duplicate id', { id: 'ru', name: { en: 'Again' }, bloc: 'north', color: '#123456' }, /duplicate id/],
];

/** Bad eras, each with its reason. */
export const era = (patch: Record<string, unknown> = {}) => ({
  id: 'an-era', from: '1960', to: '1970', name: { en: 'An era' }, summary: { en: 'What it was.' },
  sources: [{ title: 'A page', url: 'https://example.org/era', publisher: 'Someone' }], ...patch,
});
export const BAD_ERAS: [name: string, record: unknown, reason: RegExp][] = [
  ['to before from', era({ from: '1970', to: '1960' }), /^to before from$/],
  ['31 September', era({ to: '1970-09-31' }), /impossible or malformed dates/],
  ['no sources', era({ sources: [] }), /no sources/],
  ['a javascript: source', era({ sources: [{ title: 'x', url: 'javascript:alert(1)', publisher: 'p' }] }), /unsafe/],
  ['no name', era({ name: undefined }), /name must be/],
  ['an unknown field', era({ colour: '#fff' }), /unknown field "colour"/],
];

/** What an attacker would put in text fields: markup, script, handlers, entities, direction overrides. */
export const XSS_PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '"><iframe src="javascript:window.__xss=4"></iframe>',
  "'; window.__xss = 5; '",
  '${window.__xss = 6}',
  '{{constructor.constructor("window.__xss = 7")()}}',
  '<a href="javascript:window.__xss=8">click</a>',
  '&lt;b&gt;entities&lt;/b&gt; &amp; <b>bold</b>',
  '\u202Egnp.exe\u202C <style>*{display:none}</style>',
];

/** A dataset whose every text field carries a payload, with the partners' and sources' text too. */
export function hostileDataset(): { partners: unknown[]; events: TimelineEvent[] } {
  const p = XSS_PAYLOADS;
  return {
    partners: [{ id: 'ru', name: { en: p[1], mn: p[2] }, bloc: 'north', color: '#d33f3a', names: [{ name: { en: p[3] }, to: '1991-12-25' }] }],
    events: p.map((payload, i) => ({
      ...event(`x-${i}`, `${1950 + i * 5}-0${1 + (i % 9)}-1${i % 9}`, ['ru']),
      title: { en: payload.slice(0, 80), mn: p[(i + 1) % p.length].slice(0, 80) },
      summary: { en: `${payload} summary`, mn: p[(i + 2) % p.length] },
      sources: [{ title: p[(i + 3) % p.length], url: `https://example.org/?q=${encodeURIComponent(payload)}`, publisher: p[(i + 4) % p.length] }],
      note: p[(i + 5) % p.length],
    })),
  };
}
