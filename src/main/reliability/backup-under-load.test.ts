/**
 * Issue 9, durability: backups taken with the app's own backups.create while
 * another process writes to the same deal-room without pause. Each backup's
 * room file passes integrity_check, its change-log chain verifies, its log is
 * exactly the live log up to the end of one of the writer's changes (a
 * prefix, never half a change), and its records are what those changes make.
 * A restore then gives back exactly what the backup holds.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { verifyChangeLog } from '../store/change-log-chain';
import { makeTempDir, ok, removeDir } from '../store/test-data-dir';
import { comparable, logRowsFrom, stateOf, WriterLedger } from './crash-writer-ledger';
import { killAllWriters, startWriter } from './crash-writer-process';
import { keptLog, logHeadOf, openApp, seedWriterRoom } from './crash-writer-room';
import type { CommittedLine, LogRow } from './crash-writer-changes';

const BACKUPS = 3;

const dirs: string[] = [];
afterAll(() => {
  killAllWriters();
  for (const d of dirs.splice(0)) removeDir(d);
});

function tempDir(prefix: string): string {
  const d = makeTempDir(prefix);
  dirs.push(d);
  return d;
}

interface TakenBackup {
  id: string;
  startedAt: number;
  endedAt: number;
}

/** The room as the app reads it from a copy of `roomFile` in a data folder of its own. */
function detailOfCopy(roomFile: string, dealRoomId: string): DealRoomDetail {
  const dir = tempDir('shinrai-backup-read-');
  mkdirSync(join(dir, 'rooms'));
  copyFileSync(roomFile, join(dir, 'rooms', `${dealRoomId}.shinrai`));
  const { log } = keptLog();
  const app = openApp(dir, log);
  try {
    return ok(app.invoke('dealRooms.get', { dealRoomId }));
  } finally {
    app.close();
  }
}

describe('a backup taken while another process writes', () => {
  it('is a consistent prefix of the room, and a restore gives exactly it back', { timeout: 240_000 }, async () => {
    const started = performance.now();
    const dataDir = tempDir('shinrai-backup-load-');
    const room = seedWriterRoom(dataDir, 2_000, 5);
    const initialDetail = room.detail;
    const initialHead = room.ledger.verified;

    const writer = startWriter(dataDir, room.dealRoomId, 'b1', 4_242);
    await writer.go();
    await writer.committed(20);

    const { log, errors } = keptLog();
    const app = openApp(dataDir, log);
    const taken: TakenBackup[] = [];
    try {
      for (let k = 0; k < BACKUPS; k++) {
        const startedAt = Date.now();
        const summary = ok(app.invoke('backups.create', {}));
        const endedAt = Date.now();
        taken.push({ id: summary.id, startedAt, endedAt });
        // The writer goes on after the backup: a later change must not be in it.
        const seen = (writer.output().match(/^committed /gm) ?? []).length;
        await writer.committed(seen + 20);
      }
      const output = await writer.stop();
      expect(output.stopped).toBe(true);

      // The live room has every change the writer reported, exactly.
      const live = new Database(room.roomFile, { readonly: true, fileMustExist: true });
      const liveRows = logRowsFrom(live, 0);
      live.close();
      const round = room.ledger.takeRound(output, liveRows.filter((r) => r.seq >= initialHead.seq));
      expect(round.problems).toEqual([]);
      expect(round.checked).toBe(output.committed.length);

      /** Where each of the writer's changes ends in the log: the only places a consistent copy can end. */
      const boundaries = new Map<number, CommittedLine[]>([[initialHead.seq, []]]);
      output.committed.forEach((line, i) => boundaries.set(line.head, output.committed.slice(0, i + 1)));

      let lastDetail: DealRoomDetail | undefined;
      for (const backup of taken) {
        const file = join(dataDir, 'backups', backup.id, 'rooms', `${room.dealRoomId}.shinrai`);
        const db = new Database(file, { readonly: true, fileMustExist: true });
        let rows: LogRow[];
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const chain = verifyChangeLog(db);
          expect(chain.firstBroken).toBeNull();
          rows = logRowsFrom(db, 0);
        } finally {
          db.close();
        }
        const head = rows.at(-1)?.seq ?? 0;
        // A prefix of the live log, row for row (the hashes chain every row before), ending where a change ends.
        expect(rows.map((r) => [r.seq, r.hash])).toEqual(liveRows.slice(0, rows.length).map((r) => [r.seq, r.hash]));
        const included = boundaries.get(head);
        expect(included, `backup ${backup.id} ends at seq ${head}, inside a change`).toBeDefined();
        expect(head).toBeLessThan(liveRows.at(-1)?.seq ?? 0);

        // Its records are exactly what the changes up to there make.
        const replay = new WriterLedger(initialDetail, room.ledger.pillarId, initialHead);
        for (const line of included ?? []) replay.apply(line.change);
        const detail = detailOfCopy(file, room.dealRoomId);
        expect(comparable(stateOf(detail, room.ledger.pillarId))).toEqual(comparable(replay.state));
        const creates = (included ?? []).filter((l) => l.change.kind === 'create').length;
        expect(detail.candidates).toHaveLength(initialDetail.candidates.length + creates);

        const during = output.committed.filter((l) => l.at >= backup.startedAt && l.at <= backup.endedAt).length;
        console.log(
          `backup under load: ${during} writes by the other process while backups.create ran (${backup.endedAt - backup.startedAt} ms); ` +
            `the backup holds ${detail.candidates.length.toLocaleString('en')} candidates, ${detail.scores.length} scores and ${rows.length.toLocaleString('en')} change-log rows, ` +
            `${included?.length ?? 0} of the writer's changes (it made ${output.committed.length})`,
        );
        lastDetail = detail;
      }

      // Restore the last backup: the room comes back exactly as the backup holds it.
      const last = taken.at(-1)!;
      const restored = ok(app.invoke('backups.restore', { backupId: last.id, confirm: true }));
      expect(restored.restoredRooms).toBe(1);
      const back = ok(app.invoke('dealRooms.get', { dealRoomId: room.dealRoomId }));
      expect(back).toEqual(lastDetail);
      const chain = ok(app.invoke('audit.verify', { dealRoomId: room.dealRoomId }));
      expect(chain.firstBroken).toBeNull();
      expect(chain.head).toBe(logHeadOf(join(dataDir, 'backups', last.id, 'rooms', `${room.dealRoomId}.shinrai`)).hash);
      // The manifest describes the copy it lists, not the room a moment earlier.
      const preview = ok(app.invoke('backups.preview', { backupId: last.id }));
      expect(preview.rooms.map((r) => [r.roomId, r.status, r.backupUpdatedAt])).toEqual([[room.dealRoomId, 'same', lastDetail?.dealRoom.updatedAt]]);
      expect(errors).toEqual([]);
    } finally {
      app.close();
    }
    console.log(`backup under load: ${BACKUPS} backups and a restore round trip in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
