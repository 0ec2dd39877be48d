import { parseDate, periodEnd } from '../time/precise-date.js';
import type { Bloc, LocalizedText, Partner } from './types.js';

/** Text in the wanted language, falling back to English; also says which language was used. */
export function localize(text: LocalizedText, lang: string): { text: string; lang: string } {
  const t = text[lang];
  return t ? { text: t, lang } : { text: text.en, lang: 'en' };
}

/** The name a partner carried at a given time: "USSR" in 1939, "Russia" in 2019. */
export function partnerNameAt(partner: Partner, time: number): LocalizedText {
  for (const n of partner.names ?? []) {
    const from = n.from ? parseDate(n.from) : null;
    const to = n.to ? parseDate(n.to) : null;
    if ((!from || from.time <= time) && (!to || time < periodEnd(to))) return n.name;
  }
  return partner.name;
}

/** The bloc a partner counted in at `time`: a matching period of `blocs`, else its `bloc`. */
export function blocAt(partner: Partner, time: number): Bloc {
  for (const b of partner.blocs ?? []) {
    const from = b.from ? parseDate(b.from) : null;
    const to = b.to ? parseDate(b.to) : null;
    if ((!from || from.time <= time) && (!to || time < periodEnd(to))) return b.bloc;
  }
  return partner.bloc;
}
