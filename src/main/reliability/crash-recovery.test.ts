/**
 * Issue 9, durability: a process writing to a deal-room is killed with
 * SIGKILL at random moments, over and over, on the same room. After every
 * kill, each change whose commit the writer reported is in the file with its
 * exact change-log rows, the change in flight landed whole or not at all,
 * `PRAGMA integrity_check` is ok, the hash chain verifies, and the app opens
 * the room and writes to it as usual.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, ok, removeDir } from '../store/test-data-dir';
import { changeTag, type WriterChange } from './crash-writer-changes';
import { comparable, logRowsFrom, stateOf } from './crash-writer-ledger';
import { killAllWriters, startWriter, type WriterProcess } from './crash-writer-process';
import { keptLog, openApp, seedWriterRoom } from './crash-writer-room';

const KILLS = 30;

const dirs: string[] = [];
afterAll(() => {
  killAllWriters();
  for (const d of dirs.splice(0)) removeDir(d);
});

/** mulberry32, seeded: the kill moments are the same on every run of the test. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

type KillMoment = 'whileOpening' | 'firstCommit' | 'midStream';

/** When run `i` is killed: a few while the app opens the crashed file, some at the very first commit, most 20–400 ms into writing. */
function momentOf(i: number): KillMoment {
  if (i % 8 === 0) return 'whileOpening';
  if (i % 5 === 0) return 'firstCommit';
  return 'midStream';
}

async function killAt(writer: WriterProcess, moment: KillMoment, rand: () => number): Promise<number> {
  if (moment === 'whileOpening') {
    await writer.opening();
    // Opening takes a few ms (recovery, checks, pragmas): somewhere in there, or just after.
    const wait = Math.floor(rand() * 25);
    await pause(wait);
    return wait;
  }
  await writer.committed(1);
  if (moment === 'firstCommit') return 0;
  const wait = 20 + Math.floor(rand() * 380);
  await pause(wait);
  return wait;
}

describe('a writer killed at random moments', () => {
  it(`loses nothing it reported committed, over ${KILLS} kills on the same room`, { timeout: 420_000 }, async () => {
    const started = performance.now();
    const dataDir = makeTempDir('shinrai-crash-');
    dirs.push(dataDir);
    const room = seedWriterRoom(dataDir, 40, 9);
    const { ledger } = room;
    const rand = seeded(20_261_123);
    let checked = 0;
    let landedInFlight = 0;
    let inFlightAtKill = 0;
    let ownWrites = 0;
    let waitingRuns = 0;

    const writerFor = (i: number) => startWriter(dataDir, room.dealRoomId, `k${i}`, 9_000 + i);
    let next = writerFor(1);
    for (let i = 1; i <= KILLS; i++) {
      const moment = momentOf(i);
      if (moment !== 'whileOpening') waitingRuns += 1;
      const writer = next;
      await writer.go();
      // The next writer loads its code while this one writes and is checked; it touches the folder only on "go".
      if (i < KILLS) next = writerFor(i + 1);
      await killAt(writer, moment, rand);
      const output = await writer.kill();

      // The app opens the file as the crash left it (with its -wal), as after a real crash.
      const { log, errors } = keptLog();
      const app = openApp(dataDir, log);
      let raw: Database.Database | undefined;
      try {
        const detail = ok(app.invoke('dealRooms.get', { dealRoomId: room.dealRoomId }));
        // A second, read-only connection beside the app's, for what the contract does not show.
        raw = new Database(room.roomFile, { readonly: true, fileMustExist: true });
        expect(raw.pragma('integrity_check', { simple: true }), `integrity after kill ${i}`).toBe('ok');

        const round = ledger.takeRound(output, logRowsFrom(raw, ledger.verified.seq));
        expect(round.problems, `kill ${i} (${moment})`).toEqual([]);
        checked += round.checked;
        if (round.inFlightLanded !== null) inFlightAtKill += 1;
        if (round.inFlightLanded) landedInFlight += 1;
        expect(comparable(stateOf(detail, ledger.pillarId)), `records after kill ${i}`).toEqual(comparable(ledger.state));

        const chain = ok(app.invoke('audit.verify', { dealRoomId: room.dealRoomId }));
        expect(chain.firstBroken).toBeNull();
        expect(chain.rows).toBe(ledger.verified.seq);

        // And the room takes the next change as usual.
        const candidateId = detail.candidates[i % detail.candidates.length]!.id;
        const change: WriterChange = { kind: 'update', n: 0, candidateId, headquarters: `Checked after crash ${changeTag(`p${i}`, 0)}` };
        ok(app.invoke('candidates.update', { dealRoomId: room.dealRoomId, candidateId, patch: { headquarters: change.headquarters } }));
        expect(ledger.takeOwnChange(change, logRowsFrom(raw, ledger.verified.seq))).toBeNull();
        ownWrites += 1;
        expect(errors).toEqual([]);
      } finally {
        raw?.close();
        app.close();
      }
    }

    // Every run that waited for a commit reported at least one: the test wrote, and checked, for real.
    expect(ledger.committedChanges).toBeGreaterThanOrEqual(waitingRuns);
    const lost = ledger.committedChanges - checked;
    expect(lost).toBe(0);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `crash test: ${KILLS} kills, ${checked.toLocaleString('en')} committed changes checked, ${lost} lost, ` +
        `${landedInFlight} of ${inFlightAtKill} in-flight changes landed whole (the rest not at all), ` +
        `${ownWrites} writes after recovery, change log ${ledger.verified.seq.toLocaleString('en')} rows, ${seconds.toFixed(1)} s`,
    );
  });
});
