// Its own file (its own page): the Content Security Policy it adds cannot be taken away again.
import { expect } from '@open-wc/testing';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** Adds a policy that forbids `blob:` images, as the strict pages the README speaks of may; answers its violations. */
function forbidBlobImages(): string[] {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
  const meta = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy' });
  meta.content = "img-src 'self' data:";
  document.head.append(meta);
  return violations;
}

describe('<mongolia-timeline> exports under a strict CSP', () => {
  it('says the page does not allow a PNG, and still exports CSV, JSON and SVG', async () => {
    const t = await TimelineHarness.create({ start: '1985', end: '1995' }, 1000, 520);
    const violations = forbidBlobImages();
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      await t.click(t.root.querySelector('[part~="export"] summary')!);
      await t.click(t.root.querySelector('[part~="export"] button[data-format="png"]')!);
      await t.until(() => t.hint() !== null);
      expect(t.hint()).to.equal('This page does not allow that export');
      expect(t.root.querySelector('.hint')!.getAttribute('role')).to.equal('status');
      expect(downloads).to.deep.equal([]);
      expect(violations.some((v) => /^img-src/.test(v))).to.equal(true);
      let failed: unknown = null;
      await t.el.exportAs('png').catch((e: unknown) => (failed = e));
      expect(failed).to.not.equal(null);
      for (const format of ['csv', 'json', 'svg'] as const) {
        await t.click(t.root.querySelector('[part~="export"] summary')!);
        await t.click(t.root.querySelector(`[part~="export"] button[data-format="${format}"]`)!);
        await t.until(() => downloads.length > 0 && downloads[downloads.length - 1].endsWith(`.${format}`));
      }
      expect(downloads).to.deep.equal([
        'mongolia-timeline-1985-01-01-1995-12-31.csv',
        'mongolia-timeline-1985-01-01-1995-12-31.json',
        'mongolia-timeline-1985-01-01-1995-12-31.svg',
      ]);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
