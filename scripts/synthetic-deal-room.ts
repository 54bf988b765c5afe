/**
 * A generated deal-room of any size, for benchmarks and property tests that
 * need more than the sample. Deterministic for a given seed.
 */
import type { DealRoomFileInput } from '../src/shared/domain/deal-room-file';

export interface SyntheticSize {
  candidates: number;
  pillars: number;
  criteriaPerPillar: number;
  evaluators: number;
  seed: number;
}

/** mulberry32: a small seeded generator, enough for test data. */
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

const PREFECTURES = ['Tokyo', 'Osaka', 'Nagoya', 'Fukuoka', 'Sapporo', 'Sendai', 'Hiroshima', 'Kobe', 'Kyoto', 'Yokohama'] as const;
const TYPES = ['distributor', 'trading_house', 'agent', 'jv_partner'] as const;

/**
 * A long list as BD builds it before the shortlist: `candidates` fictional
 * firms with the fields a person fills in (head office, type, website, a
 * note), of which at most 5 are compared (MAX_COMPARED) and scored by the
 * panel on 5 pillars × 8 criteria.
 */
export function longListDealRoomFile(candidates: number, seed: number): DealRoomFileInput {
  const rand = seeded(seed);
  const file = syntheticDealRoomFile({ candidates, pillars: 5, criteriaPerPillar: 8, evaluators: 4, seed });
  return {
    ...file,
    dealRoom: { name: `Long list of ${candidates} candidates`, productLine: 'Diagnostic analysers', targetMarket: 'Japan' },
    candidates: file.candidates.map((c, i) => ({
      ...c,
      headquarters: PREFECTURES[Math.floor(rand() * PREFECTURES.length)] ?? 'Tokyo',
      type: TYPES[Math.floor(rand() * TYPES.length)] ?? 'distributor',
      website: `https://candidate-${i + 1}.example.jp`,
      notes: `Found through ${rand() < 0.5 ? 'an inbound enquiry' : 'a trade-show referral'}; first call held, no terms discussed.`,
    })),
  };
}

export function syntheticDealRoomFile(size: SyntheticSize): DealRoomFileInput {
  const rand = seeded(size.seed);
  const candidates = Array.from({ length: size.candidates }, (_, i) => ({
    id: `a${i + 1}`,
    nameJa: `候補${i + 1}株式会社`,
    nameLatin: `Candidate ${i + 1} KK`,
    compared: i < 5,
  }));
  const pillars = Array.from({ length: size.pillars }, (_, p) => ({
    id: `p${p + 1}`,
    nameEn: `Pillar ${p + 1}`,
    nameJa: `評価軸${p + 1}`,
    weight: 1 + Math.floor(rand() * 4),
    criteria: Array.from({ length: size.criteriaPerPillar }, (_, c) => ({
      id: `p${p + 1}c${c + 1}`,
      nameEn: `Criterion ${p + 1}.${c + 1}`,
      nameJa: `評価項目${p + 1}.${c + 1}`,
      weight: 1 + Math.floor(rand() * 5),
      knockout: p === 0 && c === 0,
    })),
  }));
  const evaluators = Array.from({ length: size.evaluators }, (_, e) => ({ id: `e${e + 1}`, name: `Evaluator ${e + 1}` }));
  const confidences = ['low', 'medium', 'high'] as const;
  const scores = [];
  for (const e of evaluators)
    for (const a of candidates.slice(0, 5))
      for (const p of pillars)
        for (const c of p.criteria)
          if (rand() < 0.9)
            scores.push({
              evaluator: e.id,
              candidate: a.id,
              criterion: c.id,
              value: Math.round(rand() * 50) / 10,
              confidence: confidences[Math.floor(rand() * 3)] ?? 'medium',
            });
  return {
    format: 'shinrai.deal-room',
    version: 1,
    dealRoom: { name: `Synthetic ${size.candidates}×${size.pillars * size.criteriaPerPillar}×${size.evaluators}` },
    candidates,
    pillars,
    evaluators,
    scores,
  };
}
