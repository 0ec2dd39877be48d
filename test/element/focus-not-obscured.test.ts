// Focus not obscured (WCAG 2.4.11): the details panel never covers the focused or the open event, at a desktop width
// (a side panel) and at a phone width (a bottom sheet), and Escape takes focus back to the event focused last.
import { expect } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** The area two boxes share, in square pixels. */
function overlap(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The part of box `a` inside box `b`. */
function clip(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  return new DOMRect(
    left,
    top,
    Math.max(0, Math.min(a.right, b.right) - left),
    Math.max(0, Math.min(a.bottom, b.bottom) - top),
  );
}

/** The box of a mark's shape (its marker, bar or cluster badge), the part a reader looks for. */
function shapeBox(mark: Element): DOMRect {
  return (mark.querySelector('.marker, .bar, path') ?? mark).getBoundingClientRect();
}

/** The mark that has focus inside the chart, or null. */
function focusedMark(t: TimelineHarness): SVGGElement | null {
  const f = t.focused();
  return f instanceof SVGGElement && f.dataset.id ? f : null;
}

/** Opens the details of the chart's first event from the keyboard and brings focus back to that event. */
async function openDetails(t: TimelineHarness): Promise<string> {
  await t.tabIn();
  let mark = focusedMark(t);
  // The first stop may be a cluster: step on to the first event.
  for (let i = 0; i < 40 && mark?.getAttribute('part') !== 'event'; i++) {
    await t.press('ArrowRight');
    mark = focusedMark(t);
  }
  expect(mark, 'an event to open').to.exist;
  const id = mark!.dataset.id!;
  await t.press('Enter');
  await t.until(() => !!t.detail());
  expect(t.root.activeElement!.id).to.equal('detail-title');
  // Back from the details to the chart, whose tab stop is the open event.
  for (let i = 0; i < 3 && !focusedMark(t); i++) await t.press('Shift+Tab');
  expect(
    focusedMark(t)?.dataset.id,
    t.focused()?.outerHTML.slice(0, 200) ?? String(document.activeElement?.tagName),
  ).to.equal(id);
  return id;
}

for (const [width, height, shape] of [
  [1280, 600, 'side panel'],
  [360, 640, 'bottom sheet'],
] as const) {
  describe(`<mongolia-timeline> focus not obscured at ${width}×${height} (${shape})`, () => {
    it('never hides the focused or the open event under the details, and Escape returns to the last focused', async () => {
      const t = await TimelineHarness.create({}, width, height);
      const opened = await openDetails(t);
      const covered: string[] = [];
      const partly: string[] = [];
      let last = opened;
      for (let i = 0; i < 60; i++) {
        await t.press('ArrowRight');
        const mark = focusedMark(t);
        expect(mark, `focus on a mark after ${i + 1} presses`).to.exist;
        last = mark!.dataset.id!;
        const panel = t.detail()!.getBoundingClientRect();
        for (const [id, m] of [
          [last, mark!],
          [opened, t.event(opened) ?? t.root.querySelector(`[data-id="${opened}"]`)],
        ] as const) {
          if (!m) continue;
          // What the chart shows of it: the <svg> clips a cluster's pill that runs past its edge.
          const box = clip(shapeBox(m), t.chart.getBoundingClientRect());
          const area = box.width * box.height;
          const shared = overlap(box, panel);
          if (area === 0 || shared >= area - 0.5) covered.push(id);
          else if (shared > 0) partly.push(id);
        }
      }
      expect(covered, 'marks fully under the details').to.deep.equal([]);
      expect(partly, 'marks partly under the details').to.deep.equal([]);
      expect(last).to.not.equal(opened);
      await t.press('Escape');
      expect(t.detail()).to.equal(null);
      const mark = focusedMark(t);
      expect(mark, 'focus on a mark').to.exist;
      // The chart widens again and its clusters form anew: focus is on the mark focused last, or on the cluster that
      // now holds its (first) event.
      const id = mark!.dataset.id!;
      if (id !== last) {
        const event = last.replace(/^cluster:/, '');
        expect(id, `${last} is gone, ${id} holds it`).to.match(/^cluster:/);
        expect(t.root.querySelector(`[data-id="${event}"]`), `${event} is folded`).to.equal(null);
      }
      // Revealed: mostly inside the chart (a cluster's pill may run past its edge), and the topmost thing there.
      const box = shapeBox(mark!);
      const chart = t.chart.getBoundingClientRect();
      expect(overlap(box, chart)).to.be.at.least((box.width * box.height) / 2);
      const x = (Math.max(box.left, chart.left) + Math.min(box.right, chart.right)) / 2;
      const hit = t.root.elementFromPoint(x, box.top + box.height / 2);
      expect(mark!.contains(hit), 'the mark is the topmost thing at its centre').to.equal(true);
    });
  });
}

describe('<mongolia-timeline> the details stay readable', () => {
  // At 360 × 640 with a 32 px default, the controls alone fill the element and push the chart out of it, details or
  // not: the phone width at 200 % is checked in a taller element.
  for (const [width, height, fontSize] of [
    [320, 640, ''],
    [1280, 600, '32px'],
    [360, 1200, '32px'],
  ] as const) {
    it(`at ${width} × ${height} px${fontSize ? ` with a ${fontSize} default font size` : ''}`, async () => {
      document.documentElement.style.fontSize = fontSize;
      try {
        const t = await TimelineHarness.create(
          { selected: 'un-membership-1961', start: '1955', end: '1965' },
          width,
          height,
        );
        const panel = t.detail()!;
        const box = panel.getBoundingClientRect();
        const host = t.el.getBoundingClientRect();
        // Inside the element, at least 120 px tall and as wide as its text needs, scrolling when it is longer.
        expect(box.left).to.be.at.least(host.left - 0.5);
        expect(box.right).to.be.at.most(host.right + 0.5);
        expect(box.height).to.be.at.least(120);
        expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
        const title = panel.querySelector('h2')!.getBoundingClientRect();
        expect(title.width).to.be.at.least(Math.min(200, box.width - 60));
        // The chart keeps room for the open event, drawn whole beside or above the details.
        const shape = shapeBox(t.event('un-membership-1961')!);
        expect(overlap(shape, t.chart.getBoundingClientRect())).to.be.closeTo(shape.width * shape.height, 0.5);
        expect(overlap(shape, box)).to.equal(0);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }
});
