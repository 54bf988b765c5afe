/**
 * Japan's 47 prefectures (JIS X 0401 order and codes) and the eight
 * traditional regions used in distribution agreements, in English and
 * Japanese, and the territory codes a Scope uses (src/shared/domain/terms.ts):
 * `JP` (all of Japan), `JP-R-<region>`, `JP-01` … `JP-47`, and ISO 3166-1
 * alpha-2 codes for other countries.
 *
 * Mie is counted in Kinki and Okinawa in Kyushu, as the eight-region
 * division does; a contract that means otherwise names prefectures.
 */
import type { Language } from '../domain/entities';

export interface Prefecture {
  code: string;
  en: string;
  ja: string;
  region: string;
}

export interface JapanRegion {
  code: string;
  en: string;
  ja: string;
  prefectures: readonly string[];
}

const PREFECTURE_ROWS: readonly [string, string, string][] = [
  ['Hokkaido', '北海道', 'hokkaido'],
  ['Aomori', '青森県', 'tohoku'],
  ['Iwate', '岩手県', 'tohoku'],
  ['Miyagi', '宮城県', 'tohoku'],
  ['Akita', '秋田県', 'tohoku'],
  ['Yamagata', '山形県', 'tohoku'],
  ['Fukushima', '福島県', 'tohoku'],
  ['Ibaraki', '茨城県', 'kanto'],
  ['Tochigi', '栃木県', 'kanto'],
  ['Gunma', '群馬県', 'kanto'],
  ['Saitama', '埼玉県', 'kanto'],
  ['Chiba', '千葉県', 'kanto'],
  ['Tokyo', '東京都', 'kanto'],
  ['Kanagawa', '神奈川県', 'kanto'],
  ['Niigata', '新潟県', 'chubu'],
  ['Toyama', '富山県', 'chubu'],
  ['Ishikawa', '石川県', 'chubu'],
  ['Fukui', '福井県', 'chubu'],
  ['Yamanashi', '山梨県', 'chubu'],
  ['Nagano', '長野県', 'chubu'],
  ['Gifu', '岐阜県', 'chubu'],
  ['Shizuoka', '静岡県', 'chubu'],
  ['Aichi', '愛知県', 'chubu'],
  ['Mie', '三重県', 'kinki'],
  ['Shiga', '滋賀県', 'kinki'],
  ['Kyoto', '京都府', 'kinki'],
  ['Osaka', '大阪府', 'kinki'],
  ['Hyogo', '兵庫県', 'kinki'],
  ['Nara', '奈良県', 'kinki'],
  ['Wakayama', '和歌山県', 'kinki'],
  ['Tottori', '鳥取県', 'chugoku'],
  ['Shimane', '島根県', 'chugoku'],
  ['Okayama', '岡山県', 'chugoku'],
  ['Hiroshima', '広島県', 'chugoku'],
  ['Yamaguchi', '山口県', 'chugoku'],
  ['Tokushima', '徳島県', 'shikoku'],
  ['Kagawa', '香川県', 'shikoku'],
  ['Ehime', '愛媛県', 'shikoku'],
  ['Kochi', '高知県', 'shikoku'],
  ['Fukuoka', '福岡県', 'kyushu'],
  ['Saga', '佐賀県', 'kyushu'],
  ['Nagasaki', '長崎県', 'kyushu'],
  ['Kumamoto', '熊本県', 'kyushu'],
  ['Oita', '大分県', 'kyushu'],
  ['Miyazaki', '宮崎県', 'kyushu'],
  ['Kagoshima', '鹿児島県', 'kyushu'],
  ['Okinawa', '沖縄県', 'kyushu'],
];

/** The 47 prefectures in JIS X 0401 order. */
export const PREFECTURES: readonly Prefecture[] = PREFECTURE_ROWS.map(([en, ja, region], i) => ({
  code: `JP-${String(i + 1).padStart(2, '0')}`,
  en,
  ja,
  region: `JP-R-${region}`,
}));

const REGION_NAMES: readonly [string, string, string][] = [
  ['hokkaido', 'Hokkaido', '北海道'],
  ['tohoku', 'Tohoku', '東北'],
  ['kanto', 'Kanto', '関東'],
  ['chubu', 'Chubu', '中部'],
  // Kinki is the official name; Kansai is what most people say. Sentences use the former, pickers show both.
  ['kinki', 'Kinki', '近畿'],
  ['chugoku', 'Chugoku', '中国'],
  ['shikoku', 'Shikoku', '四国'],
  ['kyushu', 'Kyushu and Okinawa', '九州・沖縄'],
];

