import { parseDate } from '../time/precise-date.js';
import { CONFIDENCES, KINDS, type Bloc, type Dataset, type Era, type Partner, type TimelineEvent } from './types.js';

/** One record that was skipped, with where it was and why. */
export interface ValidationError {
  /** A JSON path such as `events[3].date`. */
  path: string;
  reason: string;
}

export interface ValidationResult {
  /** The valid records, in their original order. */
  dataset: Dataset;
  errors: ValidationError[];
}

const BLOCS: readonly Bloc[] = ['north', 'south', 'third', 'multilateral'];
const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The longest English title; other languages may run longer (Mongolian titles do), up to `MAX_TITLE_OTHER`. */
export const MAX_TITLE = 80;
export const MAX_TITLE_OTHER = 140;
/** The longest short title, in every language. */
export const MAX_SHORT = 32;
const LANG_RE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A character that shows: not white space, and not a zero-width, soft-hyphen, joiner or direction mark. */
const INVISIBLE: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];
const SPACE = /\s/;

/** Whether text has a character that shows. */
export function hasVisible(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (!SPACE.test(ch) && !INVISIBLE.some(([a, b]) => c >= a && c <= b)) return true;
  }
  return false;
}

/** Length in code points, as JSON Schema's `maxLength` counts: `𝕏` is one character, not two. */
export const codePoints = (s: string) => [...s].length;

/** The first language of a text longer than its limit in code points (`max` for English), as a reason, or `null`. */
function tooLong(v: Rec, field: string, max: number, maxOther = max): string | null {
  for (const k in v) {
    const limit = k === 'en' ? max : maxOther;
    if (codePoints(v[k] as string) > limit) return `${field}.${k} longer than ${limit} characters`;
  }
  return null;
}

/** What is wrong with a `{en, mn, …}` text, or `null`: English is required, every language has visible text. */
function textProblem(v: unknown, field: string): string | null {
  if (!isRecord(v)) return `${field} must be {en, …}`;
  if (v.en === undefined) return `missing ${field}.en`;
  for (const k in v) if (typeof v[k] !== 'string' || !hasVisible(v[k])) return `${field}.${k} must be non-empty text`;
  return null;
}

/** The first field of `v` the schema does not know, as a reason, or `null`. */
function unknownField(v: Rec, known: readonly string[]): string | null {
  for (const k in v) if (!known.includes(k)) return `unknown field ${JSON.stringify(k)}`;
  return null;
}

const PARTNER_FIELDS = ['id', 'name', 'bloc', 'color', 'names', 'blocs'];
const NAME_FIELDS = ['name', 'from', 'to'];
const SOURCE_FIELDS = ['title', 'url', 'publisher', 'lang'];
const EVENT_FIELDS = ['id', 'date', 'end', 'title', 'short', 'summary', 'confidence', 'partners', 'kind', 'sources', 'note'];
const ERA_FIELDS = ['id', 'from', 'to', 'name', 'summary', 'sources', 'note'];

