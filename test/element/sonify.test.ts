// "Play as sound": the balance strip as tones through the Web Audio API. The audio context is observed by wrapping
// window.AudioContext: made on the first press only, suspended when the sound stops, closed with the element.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sonify } from '../../src/layout/sonify.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

interface Recorded {
  contexts: AudioContext[];
  oscillators: OscillatorNode[];
  stopped: Set<OscillatorNode>;
}

/** Replaces window.AudioContext with a subclass that records its instances and their oscillators. */
function recordAudio(): { seen: Recorded; restore: () => void } {
  const Original = window.AudioContext;
  const seen: Recorded = { contexts: [], oscillators: [], stopped: new Set() };
  window.AudioContext = class extends Original {
    constructor(options?: AudioContextOptions) {
      super(options);
      seen.contexts.push(this);
    }
    override createOscillator(): OscillatorNode {
      const osc = super.createOscillator();
      seen.oscillators.push(osc);
      const stop = osc.stop.bind(osc);
      osc.stop = (when?: number) => {
        // The scheduled stop comes with a time; stopping now comes without one.
        if (when === undefined) seen.stopped.add(osc);
        stop(when);
      };
      return osc;
    }
  };
  return { seen, restore: () => (window.AudioContext = Original) };
}

const soundButton = (t: TimelineHarness) => t.root.querySelector<HTMLButtonElement>('.balance button.sound');

describe('<mongolia-timeline> balance strip as sound', () => {
  let audio: ReturnType<typeof recordAudio>;
  beforeEach(() => (audio = recordAudio()));
  afterEach(() => audio.restore());

  it('plays one tone per bloc per bar from its button, which becomes Stop; the context is made on the first press', async () => {
    const t = await TimelineHarness.create({}, 1000, 560);
    const button = soundButton(t)!;
    expect(button.textContent!.trim()).to.equal('Play as sound');
    expect(t.root.getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.match(/one tone per bloc/);
    expect(audio.seen.contexts, 'no audio before the press').to.have.length(0);
    await t.click(button);
    expect(audio.seen.contexts).to.have.length(1);
    const notes = sonify(barsOf(t));
    expect(audio.seen.oscillators).to.have.length(notes.length);
    expect(notes.length).to.be.above(20);
    expect(audio.seen.oscillators.map((o) => o.type)).to.include.members(['sawtooth', 'square', 'sine', 'triangle']);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Stop');
    await t.click(soundButton(t)!);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Play as sound');
    expect(audio.seen.stopped.size, 'every tone stopped').to.equal(notes.length);
    const context = audio.seen.contexts[0];
    await t.until(() => context.state === 'suspended');
    // Again: the same context, resumed.
    await t.click(soundButton(t)!);
    expect(audio.seen.contexts).to.have.length(1);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Stop');
    // Removed from the page, the element stops and closes its context.
    t.el.remove();
    await t.until(() => context.state === 'closed');
    expect(audio.seen.stopped.size).to.equal(2 * notes.length);
  });

  it('stops with Escape before anything else takes the key, and when the page is hidden', async () => {
    const t = await TimelineHarness.create({ selected: 'un-membership-1961', start: '1955', end: '1965' }, 1000, 560);
    await t.click(soundButton(t)!);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Stop');
    // Focus in the details: the first Escape stops the sound, the second closes the details.
    t.root.querySelector<HTMLElement>('#detail-title')!.focus();
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(soundButton(t)!.textContent!.trim()).to.equal('Play as sound');
    expect(t.detail()).to.exist;
    await sendKeys({ press: 'Escape' });
    await t.settle();
    expect(t.detail()).to.equal(null);
    // The page hidden (another tab, a locked phone) stops it too.
    await t.click(soundButton(t)!);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Stop');
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await t.settle();
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    expect(document.hidden).to.equal(false);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Play as sound');
  });

  it('speaks Mongolian in a Mongolian interface', async () => {
    const t = await TimelineHarness.create({ lang: 'mn' }, 1000, 560);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Дуугаар сонсох');
    await t.click(soundButton(t)!);
    expect(soundButton(t)!.textContent!.trim()).to.equal('Зогсоох');
  });

  it('has no button where the strip is hidden', async () => {
    const t = await TimelineHarness.create({ 'no-balance': '' }, 1000, 560);
    expect(soundButton(t)).to.equal(null);
  });
});

/** The bars the strip draws, read back from their names ("1990–1999: Russia/USSR 5, China 3, …"). */
function barsOf(t: TimelineHarness) {
  return [...t.root.querySelectorAll<SVGGElement>('.balance .bucket')].map((g) => {
    const from = Number(g.dataset.year);
    const label = g.getAttribute('aria-label')!;
    const count = (name: string) => Number(new RegExp(`${name} (\\d+)`).exec(label)![1]);
    const counts = {
      north: count('Russia/USSR'),
      south: count('China'),
      third: count('third neighbours'),
      multilateral: count('multilateral bodies'),
    };
    return { from, to: from + 10, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
}
