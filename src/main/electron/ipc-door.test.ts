import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../store/test-data-dir';
import { createInvokeHandler, UntrustedSenderError } from './ipc-door';

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.dispose());

const fromApp = { senderFrame: { url: 'app://shinrai/index.html' } };

describe('the IPC door', () => {
  it('runs contract calls from the app origin on the real app', () => {
    const handle = createInvokeHandler(test.app, { log: () => undefined });
    const created = handle(fromApp, 'dealRooms.create', { name: 'Kansai pilot 2027' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Kansai pilot 2027' } });
    const listed = handle(fromApp, 'dealRooms.list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Kansai pilot 2027' }] });
  });

  it('returns error values for bad input and unknown names', () => {
    const handle = createInvokeHandler(test.app, { log: () => undefined });
    expect(handle(fromApp, 'dealRooms.create', { name: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'name' } });
    expect(handle(fromApp, 'shell.exec', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(handle(fromApp, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('refuses frames of any other origin, and frames that are gone, changing nothing', () => {
    const warnings: unknown[] = [];
    const handle = createInvokeHandler(test.app, { log: (_level, _message, detail) => warnings.push(detail) });
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: { url: 'file:///tmp/x.html' } }, { senderFrame: null }])
      expect(() => handle(event, 'dealRooms.create', { name: 'Planted' })).toThrow(UntrustedSenderError);
    expect(handle(fromApp, 'dealRooms.list', {})).toEqual({ ok: true, value: [] });
    expect(warnings).toEqual([{ url: 'https://evil.example/' }, { url: 'file:///tmp/x.html' }, { url: '' }]);
  });

  it('tells the shell when the language setting changes, and only then', () => {
    const changes: string[] = [];
    const handle = createInvokeHandler(test.app, { log: () => undefined, onLanguageChanged: (lang) => changes.push(lang) });
    handle(fromApp, 'settings.update', { language: 'en' });
    handle(fromApp, 'settings.update', { language: 'ja' });
    handle(fromApp, 'settings.update', { lastDealRoomId: null });
    handle(fromApp, 'settings.update', { language: 'en' });
    handle(fromApp, 'settings.update', { language: 'fr' });
    expect(changes).toEqual(['ja', 'en']);
  });

  it('accepts the dev server only when told its address', () => {
    const dev = { senderFrame: { url: 'http://localhost:5173/' } };
    expect(() => createInvokeHandler(test.app, { log: () => undefined })(dev, 'settings.get', {})).toThrow(UntrustedSenderError);
    expect(createInvokeHandler(test.app, { log: () => undefined, devServerUrl: 'http://localhost:5173' })(dev, 'settings.get', {})).toMatchObject({ ok: true });
  });
});
