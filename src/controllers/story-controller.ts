import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LoadError } from '../data/fetch-dataset.js';
import type { ErrorDetail } from '../events.js';
import type { Strings } from '../i18n/strings.js';
import type { StoryStep } from '../story/types.js';
import { warn } from '../timeline-state.js';

type StoryModule = typeof import('../story/story-module.js');

/** What the story reads from its host: `story` (`""` none, `"bundled"`, or a URL), `step` and `scroll-steps`. */
export interface StoryProps {
  story: string;
  step: string;
  scrollSteps: boolean;
}

/** A step to show, and its place in the story. */
export interface StoryMove {
  step: StoryStep;
  index: number;
}

/** Shortest horizontal swipe on the bar that moves a step, in CSS pixels. */
const SWIPE = 40;

/**
 * The story mode: loads the steps (and the story's code and styles) with a dynamic `import()` only when `story` is
 * set, says which step the page, the URL or the reader's scrolling asked for (`update()`, in `willUpdate`), and
 * turns the bar's buttons, arrow keys and swipes into moves, handed to the host's `go`. It never writes the host's
 * properties: the host applies a step through its own paths.
 *
 * With `scroll-steps`, elements of the host's document marked `data-mt-step="<id>"` drive the step as they cross
 * the middle of the viewport (an IntersectionObserver whose root is a thin band there; no scroll listeners).
 */
export class StoryController implements ReactiveController {
  /** The usable steps; `null` without a story or while it loads. */
  steps: readonly StoryStep[] | null = null;
  /** The reader moved the view away from the step's since it was shown. */
  drifted = false;
  private mod?: StoryModule;
  private source = '';
  private request?: AbortController;
  /** The step id whose view was last shown (or refused): a `step` equal to it asks for nothing. */
  private applied = '';
  private observer?: IntersectionObserver;
  private scrolling = false;
  private swipe: { x: number; y: number; id: number } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly props: () => StoryProps,
    private readonly go: (move: StoryMove, user: boolean) => void,
    /** Fires `mt-error` for steps skipped or a story that failed: the host, not this controller, fires its events. */
    private readonly reportError: (detail: ErrorDetail) => void,
  ) {
    host.addController(this);
  }

  /** The active step's index; -1 before the first step, or when `step` names none. */
  get index(): number {
    const step = this.props().step;
    return this.steps && step ? this.steps.findIndex((s) => s.id === step) : -1;
  }

  /** Whether the active step hides the era band (`eras: false`), until the reader moves away from it. */
  get hidesEras(): boolean {
    return !this.drifted && this.steps?.[this.index]?.eras === false;
  }

  /**
   * In `willUpdate`: starts or drops a load when `story` changed, and answers the step to show when `step` names one
   * not shown yet (set by the page, the URL or before the steps arrived); `null` otherwise.
   */
  update(): StoryMove | null {
    const { story, step, scrollSteps } = this.props();
    if (story !== this.source) this.want(story);
    if (scrollSteps !== this.scrolling) {
      this.scrolling = scrollSteps;
      this.observe();
    }
    if (!this.steps || step === this.applied) return null;
    this.applied = step;
    const index = this.steps.findIndex((s) => s.id === step);
    if (index < 0) {
      if (step) warn(`step="${step}" is no step's id`);
      return null;
    }
    this.drifted = false;
    return { step: this.steps[index], index };
  }

  /** The step bar, once the story's module and steps are here. */
  render(s: Strings, lang: string) {
    if (!this.mod || !this.steps?.length) return nothing;
    return this.mod.storyBar({ steps: this.steps, index: this.index, drifted: this.drifted, s, lang, on: this.on });
  }

  /** Moves to step `i` for the reader (clamped); `again` shows the current step's view anew ("Back to step"). */
  private move(i: number, again = false): void {
    const steps = this.steps;
    if (!steps?.length) return;
    const index = Math.max(0, Math.min(steps.length - 1, i));
    if (index === this.index && !again) return;
    this.applied = steps[index].id;
    this.drifted = false;
    this.go({ step: steps[index], index }, true);
  }

  readonly on = {
    previous: () => this.move(this.index - 1),
    next: () => this.move(this.index + 1),
    back: () => this.move(this.index, true),
    key: (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      e.preventDefault();
      this.move(this.index + (e.key === 'ArrowRight' ? 1 : -1));
    },
    down: (e: PointerEvent) => {
      if (e.isPrimary) this.swipe = { x: e.clientX, y: e.clientY, id: e.pointerId };
    },
    up: (e: PointerEvent) => {
      const start = this.swipe;
      this.swipe = null;
      if (!start || start.id !== e.pointerId) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (Math.abs(dx) < SWIPE || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
      this.move(this.index + (dx < 0 ? 1 : -1));
    },
  };

  private want(story: string): void {
    this.request?.abort();
    this.request = undefined;
    this.source = story;
    this.steps = null;
    this.applied = '';
    this.drifted = false;
    this.observe();
    if (story && this.host.isConnected) void this.load(story);
  }

  private async load(story: string): Promise<void> {
    const request = (this.request = new AbortController());
    try {
      this.mod ??= await import('../story/story-module.js');
      const { steps, errors } = await this.mod.loadStory(story, request.signal);
      if (request !== this.request) return;
      if (errors.length) {
        warn(`${errors.length} invalid story steps skipped`, errors);
        this.reportError({ errors });
      }
      this.steps = steps;
      this.observe();
    } catch (e) {
      if (request !== this.request) return;
      if (!(e instanceof LoadError)) throw e;
      warn(`could not load the story (${e.failure.kind})`, e.failure);
      this.reportError({ errors: [], failure: e.failure });
    } finally {
      if (request === this.request) this.request = undefined;
    }
    this.host.requestUpdate();
  }

  /** Watches the page's `data-mt-step` elements while `scroll-steps` is on and there are steps. */
  private observe(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (
      !this.scrolling ||
      !this.steps?.length ||
      !this.host.isConnected ||
      typeof IntersectionObserver !== 'function'
    ) {
      return;
    }
    // The root is a band 2% high across the middle of the viewport: the paragraph crossing it is the one being read.
    this.observer = new IntersectionObserver(this.onIntersect, { rootMargin: '-49% 0px -49% 0px' });
    for (const el of this.host.ownerDocument.querySelectorAll('[data-mt-step]')) this.observer.observe(el);
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]): void => {
    const hit = entries.filter((e) => e.isIntersecting).at(-1);
    const id = (hit?.target as HTMLElement | undefined)?.dataset.mtStep;
    const i = id ? (this.steps?.findIndex((s) => s.id === id) ?? -1) : -1;
    if (i >= 0 && id !== this.props().step) this.move(i);
  };

  /** The reader's own zoom, filter or selection moves the view away from the step's. */
  private readonly onReader = (): void => {
    if (this.drifted || this.index < 0) return;
    this.drifted = true;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    for (const type of ['mt-view-change', 'mt-filter-change', 'mt-select'] as const) {
      this.host.addEventListener(type, this.onReader);
    }
    if (this.source && !this.steps && !this.request) void this.load(this.source);
    this.observe();
  }

  hostDisconnected(): void {
    for (const type of ['mt-view-change', 'mt-filter-change', 'mt-select'] as const) {
      this.host.removeEventListener(type, this.onReader);
    }
    this.request?.abort();
    this.request = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The story's styles join the shadow root's once its module is here (again after a move to another document). */
  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const sheet = this.mod?.storyStyles.styleSheet;
    if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // A sheet of another document (the element was moved into an iframe's): the bar goes unstyled there.
    }
  }
}
