import type { Bloc } from '../data/types.js';
import { BLOCS, type BalanceBucket } from './balance.js';

/** One tone of the balance strip played as sound. */
export interface Note {
  /** When it starts and how long it sounds, in seconds from the start of the playback. */
  time: number;
  duration: number;
  /** Its pitch, in hertz: higher for more ties. */
  frequency: number;
  /** Its peak loudness, 0–1, set by the bloc's timbre so that the four blocs sound about as loud. */
  gain: number;
  bloc: Bloc;
  /** The first year of the bar it plays. */
  period: number;
}

/** Each bloc's timbre, an oscillator type of the Web Audio API. */
export const BLOC_WAVE: Record<Bloc, OscillatorType> = {
  north: 'sawtooth',
  south: 'square',
  third: 'sine',
  multilateral: 'triangle',
};

/** Peak gain per timbre: the harmonics of a sawtooth or square sound louder than a sine at the same gain. */
const WAVE_GAIN: Record<OscillatorType, number> = {
  sawtooth: 0.12,
  square: 0.1,
  sine: 0.3,
  triangle: 0.25,
  custom: 0.2,
};

export interface SonifyOptions {
  /** Seconds between the starts of two blocs' tones in one period. */
  step: number;
  /** How long each tone sounds (shorter than `step`, so tones stay apart). */
  duration: number;
  /** The silence after each period's tones, before the next period. */
  gap: number;
  /** The pitch of one tie, in hertz; the most ties in a bar sound two octaves higher. */
  low: number;
}

export const SONIFY_DEFAULTS: SonifyOptions = { step: 0.2, duration: 0.16, gap: 0.3, low: 220 };

/**
 * The balance strip as a sequence of tones: the bars in time order, and in each bar one tone per bloc, in the
 * strip's order (Russia/USSR, China, third neighbours, multilateral bodies), each bloc in its own timbre. A bloc's
 * count sets the pitch, on a scale of semitones from `low` (one tie) to two octaves above it (the most ties of any
 * bloc in any bar); a bloc with no tie keeps its place in silence, so every period has the same rhythm. A short gap
 * separates the periods.
 */
export function sonify(buckets: readonly BalanceBucket[], options: Partial<SonifyOptions> = {}): Note[] {
  const o = { ...SONIFY_DEFAULTS, ...options };
  const max = Math.max(0, ...buckets.flatMap((b) => BLOCS.map((bloc) => b.counts[bloc])));
  const period = BLOCS.length * o.step + o.gap;
  const notes: Note[] = [];
  buckets.forEach((b, i) => {
    BLOCS.forEach((bloc, j) => {
      const count = b.counts[bloc];
      if (!count) return;
      const semitones = max > 1 ? Math.round((24 * (count - 1)) / (max - 1)) : 0;
      notes.push({
        time: round(i * period + j * o.step),
        duration: o.duration,
        frequency: round(o.low * 2 ** (semitones / 12)),
        gain: WAVE_GAIN[BLOC_WAVE[bloc]],
        bloc,
        period: b.from,
      });
    });
  });
  return notes;
}

/** How long the playback of `buckets` lasts, in seconds, gaps included. */
export function sonifyLength(buckets: readonly BalanceBucket[], options: Partial<SonifyOptions> = {}): number {
  const o = { ...SONIFY_DEFAULTS, ...options };
  return round(buckets.length * (BLOCS.length * o.step + o.gap));
}

/** To the millisecond or millihertz: exact figures for tests, no audible difference. */
const round = (x: number) => Math.round(x * 1000) / 1000;
