import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TimelineHarness } from '../helpers/timeline-harness.js';

/** A colour as the browser resolves it, for comparing a computed value with a system colour. */
function resolved(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('<mongolia-timeline> in forced colours (Windows high contrast)', () => {
  let active = false;
  before(async function () {
    active = (await executeServerCommand<boolean, { active: boolean }>('forced-colors', { active: true })) === true;
    // Firefox under WebDriver BiDi cannot emulate forced colours; Chromium runs these checks.
    if (!active || !matchMedia('(forced-colors: active)').matches) this.skip();
  });
  after(async () => {
    if (active) await executeServerCommand('forced-colors', { active: false });
  });

  it('keeps partner colours, outlines marks in CanvasText, and shows pressed chips as selected', async () => {
    const t = await TimelineHarness.create({ partners: 'ru', start: '1921', end: '1925' });
    const swatch = t.chip('ru').querySelector('.swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(211, 63, 58)');
    const pressed = getComputedStyle(t.chip('ru'));
    const plain = getComputedStyle(t.chip('cn'));
    expect(pressed.backgroundColor).to.equal(resolved('SelectedItem'));
    expect(pressed.color).to.equal(resolved('SelectedItemText'));
    expect(plain.backgroundColor).not.to.equal(pressed.backgroundColor);
    const marker = t.events()[0].querySelector('.marker, .bar')!;
    expect(getComputedStyle(marker).stroke).to.equal(resolved('CanvasText'));
  });

  it('shows keyboard focus on an event in Highlight', async () => {
    const t = await TimelineHarness.create({ start: '1921', end: '1925' });
    await t.tabIn();
    await t.press('Home');
    const focused = t.focused()!;
    expect(focused.getAttribute('part')).to.contain('event');
    expect(getComputedStyle(focused.querySelector('text')!).fill).to.equal(resolved('Highlight'));
  });
});
