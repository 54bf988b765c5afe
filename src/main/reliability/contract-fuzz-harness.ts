/**
 * The contract fuzz (issue 9, "Hostile input"), shared by the test files
 * that split the operations between them: each operation of its share gets
 * 10,000 malformed payloads (malformed-payloads.ts) on the sample room, and
 * for each batch the app must not throw, must answer every payload with a
 * validation error that names the place, must change no data and must leave
 * Object.prototype as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, operationNames, type OperationName } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { formatIssuePath } from '../../shared/api/validation-message';
import { CriteriaTemplateFile } from '../../shared/domain/criteria-template';
import { DealRoomFile } from '../../shared/domain/deal-room-file';
import type { Language } from '../../shared/domain/entities';
import { fuzzFixture, type FuzzFixture } from './contract-fuzz-base-payloads';
import { malformedCatalogue, malformedPayloadArbitrary, POLLUTION_MARKER, relatedPath, type MalformedPayload } from './malformed-payloads';

export const PAYLOADS_PER_OPERATION = 10_000;
/** A batch takes one to three seconds alone; a CI machine busy with other files may stretch that a lot. */
const BATCH_TIMEOUT_MS = 120_000;

/** Fixed, so a failure in CI can be replayed; SHINRAI_FUZZ_SEED explores other seeds. */
export const FUZZ_SEED = Number(process.env.SHINRAI_FUZZ_SEED ?? 20_261_123);

/** Places the contract leaves to the handler (z.unknown), with the schema the handler reads them with. */
export const OPAQUE_PLACES: ReadonlyMap<string, ReadonlyMap<string, z.core.$ZodType>> = new Map([
  ['dealRooms.import', new Map<string, z.core.$ZodType>([['file', DealRoomFile]])],
  ['templates.import', new Map<string, z.core.$ZodType>([['file', CriteriaTemplateFile]])],
]);

/** The operations of share `index` (0-based) of `count`: by position, so a new operation lands in one automatically. */
export function shareOf(index: number, count: number): OperationName[] {
  return operationNames.filter((_, i) => i % count === index);
}

/** A seed per operation, so that the operations of one run do not all draw the same sequence. */
export function seedFor(name: string, seed = FUZZ_SEED): number {
  let h = seed | 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return h;
}

// ---------------------------------------------------------------------------
// What must not change.

function hashRows(db: Database.Database, table: string, hash: ReturnType<typeof createHash>): number {
  let rows = 0;
  const quoted = `"${table.replaceAll('"', '""')}"`;
  for (const row of db.prepare(`SELECT * FROM ${quoted}`).raw().iterate() as Iterable<unknown[]>) {
    rows++;
    hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? v.toString() : v)));
    hash.update('\n');
  }
  return rows;
}

function listFiles(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, root));
    else out.push(relative(root, full));
  }
  return out;
}

export interface DataDigest {
  /** One hash over everything below. */
  hash: string;
  files: string[];
  /** Rows of each room's change log, by room file. */
  changeLog: Record<string, number>;
}

/**
 * The data directory as it stands: every row of every table of every room
 * file (read through SQLite, so a checkpoint that moves pages between the
 * WAL and the file changes nothing), the change-log length of each room,
 * the list of files, and the bytes of every other file (settings.json,
 * people.json, templates, backups). SQLite's own -wal and -shm files are
 * left out: their bytes follow the connection, not the data.
 */
export function dataDigest(dataDir: string): DataDigest {
  const hash = createHash('sha256');
  const files = listFiles(dataDir).filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'));
  const changeLog: Record<string, number> = {};
  for (const file of files) {
    hash.update(`file ${file}\n`);
    const full = join(dataDir, file);
    if (file.startsWith('rooms') && file.endsWith('.shinrai')) {
      const db = new Database(full, { readonly: true, fileMustExist: true });
      try {
        const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
        for (const table of tables) {
          hash.update(`table ${table}\n`);
          const rows = hashRows(db, table, hash);
          if (table === 'change_log') changeLog[file] = rows;
        }
      } finally {
        db.close();
      }
    } else {
      hash.update(readFileSync(full));
    }
  }
  return { hash: hash.digest('hex'), files, changeLog };
}

/** The own keys of the prototypes a pollution would reach. */
export function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((p) => Reflect.ownKeys(p).map(String)).sort();
}

function polluted(): boolean {
  return (
    (({}) as Record<string, unknown>)[POLLUTION_MARKER] !== undefined ||
    ([] as unknown as Record<string, unknown>)[POLLUTION_MARKER] !== undefined ||
    (Object.create(null) as Record<string, unknown>)[POLLUTION_MARKER] !== undefined
  );
}

// ---------------------------------------------------------------------------
// One operation's batch.

export interface BatchFigures {
  name: OperationName;
  payloads: number;
  refused: number;
  mutations: number;
  /** Wall-clock time of the batch. */
  ms: number;
  /** CPU time of the batch: on a shared machine, the figure that says what the batch costs. */
  cpuMs: number;
}

