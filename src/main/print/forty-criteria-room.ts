/**
 * The sample deal-room grown to 5 candidates × 40 criteria: the size the
 * printed matrix must fit on two A4 landscape pages. The sample's own 15
 * criteria and scores stay; 25 more, each with an English and a Japanese
 * name, are spread over its pillars and scored by the BD evaluator with
 * values made from the positions (no randomness: the same room every time).
 * Used by the PDF test and the benchmark.
 */
import type { DealRoomFile } from '../../shared/domain/deal-room-file';
import { sampleDealRoomFile } from '../store/sample-deal-room';

const EXTRA_CRITERIA: readonly { pillar: string; en: string; ja: string }[] = [
  { pillar: 'effectiveness', en: 'Sales against market potential', ja: '市場ポテンシャル対比の販売実績' },
  { pillar: 'effectiveness', en: 'Coverage of regional hospitals', ja: '地域中核病院のカバー率' },
  { pillar: 'effectiveness', en: 'Conference and trade-show presence', ja: '学会・展示会への出展実績' },
  { pillar: 'effectiveness', en: 'Customer training programmes', ja: '顧客向けトレーニング体制' },
  { pillar: 'effectiveness', en: 'Tender and purchasing-group access', ja: '入札・共同購買への対応力' },
  { pillar: 'compliance', en: 'Labelling and promotion review', ja: '表示・販促物の審査体制' },
  { pillar: 'compliance', en: 'Adverse-event reporting speed', ja: '不具合報告の迅速さ' },
  { pillar: 'compliance', en: 'Integrity of monthly reports', ja: '月次報告の正確性・一貫性' },
  { pillar: 'compliance', en: 'Fair-trade training of staff', ja: '公正取引に関する社員教育' },
  { pillar: 'compliance', en: 'Cross-border data handling', ja: '越境データの取扱い' },
  { pillar: 'trust', en: 'Account-level data sharing', ja: '顧客別データの共有姿勢' },
  { pillar: 'trust', en: 'Proactive escalation of issues', ja: '問題の自発的な報告' },
  { pillar: 'trust', en: 'Decision-making clarity', ja: '意思決定プロセスの明確さ' },
  { pillar: 'trust', en: 'References from other principals', ja: '他メーカーからの評価' },
  { pillar: 'trust', en: 'Cultural fit with our team', ja: '当社チームとの相性' },
  { pillar: 'capability', en: 'Financial strength', ja: '財務基盤' },
  { pillar: 'capability', en: 'Warehouse and delivery network', ja: '倉庫・配送網' },
  { pillar: 'capability', en: 'Digital and e-commerce capability', ja: 'デジタル・EC対応力' },
  { pillar: 'capability', en: 'Share of our line in their portfolio', ja: '取扱製品に占める当社製品の比重' },
  { pillar: 'capability', en: 'Technical service engineers', ja: '技術サービス要員' },
  { pillar: 'strategic-fit', en: 'Fit with our five-year plan', ja: '当社中期計画との整合' },
  { pillar: 'strategic-fit', en: 'No discount-channel dilution', ja: '値引き販路によるブランド毀損の回避' },
  { pillar: 'strategic-fit', en: 'Openness to additional channels', ja: '新たな販路追加への柔軟性' },
  { pillar: 'strategic-fit', en: 'Compliance history of the group', ja: 'グループ全体の法令遵守の実績' },
  { pillar: 'strategic-fit', en: 'Succession of key people', ja: '主要人材の後継体制' },
];

export function fortyCriteriaRoomFile(): DealRoomFile {
  const file = sampleDealRoomFile();
  const candidates = file.candidates.map((c) => c.id);
  const scores = [...file.scores];
  const pillars = file.pillars.map((p) => {
    const extra = EXTRA_CRITERIA.map((x, i) => ({ ...x, i })).filter((x) => x.pillar === p.id);
    const criteria = extra.map(({ en, ja, i }) => {
      const id = `extra-${i + 1}`;
      candidates.forEach((candidate, k) => {
        // Half-point steps between 1.5 and 5, varied by criterion and candidate.
        scores.push({ evaluator: 'bd', candidate, criterion: id, value: 1.5 + ((i * 3 + k * 5) % 8) / 2, rationale: '', confidence: 'medium' });
      });
      return { id, nameEn: en, nameJa: ja, description: '', anchor1: '', anchor3: '', anchor5: '', weight: 1 + (i % 3), knockout: false, passMark: 3, libraryKey: '' };
    });
    return { ...p, criteria: [...p.criteria, ...criteria] };
  });
  return { ...file, dealRoom: { ...file.dealRoom, name: `${file.dealRoom.name} (40 criteria)` }, pillars, scores };
}
