import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserModeServer } from '../../e2e/support/browser-mode-server';
import { launchBenchBrowser, newBenchContext } from './browser-mode-session';
const browser = await launchBenchBrowser();
const dir = mkdtempSync(join(tmpdir(), 'zz-'));
for (const round of [1, 2]) {
const server = await startBrowserModeServer(dir, { entry: 'built' });
const ctx = await newBenchContext(browser);
await ctx.addInitScript(() => {
  const w = window as any; w.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  const mo = new MutationObserver(() => { if (!w.__m && document.querySelectorAll('table.matrix thead th.matrix__value').length === 5) { w.__m = performance.now(); requestAnimationFrame(() => setTimeout(() => { w.__p = performance.now(); }, 0)); } });
  mo.observe(document, { childList: true, subtree: true });
});
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(server.launchUrl);
await page.waitForFunction(() => (window as any).__p !== undefined, undefined, { timeout: 60000 });
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(`/tmp/zz-page-${round}.cpuprofile`, JSON.stringify(profile));
console.log(await page.evaluate(() => {
  const w = window as any;
  const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => !r.name.includes('noto')).map((r) => `${new URL(r.name).pathname.slice(0, 40)} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)} (${r.transferSize})`);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const fonts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.includes('noto')).length;
  return { dcl: Math.round(nav.domContentLoadedEventEnd), matrix: Math.round(w.__m), painted: Math.round(w.__p), longtasks: w.__lt, res, fonts };
}));
await ctx.close(); await server.stop();
}
await browser.close();
