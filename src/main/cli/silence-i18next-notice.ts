/**
 * i18next 25 prints a promotional line with console.info the first time an
 * instance initialises, unless told it was shown. On a terminal door that
 * line lands on stdout, where it would corrupt `compare --json` and the
 * address line that scripts read from browser mode. Imported first by every
 * Node entry point (CLI, serve.ts, Electron main).
 */
(globalThis as Record<string, unknown>).__i18next_supportNoticeShown = true;

export {};
