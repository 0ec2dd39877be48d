import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BalanceBucket } from '../layout/balance.js';
import { BLOC_WAVE, sonify, type Note } from '../layout/sonify.js';

/** What the strip's sound button shows and does. */
export interface SoundButton {
  playing: boolean;
  toggle: () => void;
}

/** The Web Audio constructor where the browser has one (Safari before 14.1 names it `webkitAudioContext`). */
function audioContextClass(): typeof AudioContext | undefined {
  const g = globalThis as typeof globalThis & { webkitAudioContext?: typeof AudioContext };
  return g.AudioContext ?? g.webkitAudioContext;
}

/**
 * Plays the balance strip as sound (`src/layout/sonify.ts`) with the Web Audio API: one oscillator per note, each
 * with a short attack and release so tones do not click. The audio context is made on the first press (browsers
 * allow sound only after a gesture) and reused; stopping silences every tone and suspends it, and it is closed with
 * the element. Escape stops the sound before anything else takes the key, and so does the page being hidden.
 */
export class SoundController implements ReactiveController {
  playing = false;
  private context?: AudioContext;
  private voices: OscillatorNode[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly buckets: () => readonly BalanceBucket[],
  ) {
    host.addController(this);
  }

  /** The button's state, or `undefined` where the browser has no Web Audio (and on a server). */
  button(): SoundButton | undefined {
    return audioContextClass() ? { playing: this.playing, toggle: this.toggle } : undefined;
  }

  readonly toggle = (): void => (this.playing ? this.stop() : this.play());

  /** Plays the bars now in the strip, from the first. */
  play(): void {
    const Context = audioContextClass();
    const notes = sonify(this.buckets());
    if (!Context || !notes.length) return;
    this.stop();
    this.context ??= new Context();
    const context = this.context;
    void context.resume();
    const start = context.currentTime + 0.05;
    this.voices = notes.map((n) => this.voice(context, n, start));
    const last = this.voices[this.voices.length - 1];
    last.onended = () => {
      if (this.voices.includes(last)) this.stop();
    };
    this.playing = true;
    this.host.requestUpdate();
  }

  /** Silences every tone, and suspends the audio context until the next play. */
  stop(): void {
    const wasPlaying = this.playing;
    for (const v of this.voices) {
      v.onended = null;
      try {
        v.stop();
      } catch {
        // Never started (the context was closed): nothing to stop.
      }
      v.disconnect();
    }
    this.voices = [];
    this.playing = false;
    if (this.context?.state === 'running') void this.context.suspend();
    if (wasPlaying) this.host.requestUpdate();
  }

  /** One note: an oscillator in the bloc's timbre through a gain envelope. */
  private voice(context: AudioContext, n: Note, start: number): OscillatorNode {
    const t = start + n.time;
    const osc = context.createOscillator();
    osc.type = BLOC_WAVE[n.bloc];
    osc.frequency.value = n.frequency;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(n.gain, t + 0.01);
    gain.gain.setValueAtTime(n.gain, t + n.duration - 0.03);
    gain.gain.linearRampToValueAtTime(0, t + n.duration);
    osc.connect(gain).connect(context.destination);
    osc.start(t);
    osc.stop(t + n.duration);
    return osc;
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.playing) return;
    // Caught on the way in: this Escape stops the sound and nothing else (a second one closes what is open).
    e.preventDefault();
    e.stopPropagation();
    this.stop();
  };

  private readonly onVisibility = (): void => {
    if (document.hidden) this.stop();
  };

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey, { capture: true });
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostUpdated(): void {
    // The strip went away (hidden, or no bars left): so does its sound.
    if (this.playing && !this.buckets().length) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
    this.host.removeEventListener('keydown', this.onKey, { capture: true });
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.context?.close();
    this.context = undefined;
  }
}
