import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBenchBrowser } from './browser-mode-session';
import { coldStartRun, type ColdStartRun } from './cold-start';
import { figuresOf } from './figures';
import { loadavg } from 'node:os';
const browser = await launchBenchBrowser();
const before: ColdStartRun[] = []; const after: ColdStartRun[] = [];
console.log('load', loadavg()[0]);
for (let i = 0; i < 4; i++) {
  process.env['SHINRAI_RENDERER_DIR'] = '/tmp/zz-unmin/renderer';
  before.push(await coldStartRun(browser, mkdtempSync(join(tmpdir(), 'zz-b-')), 'source'));
  delete process.env['SHINRAI_RENDERER_DIR'];
  after.push(await coldStartRun(browser, mkdtempSync(join(tmpdir(), 'zz-a-')), 'built'));
}
await browser.close();
const med = (rs: ColdStartRun[], f: (r: ColdStartRun) => number) => figuresOf(rs.map(f)).median.toFixed(0);
for (const [name, rs] of [['before', before], ['after', after]] as const) {
  console.log(name, 'total', med(rs, (r) => r.responded), 'server', med(rs, (r) => r.serverReady), 'load→DOM', med(rs, (r) => r.domReady - r.serverReady), 'DOM→matrix', med(rs, (r) => r.matrixShown - r.domReady), 'matrix→painted', med(rs, (r) => r.clicked - r.matrixShown), 'click', med(rs, (r) => r.responded - r.clicked));
}
console.log('load', loadavg()[0]);
