import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealRoomFile, type DealRoomFileInput } from './deal-room-file';
import { detailFromFile, fileFromDetail } from './deal-room-file-mapping';

const NOW = '2027-03-01T09:00:00.000Z';

function counterIds(prefix = 'new-') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

const example: DealRoomFileInput = {
  format: 'shinrai.deal-room',
  version: 1,
  dealRoom: { name: 'Kansai pilot partner', productLine: 'Wound-care dressings', targetMarket: 'Kansai', sensitivityMargin: 0.1 },
  candidates: [
    { id: 'tsubaki', nameJa: '椿メディカル', nameLatin: 'Tsubaki Medical', compared: true },
    { id: 'hoshi', nameLatin: 'Hoshi Trading', type: 'trading_house', compared: false },
  ],
  pillars: [
    { id: 'eff', nameEn: 'Effectiveness', weight: 3, criteria: [{ id: 'reach', nameEn: 'Hospital reach', weight: 2 }] },
    {
      id: 'comp',
      nameEn: 'Compliance',
      nameJa: 'コンプライアンス',
      weight: 2,
      criteria: [
        { id: 'licence', nameEn: 'Licence', weight: 1, knockout: true, passMark: 4 },
        { id: 'data', nameEn: 'Data integrity', weight: 1 },
      ],
    },
  ],
  evaluators: [
    { id: 'ana', name: 'Ana Ruiz', department: 'Sales' },
    { id: 'ken', name: '中村 健', department: '法務' },
  ],
  scores: [
    { evaluator: 'ken', candidate: 'hoshi', criterion: 'licence', value: 2, rationale: 'licence pending', confidence: 'low' },
    { evaluator: 'ana', candidate: 'tsubaki', criterion: 'reach', value: 4.5 },
  ],
  consensus: [{ candidate: 'tsubaki', criterion: 'data', value: 3, reason: 'agreed after the call' }],
};

