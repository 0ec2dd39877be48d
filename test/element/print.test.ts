import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('<mongolia-timeline> printed', () => {
  it('prints the list view with every source instead of the chart', async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995' });
    expect(t.root.querySelector('[part~="list"]')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await t.settle();
    const list = t.root.querySelector('[part~="list"]')!;
    expect(list.querySelectorAll('tbody tr').length).to.be.above(5);
    expect(list.querySelectorAll('a[href^="http"]').length).to.be.above(5);
    const media = await executeServerCommand<boolean, { active: boolean }>('print-media', { active: true });
    try {
      // Chromium can show the print styles; Firefox under WebDriver BiDi cannot emulate print media.
      if (media) {
        expect(getComputedStyle(t.chart).display).to.equal('none');
        expect(getComputedStyle(list).display).not.to.equal('none');
        expect(getComputedStyle(t.root.querySelector('.balance')!).display).to.equal('none');
      }
    } finally {
      if (media) await executeServerCommand('print-media', { active: false });
    }
    window.dispatchEvent(new Event('afterprint'));
    await t.settle();
    expect(t.root.querySelector('[part~="list"]')).to.equal(null);
  });
});
