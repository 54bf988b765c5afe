/**
 * The Electron door: the one IPC channel through which the window calls the
 * contract. Free of Electron imports so that it can be tested with a real app
 * and made-up events; main.ts registers it with ipcMain.handle.
 */
import type { Language } from '../../shared/domain/entities';
import type { Result } from '../../shared/api/result';
import type { ShinraiApp } from '../app';
import type { Logger } from '../dispatcher';
import { isTrustedSender } from './trusted-sender';

export const INVOKE_CHANNEL = 'shinrai:invoke';
export const MENU_CHANNEL = 'shinrai:menu';

/** The part of Electron's IpcMainInvokeEvent the door looks at. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

export interface InvokeDoorOptions {
  /** The electron-vite dev server's address in development; never set in a packaged app. */
  devServerUrl?: string;
  /** Called after a call changed the language setting (the native menu is rebuilt in it). */
  onLanguageChanged?: (lang: Language) => void;
  log: Logger;
}

export class UntrustedSenderError extends Error {
  constructor(url: string) {
    super(`IPC call refused: the sender ${url === '' ? '(no frame)' : url} is not part of Shinrai`);
    this.name = 'UntrustedSenderError';
  }
}

export function createInvokeHandler(app: ShinraiApp, options: InvokeDoorOptions) {
  const settings = app.invoke('settings.get', {});
  let language: Language | undefined = settings.ok ? settings.value.language : undefined;
  return (event: InvokeEvent, name: unknown, input: unknown): Result<unknown> => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedSender(url, options.devServerUrl)) {
      options.log('warn', 'refused an IPC call from an untrusted frame', { url: url.slice(0, 200) });
      // Rejecting (not returning an error value) gives a foreign frame nothing to read.
      throw new UntrustedSenderError(url.slice(0, 200));
    }
    const result = app.invokeUnchecked(typeof name === 'string' ? name : String(name), input);
    if (result.ok && name === 'settings.update') {
      const changed = (result.value as { language?: Language }).language;
      if (changed !== undefined && changed !== language) {
        language = changed;
        options.onLanguageChanged?.(changed);
      }
    }
    return result;
  };
}
