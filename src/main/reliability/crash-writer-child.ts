/**
 * The writer that the durability tests kill (crash-recovery.test.ts) or back
 * up under (backup-under-load.test.ts). It opens a data folder with the real
 * app and writes changes to one deal-room through the contract, one after
 * another, from the moment it reads "go" on stdin until it is killed or its
 * stdin closes.
 *
 *   node --import tsx crash-writer-child.ts <dataDir> <dealRoomId> <run label> <seed>
 *
 * Output, one line per write(2) so that a SIGKILL can only cut between lines:
 *   loaded                             the code is loaded; waiting for "go" on stdin
 *   opening                            "go" came: the app opens the data folder now
 *   ready {"head":…,"candidates":…}   the app is open
 *   begin <change>                     about to call the contract
 *   committed {"change":…,"head":…}    the call returned ok (never printed before)
 *   stopped                            stdin closed, the app is closed
 * Any failed call is a bug the tests must see: it goes to stderr, exit code 2.
 */
import { writeSync } from 'node:fs';
import { createApp } from '../app';
import type { OperationName } from '../../shared/api/contract';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { changeTag, type CommittedLine, type WriterChange } from './crash-writer-changes';

const [dataDir, dealRoomId, runLabel, seedText] = process.argv.slice(2);
if (!dataDir || !dealRoomId || !runLabel || !seedText) {
  process.stderr.write('usage: crash-writer-child.ts <dataDir> <dealRoomId> <run label> <seed>\n');
  process.exit(64);
}

/** mulberry32: the run's choices follow from its seed, so a failing run can be replayed. */
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

function print(line: string): void {
  // writeSync: the line is in the pipe before the next change starts, so a
  // committed line the parent reads was written after its commit returned.
  writeSync(1, `${line}\n`);
}

function fail(message: string): never {
  writeSync(2, `${message}\n`);
  process.exit(2);
}

const rand = seeded(Number(seedText));
const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) fail('nothing to pick from');
  return item;
};

/** The writer itself, once the parent says go: open the folder, then change the room until stopped. */
function run(): void {
  print('opening');
  // The app's log would interleave with the protocol on stdout; failures surface as results anyway.
  const app = createApp({ dataDir: dataDir!, seedSample: false, log: (level, message) => void (level === 'error' && writeSync(2, `${message}\n`)) });

  const call = (name: OperationName, input: unknown): unknown => {
    const result = app.invokeUnchecked(name, input);
    if (!result.ok) fail(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const logHead = (): number => {
    const page = call('audit.list', { dealRoomId, limit: 1 }) as { entries: { seq: number }[] };
    return page.entries[0]?.seq ?? 0;
  };

  const detail = call('dealRooms.get', { dealRoomId }) as DealRoomDetail;
  const candidates = detail.candidates.map((c) => c.id);
  const scored = detail.candidates.filter((c) => c.compared).map((c) => c.id);
  const pillar = detail.pillars[0] ?? fail('the room has no pillar');
  const weights = new Map(detail.criteria.filter((c) => c.pillarId === pillar.id).map((c) => [c.id, c.weight]));
  if (scored.length === 0 || weights.size < 2 || detail.evaluators.length === 0) fail('the room needs compared candidates, two criteria and an evaluator');
  print(`ready ${JSON.stringify({ head: logHead(), candidates: candidates.length })}`);

  /** The next change: a mix of single-row creates and updates, score cells, and the multi-row weights change. */
  const plan = (n: number): WriterChange => {
    const tag = changeTag(runLabel!, n);
    const roll = rand();
    if (roll < 0.25) return { kind: 'create', n, nameLatin: `Steady Harbour Trading ${tag}` };
    if (roll < 0.5) return { kind: 'update', n, candidateId: pick(candidates), headquarters: `Umeda office ${tag}` };
    if (roll < 0.8) {
      return {
        kind: 'score',
        n,
        candidateId: pick(scored),
        criterionId: pick(detail.criteria).id,
        evaluatorId: pick(detail.evaluators).id,
        value: 1 + Math.floor(rand() * 9) / 2,
        rationale: `Seen on the site visit ${tag}`,
      };
    }
    // Every weight moves (1 → 2 → … → 9 → 1), so each criterion writes a row and a half-applied change would show.
    return { kind: 'weights', n, pillarId: pillar.id, weights: [...weights].map(([id, w]) => ({ id, weight: (Math.round(w) % 9) + 1 })) };
  };

  const apply = (change: WriterChange): WriterChange => {
    switch (change.kind) {
      case 'create': {
        const created = call('candidates.create', { dealRoomId, fields: { nameLatin: change.nameLatin } }) as { id: string };
        candidates.push(created.id);
        return { ...change, candidateId: created.id };
      }
      case 'update':
        call('candidates.update', { dealRoomId, candidateId: change.candidateId, patch: { headquarters: change.headquarters } });
        return change;
      case 'score': {
        const { candidateId, criterionId, evaluatorId, value, rationale } = change;
        call('scores.set', { dealRoomId, candidateId, criterionId, evaluatorId, value, rationale, confidence: 'high' });
        return change;
      }
      case 'weights':
        call('weights.apply', { dealRoomId, pillarId: change.pillarId, method: 'direct', weights: change.weights });
        for (const w of change.weights) weights.set(w.id, w.weight);
        return change;
    }
  };

  let n = 0;
  const step = (): void => {
    if (stdinClosed) {
      app.close();
      print('stopped');
      process.exit(0);
    }
    n += 1;
    const change = plan(n);
    print(`begin ${JSON.stringify(change)}`);
    const done = apply(change);
    const line: CommittedLine = { change: done, head: logHead(), at: Date.now() };
    print(`committed ${JSON.stringify(line)}`);
    // Back to the event loop between changes, so that a closed stdin is noticed.
    setImmediate(step);
  };
  step();
}

// Loading the app's code takes a second or more; the parent starts the next
// writer early and says "go" when its turn comes, so that loading overlaps
// the previous run instead of adding to the test's time.
let stdinClosed = false;
let started = false;
let received = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  received += chunk;
  if (!started && received.includes('go\n')) {
    started = true;
    run();
  }
});
process.stdin.on('end', () => {
  stdinClosed = true;
  // Closed before "go": there is nothing to stop.
  if (!started) process.exit(0);
});
print('loaded');