describe('detailFromFile', () => {
  it('gives every row a fresh id, remaps references and takes order from the file', () => {
    const detail = detailFromFile(DealRoomFile.parse(example), { newId: counterIds(), now: NOW });
    expect(detail.candidates.map((c) => [c.id, c.nameLatin, c.type, c.compared, c.sortOrder])).toEqual([
      ['new-1', 'Tsubaki Medical', 'distributor', true, 0],
      ['new-2', 'Hoshi Trading', 'trading_house', false, 1],
    ]);
    expect(detail.pillars.map((p) => [p.id, p.nameEn, p.weight, p.sortOrder])).toEqual([
      ['new-3', 'Effectiveness', 3, 0],
      ['new-5', 'Compliance', 2, 1],
    ]);
    expect(detail.criteria.map((k) => [k.id, k.pillarId, k.nameEn, k.knockout, k.passMark, k.sortOrder])).toEqual([
      ['new-4', 'new-3', 'Hospital reach', false, 3, 0],
      ['new-6', 'new-5', 'Licence', true, 4, 0],
      ['new-7', 'new-5', 'Data integrity', false, 3, 1],
    ]);
    expect(detail.evaluators).toEqual([
      { id: 'new-8', name: 'Ana Ruiz', department: 'Sales', role: '', submittedAt: null },
      { id: 'new-9', name: '中村 健', department: '法務', role: '', submittedAt: null },
    ]);
    expect(detail.scores).toEqual([
      { evaluatorId: 'new-9', candidateId: 'new-2', criterionId: 'new-6', value: 2, rationale: 'licence pending', confidence: 'low', updatedAt: NOW },
      { evaluatorId: 'new-8', candidateId: 'new-1', criterionId: 'new-4', value: 4.5, rationale: '', confidence: 'medium', updatedAt: NOW },
    ]);
    expect(detail.consensus).toEqual([{ candidateId: 'new-1', criterionId: 'new-7', value: 3, reason: 'agreed after the call', updatedAt: NOW }]);
    expect(detail.dealRoom).toEqual({
      id: 'new-10',
      name: 'Kansai pilot partner',
      productLine: 'Wound-care dressings',
      targetMarket: 'Kansai',
      notes: '',
      archived: false,
      sensitivityMargin: 0.1,
      scoringMode: 'open',
      rationaleRule: 'extremes',
      disagreementThreshold: 1.5,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect([detail.conflicts, detail.dissent, detail.weightings]).toEqual([[], [], []]);
  });
});

describe('fileFromDetail', () => {
  it('names rows by position and orders references, whatever the order of the detail', () => {
    const detail = detailFromFile(DealRoomFile.parse(example), { newId: counterIds(), now: NOW });
    const file = fileFromDetail(detail, NOW);
    expect(file.candidates.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(file.pillars.map((p) => [p.id, p.criteria.map((k) => k.id)])).toEqual([
      ['p1', ['k1']],
      ['p2', ['k2', 'k3']],
    ]);
    expect(file.evaluators.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(file.scores.map((s) => [s.evaluator, s.candidate, s.criterion, s.value])).toEqual([
      ['e1', 'c1', 'k1', 4.5],
      ['e2', 'c2', 'k2', 2],
    ]);
    expect(file.consensus).toEqual([{ candidate: 'c1', criterion: 'k3', value: 3, reason: 'agreed after the call' }]);
    expect(file.exportedAt).toBe(NOW);

    // Rows listed in another order, with their sortOrder unchanged, export the same.
    const shuffled = {
      ...detail,
      candidates: [...detail.candidates].reverse(),
      pillars: [...detail.pillars].reverse(),
      criteria: [...detail.criteria].reverse(),
      scores: [...detail.scores].reverse(),
    };
    expect(fileFromDetail(shuffled, NOW)).toEqual(file);
    expect(DealRoomFile.safeParse(file).success).toBe(true);
  });

  it('refuses a detail whose criterion belongs to no pillar, rather than drop it', () => {
    const detail = detailFromFile(DealRoomFile.parse(example), { newId: counterIds(), now: NOW });
    const broken = { ...detail, pillars: detail.pillars.slice(1) };
    expect(() => fileFromDetail(broken, NOW)).toThrow(/belongs to pillar/);
  });
});

/** Valid files of every shape: any ids, any subset of scored cells, up to 5 compared. */
const fileArbitrary = fc
  .record({
    ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 24, maxLength: 24 }),
    compared: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    candidates: fc.integer({ min: 0, max: 6 }),
    pillarSizes: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
    evaluators: fc.integer({ min: 0, max: 3 }),
    weights: fc.array(fc.double({ min: 0, max: 100, noNaN: true }).map((w) => (w < 1e-6 ? 0 : w)), { minLength: 16, maxLength: 16 }),
    cells: fc.array(
      fc.record({
        e: fc.nat(),
        c: fc.nat(),
        k: fc.nat(),
        value: fc.double({ min: 0, max: 5, noNaN: true }),
        confidence: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
        consensus: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
  })
  .map((g): DealRoomFile => {
    const ids = [...g.ids];
    const take = () => ids.shift() ?? 'unreachable';
    const candidates = Array.from({ length: g.candidates }, (_, i) => ({ id: take(), nameLatin: `Firm ${i}`, compared: i < 5 && (g.compared[i] ?? false) }));
    let w = 0;
    const pillars = g.pillarSizes.map((size, i) => ({
      id: take(),
      nameEn: `Pillar ${i}`,
      weight: g.weights[w++] ?? 1,
      criteria: Array.from({ length: size }, (_, j) => ({ id: take(), nameEn: `Criterion ${i}.${j}`, weight: g.weights[w++] ?? 1 })),
    }));
    const evaluators = Array.from({ length: g.evaluators }, (_, i) => ({ id: take(), name: `Evaluator ${i}` }));
    const criteria = pillars.flatMap((p) => p.criteria);
    const scores: DealRoomFileInput['scores'] = [];
    const consensus: DealRoomFileInput['consensus'] = [];
    const seen = new Set<string>();
    const seenConsensus = new Set<string>();
    if (candidates.length > 0 && criteria.length > 0) {
      for (const cell of g.cells) {
        const c = candidates[cell.c % candidates.length]!.id;
        const k = criteria[cell.k % criteria.length]!.id;
        if (cell.consensus) {
          if (seenConsensus.has(`${c}|${k}`)) continue;
          seenConsensus.add(`${c}|${k}`);
          consensus.push({ candidate: c, criterion: k, value: cell.value, reason: `r${consensus.length}` });
        } else if (evaluators.length > 0) {
          const e = evaluators[cell.e % evaluators.length]!.id;
          if (seen.has(`${e}|${c}|${k}`)) continue;
          seen.add(`${e}|${c}|${k}`);
          scores.push({ evaluator: e, candidate: c, criterion: k, value: cell.value, confidence: cell.confidence, rationale: `s${scores.length}` });
        }
      }
    }
    return DealRoomFile.parse({
      format: 'shinrai.deal-room',
      version: 1,
      dealRoom: { name: 'Generated room' },
      candidates,
      pillars,
      evaluators,
      scores,
      consensus,
    });
  });

describe('import then export', () => {
  it('keeps every row and reference, and export of a re-import is identical', () => {
    fc.assert(
      fc.property(fileArbitrary, (file) => {
        const detail = detailFromFile(file, { newId: counterIds('fresh:'), now: NOW });
        const fileIds = new Set([
          ...file.candidates.map((c) => c.id),
          ...file.pillars.flatMap((p) => [p.id, ...p.criteria.map((k) => k.id)]),
          ...file.evaluators.map((e) => e.id),
        ]);
        const detailIds = [
          ...detail.candidates.map((c) => c.id),
          ...detail.pillars.map((p) => p.id),
          ...detail.criteria.map((k) => k.id),
          ...detail.evaluators.map((e) => e.id),
          detail.dealRoom.id,
        ];
        expect(new Set(detailIds).size).toBe(detailIds.length);
        for (const id of detailIds) expect(fileIds.has(id)).toBe(false);

        const exported = fileFromDetail(detail, NOW);
        expect(DealRoomFile.safeParse(exported).success).toBe(true);

        // Same rows, by position, with the same content.
        const index = (list: { id: string }[]) => new Map(list.map((x, i) => [x.id, i]));
        const [ci, ki, ei] = [index(file.candidates), index(file.pillars.flatMap((p) => p.criteria)), index(file.evaluators)];
        const [cx, kx, ex] = [index(exported.candidates), index(exported.pillars.flatMap((p) => p.criteria)), index(exported.evaluators)];
        const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
        expect(exported.candidates.map(strip)).toEqual(file.candidates.map(strip));
        expect(exported.pillars.map((p) => ({ ...strip(p), criteria: p.criteria.map(strip) }))).toEqual(
          file.pillars.map((p) => ({ ...strip(p), criteria: p.criteria.map(strip) })),
        );
        const scoreKey = (s: DealRoomFile['scores'][number], c: Map<string, number>, k: Map<string, number>, e: Map<string, number>) =>
          JSON.stringify([e.get(s.evaluator), c.get(s.candidate), k.get(s.criterion), s.value, s.rationale, s.confidence]);
        expect(exported.scores.map((s) => scoreKey(s, cx, kx, ex)).sort()).toEqual(file.scores.map((s) => scoreKey(s, ci, ki, ei)).sort());
        const consensusKey = (s: DealRoomFile['consensus'][number], c: Map<string, number>, k: Map<string, number>) =>
          JSON.stringify([c.get(s.candidate), k.get(s.criterion), s.value, s.reason]);
        expect(exported.consensus.map((s) => consensusKey(s, cx, kx)).sort()).toEqual(file.consensus.map((s) => consensusKey(s, ci, ki)).sort());

        const again = fileFromDetail(detailFromFile(exported, { newId: counterIds('again:'), now: NOW }), NOW);
        expect(again).toEqual(exported);
      }),
      { numRuns: 200 },
    );
  });
});
