/**
 * A small fictional deal-room whose numbers were worked out by hand, for the
 * analysis view-model tests (SCORING.md throughout).
 *
 * Pillars Effectiveness W=2, Compliance W=1, Trustworthiness W=1, so shares
 * 0.5, 0.25, 0.25. Criteria (raw weight in the pillar → effective weight e):
 *   sales   Effectiveness   w=3  e = 0.5 × 3/4 = 0.375
 *   field   Effectiveness   w=1  e = 0.5 × 1/4 = 0.125
 *   reg     Compliance      w=1  e = 0.25      knock-out, pass mark 3
 *   transp  Trustworthiness w=1  e = 0.25
 *
 *            sales field reg transp   T                       pillar totals (eff / comp / trust)
 *   aoba       4     4    3    3      70                      80 / 60 / 60
 *   minato     3     3    5    2      65                      60 / 100 / 40
 *   kita       5     5    2    5      knocked out (reg 2 < 3) 100 / 40 / 100
 *
 * Sensitivity (leader aoba, lead 5 points over minato, the only challenger):
 *   sales  x* = 1/6, change −0.2083 (−20.8 points)
 *   field  no crossing
 *   reg    x* = 1/3, change +0.0833 (+8.3 points), the most critical
 *   transp no crossing (level only at weight 0)
 * `nocompare` is on the long list only and must not appear anywhere.
 */
import { CANDIDATE_INTAKE_DEFAULTS, noVettingRecords } from '../../../shared/domain/vetting';
import { noTermsRecords } from '../../../shared/domain/terms';
import type { DealRoomDetail } from '../../../shared/domain/entities';

const AT = '2027-01-15T09:00:00+09:00';

const candidate = (id: string, nameLatin: string, nameJa: string, sortOrder: number, compared = true) => ({
  ...CANDIDATE_INTAKE_DEFAULTS,
  id,
  nameLatin,
  nameJa,
  headquarters: '東京',
  type: 'distributor' as const,
  website: '',
  notes: '',
  compared,
  sortOrder,
});

const criterion = (id: string, pillarId: string, nameEn: string, nameJa: string, weight: number, sortOrder: number, knockout = false) => ({
  libraryKey: '',
  id,
  pillarId,
  nameEn,
  nameJa,
  description: '',
  anchor1: '',
  anchor3: '',
  anchor5: '',
  weight,
  knockout,
  passMark: 3,
  sortOrder,
});

const SCORES: Record<string, Record<string, number>> = {
  aoba: { sales: 4, field: 4, reg: 3, transp: 3 },
  minato: { sales: 3, field: 3, reg: 5, transp: 2 },
  kita: { sales: 5, field: 5, reg: 2, transp: 5 },
};

export function analysisTestRoom(): DealRoomDetail {
  return {
    dealRoom: {
      id: 'room-analysis',
      name: 'Japan distribution, diagnostic line, 2027',
      productLine: 'Diagnostic analysers',
      targetMarket: 'Japan',
      notes: '',
      archived: false,
      sensitivityMargin: 0.05,
      scoringMode: 'open',
      rationaleRule: 'extremes',
      disagreementThreshold: 1.5,
      createdAt: AT,
      updatedAt: AT,
    },
    candidates: [
      candidate('aoba', 'Aoba Trading', '青葉トレーディング', 0),
      candidate('minato', 'Minato Medical', '港メディカル', 1),
      candidate('kita', 'Kita Logistics', '北ロジスティクス', 2),
      candidate('nocompare', 'Long List K.K.', 'ロングリスト株式会社', 3, false),
    ],
    pillars: [
      { id: 'eff', nameEn: 'Effectiveness', nameJa: '営業力', weight: 2, sortOrder: 0 },
      { id: 'comp', nameEn: 'Compliance', nameJa: 'コンプライアンス', weight: 1, sortOrder: 1 },
      { id: 'trust', nameEn: 'Trustworthiness', nameJa: '信頼性', weight: 1, sortOrder: 2 },
    ],
    criteria: [
      criterion('sales', 'eff', 'Sales against potential', '市場ポテンシャル対比の売上', 3, 0),
      criterion('field', 'eff', 'Field force', '営業体制', 1, 1),
      criterion('reg', 'comp', 'Regulatory record', '薬事対応の実績', 1, 0, true),
      criterion('transp', 'trust', 'Transparency', '透明性', 1, 0),
    ],
    evaluators: [{ id: 'ev-1', name: 'Evaluator One', department: 'Sales', role: '', submittedAt: null }],
    scores: Object.entries(SCORES).flatMap(([candidateId, row]) =>
      Object.entries(row).map(([criterionId, value]) => ({
        evaluatorId: 'ev-1',
        candidateId,
        criterionId,
        value,
        rationale: '',
        confidence: 'high' as const,
        updatedAt: AT,
      })),
    ),
    consensus: [],
    conflicts: [],
    dissent: [],
    weightings: [],
    ...noVettingRecords(),
    ...noTermsRecords(),
  };
}
