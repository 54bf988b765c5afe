import { describe, expect, it } from 'vitest';
import { isOperationName } from '../../shared/api/contract';
import { INVOKE_CHANNEL, MENU_CHANNEL } from './ipc-door';
import { createPreloadBridge, type BridgeIpc } from './preload-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** Stands in for Electron's ipcRenderer, which only exists inside Electron: it records what is sent. */
class RecordingIpc implements BridgeIpc {
  readonly sent: unknown[][] = [];
  readonly listeners = new Map<string, Set<Listener>>();
  reply: (args: unknown[]) => Promise<unknown> = () => Promise.resolve({ ok: true, value: 'from main' });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.sent.push([channel, ...args]);
    return this.reply(args);
  }
  on(channel: string, listener: Listener): void {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel)?.add(listener);
  }
  removeListener(channel: string, listener: Listener): void {
    this.listeners.get(channel)?.delete(listener);
  }
  emit(channel: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(channel) ?? []) l({}, ...args);
  }
}

describe('the preload bridge', () => {
  it('forwards contract operations over the one invoke channel', async () => {
    const ipc = new RecordingIpc();
    const bridge = createPreloadBridge(ipc, isOperationName, () => 'en');
    await expect(bridge.invoke('dealRooms.list', { includeArchived: false })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(ipc.sent).toEqual([[INVOKE_CHANNEL, 'dealRooms.list', { includeArchived: false }]]);
  });

  it('refuses names outside the contract without sending anything, in the page language', async () => {
    const ipc = new RecordingIpc();
    let lang = 'en';
    const bridge = createPreloadBridge(ipc, isOperationName, () => lang);
    for (const name of ['shell.openExternal', 'constructor', '__proto__', 'toString', 'dealRooms']) {
      await expect(bridge.invoke(name, {})).resolves.toEqual({
        ok: false,
        error: { code: 'unknown_operation', message: `There is no operation called "${name}".` },
      });
    }
    lang = 'ja';
    await expect(bridge.invoke('fs.read', {})).resolves.toEqual({ ok: false, error: { code: 'unknown_operation', message: '「fs.read」という操作はありません。' } });
    expect(ipc.sent).toEqual([]);
  });

  it('turns a failed IPC call into an error value', async () => {
    const ipc = new RecordingIpc();
    ipc.reply = () => Promise.reject(new Error('An object could not be cloned.'));
    const bridge = createPreloadBridge(ipc, isOperationName, () => 'en');
    const result = await bridge.invoke('settings.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Shinrai. Nothing was changed. The details are in the log.' } });
  });

  it('passes menu commands to a listener until it unsubscribes', () => {
    const ipc = new RecordingIpc();
    const bridge = createPreloadBridge(ipc, isOperationName, () => 'en');
    const heard: string[] = [];
    const stop = bridge.onMenuCommand((c) => heard.push(c));
    ipc.emit(MENU_CHANNEL, 'view.matrix');
    ipc.emit(MENU_CHANNEL, { not: 'a command' });
    ipc.emit(MENU_CHANNEL, 'language.ja');
    stop();
    ipc.emit(MENU_CHANNEL, 'dealRoom.new');
    expect(heard).toEqual(['view.matrix', 'language.ja']);
    expect(ipc.listeners.get(MENU_CHANNEL)?.size).toBe(0);
  });
});
