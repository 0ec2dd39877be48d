// Tests run in Debian's Chromium and Firefox ESR; neither is ever downloaded.
// BROWSERS=chromium or BROWSERS=firefox runs one of them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { inputCommands } from './test/plugins/input-commands.mjs';
import { dataServer } from './test/plugins/data-server.mjs';
import { devtoolsCommands } from './test/plugins/devtools-commands.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/browser.mjs';
import './test/plugins/bidi-orientation.mjs';

const browsers = {
  chromium: chromeLauncher({
    launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS },
  }),
  firefox: puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
    },
  }),
};
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

export default {
  files: 'test/**/*.test.ts',
  hostname: '127.0.0.1',
  nodeResolve: { exportConditions: ['development'] },
  middleware: [dataServer],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    inputCommands(),
    devtoolsCommands(),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: wanted.map((name) => browsers[name]),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
};
