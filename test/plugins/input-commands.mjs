// Test-runner commands for real input the standard commands lack:
// - `wheel` {x, y, deltaY, ctrl}: the mouse wheel over a point, optionally with Ctrl held (Chromium and Firefox);
// - `dblclick` {x, y}: a real double click (Chromium and Firefox);
// - `touch-screen`: makes the page a touch screen (so that d3-zoom listens to touches), and `pinch` {x, y, from, to}: two fingers
//   spreading from `from` to `to` pixels apart, and `swipe` {x, y, dx}: one finger moving across, through the DevTools protocol (Chromium only; `false` elsewhere).
const touchSessions = new WeakMap();

export function inputCommands() {
  return {
    name: 'input-commands',
    async executeCommand({ command, payload, session }) {
      if (!['wheel', 'dblclick', 'pinch', 'swipe', 'touch-screen'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'touch-screen' || command === 'pinch' || command === 'swipe') {
        if (page.browser().protocol === 'webDriverBiDi') return false;
      }
      if (command === 'touch-screen') {
        // Raw emulation, kept alive with its session: puppeteer's setViewport({hasTouch}) would reload the page.
        const cdp = await page.createCDPSession();
        touchSessions.set(page, cdp);
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        return true;
      }
      if (command === 'pinch' || command === 'swipe') {
        const cdp = await page.createCDPSession();
        const at = (i) => {
          if (command === 'swipe') return [{ x: payload.x + (payload.dx * i) / 8, y: payload.y, id: 0 }];
          const half = (payload.from + ((payload.to - payload.from) * i) / 8) / 2;
          return [
            { x: payload.x - half, y: payload.y, id: 0 },
            { x: payload.x + half, y: payload.y, id: 1 },
          ];
        };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
        for (let i = 1; i <= 8; i++) {
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
          await new Promise((r) => setTimeout(r, 20));
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await cdp.detach();
        return true;
      }
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
