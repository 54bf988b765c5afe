/**
 * `verify <deal-room>` through the command line's own entry (runCli), on a
 * fresh data folder seeded with the sample: a room as the app left it is
 * whole; a change-log row edited in the file behind the app's back is named
 * by its seq, with exit code 1.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { runCli } from './run-cli';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('shinrai-cli-verify-');
});
afterEach(() => removeDir(dir));

function shinrai(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(['--data', join(dir, 'data'), ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { LANG: 'C.UTF-8' },
  });
  return { code, stdout, stderr };
}

/** The sample room's id and file, the folder seeded as the CLI seeds it. */
function sampleRoom() {
  const app = createApp({ dataDir: join(dir, 'data'), log: () => undefined });
  const room = app.invoke('dealRooms.list', { includeArchived: true });
  if (!room.ok || !room.value[0]) throw new Error('the sample deal-room was not seeded');
  // The import is one row; a few edits give the chain some length (rows 2 to 6).
  const dealRoomId = room.value[0].id;
  const updated = app.invoke('dealRooms.update', { dealRoomId, patch: { productLine: 'Ultrasound probes', targetMarket: 'Kansai', notes: 'Checked by legal' } });
  const created = app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Shiokaze Trading', nameJa: '潮風商事' } });
  const renamed = app.invoke('candidates.update', { dealRoomId, candidateId: created.ok ? created.value.id : '', patch: { headquarters: 'Kobe' } });
  app.close();
  if (!updated.ok || !renamed.ok) throw new Error('the edits were refused');
  return { id: room.value[0].id, name: room.value[0].name, file: join(dir, 'data', 'rooms', `${room.value[0].id}.shinrai`) };
}

function headOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) AS rows, (SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1) AS head FROM change_log').get() as { rows: number; head: string };
  } finally {
    db.close();
  }
}

describe('verify', () => {
  it('finds a fresh room whole, in one line with the rows checked and the chain head', () => {
    const room = sampleRoom();
    const { rows, head } = headOf(room.file);
    expect(rows).toBe(6);
    const run = shinrai('verify', room.id);
    expect(run).toEqual({ code: 0, stdout: `The change log of “${room.name}” is whole: ${rows} rows checked, chain head ${head}.\n`, stderr: '' });
    const ja = shinrai('verify', room.id, '--lang', 'ja');
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain(head);
    expect(ja.stdout).toContain('改ざん');
  });

  it('names the first row altered in the file, content or link, and exits with 1', () => {
    const room = sampleRoom();
    const db = new Database(room.file);
    const actor = db.prepare('SELECT actor FROM change_log WHERE seq = 3').pluck().get() as string;
    db.prepare("UPDATE change_log SET actor = 'Someone else' WHERE seq = 3").run();
    db.close();
    const content = shinrai('verify', room.id);
    expect(content.code).toBe(1);
    expect(content.stdout).toBe('');
    expect(content.stderr).toBe(`The change log of “${room.name}” is broken at row 3: its content no longer matches its hash (3 rows checked).\n`);

    const again = new Database(room.file);
    // Put the content back, then cut the link of a later row instead.
    again.prepare('UPDATE change_log SET actor = ? WHERE seq = 3').run(actor);
    const restored = shinrai('verify', room.id);
    again.prepare("UPDATE change_log SET prev_hash = 'f00d' WHERE seq = 5").run();
    again.close();
    const link = shinrai('verify', room.id);
    expect(link.code).toBe(1);
    expect(link.stderr).toContain('row 5');
    expect(link.stderr).toContain('no longer links');
    expect(restored.code).toBe(0);
  });

  it('needs a deal-room', () => {
    const run = shinrai('verify');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The verify command needs a deal-room (its id or name).');
  });
});
