// A test-runner command that turns the real mouse wheel over a point, optionally with Ctrl held:
// `executeServerCommand('wheel', {x, y, deltaY, ctrl})` from a test. Works for Chromium and Firefox (puppeteer).
export function wheelCommand() {
  return {
    name: 'wheel-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wheel' && command !== 'dblclick') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'dblclick') {
        await page.mouse.click(payload.x, payload.y, { count: 2 });
        return true;
      }
      await page.mouse.move(payload.x, payload.y);
      if (payload.ctrl) await page.keyboard.down('Control');
      await page.mouse.wheel({ deltaY: payload.deltaY ?? -100 });
      if (payload.ctrl) await page.keyboard.up('Control');
      return true;
    },
  };
}
