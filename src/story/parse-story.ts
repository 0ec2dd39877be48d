import type { StoryStep } from './types.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const BLOCS = ['north', 'south', 'third', 'multilateral'];

const isText = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { en?: unknown }).en === 'string' &&
  Object.values(v).every((s) => typeof s === 'string' && /\S/.test(s));

const isIds = (v: unknown, ok: (s: string) => boolean) =>
  v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string' && ok(s)));

/** Why one step is not usable, or `null` when it is. The same rules as `data/story.schema.json`, checked by hand. */
function problem(s: Record<string, unknown>): string | null {
  if (typeof s.id !== 'string' || !ID.test(s.id)) return 'id is not a kebab-case id';
  if (!isText(s.heading) || !isText(s.text)) return 'heading and text need English text';
  if (typeof s.start !== 'string' || !DATE.test(s.start) || typeof s.end !== 'string' || !DATE.test(s.end)) {
    return 'start and end must be YYYY, YYYY-MM or YYYY-MM-DD';
  }
  if (s.end < s.start) return 'end is before start';
  if (!isIds(s.partners, (p) => ID.test(p)) || !isIds(s.blocs, (b) => BLOCS.includes(b))) {
    return 'partners and blocs must be arrays of ids';
  }
  if (s.selected !== undefined && (typeof s.selected !== 'string' || !ID.test(s.selected))) return 'bad selected';
  if (s.eras !== undefined && typeof s.eras !== 'boolean') return 'eras must be true or false';
  const sources = s.sources;
  if (
    sources !== undefined &&
    !(
      Array.isArray(sources) &&
      sources.every((c: Record<string, unknown>) =>
        ['title', 'url', 'publisher'].every((k) => typeof c?.[k] === 'string' && /\S/.test(c[k])),
      )
    )
  ) {
    return 'each source needs a title, url and publisher';
  }
  return null;
}

/**
 * The usable steps of a story's JSON (an array of steps), and why the others were skipped. Ids must be unique.
 * Anything but an array gives no steps and one error.
 */
export function parseStory(raw: unknown): { steps: StoryStep[]; errors: { path: string; reason: string }[] } {
  if (!Array.isArray(raw)) return { steps: [], errors: [{ path: '', reason: 'a story is an array of steps' }] };
  const steps: StoryStep[] = [];
  const errors: { path: string; reason: string }[] = [];
  raw.forEach((s: unknown, i) => {
    const obj = typeof s === 'object' && s !== null ? (s as Record<string, unknown>) : {};
    const why = problem(obj) ?? (steps.some((t) => t.id === obj.id) ? 'duplicate id' : null);
    if (why) errors.push({ path: `[${i}]`, reason: why });
    else steps.push(obj as unknown as StoryStep);
  });
  return { steps, errors };
}
