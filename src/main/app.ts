/**
 * The app behind every door: a data directory of deal-rooms, the handlers
 * over it and the dispatcher in front. Electron main, the browser-mode server,
 * the CLI and the tests each create one of these and call `invoke`.
 */
import type { CallContext, OperationName, OutputOf } from '../shared/api/contract';
import type { Result } from '../shared/api/result';
import { backupAfterImport, backupIfDue } from './backups/auto-backup';
import { createDispatcher, consoleLogger, type Logger } from './dispatcher';
import { createHandlers } from './handlers';
import { closePdfBrowser } from './print/pdf-browser';
import { openDataDir, type DataDir, type DataDirOptions } from './store/data-dir';
import { personName } from '../shared/ringi/person-name';

export interface AppOptions extends DataDirOptions {
  log?: Logger;
  /** Who is acting, recorded in the change log when no profile is chosen as acting. */
  actor?: string;
  /** Automatic backups: at start when one is due, and after each import (off by default, so tests stay fast). */
  autoBackup?: boolean;
}

/** Operations that bring a room in from outside; with autoBackup, each success is followed by a backup. */
const IMPORTS: ReadonlySet<string> = new Set(['dealRooms.import', 'portable.import']);

export interface ShinraiApp {
  readonly dataDir: string;
  invoke<N extends OperationName>(name: N, input: unknown, ctx?: Partial<CallContext>): Result<OutputOf<N>>;
  /** For doors that receive names from outside: same as invoke, with an unchecked name. */
  invokeUnchecked(name: string, input: unknown, ctx?: Partial<CallContext>): Result<unknown>;
  close(): void;
}

function actingName(store: DataDir): string | undefined {
  const profile = store.people.acting();
  return profile ? personName(profile) || undefined : undefined;
}

export function createApp(options: AppOptions): ShinraiApp {
  const log = options.log ?? consoleLogger;
  const store = openDataDir(options, log);
  const dispatchOnly = createDispatcher(createHandlers(store), log);
  if (options.autoBackup) backupIfDue(store);
  const dispatch: typeof dispatchOnly = (name, input, ctx) => {
    const result = dispatchOnly(name, input, ctx);
    if (options.autoBackup && result.ok && IMPORTS.has(name)) backupAfterImport(store);
    return result;
  };
  const context = (ctx?: Partial<CallContext>): CallContext => ({
    // The acting profile (people.json) names whoever the caller did not: "Sato Ren (佐藤 蓮)".
    actor: ctx?.actor ?? actingName(store) ?? options.actor ?? 'local user',
    lang: ctx?.lang ?? store.settings().language,
  });
  return {
    dataDir: store.dir,
    invoke: (name, input, ctx) => dispatch(name, input, context(ctx)),
    invokeUnchecked: (name, input, ctx) => dispatch(name, input, context(ctx)) as Result<unknown>,
    close: () => {
      // The PDF printer keeps a browser warm between prints; it goes with the app.
      closePdfBrowser();
      store.close();
    },
  };
}
