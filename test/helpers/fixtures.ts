import type { Dataset, TimelineEvent } from '../../src/data/types.js';
import { mulberry32 } from '../../bench/synthetic.js';

/** A small dataset written out in full, for tests that count. */
export const tinyDataset: Dataset = {
  partners: [
    {
      id: 'ru',
      name: { en: 'Russia', mn: 'Орос' },
      bloc: 'north',
      color: '#d33f3a',
      names: [{ name: { en: 'USSR', mn: 'ЗХУ' }, from: '1922-12-30', to: '1991-12-25' }],
    },
    { id: 'cn', name: { en: 'China', mn: 'Хятад' }, bloc: 'south', color: '#b97a00' },
    { id: 'us', name: { en: 'United States' }, bloc: 'third', color: '#2f6fd8' },
  ],
  events: [
    event('a-1939', '1939-05-11', ['ru'], { end: '1939-09-16', title: 'Khalkhin Gol' }),
    event('b-1960', '1960-05', ['cn']),
    event('c-1987', '1987-01-27', ['us']),
    event('d-2019', '2019-09-03', ['ru']),
    event('e-2005', '2005', ['us', 'cn']),
  ],
};

export function event(
  id: string,
  date: string,
  partners: string[],
  extra: Partial<{ end: string; title: string }> = {},
): TimelineEvent {
  return {
    id,
    date,
    ...(extra.end ? { end: extra.end } : {}),
    title: { en: extra.title ?? `Event ${id}` },
    summary: { en: `Summary of ${id}.` },
    partners,
    kind: 'visit',
    sources: [{ title: `Source for ${id}`, url: `https://example.org/${id}`, publisher: 'Example' }],
  };
}

/** `n` events spread over 1921–2021 for the partners of `tinyDataset`, a fifth of them ranges. */
export function syntheticDataset(n: number, seed = 42): Dataset {
  const rand = mulberry32(seed);
  const ids = tinyDataset.partners.map((p) => p.id);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const t = Date.UTC(1921, 0, 1) + rand() * (Date.UTC(2021, 11, 1) - Date.UTC(1921, 0, 1));
    const day = new Date(t).toISOString().slice(0, 10);
    const end = rand() < 0.2 ? new Date(t + rand() * 5 * 365 * 86_400_000).toISOString().slice(0, 10) : undefined;
    events.push(
      event(`s-${i}`, day, [ids[i % ids.length]], {
        end: end && end < '2021-12-31' ? end : undefined,
        title: `Synthetic event number ${i}`,
      }),
    );
  }
  return { partners: tinyDataset.partners, events };
}

/** A URL of the test server's echo endpoint (test/plugins/data-server.mjs) answering `body` as JSON. */
export function echoUrl(body: unknown, options: Record<string, number | string> = {}): string {
  const json = typeof body === 'string' ? body : JSON.stringify(body);
  const bytes = new TextEncoder().encode(json);
  const b64 = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  const query = new URLSearchParams({
    body: b64,
    ...Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])),
  });
  return `/__data/echo?${query}`;
}

/** A dataset whose balance is counted by hand in test/layout/balance.test.ts. */
export const counted: Dataset = {
  partners: [
    { id: 'ru', name: { en: 'Russia' }, bloc: 'north', color: '#d33f3a' },
    { id: 'cn', name: { en: 'China' }, bloc: 'south', color: '#b97a00' },
    { id: 'tw', name: { en: 'Taiwan' }, bloc: 'south', color: '#8a6a00' },
    { id: 'us', name: { en: 'United States' }, bloc: 'third', color: '#2f6fd8' },
    { id: 'jp', name: { en: 'Japan' }, bloc: 'third', color: '#8a63d2' },
    { id: 'un', name: { en: 'UN' }, bloc: 'multilateral', color: '#0f8a8a' },
  ],
  events: [
    event('a', '1921-03-18', ['ru']), // north
    event('b', '1925', ['cn']), // south
    event('c', '1929-12-31', ['ru', 'cn']), // north, south
    event('d', '1931-06', ['cn', 'tw']), // south once: two partners of one bloc
    event('e', '1935', ['us', 'un']), // third, multilateral
    event('f', '1939-05-11', ['ru', 'jp'], { end: '1945' }), // north, third: counted in the year it starts
    event('g', '1950', []), // domestic: nowhere
    event('h', '1955-01-01', ['un']), // multilateral
  ],
};
