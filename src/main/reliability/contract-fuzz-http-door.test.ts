/**
 * Issue 9, hostile input through the browser-mode door: a sample of the
 * contract fuzz (200 malformed payloads per operation) sent as real HTTP
 * requests to the real server, malformed request envelopes besides, and the
 * positive side: SQL and HTML in a valid payload are stored and read back
 * exactly as sent, neither run nor escaped.
 *
 * A refused input is a successful HTTP exchange in this server's design
 * (errors are values: 200 with { ok: false, error }); only a request whose
 * envelope is broken — not JSON, no operation name — is answered 400, and it
 * too carries an error value.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, operationNames, type OperationName } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { Candidate, Language } from '../../shared/domain/entities';
import { startBrowserServer, type BrowserServer } from '../server/http-server';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { fuzzFixture, type FuzzFixture } from './contract-fuzz-base-payloads';
import { dataDigest, FUZZ_SEED, judge, OPAQUE_PLACES, prototypeKeys, seedFor, type DataDigest } from './contract-fuzz-harness';
import {
  DEEP_ARRAY,
  DEEP_OBJECT,
  HTML_TEXTS,
  applyMutation,
  HUGE_TEXT,
  malformedCatalogue,
  malformedPayloadArbitrary,
  payloadJson,
  POLLUTING_OBJECT,
  POLLUTION_MARKER,
  SQL_TEXTS,
  type MalformedCatalogue,
  type MalformedPayload,
  type Mutation,
} from './malformed-payloads';

const PER_OPERATION = 100;
/** Requests in flight at once: enough to keep the server busy, few enough for a shared machine. */
const IN_FLIGHT = 4;
const SECRET = 'fuzz-secret-0123456789abcdefghijklmnop';

interface Reply {
  status: number;
  body: string;
}

let fixture: FuzzFixture;
let server: BrowserServer;
let rendererRoot: string;
let cookie: string;
const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function post(body: string): Promise<Reply> {
  return send('POST', '/api/invoke', { 'Content-Type': 'application/json', Cookie: cookie }, body);
}

async function call<T>(name: OperationName, input: unknown): Promise<Result<T>> {
  const reply = await post(JSON.stringify({ name, input }));
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body) as Result<T>;
}

async function value<T>(name: OperationName, input: unknown): Promise<T> {
  const result = await call<T>(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

/** A mutation whose value reads back the same after JSON (NaN and Infinity would arrive as null, which may be valid). */
function survivesJson(m: Mutation): boolean {
  if (m.action === 'drop') return true;
  const v = m.value;
  return typeof v !== 'number' || Number.isFinite(v);
}

/** A megabyte of text or 100,000 levels: sent once per operation below, not in a tenth of the sample. */
function heavy(m: Mutation): boolean {
  return m.action !== 'drop' && (m.value === HUGE_TEXT || m.value === DEEP_ARRAY || m.value === DEEP_OBJECT);
}

function lightJsonCatalogue(catalogue: MalformedCatalogue): MalformedCatalogue {
  return { mutations: catalogue.mutations.filter((m) => survivesJson(m) && !heavy(m)), noiseSlots: catalogue.noiseSlots };
}

/** One heavy payload per operation, taking turns: huge text, a deep list, a deep object. */
function heavyPayload(base: unknown, catalogue: MalformedCatalogue, turn: number): MalformedPayload | undefined {
  const wanted = [HUGE_TEXT, DEEP_ARRAY, DEEP_OBJECT][turn % 3];
  const m = catalogue.mutations.find((x) => x.action !== 'drop' && x.value === wanted) ?? catalogue.mutations.find(heavy);
  if (!m || m.action === 'drop') return undefined;
  const payload = applyMutation(base, m);
  return payload === undefined ? undefined : { payload, mutated: [m.action === 'addKey' ? [...m.path, m.key] : m.path], noisy: [], kinds: [m.kind] };
}

beforeAll(async () => {
  fixture = fuzzFixture();
  rendererRoot = makeTempDir('shinrai-fuzz-renderer-');
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Shinrai</title><div id="root"></div>');
  const logs = fixture.room.t.logs;
  server = await startBrowserServer({ app: fixture.room.t.app, rendererDir: rendererRoot, secret: SECRET, log: (level, message, detail) => logs.push({ level, message, detail }) });
  const login = await send('GET', `/?key=${SECRET}`, {});
  expect(login.status).toBe(303);
  const reply = await new Promise<string>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path: `/?key=${SECRET}`, agent }, (res) => {
      res.resume();
      resolve((res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '');
    });
    req.on('error', reject);
    req.end();
  });
  cookie = reply;
  expect(cookie).toMatch(/^shinrai_session_\d+=/);
});

