/**
 * The five pillars of DOMAIN.md: three from audit practice (effectiveness,
 * compliance, trustworthiness) and two from partner selection. Japanese names
 * follow the sample deal-room, so a room started from a template reads the
 * same as the one users meet first.
 */
import type { LibraryPillar, PillarKey } from './library-types';

export const LIBRARY_PILLARS: readonly LibraryPillar[] = [
  { key: 'effectiveness', name: { en: 'Effectiveness', ja: '営業・市場開拓力' } },
  { key: 'compliance', name: { en: 'Compliance', ja: 'コンプライアンス' } },
  { key: 'trustworthiness', name: { en: 'Trustworthiness', ja: '信頼性・透明性' } },
  { key: 'capability', name: { en: 'Capability and commitment', ja: '経営基盤とコミットメント' } },
  { key: 'strategic-fit', name: { en: 'Strategic and brand fit', ja: '戦略・ブランド適合性' } },
];

export function libraryPillar(key: PillarKey): LibraryPillar {
  const pillar = LIBRARY_PILLARS.find((p) => p.key === key);
  // PillarKey is a closed union and every member is listed above.
  if (!pillar) throw new Error(`no library pillar "${key}"`);
  return pillar;
}
