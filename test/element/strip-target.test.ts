// Target size (WCAG 2.5.8): every bar of the balance strip is a pointer target of at least 24 × 24 px, the short
// 2020–21 bar too, and no two targets overlap.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

for (const width of [360, 320]) {
  describe(`<mongolia-timeline> balance strip targets at ${width} px`, () => {
    it('gives every bar a target of at least 24 × 24 px, without overlapping its neighbours', async () => {
      const t = await TimelineHarness.create({}, width, 640);
      const bars = [...t.root.querySelectorAll<SVGGElement>('.balance .bucket')];
      expect(bars.map((b) => b.dataset.year)).to.include('2020');
      const boxes = bars.map((b) => b.querySelector('.hit')!.getBoundingClientRect());
      for (const [i, r] of boxes.entries()) {
        expect(r.width, `${bars[i].dataset.year} wide`).to.be.at.least(24 - 0.05);
        expect(r.height, `${bars[i].dataset.year} tall`).to.be.at.least(24);
        if (i) expect(r.left, `${bars[i].dataset.year} after the bar before`).to.be.at.least(boxes[i - 1].right - 0.05);
        // The target is what a pointer at its centre reaches.
        const hit = t.root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        expect(bars[i].contains(hit), `${bars[i].dataset.year} under the pointer`).to.equal(true);
      }
      // A click at the middle of the 2020–21 target zooms to those years, as far as the zoom goes.
      const last = boxes.at(-1)!;
      await sendMouse({ type: 'click', position: [Math.round(last.left + last.width / 2), Math.round(last.top + 17)] });
      // (The deepest zoom shows ten years: 2012–2021, where the 2010s bar would show 2010–2019.)
      await t.until(() => t.el.end.startsWith('2021') && t.el.start > '2011');
    });
  });
}
