import { launchBenchBrowser } from './bench-ui/browser-mode-session';
import { benchLongListUi } from './bench-ui/long-list';
const browser = await launchBenchBrowser();
try { await benchLongListUi(browser, Number(process.env['ZZ_RUNS'] ?? 20), Number(process.env['ZZ_N'] ?? 10000)); } finally { await browser.close(); }
