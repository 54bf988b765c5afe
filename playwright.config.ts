/**
 * End-to-end tests: the real renderer bundle (out/renderer, built by
 * `npm run build` first) served in browser mode by the real server over a
 * fresh data directory per test (e2e/support/shinrai-fixture.ts).
 *
 * The browser is whichever Chromium is on disk (e2e/support/browser-path.ts);
 * the config loads as an ES module (package.json "type": "module"), so the
 * choice is awaited here once and handed to every worker.
 */
import { defineConfig } from '@playwright/test';
import { chooseBrowser } from './e2e/support/browser-path';

const browser = await chooseBrowser();
const onCi = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Two cores are shared with the rest of the build: two workers at most,
  // and each test already runs its own server process beside its browser.
  workers: onCi ? 2 : 1,
  fullyParallel: false,
  forbidOnly: onCi,
  retries: onCi ? 1 : 0,
  reporter: 'list',
  // Each test starts a server (tsx compiles it on the fly) and a browser on a
  // busy machine; journeys take many steps. These are ceilings, not waits.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
    locale: 'en-GB',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1440, height: 900 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
