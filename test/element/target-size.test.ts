import { expect } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';

interface Target {
  name: string;
  /** The visible part, which other targets must keep clear of. */
  r: DOMRect;
  /** The whole box: a target half scrolled out of view is still its full size. */
  full: DOMRect;
}

/** Every visible thing a pointer can activate in the timeline: buttons, links, event and cluster marks. */
function targets(t: TimelineHarness): Target[] {
  return [...t.root.querySelectorAll<HTMLElement | SVGElement>('button, a[href], summary, [tabindex]')]
    .filter((n) => n.getAttribute('tabindex') !== '-1' || n.matches('[data-id]'))
    .filter((n) => n.checkVisibility({ visibilityProperty: true }))
    .map((n) => ({
      name: n.getAttribute('aria-label') || n.textContent!.trim().slice(0, 30) || n.localName,
      r: visibleRect(n),
      full: n.getBoundingClientRect(),
    }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
}

/** The part of an element its scrolling ancestors leave visible (chips in a scrolled row are partly hidden). */
function visibleRect(n: Element): DOMRect {
  let { left, top, right, bottom } = n.getBoundingClientRect();
  for (let p = n.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const c = p.getBoundingClientRect();
    [left, top, right, bottom] = [
      Math.max(left, c.left),
      Math.max(top, c.top),
      Math.min(right, c.right),
      Math.min(bottom, c.bottom),
    ];
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** Distance from a point to a rectangle (0 inside). */
function distance(x: number, y: number, r: DOMRect): number {
  const dx = Math.max(r.left - x, 0, x - r.right);
  const dy = Math.max(r.top - y, 0, y - r.bottom);
  return Math.hypot(dx, dy);
}

/**
 * WCAG 2.2, 2.5.8 Target Size (Minimum): each target is at least 24 × 24 CSS px, or a 24 px circle centred on it
 * touches no other target and no other undersized target's circle.
 */
function undersized(all: Target[]): string[] {
  const small = all.filter(({ full }) => full.width < 24 - 0.01 || full.height < 24 - 0.01);
  const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
  const problems: string[] = [];
  for (const a of small) {
    const [x, y] = centre(a.r);
    const near =
      all.find((b) => b !== a && distance(x, y, b.r) < 12 - 0.01) ??
      small.find((b) => b !== a && Math.hypot(x - centre(b.r)[0], y - centre(b.r)[1]) < 24 - 0.01);
    if (near)
      problems.push(
        `${a.name} (${a.full.width.toFixed(1)} × ${a.full.height.toFixed(1)}) is too close to ${near.name}`,
      );
  }
  return problems;
}

describe('<mongolia-timeline> targets of at least 24 × 24 px (WCAG 2.5.8)', () => {
  const views: [string, number, Record<string, string>][] = [
    ['the whole century', 1280, {}],
    ['the whole century on a phone', 360, {}],
    ['a 320 px phone in Mongolian', 320, { lang: 'mn' }],
    [
      'a zoomed window with details open',
      800,
      { start: '1985', end: '1995', selected: 'kyakhta-taken-armed-forces-day' },
    ],
    ['details on a phone', 360, { selected: 'kyakhta-taken-armed-forces-day' }],
    ['the list view', 800, { view: 'list', start: '1985', end: '1995' }],
  ];
  for (const [name, width, attrs] of views) {
    it(name, async () => {
      const t = await TimelineHarness.create(attrs, width, 520);
      const all = targets(t);
      expect(all.length).to.be.above(5);
      expect(undersized(all)).to.deep.equal([]);
    });
  }
});
