/** The blocs Mongolia balances between: its northern and southern neighbours, its "third neighbours", and multilateral bodies. */
export type Bloc = 'north' | 'south' | 'third' | 'multilateral';

/** The fixed vocabulary of event kinds. */
export const KINDS = [
  'treaty',
  'visit',
  'exercise',
  'deployment',
  'aid',
  'training',
  'conflict',
  'institution',
] as const;
export type EventKind = (typeof KINDS)[number];

/** Text in several languages; English is always present. */
export interface LocalizedText {
  en: string;
  mn?: string;
  [lang: string]: string | undefined;
}

/** A name a partner carried for part of its history, e.g. "USSR" from 1922-12-30 to 1991-12-25. */
export interface HistoricalName {
  name: LocalizedText;
  /** First day the name applied (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); open-ended when absent. */
  from?: string;
  /** Last day the name applied; open-ended when absent. */
  to?: string;
}

/** A state or organisation that took part in Mongolia's military diplomacy. */
export interface Partner {
  /** Stable id: an ISO 3166 alpha-2 code for states, a short name for organisations. */
  id: string;
  name: LocalizedText;
  bloc: Bloc;
  /** A CSS colour, legible on light and dark backgrounds. */
  color: string;
  /** Earlier names, with the dates they applied. */
  names?: HistoricalName[];
  /** Periods in which the partner counts in another bloc than `bloc` (Taiwan: with China until 2002, then third). */
  blocs?: BlocPeriod[];
}

/** A bloc a partner belonged to for part of its history. */
export interface BlocPeriod {
  bloc: Bloc;
  /** First day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); open-ended when absent. */
  from?: string;
  /** Last day; open-ended when absent. */
  to?: string;
}

/** How well the sources support an event. */
export type Confidence = 'confirmed' | 'reported' | 'disputed';
export const CONFIDENCES: readonly Confidence[] = ['confirmed', 'reported', 'disputed'];

/** A source an event rests on. */
export interface Source {
  title: string;
  url: string;
  publisher: string;
  /** The language of the cited page (BCP 47, e.g. `en`, `mn`, `ru`), marked on the link for screen readers. */
  lang?: string;
}

/** One event of the dataset, as written in `data/events.json`. */
export interface TimelineEvent {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the precision the sources support. */
  date: string;
  /** For events that last: the last year, month or day, inclusive. */
  end?: string;
  title: LocalizedText;
  /** A short title (at most 32 characters a language) that the chart draws beside the mark; the title when absent. */
  short?: LocalizedText;
  summary: LocalizedText;
  /**
   * How well the sources support it: `confirmed` (an official or primary source, or two independent ones),
   * `reported` (one secondary source), `disputed` (sources disagree; the note says how).
   */
  confidence?: Confidence;
  /** Partner ids; an event shows when any of them is chosen in the filter. */
  partners: string[];
  kind: EventKind;
  sources: Source[];
  /** Where sources disagree, or a claim was corrected. */
  note?: string;
}

/** A background period drawn behind the events: the Soviet garrison years, the one-party state, a policy. */
export interface Era {
  id: string;
  /** First and last year, month or day (inclusive), as in events. */
  from: string;
  to: string;
  name: LocalizedText;
  summary: LocalizedText;
  sources: Source[];
  note?: string;
}

/** A whole dataset: what the `data` property takes. */
export interface Dataset {
  partners: Partner[];
  events: TimelineEvent[];
  /** Background periods; optional. */
  eras?: Era[];
}
