import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/main/app';
import { longListRoomFile } from './long-list-room';
import { launchBenchBrowser, openApp } from './bench-ui/browser-mode-session';
const dataDir = mkdtempSync(join(tmpdir(), 'zz-ll-'));
const app = createApp({ dataDir, seedSample: false });
const r = app.invoke('dealRooms.import', { file: longListRoomFile(2000, 5) });
if (!r.ok) throw new Error('x');
app.invoke('settings.update', { lastDealRoomId: r.value.id, language: 'en' });
app.close();
const browser = await launchBenchBrowser();
const s = await openApp(browser, dataDir);
const { page } = s;
await page.getByRole('tab', { name: 'Pipeline', exact: true }).click();
await page.getByRole('group', { name: 'Show the pipeline as' }).getByRole('button', { name: 'List' }).click();
await page.locator('.long-list__status[data-settled="true"]').waitFor();
const info = async () => page.evaluate(() => ({
  status: document.querySelector<HTMLElement>('.long-list__status')?.outerHTML,
  heads: [...document.querySelectorAll('.long-list__table thead th')].map((th) => `${th.textContent}|${th.getAttribute('aria-sort')}`),
  row0: document.querySelector('[data-row-index="0"] th button')?.textContent,
}));
console.log(await info());
await page.evaluate(() => { [...document.querySelectorAll<HTMLElement>('.long-list__table thead th')][0]?.querySelector('button')?.click(); });
await new Promise((res) => setTimeout(res, 3000));
console.log(await info());
await s.close(); await browser.close();
