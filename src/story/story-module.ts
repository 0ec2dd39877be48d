// The story's code and styles, loaded by StoryController with a dynamic import() only when a page sets `story`.
import { fetchDataset } from '../data/fetch-dataset.js';
import { parseStory } from './parse-story.js';
import type { StoryStep } from './types.js';

export { storyBar } from '../render/story-bar.js';
export { storyStyles } from '../render/story.styles.js';

/**
 * The steps `story` names: the bundled ones for `"bundled"` (loaded on demand too), else the JSON at the URL, fetched
 * without credentials like `src`. Rejects with a `LoadError` when the URL fails; invalid steps are skipped and listed.
 */
export async function loadStory(
  story: string,
  signal: AbortSignal,
): Promise<{ steps: StoryStep[]; errors: { path: string; reason: string }[] }> {
  if (story === 'bundled') return { steps: (await import('./bundled-story.js')).bundledStory, errors: [] };
  return parseStory(await fetchDataset(story, { signal }));
}
