/**
 * Cold start to an interactive matrix on the sample (issue 9, target 1.5 s):
 * from spawning the browser-mode server (the entry `npm start` runs, without
 * its build step) until the comparison matrix shows its 5 candidates and a
 * click on another section's tab has taken effect.
 *
 * The browser is already running (a user's browser is open before they paste
 * the address); each run gets a new browser context, so nothing is cached.
 * "Fresh" runs start on a new data folder (the sample is seeded, migrations
 * run); "warm" runs reopen a folder a previous run seeded.
 *
 * The page-side moments are taken in the page (a MutationObserver installed
 * before the app's own script runs) and put on the same clock as the spawn
 * through performance.timeOrigin, so no Playwright round trip is counted
 * after the navigation is asked for.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startBrowserModeServer, type BrowserModeServerOptions } from '../../e2e/support/browser-mode-server';
import { newBenchContext, STEP_CEILING_MS, stopServer } from './browser-mode-session';
import { figuresOf, note, report } from './figures';

const TARGET_MS = 1500;
/** The sample room compares five candidates: the matrix is complete when all five columns are there. */
const SAMPLE_COMPARED = 5;

/** What the page records, in its own performance.now() time. */
interface PageMarks {
  timeOrigin: number;
  /** The HTML arrived (after the key-for-cookie redirect). */
  htmlEnd: number;
  /** The app's script bundle finished downloading. */
  scriptEnd: number;
  /** DOMContentLoaded finished: the module script has run, React has started. */
  domReady: number;
  /** The matrix table has its five candidate columns in the DOM. */
  matrixShown: number;
  /** The first moment after the frame that painted the matrix: when a user's click can arrive. */
  clicked: number;
  /** The Candidates tab's panel has replaced the matrix. */
  responded: number;
  /** Contract calls made before the matrix was shown. */
  apiCalls: number;
}

export interface ColdStartRun {
  serverReady: number;
  navigationStarted: number;
  htmlEnd: number;
  scriptEnd: number;
  domReady: number;
  matrixShown: number;
  clicked: number;
  responded: number;
  apiCalls: number;
}

/** Runs in the page before the app's script: watches for the matrix, then clicks the Candidates tab like a user would. */
function watchForInteractiveMatrix(compared: number): void {
  const marks: Record<string, number> = {};
  (window as unknown as { __shinraiColdStart: Record<string, number> }).__shinraiColdStart = marks;
  const matrixComplete = () => document.querySelectorAll('table.matrix thead th.matrix__value').length === compared;
  const candidatesShown = () => {
    const panel = document.getElementById('section-panel');
    return panel !== null && panel.getAttribute('aria-labelledby') === 'tab-candidates' && panel.querySelector('table.matrix') === null && panel.querySelector('section') !== null;
  };
  const observer = new MutationObserver(() => {
    if (marks['matrixShown'] === undefined && matrixComplete()) {
      marks['matrixShown'] = performance.now();
      // After the next frame is painted, as a person can only click what they see.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const tab = document.getElementById('tab-candidates');
          if (!tab) return;
          marks['clicked'] = performance.now();
          tab.click();
          if (candidatesShown()) marks['responded'] = performance.now();
        }, 0),
      );
    } else if (marks['clicked'] !== undefined && marks['responded'] === undefined && candidatesShown()) {
      marks['responded'] = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-labelledby'] });
}

function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

