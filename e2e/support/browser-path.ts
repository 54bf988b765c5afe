/**
 * Which Chromium the end-to-end tests drive. `npx playwright install` cannot
 * download on the build machines, so we take the first browser that is
 * actually on disk, in this order:
 *
 *   1. Playwright's own Chromium (present wherever `playwright install` ran);
 *   2. a system Chromium at /usr/bin/chromium;
 *   3. the headless Chromium packed inside @sparticuz/chromium, which unpacks
 *      itself into the temp directory on first use.
 *
 * The choice is made once, when playwright.config.ts loads, and passed to
 * every worker through `launchOptions`.
 */
import { existsSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';

export type BrowserSource = 'playwright' | 'system' | 'sparticuz';

export interface BrowserChoice {
  source: BrowserSource;
  executablePath: string;
  /** Extra command-line switches this binary needs. */
  args: string[];
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Switches we always pass: the tests run as root inside a container, where
 * Chromium refuses to start with its sandbox on, and /dev/shm is often too
 * small for a renderer process.
 */
const CONTAINER_ARGS = ['--no-sandbox', '--disable-dev-shm-usage'];

/**
 * Switches from @sparticuz/chromium's recommended list that we drop:
 * Playwright chooses the headless mode itself; --single-process (meant for
 * one-page serverless functions) takes the whole browser down when a test
 * closes a second context; and turning web security off would hide exactly
 * what browser mode must get right (same-origin requests, the
 * Content-Security-Policy, the session cookie).
 */
const SPARTICUZ_ARGS_WE_DROP = [
  /^--headless/,
  /^--single-process$/,
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--disable-site-isolation-trials$/,
];

function isExecutableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function withContainerArgs(args: readonly string[]): string[] {
  return [...new Set([...args, ...CONTAINER_ARGS])];
}

function playwrightChromium(): BrowserChoice | undefined {
  let path: string;
  try {
    path = chromium.executablePath();
  } catch {
    // Playwright throws when it does not know a build for this platform.
    return undefined;
  }
  return path && existsSync(path)
    ? { source: 'playwright', executablePath: path, args: withContainerArgs([]) }
    : undefined;
}

function systemChromium(): BrowserChoice | undefined {
  return isExecutableFile(SYSTEM_CHROMIUM)
    ? { source: 'system', executablePath: SYSTEM_CHROMIUM, args: withContainerArgs([]) }
    : undefined;
}

async function sparticuzChromium(): Promise<BrowserChoice> {
  // Imported lazily: its module body inspects the environment, and only the
  // last fallback needs it.
  const { default: packed } = await import('@sparticuz/chromium');
  const executablePath = await packed.executablePath();
  const args = packed.args.filter((arg) => !SPARTICUZ_ARGS_WE_DROP.some((rule) => rule.test(arg)));
  return { source: 'sparticuz', executablePath, args: withContainerArgs(args) };
}

/** The first Chromium found on disk, in the order described above. */
export async function chooseBrowser(): Promise<BrowserChoice> {
  return playwrightChromium() ?? systemChromium() ?? (await sparticuzChromium());
}
