/**
 * What the sandboxed preload exposes on `window.shinrai` (PreloadBridge). It
 * forwards only names that are in the contract, so the window cannot reach
 * any other channel through it, and it turns transport failures into error
 * values, because the renderer expects a Result from every call.
 */
import type { PreloadBridge } from '../../shared/api/client';
import type { Result } from '../../shared/api/result';
import { errors as errorsEn } from '../../shared/i18n/en/errors';
import { errors as errorsJa } from '../../shared/i18n/ja/errors';
import { INVOKE_CHANNEL, MENU_CHANNEL } from './ipc-door';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * The preload has no i18next (it must stay one small file), so it words its
 * two messages from the errors catalogue directly, in the language the page
 * declares on its <html lang>.
 */
function catalogue(lang: string) {
  return lang.toLowerCase().startsWith('ja') ? errorsJa : errorsEn;
}

export function createPreloadBridge(
  ipc: BridgeIpc,
  isOperationName: (name: unknown) => boolean,
  pageLanguage: () => string,
): PreloadBridge {
  return {
    invoke(name: string, input: unknown): Promise<Result<unknown>> {
      if (!isOperationName(name)) {
        const message = catalogue(pageLanguage()).unknownOperation.replace('{{name}}', String(name).slice(0, 100));
        return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message } });
      }
      return ipc.invoke(INVOKE_CHANNEL, name, input).then(
        (result) => result as Result<unknown>,
        (): Result<unknown> => ({ ok: false, error: { code: 'internal', message: catalogue(pageLanguage()).internal } }),
      );
    },
    onMenuCommand(listener: (command: string) => void): () => void {
      const handler = (_event: unknown, command: unknown) => {
        if (typeof command === 'string') listener(command);
      };
      ipc.on(MENU_CHANNEL, handler);
      return () => {
        ipc.removeListener(MENU_CHANNEL, handler);
      };
    },
  };
}