/** The eight regions, north to south, each with its prefectures in JIS order. */
export const JAPAN_REGIONS: readonly JapanRegion[] = REGION_NAMES.map(([key, en, ja]) => ({
  code: `JP-R-${key}`,
  en,
  ja,
  prefectures: PREFECTURES.filter((p) => p.region === `JP-R-${key}`).map((p) => p.code),
}));

/** Other names a place goes by, for pickers and search ("Kansai" for Kinki). */
export const PLACE_ALIASES: Readonly<Record<string, { en: string; ja: string }>> = {
  'JP-R-kinki': { en: 'Kansai', ja: '関西' },
};

/** Countries other than Japan that distribution deals in the region often name, for pickers. */
export const OTHER_COUNTRY_SUGGESTIONS: readonly string[] = ['KR', 'TW', 'CN', 'HK', 'MO', 'SG', 'TH', 'VN', 'PH', 'MY', 'ID', 'IN', 'AU', 'NZ', 'US', 'CA', 'GB', 'DE', 'FR', 'CH'];

export const JAPAN = 'JP';

const prefectureByCode = new Map(PREFECTURES.map((p) => [p.code, p]));
const regionByCode = new Map(JAPAN_REGIONS.map((r) => [r.code, r]));
const ALL_PREFECTURES: readonly string[] = PREFECTURES.map((p) => p.code);

export function isPrefecture(code: string): boolean {
  return prefectureByCode.has(code);
}

export function isRegion(code: string): boolean {
  return regionByCode.has(code);
}

export function prefecture(code: string): Prefecture | undefined {
  return prefectureByCode.get(code);
}

export function region(code: string): JapanRegion | undefined {
  return regionByCode.get(code);
}

/**
 * The places a territory list covers: `JP` becomes the 47 prefectures, a
 * region its prefectures, anything else (another country, or a code this
 * table does not know) stays as it is.
 */
export function expandTerritory(codes: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const code of codes) {
    if (code === JAPAN) for (const p of ALL_PREFECTURES) out.add(p);
    else {
      const r = regionByCode.get(code);
      if (r) for (const p of r.prefectures) out.add(p);
      else out.add(code);
    }
  }
  return out;
}

/** Where a code sorts: Japan, then prefectures and regions in JIS order, then other countries by code. */
function placeOrder(code: string): [number, string] {
  if (code === JAPAN) return [0, ''];
  const p = prefectureByCode.get(code);
  if (p) return [1 + ALL_PREFECTURES.indexOf(code), ''];
  const r = regionByCode.get(code);
  // A region sorts just before its first prefecture would.
  if (r) return [0.5 + ALL_PREFECTURES.indexOf(r.prefectures[0] ?? ''), ''];
  return [1000, code];
}

export function comparePlaces(a: string, b: string): number {
  const [na, sa] = placeOrder(a);
  const [nb, sb] = placeOrder(b);
  return na - nb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}

/**
 * The shortest list of codes for a set of places: all 47 prefectures fold
 * into `JP`, a region's complete set of prefectures into the region's code.
 * Order: Japan, Japanese places in JIS order, then other countries.
 */
export function foldTerritory(codes: Iterable<string>): string[] {
  const places = expandTerritory([...codes]);
  const out: string[] = [];
  if (ALL_PREFECTURES.every((p) => places.has(p))) {
    out.push(JAPAN);
    for (const p of ALL_PREFECTURES) places.delete(p);
  } else {
    for (const r of JAPAN_REGIONS) {
      if (r.prefectures.every((p) => places.has(p))) {
        out.push(r.code);
        for (const p of r.prefectures) places.delete(p);
      }
    }
  }
  out.push(...places);
  return out.sort(comparePlaces);
}

const regionNames = new Map<Language, Intl.DisplayNames>();

function countryName(code: string, lang: Language): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang === 'ja' ? 'ja-JP' : 'en-GB'], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A place's name in the reader's language: a prefecture, a region, Japan, or another country. */
export function placeName(code: string, lang: Language): string {
  const p = prefectureByCode.get(code);
  if (p) return p[lang];
  const r = regionByCode.get(code);
  if (r) return r[lang];
  return countryName(code, lang);
}
