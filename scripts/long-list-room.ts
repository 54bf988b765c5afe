/**
 * A long list for the paged list's tests, its end-to-end spec and its bench
 * (issue 9): the synthetic long list (synthetic-deal-room.ts) with the
 * pipeline filled in (every stage, every origin, first contacts with and
 * without a date) and a few firms whose names try the sort and the filter:
 * Latin names in lower case and in full-width letters, names in hiragana,
 * katakana (full- and half-width) and kanji, a leading 株式会社, and a
 * clinic written once in katakana and once in hiragana. Every firm is
 * fictional; deterministic for a given seed.
 */
import type { DealRoomFileInput } from '../src/shared/domain/deal-room-file';
import { CandidateOrigin, PIPELINE_STAGES } from '../src/shared/domain/vetting';
import { longListDealRoomFile } from './synthetic-deal-room';

export interface NamedFirm {
  id: string;
  nameJa: string;
  nameLatin: string;
  headquarters: string;
}

/** The firms whose names try the order; their expected places are stated in long-list-page.test.ts. */
export const NAMED_FIRMS: readonly NamedFirm[] = [
  { id: 'n-alder', nameJa: '', nameLatin: 'alder medical', headquarters: 'Sendai' },
  { id: 'n-azuma', nameJa: '', nameLatin: 'Ａｚｕｍａ Trading', headquarters: '大阪府' },
  { id: 'n-birch', nameJa: '', nameLatin: 'Birch & Co.', headquarters: '' },
  { id: 'n-zeal', nameJa: '', nameLatin: 'zeal works', headquarters: 'Kobe' },
  { id: 'n-zenith', nameJa: '', nameLatin: 'Zenith Devices', headquarters: 'ｓａｐｐｏｒｏ' },
  { id: 'n-aoi', nameJa: 'アオイ商事', nameLatin: '', headquarters: '東京都' },
  { id: 'n-aoba', nameJa: 'あおば医療', nameLatin: '', headquarters: '' },
  { id: 'n-kamome', nameJa: '株式会社かもめ', nameLatin: '', headquarters: 'Nagoya' },
  { id: 'n-garireo', nameJa: 'ｶﾞﾘﾚｵ販売', nameLatin: '', headquarters: 'Kyoto' },
  { id: 'n-towa', nameJa: '東和メディカル', nameLatin: '', headquarters: 'Osaka' },
  { id: 'n-minato', nameJa: 'ミナト精機', nameLatin: 'Minato Seiki', headquarters: 'Yokohama' },
  { id: 'n-clinic', nameJa: 'クリニック・ネット株式会社', nameLatin: 'Kurinikku Net', headquarters: 'Fukuoka' },
  { id: 'n-hinode', nameJa: 'ひので くりにっく', nameLatin: 'Hinode Clinics', headquarters: 'Hiroshima' },
];

const ORIGINS = CandidateOrigin.options;

/** A first contact on some day of 2026 for two candidates in three; none for the third. */
function firstContactOf(i: number): string | null {
  if (i % 3 === 2) return null;
  const day = new Date(Date.UTC(2026, 0, 1) + ((i * 37) % 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

export function longListRoomFile(candidates: number, seed: number): DealRoomFileInput {
  const file = longListDealRoomFile(candidates, seed);
  const list = file.candidates ?? [];
  return {
    ...file,
    candidates: list.map((c, i) => {
      // The named firms take the places of the last candidates, out of the 5 compared at the top.
      const named = NAMED_FIRMS[list.length - 1 - i];
      return {
        ...c,
        ...(named ?? {}),
        stage: PIPELINE_STAGES[i % PIPELINE_STAGES.length],
        origin: ORIGINS[i % ORIGINS.length],
        firstContactOn: firstContactOf(i),
      };
    }),
  };
}
