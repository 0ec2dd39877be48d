import { html, nothing } from 'lit';
import { localize } from '../data/partner-names.js';
import type { Strings } from '../i18n/strings.js';
import type { StoryStep } from '../story/types.js';
import { sourceList } from './detail-panel.js';

/** What the story bar shows and what its controls call. */
export interface StoryBarContext {
  steps: readonly StoryStep[];
  /** The active step's index; -1 before the first. */
  index: number;
  /** The reader moved away from the step's view: "Back to step" shows. */
  drifted: boolean;
  s: Strings;
  lang: string;
  on: {
    previous: () => void;
    next: () => void;
    back: () => void;
    key: (e: KeyboardEvent) => void;
    down: (e: PointerEvent) => void;
    up: (e: PointerEvent) => void;
  };
}

/**
 * The story bar: the step's heading and text with its sources, "2 of 9", and the previous and next buttons (with
 * "Back to step" once the reader has moved the view). Before the first step, a line about the story and "Begin".
 * Arrow keys and a horizontal swipe on the bar move between steps (the controller handles them).
 */
export function storyBar(c: StoryBarContext) {
  const { s, index, steps } = c;
  const step = steps[index];
  const heading = step ? localize(step.heading, c.lang) : null;
  const text = step ? localize(step.text, c.lang) : null;
  return html`<section
    class="story"
    part="story"
    aria-label=${s.story.label}
    tabindex="0"
    @keydown=${c.on.key}
    @pointerdown=${c.on.down}
    @pointerup=${c.on.up}
  >
    <div class="story-body">
      ${
        step
          ? html`<p class="story-count">${s.story.of(index + 1, steps.length)}</p>
            <h3 class="story-heading" lang=${heading!.lang}>${heading!.text}</h3>
            <div id="step-text" class="story-text">
              <p lang=${text!.lang}>${text!.text}</p>
              ${step.sources?.length ? html`<details><summary>${s.sources}</summary>${sourceList(step.sources)}</details>` : nothing}
            </div>`
          : html`<p class="story-text">${s.story.intro(steps.length)}</p>`
      }
    </div>
    <div class="story-nav">
      <button type="button" class="story-prev" aria-label=${s.story.previous} ?disabled=${index <= 0} @click=${c.on.previous}>
        ‹
      </button>
      ${c.drifted && step ? html`<button type="button" class="story-back" @click=${c.on.back}>${s.story.back}</button>` : nothing}
      <button
        type="button"
        class="story-next"
        aria-label=${step ? s.story.next : s.story.begin}
        ?disabled=${index >= steps.length - 1}
        @click=${c.on.next}
      >
        ${step ? '›' : s.story.begin}
      </button>
    </div>
  </section>`;
}
