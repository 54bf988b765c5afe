/**
 * Browser mode's entry: `node out/main/serve.js [--port N] [--data DIR] [--lang en|ja]`
 * once built (what `npm start` runs), or `tsx src/main/server/serve.ts …` from source.
 * Opens the data folder (seeding the sample deal-room in a new one), serves
 * the built renderer and the contract on 127.0.0.1, and prints one line with
 * the address to open. Ctrl+C (SIGINT) or SIGTERM closes it cleanly.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../shared/domain/entities';
import { translator } from '../../shared/i18n/translator';
import { createApp, type ShinraiApp } from '../app';
import type { Logger } from '../dispatcher';
import { defaultDataDir } from '../store/default-data-dir';
import { CliError, cliErrorText, failure } from '../cli/usage-error';
import { startBrowserServer, type BrowserServer } from './http-server';
import { parseServeArguments } from './serve-arguments';

const here = dirname(fileURLToPath(import.meta.url));
/**
 * The built renderer: beside this file once built (out/main/serve.js next to
 * out/renderer), or under the project's out/ when run from source
 * (src/main/server/serve.ts). SHINRAI_RENDERER_DIR points elsewhere (tests, packagers).
 */
const rendererDir =
  process.env.SHINRAI_RENDERER_DIR?.trim() || (import.meta.url.endsWith('.ts') ? join(here, '..', '..', '..', 'out', 'renderer') : join(here, '..', 'renderer'));

/**
 * The address line is read by scripts (npm start, the end-to-end tests), so
 * its wording is fixed and the same in every language; everything else the
 * server says is translated.
 */
function runningLine(url: string): string {
  return `Shinrai is running in browser mode at ${url}`;
}

const log: Logger = (level, message, detail) => {
  if (level === 'info') return;
  const text = detail instanceof Error ? `${message}: ${detail.stack ?? detail.message}` : message;
  process.stderr.write(`${text}\n`);
};

function systemLanguage(): Language {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

// A parent that stopped reading (a closed pipe) must not turn a clean shutdown into a crash.
process.stdout.on('error', () => undefined);

async function main(): Promise<number> {
  let lang: Language = systemLanguage();
  let app: ShinraiApp | undefined;
  let server: BrowserServer | undefined;
  try {
    const args = parseServeArguments(process.argv.slice(2));
    if (args.lang) lang = args.lang;
    if (args.kind === 'help') {
      process.stdout.write(`${translator(lang)('cli:server.usage')}\n`);
      return 0;
    }
    const indexFile = join(rendererDir, 'index.html');
    if (!existsSync(indexFile)) throw failure('server.rendererMissing', { file: indexFile });

    const dataDir = args.dataDir ?? defaultDataDir();
    try {
      app = createApp({ dataDir, seedSample: true, autoBackup: true, log });
    } catch (err) {
      throw failure('errors.dataFolderUnusable', { dir: dataDir, reason: err instanceof Error ? err.message : String(err) });
    }
    if (args.lang) {
      const saved = app.invoke('settings.update', { language: args.lang });
      if (!saved.ok) throw new CliError(1, saved.error.message, {}, true);
    } else {
      const settings = app.invoke('settings.get', {});
      if (settings.ok) lang = settings.value.language;
    }

    try {
      server = await startBrowserServer({ app, rendererDir, port: args.port, log });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 'EADDRINUSE') throw failure('server.portInUse', { port: args.port });
      throw failure('server.cannotListen', { reason: err instanceof Error ? err.message : String(err) });
    }

    const t = translator(lang);
    if (args.explainBrowserMode) process.stdout.write(`${t('cli:server.electronUnavailable')}\n`);
    process.stdout.write(`${runningLine(server.url)}\n`);

    const running = server;
    const openApp = app;
    await new Promise<void>((resolveStop) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolveStop();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    openApp.close();
    process.stdout.write(`${t('cli:server.stopped')}\n`);
    return 0;
  } catch (err) {
    server?.close().catch(() => undefined);
    app?.close();
    if (err instanceof CliError) {
      process.stderr.write(`${cliErrorText(err, translator(lang), 'server.usageHint')}\n`);
      return err.exitCode;
    }
    log('error', 'browser mode stopped on an unexpected error', err);
    process.stderr.write(`${translator(lang)('cli:errors.internal')}\n`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
