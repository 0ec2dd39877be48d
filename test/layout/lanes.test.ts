import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { buildItems } from '../../src/data/timeline-items.js';
import { fitLabel, GEOMETRY, layoutLanes, type LayoutOptions } from '../../src/layout/lanes.js';
import { syntheticDataset } from '../helpers/fixtures.js';

const measure = (t: string) => t.length * 7;

function options(width: number, maxLanes: number, t0 = Date.UTC(1921, 0, 1), t1 = Date.UTC(2022, 0, 1)): LayoutOptions {
  const scale = scaleUtc().domain([t0, t1]).range([0, width]);
  return { x: (t) => scale(t), width, maxLanes, maxLabel: 200, labelOf: (i) => i.event.title.en, measure };
}

describe('fitLabel', () => {
  it('keeps short labels and shortens long ones with an ellipsis', () => {
    expect(fitLabel('Short', 100, measure)).to.equal('Short');
    const cut = fitLabel('A label that is far too long to fit', 100, measure);
    expect(cut.endsWith('…')).to.equal(true);
    expect(measure(cut)).to.be.at.most(100);
  });
});

describe('layoutLanes', () => {
  it('places every item once, in a lane or in a cluster', () => {
    const items = buildItems(syntheticDataset(300));
    const layout = layoutLanes(items, options(1000, 8));
    const placed = layout.events.length + layout.clusters.reduce((n, c) => n + c.items.length, 0);
    expect(placed).to.equal(300);
    expect(layout.lanes).to.be.at.most(8);
    expect(layout.clusters.length).to.be.above(0);
  });

  it('needs no cluster when there is room', () => {
    const items = buildItems(syntheticDataset(10));
    const layout = layoutLanes(items, options(1400, 10));
    expect(layout.clusters).to.have.length(0);
    expect(layout.events).to.have.length(10);
  });

  it('never overlaps two labels in a lane, nor two clusters (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 320, max: 1600 }),
        fc.integer({ min: 1, max: 14 }),
        fc.nat(),
        (n, width, lanes, seed) => {
          const items = buildItems(syntheticDataset(n, seed));
          const layout = layoutLanes(items, options(width, lanes));
          const byLane = new Map<number, { left: number; right: number }[]>();
          for (const e of layout.events) byLane.set(e.lane, [...(byLane.get(e.lane) ?? []), e]);
          for (const boxes of byLane.values()) {
            for (let i = 1; i < boxes.length; i++)
              expect(boxes[i].left).to.be.at.least(boxes[i - 1].right + GEOMETRY.laneGap - 1e-6);
          }
          for (let i = 1; i < layout.clusters.length; i++) {
            expect(layout.clusters[i].left).to.be.at.least(layout.clusters[i - 1].right);
          }
          // A point inside the view keeps its label inside the view too.
          for (const e of layout.events) {
            if (e.item.range || e.x < 0 || e.x > width) continue;
            expect(e.right).to.be.at.most(width + GEOMETRY.markerRadius + 1e-6);
            expect(e.left).to.be.at.least(-GEOMETRY.markerRadius - 1e-6);
          }
        },
      ),
      { seed: 2019, numRuns: 150 },
    );
  });
});