/** Whether a URL is an absolute `http:` or `https:` address. */
export function isSafeUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function partnerProblem(p: unknown): string | null {
  if (!isRecord(p)) return 'not an object';
  if (typeof p.id !== 'string' || !ID_RE.test(p.id)) return 'missing or malformed id';
  const name = textProblem(p.name, 'name');
  if (name) return name;
  if (!BLOCS.includes(p.bloc as Bloc)) return `unknown bloc ${JSON.stringify(p.bloc)}`;
  if (typeof p.color !== 'string' || !/^#[0-9a-f]{6}$/i.test(p.color)) return 'colour must be #rrggbb';
  if (p.names !== undefined) {
    if (!Array.isArray(p.names)) return 'names must be a list';
    for (const n of p.names) {
      if (!isRecord(n) || textProblem(n.name, 'name')) return 'historical name without name.en';
      if (unknownField(n, NAME_FIELDS)) return `historical name with an ${unknownField(n, NAME_FIELDS)}`;
      if ((n.from !== undefined && !parseDate(n.from)) || (n.to !== undefined && !parseDate(n.to))) {
        return 'historical name with an impossible date';
      }
    }
  }
  if (p.blocs !== undefined) {
    if (!Array.isArray(p.blocs)) return 'blocs must be a list';
    for (const b of p.blocs) {
      if (!isRecord(b) || !BLOCS.includes(b.bloc as Bloc)) return 'bloc period without a known bloc';
      if (unknownField(b, ['bloc', 'from', 'to'])) return `bloc period with an ${unknownField(b, ['bloc', 'from', 'to'])}`;
      if ((b.from !== undefined && !parseDate(b.from)) || (b.to !== undefined && !parseDate(b.to))) {
        return 'bloc period with an impossible date';
      }
    }
  }
  return unknownField(p, PARTNER_FIELDS);
}

function sourceProblem(s: unknown, safe: (url: unknown) => boolean): string | null {
  if (!isRecord(s)) return 'source is not an object';
  if (typeof s.title !== 'string' || !hasVisible(s.title)) return 'source without a title';
  if (typeof s.publisher !== 'string' || !hasVisible(s.publisher)) return 'source without a publisher';
  if (!safe(s.url)) return `unsafe or malformed source URL ${JSON.stringify(s.url)}`;
  if (s.lang !== undefined && (typeof s.lang !== 'string' || !LANG_RE.test(s.lang))) return 'source with a malformed lang';
  const extra = unknownField(s, SOURCE_FIELDS);
  return extra && `source with an ${extra}`;
}

/** `isSafeUrl` remembering its answers: large datasets cite the same pages many times. */
function safeUrlMemo(): (url: unknown) => boolean {
  const seen = new Map<string, boolean>();
  return (url) => {
    if (typeof url !== 'string') return false;
    let ok = seen.get(url);
    if (ok === undefined) seen.set(url, (ok = isSafeUrl(url)));
    return ok;
  };
}

function eventProblem(e: unknown, partners: ReadonlySet<string>, safe: (url: unknown) => boolean): string | null {
  if (!isRecord(e)) return 'not an object';
  if (typeof e.id !== 'string' || !ID_RE.test(e.id)) return 'missing or malformed id';
  const start = parseDate(e.date);
  if (!start) return `impossible or malformed date ${JSON.stringify(e.date)}`;
  if (e.end !== undefined) {
    const end = parseDate(e.end);
    if (!end) return `impossible or malformed end ${JSON.stringify(e.end)}`;
    if (end.time < start.time) return 'end before date';
  }
  const text = textProblem(e.title, 'title') ?? textProblem(e.summary, 'summary');
  if (text) return text;
  const long = tooLong(e.title as Rec, 'title', MAX_TITLE, MAX_TITLE_OTHER);
  if (long) return long;
  if (e.short !== undefined) {
    const short = textProblem(e.short, 'short') ?? tooLong(e.short as Rec, 'short', MAX_SHORT);
    if (short) return short;
  }
  if (e.confidence !== undefined && !CONFIDENCES.includes(e.confidence as never)) {
    return `unknown confidence ${JSON.stringify(e.confidence)}`;
  }
  if (!Array.isArray(e.partners)) return 'partners must be a list (empty for a domestic milestone)';
  const unknown: unknown = (e.partners as unknown[]).find((id) => typeof id !== 'string' || !partners.has(id));
  if (unknown !== undefined) return `unknown partner id ${JSON.stringify(unknown)}`;
  if (e.partners.length > 1 && new Set(e.partners).size < e.partners.length) return 'a partner listed twice';
  if (!KINDS.includes(e.kind as never)) return `unknown kind ${JSON.stringify(e.kind)}`;
  if (!Array.isArray(e.sources) || e.sources.length === 0) return 'no sources';
  for (const s of e.sources) {
    const problem = sourceProblem(s, safe);
    if (problem) return problem;
  }
  if (e.note !== undefined && typeof e.note !== 'string') return 'note must be text';
  return unknownField(e, EVENT_FIELDS);
}

function eraProblem(e: unknown, safe: (url: unknown) => boolean): string | null {
  if (!isRecord(e)) return 'not an object';
  if (typeof e.id !== 'string' || !ID_RE.test(e.id)) return 'missing or malformed id';
  const from = parseDate(e.from);
  const to = parseDate(e.to);
  if (!from || !to) return `impossible or malformed dates ${JSON.stringify(e.from)}–${JSON.stringify(e.to)}`;
  if (to.time < from.time) return 'to before from';
  const text = textProblem(e.name, 'name') ?? textProblem(e.summary, 'summary');
  if (text) return text;
  if (!Array.isArray(e.sources) || e.sources.length === 0) return 'no sources';
  for (const s of e.sources) {
    const problem = sourceProblem(s, safe);
    if (problem) return problem;
  }
  if (e.note !== undefined && typeof e.note !== 'string') return 'note must be text';
  return unknownField(e, ERA_FIELDS);
}

/**
 * Checks a dataset record by record. Never throws: invalid records are left out and reported,
 * so the valid ones can still be drawn.
 */
export function validateDataset(raw: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  const partners: Partner[] = [];
  const events: TimelineEvent[] = [];
  if (!isRecord(raw) || !Array.isArray(raw.partners) || !Array.isArray(raw.events)) {
    return { dataset: { partners, events }, errors: [{ path: '', reason: 'expected {partners: [], events: []}' }] };
  }
  const partnerIds = new Set<string>();
  raw.partners.forEach((p, i) => {
    let problem = partnerProblem(p);
    if (!problem && partnerIds.has((p as Partner).id)) problem = 'duplicate id';
    if (problem) errors.push({ path: `partners[${i}]`, reason: problem });
    else {
      partnerIds.add((p as Partner).id);
      partners.push(p as Partner);
    }
  });
  const eventIds = new Set<string>();
  const safe = safeUrlMemo();
  raw.events.forEach((e, i) => {
    let problem = eventProblem(e, partnerIds, safe);
    if (!problem && eventIds.has((e as TimelineEvent).id)) problem = 'duplicate id';
    if (problem) errors.push({ path: `events[${i}]`, reason: problem });
    else {
      eventIds.add((e as TimelineEvent).id);
      events.push(e as TimelineEvent);
    }
  });
  const eras: Era[] = [];
  const eraIds = new Set<string>();
  if (raw.eras !== undefined && !Array.isArray(raw.eras)) errors.push({ path: 'eras', reason: 'eras must be a list' });
  (Array.isArray(raw.eras) ? raw.eras : []).forEach((e, i) => {
    let problem = eraProblem(e, safe);
    if (!problem && eraIds.has((e as Era).id)) problem = 'duplicate id';
    if (problem) errors.push({ path: `eras[${i}]`, reason: problem });
    else {
      eraIds.add((e as Era).id);
      eras.push(e as Era);
    }
  });
  return { dataset: { partners, events, ...(eras.length ? { eras } : {}) }, errors };
}
