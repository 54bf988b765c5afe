/**
 * The CLI on an encrypted room: it has no keychain, so a locked room is
 * refused with the way to open it, and opens with SHINRAI_RECOVERY_KEY.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { runCli } from './run-cli';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('shinrai-cli-encrypted-');
});
afterEach(() => removeDir(dir));

function shinrai(env: NodeJS.ProcessEnv, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(['--data', join(dir, 'data'), ...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: { LANG: 'C.UTF-8', ...env } });
  return { code, stdout, stderr };
}

function encryptedSample(): { id: string; recoveryKey: string } {
  const app = createApp({ dataDir: join(dir, 'data'), log: () => undefined });
  try {
    const listed = app.invoke('dealRooms.list', {});
    const key = app.invoke('encryption.newRecoveryKey', {});
    if (!listed.ok || !listed.value[0] || !key.ok) throw new Error('no sample');
    const id = listed.value[0].id;
    const done = app.invoke('encryption.encrypt', { dealRoomId: id, recoveryKey: key.value.recoveryKey, writtenDown: true });
    if (!done.ok) throw new Error(done.error.message);
    return { id, recoveryKey: key.value.recoveryKey };
  } finally {
    app.close();
  }
}

describe('the CLI on an encrypted deal-room', () => {
  it('says how to open a locked room, then opens it with the recovery key from the environment', () => {
    const { id, recoveryKey } = encryptedSample();
    const locked = shinrai({}, 'verify', id);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain(`The deal-room "${id}.shinrai" is encrypted. Give its recovery key in the environment variable SHINRAI_RECOVERY_KEY to open it.`);

    const wrong = shinrai({ SHINRAI_RECOVERY_KEY: recoveryKey.slice(0, -1) }, 'verify', id);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('55 letters and digits');

    const opened = shinrai({ SHINRAI_RECOVERY_KEY: recoveryKey.toLowerCase() }, 'compare', id, '--json');
    expect(opened.code).toBe(0);
    expect(opened.stdout).toContain('Asanagi');
  });
});
