/**
 * The Playwright fixture every journey uses. Per test it:
 *
 *   - makes a fresh temporary data directory (so the sample deal-room is
 *     seeded anew and no test sees another's changes),
 *   - starts the browser-mode server on it and reads the address it prints,
 *   - opens that address (the key becomes a session cookie and the server
 *     redirects to `/`), so `page` starts logged in on the app,
 *   - after the test, stops the server and removes the directory.
 *
 * It also gives tests `shot(step)`, which saves a full-page screenshot to
 * test-results/screenshots/<spec>-<nn>-<step>.png for people to look at, and
 * `api`, a typed call to the same contract the renderer uses, for checking
 * what was (or was not) stored.
 *
 * Uncaught errors in the page and Content-Security-Policy refusals fail the
 * test: both are bugs a user would meet, even when the visible flow worked.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { InputOf, OperationName, OutputOf } from '../../src/shared/api/contract';
import type { Result } from '../../src/shared/api/result';
import { REPO_ROOT, startBrowserModeServer, type BrowserModeServer } from './browser-mode-server';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

export interface ShinraiApi {
  /** Calls one contract operation over HTTP with the page's session cookie. */
  invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
  /** Like invoke, but throws with the error's message unless the call succeeded. */
  value<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
}

export interface ShinraiFixtures {
  server: BrowserModeServer;
  shot: (step: string) => Promise<void>;
  api: ShinraiApi;
}

interface PageTrouble {
  pageErrors: string[];
  cspRefusals: string[];
  consoleErrors: string[];
}

function watchPage(page: Page): PageTrouble {
  const trouble: PageTrouble = { pageErrors: [], cspRefusals: [], consoleErrors: [] };
  page.on('pageerror', (error) => trouble.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // "Refused to load/execute/apply …" is a policy blocking part of the app;
    // notes such as a directive being ignored in a <meta> tag are not.
    if (/^Refused to .*Content Security Policy/is.test(text)) trouble.cspRefusals.push(text);
    else trouble.consoleErrors.push(text);
  });
  return trouble;
}

/** Lower-case, dash-separated, safe in a file name on every platform. */
function fileSafe(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Screenshots taken so far per spec file. A spec's tests run one after the
 * other in one worker, so numbering carries on from test to test and the
 * files sort in the order the steps happened.
 */
const shotsTaken = new Map<string, number>();

/** Taller than any screen we expect; keeps a runaway layout from making a giant image. */
const MAX_SHOT_HEIGHT = 12_000;
/** A tall page's capture can take tens of seconds on a loaded two-core machine; it is a record, not a step that waits for the app. */
const SHOT_TIMEOUT = 90_000;

/**
 * A full-page screenshot that shows everything. The app keeps its sidebar
 * and the matrix's scroll area at the window's height, and this headless
 * Chromium leaves whatever lies beyond the window unpainted in a plain
 * full-page capture. So the window is grown to the page's height (as on a
 * very tall monitor) for the capture, and put back afterwards.
 */
async function captureWholePage(page: Page, path: string): Promise<void> {
  const original = page.viewportSize();
  // With a modal open the rest of the page is inert behind its backdrop: the
  // window as the user sees it is the whole picture, and growing it would
  // only shrink the dialog to a speck in the middle of a tall image.
  const modalOpen = await page.evaluate(() => document.querySelector('dialog[open]') !== null);
  if (!original || modalOpen) {
    await page.screenshot({ path, fullPage: !modalOpen, timeout: SHOT_TIMEOUT });
    return;
  }
  try {
    let height = original.height;
    // Growing the window can lengthen the page again (areas sized to the
    // window get taller), so grow until the page fits.
    for (let round = 0; round < 4 && height < MAX_SHOT_HEIGHT; round += 1) {
      const needed = await page.evaluate(() => document.documentElement.scrollHeight);
      if (needed <= height) break;
      height = Math.min(needed, MAX_SHOT_HEIGHT);
      await page.setViewportSize({ width: original.width, height });
    }
    await page.screenshot({ path, fullPage: true, timeout: SHOT_TIMEOUT });
  } finally {
    await page.setViewportSize(original);
  }
}

export const test = base.extend<ShinraiFixtures>({
  server: async ({}, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'shinrai-e2e-'));
    let server: BrowserModeServer | undefined;
    try {
      server = await startBrowserModeServer(dataDir);
      await use(server);
    } finally {
      if (server) {
        const ended = await server.stop();
        if (testInfo.status !== testInfo.expectedStatus || ended.code !== 0) {
          await testInfo.attach('server-log', { body: server.log(), contentType: 'text/plain' });
        }
      }
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
    }
  },

  page: async ({ page, server }, use, testInfo) => {
    const trouble = watchPage(page);
    await page.goto(server.launchUrl);
    // The key is traded for a cookie and the address bar is left with `/`.
    await expect(page).toHaveURL(`${server.origin}/`);
    await use(page);
    if (trouble.consoleErrors.length > 0) {
      await testInfo.attach('console-errors', { body: trouble.consoleErrors.join('\n'), contentType: 'text/plain' });
    }
    expect(trouble.pageErrors, 'uncaught errors in the page').toEqual([]);
    expect(trouble.cspRefusals, 'Content-Security-Policy refusals').toEqual([]);
  },

  shot: async ({ page }, use, testInfo) => {
    const spec = basename(testInfo.file).replace(/\.spec\.ts$/, '');
    await use(async (step: string) => {
      const count = (shotsTaken.get(spec) ?? 0) + 1;
      shotsTaken.set(spec, count);
      // Screenshots taken before the web fonts arrive would show fallback
      // glyphs (or empty boxes for Japanese) that a user never sees.
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const name = `${spec}-${String(count).padStart(2, '0')}-${fileSafe(step)}.png`;
      await captureWholePage(page, join(SCREENSHOT_DIR, name));
    });
  },

  api: async ({ page, server }, use) => {
    const invoke = async <N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> => {
      const response = await page.request.post(`${server.origin}/api/invoke`, {
        data: { name, input },
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status(), `HTTP status of ${name}`).toBe(200);
      return (await response.json()) as Result<OutputOf<N>>;
    };
    await use({
      invoke,
      async value(name, input) {
        const result = await invoke(name, input);
        if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
        return result.value;
      },
    });
  },
});

export { expect };