export async function coldStartRun(browser: Browser, dataDir: string, entry: BrowserModeServerOptions['entry']): Promise<ColdStartRun> {
  mkdirSync(dataDir, { recursive: true });
  const context = await newBenchContext(browser);
  try {
    await context.addInitScript(watchForInteractiveMatrix, SAMPLE_COMPARED);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${new URL(response.url()).pathname}`);
    });
    const spawned = epochNow();
    const server = await startBrowserModeServer(dataDir, { entry });
    const ready = epochNow();
    try {
      await page.goto(server.launchUrl, { timeout: STEP_CEILING_MS });
      await page
        .waitForFunction(() => (window as unknown as { __shinraiColdStart?: { responded?: number } }).__shinraiColdStart?.responded !== undefined, undefined, {
          timeout: STEP_CEILING_MS,
          polling: 100,
        })
        .catch(async (error: unknown) => {
          // Say how far the start got: which moment never came is the first thing to know.
          const seen = await page.evaluate(() => ({
            marks: (window as unknown as { __shinraiColdStart?: Record<string, number> }).__shinraiColdStart,
            panel: document.getElementById('section-panel')?.getAttribute('aria-labelledby'),
            candidateColumns: document.querySelectorAll('table.matrix thead th.matrix__value').length,
            text: document.body.innerText.slice(0, 200),
          }));
          throw new Error(`the app never became interactive: ${JSON.stringify({ ...seen, problems })}`, { cause: error });
        });
      const marks = await page.evaluate((): PageMarks => {
        const recorded = (window as unknown as { __shinraiColdStart: Record<string, number> }).__shinraiColdStart;
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const script = resources.find((r) => /\/assets\/index-[^/]*\.js$/.test(new URL(r.name).pathname));
        const matrixShown = recorded['matrixShown'] ?? NaN;
        return {
          timeOrigin: performance.timeOrigin,
          htmlEnd: navigation?.responseEnd ?? NaN,
          scriptEnd: script?.responseEnd ?? NaN,
          domReady: navigation?.domContentLoadedEventEnd ?? NaN,
          matrixShown,
          clicked: recorded['clicked'] ?? NaN,
          responded: recorded['responded'] ?? NaN,
          apiCalls: resources.filter((r) => new URL(r.name).pathname === '/api/invoke' && r.startTime < matrixShown).length,
        };
      });
      const at = (pageTime: number) => marks.timeOrigin + pageTime - spawned;
      return {
        serverReady: ready - spawned,
        navigationStarted: marks.timeOrigin - spawned,
        htmlEnd: at(marks.htmlEnd),
        scriptEnd: at(marks.scriptEnd),
        domReady: at(marks.domReady),
        matrixShown: at(marks.matrixShown),
        clicked: at(marks.clicked),
        responded: at(marks.responded),
        apiCalls: marks.apiCalls,
      };
    } finally {
      await stopServer(server);
    }
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  return figuresOf(values).median;
}

function printSeries(name: string, runs: readonly ColdStartRun[]): void {
  report(name, figuresOf(runs.map((r) => r.responded)), TARGET_MS);
  const step = (label: string, pick: (r: ColdStartRun) => number) => `${label} ${median(runs.map(pick)).toFixed(0)} ms`;
  note(
    `median moments after spawn: ${[
      step('server ready', (r) => r.serverReady),
      step('navigation', (r) => r.navigationStarted),
      step('HTML', (r) => r.htmlEnd),
      step('script loaded', (r) => r.scriptEnd),
      step('DOM ready', (r) => r.domReady),
      step('matrix shown', (r) => r.matrixShown),
      step('painted', (r) => r.clicked),
      step('tab answered', (r) => r.responded),
    ].join(', ')}`,
  );
  note(
    `median spans: server start ${median(runs.map((r) => r.serverReady)).toFixed(0)} ms, page load to DOM ready ${median(runs.map((r) => r.domReady - r.serverReady)).toFixed(0)} ms, ` +
      `DOM ready to matrix (${median(runs.map((r) => r.apiCalls))} contract calls + render) ${median(runs.map((r) => r.matrixShown - r.domReady)).toFixed(0)} ms, ` +
      `tab click to new panel ${median(runs.map((r) => r.responded - r.clicked)).toFixed(1)} ms`,
  );
}

/** Fresh runs each on a new data folder, then warm runs on one folder that the first of them seeded. */
export interface ColdStartOptions {
  fresh: number;
  warm: number;
  /** 'built' is what `npm start` runs; 'source' (tsx) is how it ran before, kept to compare. */
  entry: BrowserModeServerOptions['entry'];
}

export async function benchColdStart(browser: Browser, options: ColdStartOptions = { fresh: 5, warm: 5, entry: 'built' }): Promise<void> {
  const { entry } = options;
  const label = entry === 'source' ? ' (tsx)' : '';
  const root = mkdtempSync(join(tmpdir(), 'shinrai-bench-cold-'));
  try {
    const fresh: ColdStartRun[] = [];
    for (let i = 0; i < options.fresh; i++) fresh.push(await coldStartRun(browser, join(root, `fresh-${i}`), entry));
    const warm: ColdStartRun[] = [];
    const kept = join(root, 'fresh-0');
    for (let i = 0; i < options.warm; i++) warm.push(await coldStartRun(browser, kept, entry));
    printSeries(`cold start → interactive matrix, new folder${label}`, fresh);
    printSeries(`cold start → interactive matrix, existing folder${label}`, warm);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
