/**
 * Which Chromium the end-to-end tests drive: the same rule the app uses to
 * find one for its PDFs (src/main/print/browser-path.ts), kept in one place.
 * The choice is made once, when playwright.config.ts loads, and passed to
 * every worker through `launchOptions`.
 */
export { chooseBrowser, type BrowserChoice, type BrowserSource } from '../../src/main/print/browser-path';
