/**
 * The words people write in a long list's "type" and "origin" columns, in
 * English and Japanese, read as the app's values. Words are compared after
 * NFKC (so ｴｰｼﾞｪﾝﾄ and エージェント match), lower case, and without spaces,
 * hyphens and dots. The app's own labels (common:candidateType) are in the
 * lists, and so are the pipeline's origin labels (pipeline:origin), so a
 * list written with the app's own words reads back.
 */
import type { CandidateType } from '../../shared/domain/entities';
import type { CandidateOrigin } from '../../shared/domain/vetting';

export function wordKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_.・･/]+/g, '');
}

const PARTNER_TYPE_WORDS: Record<CandidateType, readonly string[]> = {
  distributor: ['distributor', 'distribution', 'dealer', 'reseller', 'wholesaler', '代理店', '販売代理店', '販売店', '特約店', 'ディストリビューター', 'ディストリビュータ', '卸', '卸売', '問屋'],
  trading_house: ['trading house', 'trading company', 'trader', 'sogo shosha', 'shosha', '商社', '総合商社', '専門商社', '貿易会社'],
  agent: ['agent', 'sales agent', 'agency', 'commission agent', 'エージェント', '仲介', '仲介業者', '代理人', '販売仲介'],
  jv_partner: ['jv', 'jv partner', 'joint venture', 'joint venture partner', 'joint-venture partner', '合弁', '合弁会社', '合弁パートナー', 'ジョイントベンチャー'],
};

const ORIGIN_WORDS: Record<CandidateOrigin, readonly string[]> = {
  unknown: ['unknown', 'origin not recorded', 'not recorded', '不明', '未確認', '経緯未記録', '未記録'],
  inbound: ['inbound', 'inbound approach', 'they approached us', 'approached us', 'inbound approach', 'インバウンド', '先方から', '先方からの打診', '引き合い', '問い合わせ', '問合せ'],
  outreach: ['outreach', 'our outreach', 'we approached them', 'our approach', '当社からの働きかけ', 'アウトリーチ', '当社から', '自社から', '当方から', 'こちらから'],
  referral: ['referral', 'referred', 'リファラル', '紹介'],
  introducer: ['introducer', 'through an introducer', 'introduced', 'introduced by', 'intermediary', '紹介者', '紹介者経由', '仲介者', '仲介者経由'],
};

function lookup<V extends string>(table: Record<V, readonly string[]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, words] of Object.entries(table) as [V, readonly string[]][]) {
    map.set(wordKey(value), value);
    for (const w of words) map.set(wordKey(w), value);
  }
  return map;
}

const partnerTypes = lookup(PARTNER_TYPE_WORDS);
const origins = lookup(ORIGIN_WORDS);

/** The type a word names, or null when it names none (an empty cell is not asked about). */
export function readPartnerType(word: string): CandidateType | null {
  return partnerTypes.get(wordKey(word)) ?? null;
}

export function readOrigin(word: string): CandidateOrigin | null {
  return origins.get(wordKey(word)) ?? null;
}
