/**
 * Turns an HTML file into a PDF with headless Chromium, synchronously, and
 * keeps the browser warm between calls.
 *
 * Why a worker: every handler of the contract is synchronous, and Playwright
 * only works asynchronously. So, as in ../exports/write-xlsx.ts, the browser
 * lives in a worker thread; this thread posts a request and waits on a shared
 * flag (Atomics.wait), then takes the answer from a message port with
 * receiveMessageOnPort. The worker is given as source (eval), so it needs no
 * file of its own in the Electron bundle.
 *
 * The worker and its browser are kept: launching Chromium costs far more than
 * printing one matrix, so the second PDF is fast. The worker is unref'd (it
 * never keeps the process alive); closePdfBrowser() shuts the browser down,
 * and the app calls it when it closes.
 *
 * Electron's own webContents.printToPDF is not used: it answers on the main
 * thread's event loop, which a synchronous handler blocks, so it could never
 * answer in time. In Electron the same headless Chromium is used when one is
 * on disk; printing on paper goes through the window's own print dialog.
 */
import { Worker } from 'node:worker_threads';
import { askBlocking, keptWorker } from '../blocking-worker/kept-worker';
import { CONTAINER_ARGS, installedChromium, resolvePackage, SPARTICUZ_ARGS_WE_DROP } from './browser-path';

/** Launching a cold browser (or unpacking the packed one) takes seconds; this only stops a stuck worker from holding the app. */
const RENDER_TIMEOUT_MS = 120_000;
const CLOSE_TIMEOUT_MS = 10_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { chromium } = require(workerData.playwrightCorePath);
function answer(port, signal, message, transfer) {
  try {
    port.postMessage(message, transfer || []);
  } catch (err) {
    port.postMessage({ ok: false, reason: 'failed', message: String(err && err.message || err) });
  }
  const flag = new Int32Array(signal);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
async function packedChromium() {
  if (!workerData.sparticuzPath) throw Object.assign(new Error('no Chromium found'), { noBrowser: true });
  const packed = (await import(pathToFileURL(workerData.sparticuzPath).href)).default;
  const drop = workerData.dropRules.map((r) => new RegExp(r));
  const args = [...new Set([...packed.args.filter((a) => !drop.some((r) => r.test(a))), ...workerData.containerArgs])];
  return { executablePath: await packed.executablePath(), args };
}
let context = null;
async function browserContext() {
  if (!context) {
    context = (async () => {
      const choice = workerData.installed || (await packedChromium());
      const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
      // A browser that dies (killed, crashed) is forgotten: the next print launches another.
      browser.on('disconnected', () => { context = null; page = null; });
      return browser.newContext();
    })();
    context.catch(() => { context = null; });
  }
  return context;
}
let page = null;
async function warmPage() {
  // One page is kept and reused: opening a page per print costs more than navigating the kept one.
  if (!page || page.isClosed()) page = await (await browserContext()).newPage();
  return page;
}
async function render(htmlPath) {
  const p = await warmPage();
  try {
    await p.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    // The Japanese font comes in subsets fetched as text needs them: wait until every one has arrived.
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    return new Uint8Array(pdf);
  } catch (err) {
    // A page in an unknown state is not reused.
    page = null;
    await p.close().catch(() => undefined);
    throw err;
  }
}
async function close() {
  const current = context;
  context = null;
  page = null;
  if (current) {
    const c = await current.catch(() => null);
    if (c) await c.browser().close();
  }
}
parentPort.on('message', ({ kind, port, signal, htmlPath }) => {
  if (kind === 'close') {
    close().then(
      () => answer(port, signal, { ok: true }),
      (err) => answer(port, signal, { ok: false, reason: 'failed', message: String(err && err.message || err) }),
    );
    return;
  }
  render(htmlPath).then(
    (bytes) => answer(port, signal, { ok: true, bytes }, [bytes.buffer]),
    (err) => answer(port, signal, { ok: false, reason: err && err.noBrowser ? 'no_browser' : 'failed', message: String(err && err.message || err) }),
  );
});
`;

type WorkerAnswer = { ok: true; bytes?: Uint8Array } | { ok: false; reason: 'no_browser' | 'failed'; message: string };

/** Why a PDF could not be made: no Chromium on this machine, or Chromium failed. */
export class PdfBrowserError extends Error {
  constructor(
    readonly reason: 'no_browser' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'PdfBrowserError';
  }
}

/** Kept between prints, with its browser: see the header. */
const printer = keptWorker(() => {
  const playwrightCorePath = resolvePackage('playwright-core');
  if (!playwrightCorePath) throw new PdfBrowserError('no_browser', 'playwright-core is not installed');
  const workerData = {
    playwrightCorePath,
    installed: installedChromium() ?? null,
    sparticuzPath: resolvePackage('@sparticuz/chromium') ?? null,
    dropRules: SPARTICUZ_ARGS_WE_DROP.map((r) => r.source),
    containerArgs: [...CONTAINER_ARGS],
  };
  return new Worker(WORKER_SOURCE, { eval: true, workerData });
});

/** The PDF of the HTML file at `htmlPath` (absolute), with the page size its CSS asks for. */
export function renderPdf(htmlPath: string): Uint8Array {
  const answer = printer.ask({ kind: 'render', htmlPath }, RENDER_TIMEOUT_MS) as WorkerAnswer | undefined;
  if (!answer) throw new PdfBrowserError('failed', 'no answer from the print worker');
  if (!answer.ok) throw new PdfBrowserError(answer.reason, answer.message);
  if (!answer.bytes) throw new PdfBrowserError('failed', 'the print worker sent no PDF');
  return answer.bytes;
}

/** Closes the warm browser, if any, and ends its worker. Safe to call at any time, and more than once. */
export function closePdfBrowser(): void {
  const worker = printer.release();
  if (!worker) return;
  askBlocking(worker, { kind: 'close' }, CLOSE_TIMEOUT_MS);
  void worker.terminate();
}
