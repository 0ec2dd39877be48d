import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clampZoom, maxZoom, windowForZoom, zoomForWindow } from '../../src/layout/zoom-math.js';

const D: [number, number] = [Date.UTC(1921, 0, 1), Date.UTC(2022, 0, 1)];
const DAY = 86_400_000;

describe('zoom math', () => {
  it('maps a window to a zoom and back', () => {
    const w: [number, number] = [Date.UTC(1990, 0, 1), Date.UTC(2000, 0, 1)];
    const z = zoomForWindow(w, D, 1000, maxZoom(D));
    const back = windowForZoom(z, D, 1000);
    expect(Math.abs(back[0] - w[0])).to.be.below(DAY);
    expect(Math.abs(back[1] - w[1])).to.be.below(DAY);
  });

  it('allows about a month at the deepest zoom', () => {
    const k = maxZoom(D);
    const [a, b] = windowForZoom({ k, x: 0 }, D, 800);
    expect(Math.round((b - a) / DAY)).to.equal(31);
  });

  it('never leaves the domain or the zoom limits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            k: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
            x: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          }),
          { maxLength: 20 },
        ),
        fc.integer({ min: 320, max: 1600 }),
        (steps, width) => {
          let z = { k: 1, x: 0 };
          for (const s of steps)
            z = clampZoom({ k: z.k * Math.min(8, Math.max(0.125, s.k)), x: z.x + s.x }, width, maxZoom(D));
          const [a, b] = windowForZoom(z, D, width);
          expect(a).to.be.at.least(D[0] - 1);
          expect(b).to.be.at.most(D[1] + 1);
          expect(z.k).to.be.within(1, maxZoom(D));
        },
      ),
      { seed: 1921, numRuns: 300 },
    );
  });
});
