/**
 * Which Chromium renders the PDFs (and drives the end-to-end tests, which
 * import this file: one copy of the rule). `npx playwright install` cannot
 * download on the build machines, so we take the first browser that is
 * actually on disk, in this order:
 *
 *   1. Playwright's own Chromium (present wherever `playwright install` ran);
 *   2. a system Chromium at /usr/bin/chromium;
 *   3. the headless Chromium packed inside @sparticuz/chromium, which unpacks
 *      itself into the temp directory on first use.
 *
 * playwright-core and @sparticuz/chromium are loaded at run time through
 * createRequire, never imported: the app's main bundle must not pull them in,
 * and only printing a PDF (or a test) needs them.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

export type BrowserSource = 'playwright' | 'system' | 'sparticuz';

export interface BrowserChoice {
  source: BrowserSource;
  executablePath: string;
  /** Extra command-line switches this binary needs. */
  args: string[];
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Switches we always pass: the tests and the CLI run as root inside a
 * container, where Chromium refuses to start with its sandbox on, and
 * /dev/shm is often too small for a renderer process.
 */
export const CONTAINER_ARGS: readonly string[] = ['--no-sandbox', '--disable-dev-shm-usage'];

/**
 * Switches from @sparticuz/chromium's recommended list that we drop:
 * Playwright chooses the headless mode itself; --single-process (meant for
 * one-page serverless functions) takes the whole browser down when a test
 * closes a second context; and turning web security off would hide exactly
 * what browser mode must get right (same-origin requests, the
 * Content-Security-Policy, the session cookie).
 */
export const SPARTICUZ_ARGS_WE_DROP: readonly RegExp[] = [
  /^--headless/,
  /^--single-process$/,
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--disable-site-isolation-trials$/,
];

const load = createRequire(import.meta.url);

/** Where a package's entry is, or undefined when it is not installed (a packaged app has no dev tools). */
export function resolvePackage(name: string): string | undefined {
  try {
    return load.resolve(name);
  } catch {
    return undefined;
  }
}

function isExecutableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function withContainerArgs(args: readonly string[]): string[] {
  return [...new Set([...args, ...CONTAINER_ARGS])];
}

function playwrightChromium(): BrowserChoice | undefined {
  const corePath = resolvePackage('playwright-core');
  if (!corePath) return undefined;
  let path: string;
  try {
    path = (load(corePath) as { chromium: { executablePath(): string } }).chromium.executablePath();
  } catch {
    // Playwright throws when it does not know a build for this platform.
    return undefined;
  }
  return path && existsSync(path) ? { source: 'playwright', executablePath: path, args: withContainerArgs([]) } : undefined;
}

function systemChromium(): BrowserChoice | undefined {
  return isExecutableFile(SYSTEM_CHROMIUM) ? { source: 'system', executablePath: SYSTEM_CHROMIUM, args: withContainerArgs([]) } : undefined;
}

/** A Chromium already on disk (no unpacking), found synchronously. */
export function installedChromium(): BrowserChoice | undefined {
  return playwrightChromium() ?? systemChromium();
}

/** The switches of @sparticuz/chromium's list that we keep. */
export function keptSparticuzArgs(args: readonly string[]): string[] {
  return withContainerArgs(args.filter((arg) => !SPARTICUZ_ARGS_WE_DROP.some((rule) => rule.test(arg))));
}

async function sparticuzChromium(): Promise<BrowserChoice> {
  // Loaded lazily: its module body inspects the environment, and only the last fallback needs it.
  const path = resolvePackage('@sparticuz/chromium');
  if (!path) throw new Error('no Chromium found: neither Playwright’s, nor /usr/bin/chromium, nor @sparticuz/chromium');
  const module = (await import(path)) as { default: { executablePath(): Promise<string>; args: string[] } };
  const packed = module.default;
  return { source: 'sparticuz', executablePath: await packed.executablePath(), args: keptSparticuzArgs(packed.args) };
}

/** The first Chromium found on disk, in the order described above. */
export async function chooseBrowser(): Promise<BrowserChoice> {
  return installedChromium() ?? (await sparticuzChromium());
}
