import type { Bloc, LocalizedText } from '../data/types.js';

/** A page a step cites: its title, address, publisher and language. */
export interface StorySource {
  title: string;
  url: string;
  publisher: string;
  lang?: string;
}

/**
 * One step of a story (the shape of `data/story.json`, see `data/story.schema.json`): a heading, one to three
 * sentences with their sources, and the view it shows.
 */
export interface StoryStep {
  /** Kebab-case id, used by `step`, `data-mt-step` and the URL fragment. */
  id: string;
  heading: LocalizedText;
  text: LocalizedText;
  sources?: StorySource[];
  /** The window: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, `end` inclusive. */
  start: string;
  end: string;
  /** Partner ids (or bloc ids) the step filters to; absent shows all. */
  partners?: string[];
  /** Blocs the step filters to, added to `partners`. */
  blocs?: Bloc[];
  /** The event whose details the step opens. */
  selected?: string;
  /** `false` hides the era band while the step is shown. */
  eras?: boolean;
}
