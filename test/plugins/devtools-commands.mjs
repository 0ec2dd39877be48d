// Test-runner commands through the DevTools protocol (Chromium only; each answers `false` in Firefox, whose
// WebDriver BiDi session has neither):
// - `heap`: collects garbage and returns the page's used JS heap in bytes;
// - `forced-colors` {active}: emulates Windows high-contrast mode (`forced-colors: active`) or ends it;
// - `print-media` {active}: emulates the print media type, as when the page is printed, or ends it.
// Emulations last only as long as their DevTools session: these stay open while they apply.
const emulations = new WeakMap();

export function devtoolsCommands() {
  return {
    name: 'devtools-commands',
    async executeCommand({ command, payload, session }) {
      if (!['heap', 'forced-colors', 'print-media'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol === 'webDriverBiDi') return false;
      if (command === 'forced-colors' || command === 'print-media') {
        let cdp = emulations.get(page);
        if (!cdp) emulations.set(page, (cdp = await page.createCDPSession()));
        const value = payload?.active ? 'active' : 'none';
        await cdp.send(
          'Emulation.setEmulatedMedia',
          command === 'print-media'
            ? { media: payload?.active ? 'print' : '' }
            : { features: [{ name: 'forced-colors', value }] },
        );
        if (!payload?.active) {
          emulations.delete(page);
          await cdp.detach();
        }
        return true;
      }
      const cdp = await page.createCDPSession();
      try {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
