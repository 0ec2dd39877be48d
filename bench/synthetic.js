// Synthetic datasets for the benchmark: `n` events over 1921–2021, a quarter of them ranges, spread over
// 12 partners, from a fixed seed (mulberry32), so every run and every library gets the same data.
const PARTNERS = [
  ['ru', 'north', '#d33f3a'],
  ['cn', 'south', '#b97a00'],
  ['us', 'third', '#2f6fd8'],
  ['jp', 'third', '#9b4fd0'],
  ['kr', 'third', '#138a7a'],
  ['in', 'third', '#d0620b'],
  ['de', 'third', '#5f7a1f'],
  ['tr', 'third', '#b8434a'],
  ['gb', 'third', '#c0357a'],
  ['un', 'multilateral', '#1f86c8'],
  ['nato', 'multilateral', '#4a6fc0'],
  ['osce', 'multilateral', '#7a6cc0'],
];
const KINDS = ['treaty', 'visit', 'exercise', 'deployment', 'aid', 'training', 'conflict', 'institution'];
const DAY = 86_400_000;
const T0 = Date.UTC(1921, 0, 1);
const T1 = Date.UTC(2021, 11, 31);

/** A seeded pseudo-random generator, so synthetic data is the same on every run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** A dataset in mongolia-timeline's format. */
export function syntheticDataset(n, seed = 1921) {
  const rand = mulberry32(seed);
  const events = [];
  for (let i = 0; i < n; i++) {
    const t = T0 + Math.floor((rand() * (T1 - T0)) / DAY) * DAY;
    const range = rand() < 0.25;
    const end = range ? Math.min(T1, t + Math.floor(rand() * 3 * 365) * DAY + DAY) : null;
    const p = PARTNERS[Math.floor(rand() * PARTNERS.length)][0];
    events.push({
      id: `e${i}`,
      date: iso(t),
      ...(end ? { end: iso(end) } : {}),
      title: { en: `Synthetic event ${i} with ${p.toUpperCase()}` },
      summary: { en: `Generated event number ${i}.` },
      partners: [p],
      kind: KINDS[i % KINDS.length],
      sources: [{ title: 'Synthetic', url: 'https://example.org/', publisher: 'Benchmark' }],
    });
  }
  const partners = PARTNERS.map(([id, bloc, color]) => ({ id, bloc, color, name: { en: id.toUpperCase() } }));
  return { partners, events };
}

/** The same events as vis-timeline items and groups-free options. */
export function visItems(dataset) {
  const colors = Object.fromEntries(dataset.partners.map((p) => [p.id, p.color]));
  return dataset.events.map((e) => ({
    id: e.id,
    content: e.title.en,
    start: e.date,
    ...(e.end ? { end: e.end, type: 'range' } : { type: 'point' }),
    style: `color: ${colors[e.partners[0]]}`,
  }));
}
