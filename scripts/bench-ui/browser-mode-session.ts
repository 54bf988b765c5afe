/**
 * The bench's way into the real UI: the browser-mode server started on a data
 * folder exactly as the end-to-end tests start it (e2e/support/browser-mode-server.ts,
 * here on the built out/main/serve.js that `npm start` runs), and the same
 * headless Chromium the tests drive (e2e/support/browser-path.ts), with the
 * page settings of playwright.config.ts so layouts match what the tests see.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { startBrowserModeServer, type BrowserModeServer } from '../../e2e/support/browser-mode-server';
import { chooseBrowser } from '../../e2e/support/browser-path';
import type { InputOf, OperationName, OutputOf } from '../../src/shared/api/contract';
import type { Result } from '../../src/shared/api/result';

/** The window and locale of playwright.config.ts. */
export const PAGE_SETTINGS: BrowserContextOptions = {
  locale: 'en-GB',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1440, height: 900 },
};

/** Ceiling for one step that waits on the app (a busy two-core machine); never a measured figure. */
export const STEP_CEILING_MS = 60_000;

/**
 * tsx compiles the bench with esbuild's keepNames, which wraps every named
 * function in a call to a helper `__name` that exists only in Node. Functions
 * the bench sends into the page (addInitScript, evaluate) carry those calls,
 * so every page gets a harmless `__name` before anything else runs.
 */
const KEEP_NAMES_HELPER = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** A new context (nothing cached, no cookie) with the tests' page settings, ready for functions compiled by tsx. */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext(PAGE_SETTINGS);
  await context.addInitScript(KEEP_NAMES_HELPER);
  return context;
}

export async function launchBenchBrowser(): Promise<Browser> {
  const choice = await chooseBrowser();
  return chromium.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
}

export interface AppSession {
  server: BrowserModeServer;
  context: BrowserContext;
  page: Page;
  /** A contract call over HTTP with the page's session cookie, as the renderer makes it; throws unless it succeeded. */
  value<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  close(): Promise<void>;
}

/** Starts the built server on `dataDir`, opens its printed address (logging the page in) and waits for the app's address bar to read `/`. */
export async function openApp(browser: Browser, dataDir: string): Promise<AppSession> {
  const server = await startBrowserModeServer(dataDir, { entry: 'built' });
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(server.launchUrl, { timeout: STEP_CEILING_MS });
    await page.waitForURL(`${server.origin}/`, { timeout: STEP_CEILING_MS });
    return {
      server,
      context,
      page,
      async value(name, input) {
        const response = await page.request.post(`${server.origin}/api/invoke`, { data: { name, input }, headers: { 'content-type': 'application/json' } });
        const result = (await response.json()) as Result<OutputOf<typeof name>>;
        if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
        return result.value;
      },
      async close() {
        await context.close();
        await stopServer(server);
      },
    };
  } catch (error) {
    await context.close();
    await stopServer(server);
    throw error;
  }
}

/** Stops the server and says so loudly if it did not end cleanly: a crash would make every figure after it meaningless. */
export async function stopServer(server: BrowserModeServer): Promise<void> {
  const ended = await server.stop();
  if (ended.code !== 0) throw new Error(`the browser-mode server ended with code ${String(ended.code)} (${String(ended.signal)}):\n${server.log()}`);
}
