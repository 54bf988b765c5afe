import { launchBenchBrowser } from './browser-mode-session';
import { benchScoreEditUi } from './score-edit';
const browser = await launchBenchBrowser();
try { await benchScoreEditUi(browser, Number(process.argv[2] ?? 10)); } finally { await browser.close(); }