afterAll(async () => {
  await server.close();
  agent.destroy();
  fixture.room.t.dispose();
  removeDir(rendererRoot);
});

describe('the browser-mode door under malformed payloads', () => {
  let before: DataDigest;
  let prototypes: string[];
  let started = 0;
  let sent = 0;
  let refused = 0;
  let bytes = 0;

  beforeAll(() => {
    before = dataDigest(fixture.room.t.dir);
    prototypes = prototypeKeys();
    started = performance.now();
  });

  for (const name of operationNames) {
    it(`${name}: ${PER_OPERATION} malformed payloads over HTTP get a validation error`, async () => {
      const base = fixture.bases[name];
      expect(base, `${name} has no valid base payload`).toBeDefined();
      const full = malformedCatalogue(contract[name].input, base, OPAQUE_PLACES.get(name));
      const samples = fc.sample(fc.tuple(malformedPayloadArbitrary(base, lightJsonCatalogue(full)), fc.constantFrom<Language>('en', 'ja')), {
        seed: seedFor(`http:${name}`),
        numRuns: PER_OPERATION - 1,
      });
      const weighty = heavyPayload(base, full, operationNames.indexOf(name));
      expect(weighty, `${name} has no heavy mutation`).toBeDefined();
      samples.push([weighty!, 'ja']);
      const failures: string[] = [];
      let answered = 0;
      // The server words its answers in the app's language: set it for each half of the batch.
      for (const lang of ['en', 'ja'] as const) {
        const batch = samples.filter(([, l]) => l === lang);
        expect((await call('settings.update', { language: lang })).ok).toBe(true);
        for (let i = 0; i < batch.length; i += IN_FLIGHT) {
          const group = batch.slice(i, i + IN_FLIGHT);
          const replies = await Promise.all(
            group.map(([sample]) => {
              const body = `{"name":${JSON.stringify(name)},"input":${payloadJson(sample.payload)}}`;
              bytes += body.length;
              return post(body);
            }),
          );
          replies.forEach((reply, j) => {
            sent++;
            const sample = group[j]![0];
            if (reply.status !== 200) {
              failures.push(`HTTP ${reply.status} ${reply.body.slice(0, 200)}`);
              return;
            }
            const verdict = judge(JSON.parse(reply.body) as Result<unknown>, sample, lang);
            if (verdict.fine) answered++;
            else failures.push(`${verdict.why} (${sample.kinds.join(' + ')})`);
          });
        }
      }
      refused += answered;
      expect(failures.slice(0, 5)).toEqual([]);
      expect(answered).toBe(PER_OPERATION);
    });
  }

  it('is still up, and nothing changed', async () => {
    expect((await call('settings.update', { language: 'en' })).ok).toBe(true);
    console.log(
      `contract fuzz through HTTP: seed ${FUZZ_SEED}, ${operationNames.length} operations, ${sent.toLocaleString('en')} requests (${(bytes / 1024 / 1024).toFixed(0)} MB, one with a megabyte of text or 100,000 levels of nesting per operation), ${refused.toLocaleString('en')} refused with a validation error, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(refused).toBe(operationNames.length * PER_OPERATION);
    expect((await value<unknown[]>('dealRooms.list', {})).length).toBeGreaterThan(0);
    // settings.json went to 'ja' and back to 'en': the same bytes again.
    expect(dataDigest(fixture.room.t.dir)).toEqual(before);
    expect(prototypeKeys()).toEqual(prototypes);
    expect(({} as Record<string, unknown>)[POLLUTION_MARKER]).toBeUndefined();
    expect(fixture.room.t.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});

describe('the browser-mode door under broken requests', () => {
  it('answers 400 with an error value to a broken request envelope', async () => {
    const envelopes: Array<[string, string]> = [
      ['not JSON', `{"name": "dealRooms.list", "input": ${SQL_TEXTS[0]}`],
      ['no name', '{"input": {}}'],
      ['a number for the name', '{"name": 42, "input": {}}'],
      ['null', 'null'],
      ['an array', '[]'],
      ['deep nesting', payloadJson(DEEP_ARRAY)],
      ['a deep name', `{"name": ${payloadJson(DEEP_OBJECT)}, "input": {}}`],
      ['a huge name', JSON.stringify({ name: HUGE_TEXT, input: {} })],
      ['polluting keys', `{"__proto__": {"${POLLUTION_MARKER}": true}, "constructor": {"prototype": {"${POLLUTION_MARKER}": true}}}`],
      ['an HTML name', `{"name": ${JSON.stringify(HTML_TEXTS[0])}, "input": ${JSON.stringify(POLLUTING_OBJECT)}}`],
    ];
    const statuses: Record<string, number> = {};
    for (const [label, body] of envelopes) {
      const reply = await post(body);
      statuses[label] = reply.status;
      const result = JSON.parse(reply.body) as Result<unknown>;
      expect(result.ok, label).toBe(false);
      if (!result.ok) expect(['invalid_input', 'unknown_operation'], label).toContain(result.error.code);
    }
    // An operation name that is text but not in the contract is a well-formed request: 200 with unknown_operation.
    expect(statuses).toEqual({
      'not JSON': 400,
      'no name': 400,
      'a number for the name': 400,
      null: 400,
      'an array': 400,
      'deep nesting': 400,
      'a deep name': 400,
      'a huge name': 400,
      'polluting keys': 400,
      'an HTML name': 200,
    });
    expect(({} as Record<string, unknown>)[POLLUTION_MARKER]).toBeUndefined();
    expect((await value<unknown[]>('dealRooms.list', {})).length).toBeGreaterThan(0);
  });
});

describe('SQL and HTML in a valid payload', () => {
  it('are stored and read back verbatim, through HTTP, neither run nor escaped', async () => {
    const dealRoomId = fixture.room.dealRoomId;
    const texts = {
      nameLatin: SQL_TEXTS[0]!,
      nameJa: `株式会社${HTML_TEXTS[0]}`,
      headquarters: SQL_TEXTS[1]!,
      notes: `${HTML_TEXTS[1]}\n${SQL_TEXTS[2]}\n${HTML_TEXTS[3]}`,
      statedIntent: SQL_TEXTS[3]!,
    };
    const tablesBefore = dataDigest(fixture.room.t.dir).changeLog;
    const countBefore = (await value<{ candidates: Candidate[] }>('dealRooms.get', { dealRoomId })).candidates.length;
    const created = await value<Candidate>('candidates.create', { dealRoomId, fields: texts });
    expect(created).toMatchObject(texts);
    const detail = await value<{ candidates: Candidate[] }>('dealRooms.get', { dealRoomId });
    const stored = detail.candidates.find((c) => c.id === created.id)!;
    expect({ nameLatin: stored.nameLatin, nameJa: stored.nameJa, headquarters: stored.headquarters, notes: stored.notes, statedIntent: stored.statedIntent }).toEqual(texts);
    // The "DROP TABLE" did not run: every candidate is still there, and the change log grew by one row.
    expect(detail.candidates.length).toBe(countBefore + 1);
    const tablesAfter = dataDigest(fixture.room.t.dir).changeLog;
    const roomFile = Object.keys(tablesBefore).find((f) => f.includes(dealRoomId))!;
    expect(tablesAfter[roomFile]).toBe(tablesBefore[roomFile]! + 1);
    // Search takes the hostile text as words to find, not as SQL.
    const hits = await value<Array<{ candidateId: string }>>('search.query', { dealRoomId, query: 'DROP TABLE candidates' });
    expect(hits.map((h) => h.candidateId)).toContain(created.id);
    // A pillar and an evaluator named in markup keep their names as typed.
    const pillar = await value<{ id: string; nameEn: string }>('pillars.create', { dealRoomId, fields: { nameEn: HTML_TEXTS[2], weight: 0 } });
    const evaluator = await value<{ id: string; name: string }>('evaluators.create', { dealRoomId, fields: { name: SQL_TEXTS[4] } });
    const again = await value<{ candidates: Candidate[]; pillars: Array<{ id: string; nameEn: string }>; evaluators: Array<{ id: string; name: string }> }>('dealRooms.get', { dealRoomId });
    expect(again.pillars.find((p) => p.id === pillar.id)?.nameEn).toBe(HTML_TEXTS[2]);
    expect(again.evaluators.find((e) => e.id === evaluator.id)?.name).toBe(SQL_TEXTS[4]);
    expect(again.candidates.length).toBe(detail.candidates.length);
    console.log(`verbatim: ${Object.keys(texts).length + 2} hostile texts stored and read back unchanged; change log +${tablesAfter[roomFile]! - tablesBefore[roomFile]!} row`);
  });
});
