/**
 * A small fictional deal-room used by the sentence, report and input tests.
 *
 * Pillars: Effectiveness W=2, Compliance W=1, Trustworthiness W=1 -> shares 0.5, 0.25, 0.25.
 * Criteria (raw weight inside the pillar -> effective weight e):
 *   sales   Effectiveness  w=3  e = 0.5 × 3/4 = 0.375
 *   field   Effectiveness  w=1  e = 0.5 × 1/4 = 0.125
 *   reg     Compliance     w=1  e = 0.25        knock-out, pass mark 3
 *   transp  Trustworthiness w=1 e = 0.25
 *
 *            sales field reg transp   Σ e×S                                  T
 *   aoba       4     4    3    3      1.5 + 0.5 + 0.75 + 0.75 = 3.5          70
 *   minato     3     3    5    2      1.125 + 0.375 + 1.25 + 0.5 = 3.25      65
 *   kita       5     5    2    5      reg 2 < 3: knocked out
 *
 * Lead D = 5 (aoba over minato, the only challenger). x* = e + (1 − e) D / (D − d):
 *   sales  d = 20×(4−3) = 20   x* = 0.375 + 0.625×5/(−15) = 1/6   change −0.2083
 *   field  d = 20              x* = 0.125 + 0.875×5/(−15) < 0 -> no crossing
 *   reg    d = 20×(3−5) = −40  x* = 0.25 + 0.75×5/45 = 1/3      change +0.0833 (most critical)
 *   transp d = 20×(3−2) = 20   x* = 0.25 + 0.75×5/(−15) = 0: level only at weight 0, never ahead -> none
 * Pillars (d = the pillar's own lead):
 *   Effectiveness d = 20×(4−3) = 20, x* = 0.5 + 0.5×5/(−15) = 1/3, change −0.1667
 *   Compliance    same as reg: 1/3, change +0.0833 (most critical)
 *   Trustworthiness same as transp: none
 * Smallest move 8.33 points: robust at a 5-point margin, fragile at 10.
 */
import type { DealRoomDetail } from '../../domain/entities';
import { buildDetail, scoreTable, type DetailSpec } from './deal-room-detail-builder';

export const threeDistributorsSpec: DetailSpec = {
  name: 'Japan distribution, diagnostic line, 2027',
  sensitivityMargin: 0.05,
  candidates: [
    { id: 'aoba', nameLatin: 'Aoba Trading', nameJa: '青葉トレーディング' },
    { id: 'minato', nameLatin: 'Minato Medical', nameJa: '港メディカル' },
    { id: 'kita', nameLatin: 'Kita Logistics', nameJa: '北ロジスティクス' },
  ],
  pillars: [
    { id: 'eff', nameEn: 'Effectiveness', nameJa: '営業力', weight: 2 },
    { id: 'comp', nameEn: 'Compliance', nameJa: 'コンプライアンス', weight: 1 },
    { id: 'trust', nameEn: 'Trustworthiness', nameJa: '信頼性', weight: 1 },
  ],
  criteria: [
    { id: 'sales', pillarId: 'eff', nameEn: 'Sales against market potential', nameJa: '市場ポテンシャルに対する販売実績', weight: 3 },
    { id: 'field', pillarId: 'eff', nameEn: 'Field force quality', nameJa: '営業部隊の質', weight: 1 },
    { id: 'reg', pillarId: 'comp', nameEn: 'Regulatory track record', nameJa: '規制対応の実績', weight: 1, knockout: true, passMark: 3 },
    { id: 'transp', pillarId: 'trust', nameEn: 'Transparency of account data', nameJa: '取引先データの透明性', weight: 1 },
  ],
  scores: scoreTable({
    aoba: { sales: 4, field: 4, reg: 3, transp: 3 },
    minato: { sales: 3, field: 3, reg: 5, transp: 2 },
    kita: { sales: 5, field: 5, reg: 2, transp: 5 },
  }),
};

export function threeDistributors(change: Partial<DetailSpec> = {}): DealRoomDetail {
  return buildDetail({ ...threeDistributorsSpec, ...change });
}