type Verdict = { fine: true } | { fine: false; why: string };

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** What a malformed payload must get: a validation error, in the caller's language, naming a place the payload broke. */
export function judge(result: Result<unknown>, sample: MalformedPayload, lang: Language): Verdict {
  if (result.ok) return { fine: false, why: 'accepted' };
  const { code, message, path } = result.error;
  if (code !== 'invalid_input') return { fine: false, why: `code ${code}: ${message}` };
  if (typeof message !== 'string' || message.trim() === '') return { fine: false, why: 'empty message' };
  if (path !== undefined && !message.includes(path)) return { fine: false, why: `message does not name ${path}: ${message}` };
  if (lang === 'ja' && !CJK.test(message)) return { fine: false, why: `not in Japanese: ${message}` };
  const reported = path ?? '';
  const touched = [...sample.mutated, ...sample.noisy].map((p) => formatIssuePath(p));
  if (!touched.some((t) => relatedPath(reported, t))) return { fine: false, why: `names "${reported}", but the payload broke ${touched.join(', ')}` };
  return { fine: true };
}

function describePayload(sample: MalformedPayload): string {
  return `${sample.kinds.join(' + ')} at ${sample.mutated.map((p) => formatIssuePath(p) || '<root>').join(', ')}${sample.noisy.length ? ` (noise at ${sample.noisy.map((p) => formatIssuePath(p)).join(', ')})` : ''}`;
}

/** Sends one operation's payloads; returns its figures, and the first failure worded for the test's message. */
export function fuzzOperation(fixture: FuzzFixture, name: OperationName, runs = PAYLOADS_PER_OPERATION): { figures: BatchFigures; failure: string | null } {
  const base = fixture.bases[name];
  const catalogue = malformedCatalogue(contract[name].input, base, OPAQUE_PLACES.get(name));
  const arbitrary = fc.tuple(malformedPayloadArbitrary(base, catalogue), fc.constantFrom<Language>('en', 'ja'));
  const app = fixture.room.t.app;
  let payloads = 0;
  let refused = 0;
  let firstFailure: string | null = null;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const details = fc.check(
    fc.property(arbitrary, ([sample, lang]) => {
      payloads++;
      let result: Result<unknown>;
      try {
        result = app.invokeUnchecked(name, sample.payload, { actor: 'fuzz', lang });
      } catch (err) {
        firstFailure ??= `threw ${String(err)} for ${describePayload(sample)}`;
        return false;
      }
      const verdict = judge(result, sample, lang);
      if (verdict.fine) {
        refused++;
        return true;
      }
      firstFailure ??= `${verdict.why} — for ${describePayload(sample)}`;
      return false;
    }),
    { seed: seedFor(name), numRuns: runs, endOnFailure: true },
  );
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const failure = details.failed ? `${name} (seed ${seedFor(name)}): ${firstFailure ?? 'failed'}` : null;
  return { figures: { name, payloads, refused, mutations: catalogue.mutations.length, ms, cpuMs }, failure };
}

/**
 * The test file of one share: a describe with one test per operation, the
 * digest and the prototypes checked around each batch, and the figures
 * printed at the end.
 */
export function contractFuzzShare(index: number, count: number): void {
  const names = shareOf(index, count);
  const label = `contract fuzz, share ${index + 1} of ${count}`;
  describe(label, () => {
    let fixture: FuzzFixture;
    let digest: DataDigest;
    let prototypes: string[];
    const figures: BatchFigures[] = [];
    const started = performance.now();

    beforeAll(() => {
      fixture = fuzzFixture();
      digest = dataDigest(fixture.room.t.dir);
      prototypes = prototypeKeys();
    });
    afterAll(() => {
      fixture.room.t.dispose();
      const payloads = figures.reduce((n, f) => n + f.payloads, 0);
      const refused = figures.reduce((n, f) => n + f.refused, 0);
      const seconds = (performance.now() - started) / 1000;
      const lines = figures.map((f) => `  ${f.name}: ${f.payloads.toLocaleString('en')} payloads (${f.mutations} mutations), ${f.refused.toLocaleString('en')} refused, ${Math.round(f.ms)} ms (${Math.round(f.cpuMs)} ms CPU)`);
      console.log(
        [
          `${label}: seed ${FUZZ_SEED}, ${figures.length} operations, ${payloads.toLocaleString('en')} payloads, ${refused.toLocaleString('en')} refused with a validation error, ${seconds.toFixed(1)} s`,
          ...lines,
        ].join('\n'),
      );
    });

    it('has operations to fuzz', () => {
      expect(names.length).toBeGreaterThan(0);
    });

    for (const name of names) {
      it(`${name}: ${PAYLOADS_PER_OPERATION.toLocaleString('en')} malformed payloads are refused, nothing changes`, () => {
        const base = fixture.bases[name];
        expect(base, `${name} has no valid base payload in contract-fuzz-base-payloads.ts`).toBeDefined();
        const parsed = contract[name].input.safeParse(base);
        expect(parsed.success, `the base payload of ${name} is not valid: ${parsed.success ? '' : parsed.error.message}`).toBe(true);

        const { figures: batch, failure } = fuzzOperation(fixture, name);
        figures.push(batch);
        expect(failure).toBeNull();
        expect(batch.refused).toBe(PAYLOADS_PER_OPERATION);

        const after = dataDigest(fixture.room.t.dir);
        expect(after.files).toEqual(digest.files);
        expect(after.changeLog).toEqual(digest.changeLog);
        expect(after.hash).toBe(digest.hash);
        expect(polluted()).toBe(false);
        expect(prototypeKeys()).toEqual(prototypes);
        expect(fixture.room.t.logs.filter((l) => l.level === 'error')).toEqual([]);
      }, BATCH_TIMEOUT_MS);
    }
  });
}
