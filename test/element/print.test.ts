import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/**
 * Puts the element's `@media print` rules in force on screen, for a browser that cannot emulate print media
 * (Firefox under WebDriver BiDi): the same rules, read from the element's own style sheets, unwrapped. Answers how
 * many rules it found, and a function that takes them away again.
 */
function applyPrintRules(root: ShadowRoot): { count: number; undo: () => void } {
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
  const rules = sheets
    .flatMap((s) => [...s.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
    .flatMap((r) => [...r.cssRules].map((inner) => inner.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  const before = [...root.adoptedStyleSheets];
  root.adoptedStyleSheets = [...before, sheet];
  return { count: rules.length, undo: () => (root.adoptedStyleSheets = before) };
}

describe('<mongolia-timeline> printed', () => {
  it('prints the list view with every source instead of the chart', async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995' });
    expect(t.root.querySelector('[part~="list"]')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await t.settle();
    const list = t.root.querySelector('[part~="list"]')!;
    expect(list.querySelectorAll('tbody tr').length).to.be.above(5);
    expect(list.querySelectorAll('a[href^="http"]').length).to.be.above(5);
    // Chromium shows the print styles through real print media; Firefox under WebDriver BiDi cannot emulate it,
    // and gets the element's own print rules applied on screen instead.
    const media = await executeServerCommand<boolean, { active: boolean }>('print-media', { active: true });
    const fallback = media ? null : applyPrintRules(t.root);
    try {
      if (media) expect(matchMedia('print').matches).to.equal(true);
      else expect(fallback!.count, 'print rules found in the style sheets').to.be.at.least(3);
      expect(getComputedStyle(t.chart).display).to.equal('none');
      expect(getComputedStyle(list).display).not.to.equal('none');
      expect(getComputedStyle(t.root.querySelector('.balance')!).display).to.equal('none');
      expect(getComputedStyle(t.root.querySelector('[part~="controls"]')!).display).to.equal('none');
      expect(getComputedStyle(t.root.querySelector('[part~="filters"]')!).display).to.equal('none');
      // Nothing is cut off at the element's screen height: the whole list prints.
      expect(getComputedStyle(t.el).overflow).to.equal('visible');
      expect(getComputedStyle(t.root.querySelector('.stage')!).overflow).to.equal('visible');
    } finally {
      if (media) await executeServerCommand('print-media', { active: false });
      fallback?.undo();
    }
    window.dispatchEvent(new Event('afterprint'));
    await t.settle();
    expect(t.root.querySelector('[part~="list"]')).to.equal(null);
    expect(getComputedStyle(t.chart).display).not.to.equal('none');
  });
});
