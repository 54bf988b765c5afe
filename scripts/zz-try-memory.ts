import { launchBenchBrowser } from './bench-ui/browser-mode-session';
import { benchMemory } from './bench-memory';
const browser = await launchBenchBrowser();
try { await benchMemory(browser); } finally { await browser.close(); }
