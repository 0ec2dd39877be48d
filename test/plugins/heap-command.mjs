// Test-runner command `heap`: collects garbage and returns the page's used JS heap in bytes, through the DevTools
// protocol (Chromium only; `false` in Firefox, whose WebDriver BiDi session has no heap measure).
export function heapCommand() {
  return {
    name: 'heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      const page = session.browser.getPage(session.id);
      if (page.browser().protocol === 'webDriverBiDi') return false;
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
