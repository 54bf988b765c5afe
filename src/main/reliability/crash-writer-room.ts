/**
 * The deal-room the crash writer works on, made the way a user would: a long
 * list imported through the contract (scripts/synthetic-deal-room.ts), so it
 * has candidates, five compared and scored ones, pillars with criteria and
 * evaluators. The ledger starts from what the room holds then.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { longListDealRoomFile } from '../../../scripts/synthetic-deal-room';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { createApp, type ShinraiApp } from '../app';
import type { Logger } from '../dispatcher';
import { ok } from '../store/test-data-dir';
import { logRowsFrom, WriterLedger } from './crash-writer-ledger';

export interface WriterRoom {
  dataDir: string;
  dealRoomId: string;
  roomFile: string;
  /** The room as seeded, before any writer ran. */
  detail: DealRoomDetail;
  ledger: WriterLedger;
}

/** A logger that keeps what the app reports, so that a test can assert nothing went wrong. */
export function keptLog(): { log: Logger; errors: string[] } {
  const errors: string[] = [];
  return { errors, log: (level, message) => void (level === 'error' && errors.push(message)) };
}

/** The newest change-log row (seq and hash), read without writing. */
export function logHeadOf(roomFile: string): { seq: number; hash: string } {
  const db = new Database(roomFile, { readonly: true, fileMustExist: true });
  try {
    const last = logRowsFrom(db, 0).at(-1);
    return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: '' };
  } finally {
    db.close();
  }
}

export function openApp(dataDir: string, log: Logger): ShinraiApp {
  return createApp({ dataDir, seedSample: false, log });
}

/** A data folder with one long-list room of `candidates` candidates, closed again. */
export function seedWriterRoom(dataDir: string, candidates: number, seed: number): WriterRoom {
  const { log, errors } = keptLog();
  const app = openApp(dataDir, log);
  try {
    const room = ok(app.invoke('dealRooms.import', { file: longListDealRoomFile(candidates, seed) }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId: room.id }));
    const pillarId = detail.pillars[0]?.id;
    if (!pillarId) throw new Error('the long-list room has no pillar');
    const roomFile = join(dataDir, 'rooms', `${room.id}.shinrai`);
    if (errors.length > 0) throw new Error(`the app reported errors: ${errors.join('; ')}`);
    return { dataDir, dealRoomId: room.id, roomFile, detail, ledger: new WriterLedger(detail, pillarId, logHeadOf(roomFile)) };
  } finally {
    app.close();
  }
}
