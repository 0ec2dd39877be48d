import { expect } from '@open-wc/testing';
import type { BalanceBucket } from '../../src/layout/balance.js';
import { BLOC_WAVE, sonify, sonifyLength } from '../../src/layout/sonify.js';

const bucket = (from: number, to: number, north: number, south: number, third: number, multilateral: number) =>
  ({
    from,
    to,
    counts: { north, south, third, multilateral },
    total: north + south + third + multilateral,
  }) satisfies BalanceBucket;

describe('sonify', () => {
  it('plays one tone per bloc per period, in time order, with a gap between periods', () => {
    const notes = sonify([bucket(1960, 1970, 9, 1, 0, 5), bucket(1970, 1980, 3, 0, 2, 0)]);
    expect(notes).to.deep.equal([
      // 1960s: one tie is 220 Hz, the most (9) two octaves up; 5 is 12 semitones up.
      { time: 0, duration: 0.16, frequency: 880, gain: 0.12, bloc: 'north', period: 1960 },
      { time: 0.2, duration: 0.16, frequency: 220, gain: 0.1, bloc: 'south', period: 1960 },
      // third neighbours have no tie: their place (0.4 s) stays silent.
      { time: 0.6, duration: 0.16, frequency: 440, gain: 0.25, bloc: 'multilateral', period: 1960 },
      // 1970s start after four steps and the gap: 4 × 0.2 + 0.3 s. 3 ties: round(24 × 2 / 8) = 6 semitones.
      { time: 1.1, duration: 0.16, frequency: 311.127, gain: 0.12, bloc: 'north', period: 1970 },
      // 2 ties: 3 semitones.
      { time: 1.5, duration: 0.16, frequency: 261.626, gain: 0.3, bloc: 'third', period: 1970 },
    ]);
    expect(sonifyLength([bucket(1960, 1970, 9, 1, 0, 5), bucket(1970, 1980, 3, 0, 2, 0)])).to.equal(2.2);
  });

  it('gives each bloc its own timbre', () => {
    expect(new Set(Object.values(BLOC_WAVE)).size).to.equal(4);
  });

  it('plays one tie everywhere at the lowest pitch', () => {
    const notes = sonify([bucket(2020, 2022, 1, 1, 1, 1)]);
    expect(notes.map((n) => n.frequency)).to.deep.equal([220, 220, 220, 220]);
    expect(notes.map((n) => n.time)).to.deep.equal([0, 0.2, 0.4, 0.6]);
  });

  it('takes its timing and pitch from the options', () => {
    const notes = sonify([bucket(1921, 1930, 1, 0, 0, 0), bucket(1930, 1940, 4, 0, 0, 0)], {
      step: 0.1,
      duration: 0.05,
      gap: 0.5,
      low: 100,
    });
    expect(notes).to.deep.equal([
      { time: 0, duration: 0.05, frequency: 100, gain: 0.12, bloc: 'north', period: 1921 },
      { time: 0.9, duration: 0.05, frequency: 400, gain: 0.12, bloc: 'north', period: 1930 },
    ]);
  });

  it('is silent for no bars and for bars without ties', () => {
    expect(sonify([])).to.deep.equal([]);
    expect(sonify([bucket(1921, 1930, 0, 0, 0, 0)])).to.deep.equal([]);
    expect(sonifyLength([])).to.equal(0);
  });
});
