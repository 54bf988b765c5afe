import { launchBenchBrowser } from '/work/main/scripts/bench-ui/browser-mode-session';
import { benchScoreEditUi } from '/work/main/scripts/bench-ui/score-edit';
const browser = await launchBenchBrowser();
try { await benchScoreEditUi(browser, 100); } finally { await browser.close(); }
