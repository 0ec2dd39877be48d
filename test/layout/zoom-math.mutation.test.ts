import { expect } from '@open-wc/testing';
import { layerShift, type ZoomState } from '../../src/layout/zoom-math.js';

/** Where a zoom draws a point that sits at `u` pixels at zoom 1. */
const at = (z: ZoomState, u: number) => z.x + z.k * u;

describe('layerShift (exact)', () => {
  it('is empty when the zoom has not changed', () => {
    expect(layerShift({ k: 2, x: -100 }, { k: 2, x: -100 })).to.equal('');
  });

  it('moves a pan, scales a zoom about the left edge, and does both at once', () => {
    expect(layerShift({ k: 2, x: -100 }, { k: 2, x: -50 })).to.equal('translate(50px, 0) scale(1, 1)');
    expect(layerShift({ k: 1, x: 0 }, { k: 2, x: 0 })).to.equal('translate(0px, 0) scale(2, 1)');
    expect(layerShift({ k: 2, x: -100 }, { k: 4, x: -300 })).to.equal('translate(-100px, 0) scale(2, 1)');
  });

  it('puts every mark drawn at the first zoom where the second zoom draws it', () => {
    const from = { k: 3, x: -250 };
    const to = { k: 4.5, x: -700 };
    const [, a, s] = /^translate\((-?[\d.]+)px, 0\) scale\(([\d.]+), 1\)$/.exec(layerShift(from, to))!.map(Number);
    for (const u of [0, 120, 333, 800]) expect(a + s * at(from, u)).to.be.closeTo(at(to, u), 1e-9);
  });
});
