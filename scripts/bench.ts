/**
 * `npm run bench`: speed figures, printed, never asserted in tests.
 * Each case runs warm-up rounds, then reports median, p95 and max.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sample from '../resources/sample/medtech-japan.json';
import { createApp } from '../src/main/app';
import { DealRoomFile } from '../src/shared/domain/deal-room-file';
import { detailFromFile } from '../src/shared/domain/deal-room-file-mapping';
import type { DealRoomDetail } from '../src/shared/domain/entities';
import { analyseDealRoom } from '../src/shared/engine/analyse-deal-room';
import { describeSensitivity } from '../src/shared/engine/sensitivity-sentences';
import { syntheticDealRoomFile } from './synthetic-deal-room';

interface Figures {
  median: number;
  p95: number;
  max: number;
  runs: number;
}

function measure(fn: () => void, runs: number, warmup = Math.min(50, runs)): Figures {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: times[times.length - 1] ?? NaN, runs };
}

function report(name: string, f: Figures, targetMs?: number): void {
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  const target = targetMs === undefined ? '' : `  target < ${targetMs} ms: ${f.p95 < targetMs ? 'met' : 'MISSED'} (p95 is ${(f.p95 / targetMs).toFixed(3)}× the target)`;
  console.log(`${name.padEnd(52)} median ${ms(f.median)}  p95 ${ms(f.p95)}  max ${ms(f.max)}  (${f.runs} runs)${target}`);
}

let n = 0;
const newId = () => `id-${++n}`;
const now = new Date().toISOString();

const sampleDetail: DealRoomDetail = detailFromFile(DealRoomFile.parse(sample), { newId, now });
report('recompute, sample (5 × 15 × 3), engine + sensitivity', measure(() => analyseDealRoom(sampleDetail), 2000), 16);
report(
  'recompute + sentences, sample, en and ja',
  measure(() => {
    const a = analyseDealRoom(sampleDetail);
    describeSensitivity(a, sampleDetail, 'en');
    describeSensitivity(a, sampleDetail, 'ja');
  }, 1000),
);

const big = detailFromFile(DealRoomFile.parse(syntheticDealRoomFile({ candidates: 5, pillars: 5, criteriaPerPillar: 12, evaluators: 8, seed: 7 })), { newId, now });
report('recompute, 5 × 60 × 8, engine + sensitivity', measure(() => analyseDealRoom(big), 500), 16);

// Through the store: one score edit and the re-read of the whole deal-room, as the UI does it.
const dir = mkdtempSync(join(tmpdir(), 'shinrai-bench-'));
try {
  const app = createApp({ dataDir: dir, seedSample: false });
  const imported = app.invoke('dealRooms.import', { file: syntheticDealRoomFile({ candidates: 5, pillars: 5, criteriaPerPillar: 12, evaluators: 8, seed: 11 }) });
  if (!imported.ok) throw new Error(imported.error.message);
  const dealRoomId = imported.value.id;
  const got = app.invoke('dealRooms.get', { dealRoomId });
  if (!got.ok) throw new Error(got.error.message);
  const d = got.value;
  const [e0] = d.evaluators;
  const [c0] = d.candidates;
  const [k0] = d.criteria;
  if (!e0 || !c0 || !k0) throw new Error('synthetic deal-room is empty');
  let v = 0;
  report(
    'score edit → re-read → recompute, 5 × 60 × 8 (SQLite)',
    measure(() => {
      v = (v + 1) % 6;
      const r = app.invoke('scores.set', { dealRoomId, evaluatorId: e0.id, candidateId: c0.id, criterionId: k0.id, value: v });
      if (!r.ok) throw new Error(r.error.message);
      const again = app.invoke('dealRooms.get', { dealRoomId });
      if (!again.ok) throw new Error(again.error.message);
      analyseDealRoom(again.value);
    }, 200, 20),
    100,
  );
  app.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
