import { launchBenchBrowser } from './browser-mode-session';
import { benchColdStart } from './cold-start';
const entry = (process.argv[2] ?? 'source') as 'source' | 'built';
const browser = await launchBenchBrowser();
try { await benchColdStart(browser, { fresh: 3, warm: 3, entry }); } finally { await browser.close(); }
