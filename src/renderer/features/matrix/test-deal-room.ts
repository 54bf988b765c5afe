/**
 * A small deal-room whose numbers were worked out by hand, for the matrix and
 * sensitivity row-model tests. Fictional companies.
 *
 * Pillars P1 (weight 3) and P2 (weight 1); criteria C1, C2 (knock-out, pass 3)
 * in P1 and C3 in P2, all weight 1, so e = 0.375, 0.375, 0.25.
 *   A: C1 4 and 5 (mean 4.5), C2 4, C3 3          → T = 78.75
 *   B: C1 5, C2 3 and 5 (mean 4, spread 2), C3 consensus 2 → T = 77.5
 *   K: C1 5, C2 2 (fails the knock-out), C3 unscored → T = 52.5, coverage 75%, projected 70
 * X exists but is not compared.
 */
import { CANDIDATE_INTAKE_DEFAULTS, noVettingRecords } from '../../../shared/domain/vetting';
import { noTermsRecords } from '../../../shared/domain/terms';
import type { DealRoomDetail } from '../../../shared/domain/entities';

const at = '2027-01-15T09:00:00.000Z';

const candidate = (id: string, nameJa: string, nameLatin: string, sortOrder: number, compared = true) => ({
  ...CANDIDATE_INTAKE_DEFAULTS,
  id,
  nameJa,
  nameLatin,
  headquarters: '大阪',
  type: 'distributor' as const,
  website: '',
  notes: '',
  compared,
  sortOrder,
});

const criterion = (id: string, pillarId: string, nameEn: string, nameJa: string, sortOrder: number, knockout = false) => ({
  libraryKey: '',
  id,
  pillarId,
  nameEn,
  nameJa,
  description: '',
  anchor1: '',
  anchor3: '',
  anchor5: '',
  weight: 1,
  knockout,
  passMark: 3,
  sortOrder,
});

const score = (evaluatorId: string, candidateId: string, criterionId: string, value: number) => ({
  evaluatorId,
  candidateId,
  criterionId,
  value,
  rationale: '',
  confidence: 'medium' as const,
  updatedAt: at,
});

export function handWorkedDealRoom(): DealRoomDetail {
  return {
    dealRoom: { id: 'room', name: 'Test room', productLine: '', targetMarket: '', notes: '', archived: false, sensitivityMargin: 0.05, scoringMode: 'open', rationaleRule: 'extremes', disagreementThreshold: 1.5, createdAt: at, updatedAt: at },
    candidates: [
      candidate('K', '小松トレーディング', 'Komatsu Trading', 3),
      candidate('A', '青空メディカル', 'Aozora Medical', 1),
      candidate('B', '北辰商事', 'Hokushin Shoji', 2),
      candidate('X', '未比較株式会社', 'Not Compared KK', 4, false),
    ],
    pillars: [
      { id: 'P2', nameEn: 'Compliance', nameJa: 'コンプライアンス', weight: 1, sortOrder: 2 },
      { id: 'P1', nameEn: 'Effectiveness', nameJa: '営業力', weight: 3, sortOrder: 1 },
    ],
    criteria: [
      criterion('C3', 'P2', 'Data protection', 'データ保護', 1),
      criterion('C1', 'P1', 'Field force', '営業体制', 1),
      criterion('C2', 'P1', 'Licence held', '許認可の保有', 2, true),
    ],
    evaluators: [
      { id: 'E1', name: 'Sato', department: 'BD', role: '', submittedAt: null },
      { id: 'E2', name: 'Weber', department: 'Regulatory', role: '', submittedAt: null },
    ],
    scores: [
      score('E1', 'A', 'C1', 4),
      score('E2', 'A', 'C1', 5),
      score('E1', 'A', 'C2', 4),
      score('E1', 'A', 'C3', 3),
      score('E1', 'B', 'C1', 5),
      score('E1', 'B', 'C2', 3),
      score('E2', 'B', 'C2', 5),
      score('E1', 'K', 'C1', 5),
      score('E1', 'K', 'C2', 2),
      score('E1', 'X', 'C1', 1),
    ],
    consensus: [{ candidateId: 'B', criterionId: 'C3', value: 2, reason: 'Agreed after the site visit', updatedAt: at }],
    conflicts: [],
    dissent: [],
    weightings: [],
    ...noVettingRecords(),
    ...noTermsRecords(),
  };
}
