import { expect } from '@open-wc/testing';
import { hitEdges } from '../../src/layout/hit-spans.js';

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const widths = (edges: number[]) => edges.slice(1).map((e, i) => e - edges[i]);

describe('hitEdges', () => {
  it('keeps bars that are wide enough as they are', () => {
    expect(hitEdges([0, 30, 60, 100])).to.deep.equal([0, 30, 60, 100]);
  });

  it('widens a narrow last bar, the bars before it giving up only what they must', () => {
    // 360 px: decades of 35.8 px, then 2020–21 at 7.16 px; the 2010s keep 24 px and the 2000s 30.76.
    expect(hitEdges([0, 35.8, 71.6, 107.4, 114.56]).map(round)).to.deep.equal([0, 35.8, 66.56, 90.56, 114.56]);
  });

  it('widens a narrow first bar and a narrow bar in the middle', () => {
    // The second bar gives 20 px to the first and, left with 16, takes 8 from the third.
    expect(hitEdges([0, 4, 40, 80])).to.deep.equal([0, 24, 48, 80]);
    expect(hitEdges([0, 40, 50, 100])).to.deep.equal([0, 40, 64, 100]);
  });

  it('cascades when the neighbour cannot spare enough', () => {
    // The 2010s (30 px) keep 24 and pass the rest of the need on to the 2000s, and they to the 1990s.
    expect(hitEdges([0, 50, 80, 110, 112])).to.deep.equal([0, 40, 64, 88, 112]);
  });

  it('shares a row too short for the minimum equally', () => {
    expect(hitEdges([0, 2, 4, 60])).to.deep.equal([0, 20, 40, 60]);
  });

  it('keeps one bar and an empty row as they are', () => {
    expect(hitEdges([5, 9])).to.deep.equal([5, 9]);
    expect(hitEdges([7])).to.deep.equal([7]);
  });

  it('never overlaps, keeps the extent and gives every bar at least the minimum', () => {
    for (let seed = 1; seed < 200; seed++) {
      const edges = [0];
      let r = seed;
      for (let i = 0; i < 12; i++) {
        r = (r * 16807) % 2147483647;
        edges.push(edges[i] + (r % 60));
      }
      const out = hitEdges(edges);
      expect(out[0]).to.equal(edges[0]);
      expect(out.at(-1)).to.equal(edges.at(-1));
      const min = Math.min(24, (edges.at(-1)! - edges[0]) / 12);
      for (const w of widths(out)) expect(w).to.be.at.least(min - 1e-9);
    }
  });
});
