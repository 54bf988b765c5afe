import { launchBenchBrowser } from './bench-ui/browser-mode-session';
import { benchLongListUi } from './bench-ui/long-list';
const browser = await launchBenchBrowser();
try { await benchLongListUi(browser); } finally { await browser.close(); }
