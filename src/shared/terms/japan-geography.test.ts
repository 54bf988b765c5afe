import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JAPAN_REGIONS, OTHER_COUNTRY_SUGGESTIONS, PREFECTURES, expandTerritory, foldTerritory, placeName } from './japan-geography';

describe('the prefecture and region tables', () => {
  it('hold 47 prefectures in JIS order, JP-01 Hokkaido to JP-47 Okinawa', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => `JP-${String(i + 1).padStart(2, '0')}`));
    expect(PREFECTURES[0]).toEqual({ code: 'JP-01', en: 'Hokkaido', ja: '北海道', region: 'JP-R-hokkaido' });
    expect(PREFECTURES[12]).toMatchObject({ code: 'JP-13', en: 'Tokyo', ja: '東京都', region: 'JP-R-kanto' });
    expect(PREFECTURES[26]).toMatchObject({ code: 'JP-27', en: 'Osaka', ja: '大阪府', region: 'JP-R-kinki' });
    expect(PREFECTURES[46]).toMatchObject({ code: 'JP-47', en: 'Okinawa', ja: '沖縄県', region: 'JP-R-kyushu' });
  });

  it('put each prefecture in exactly one of the 8 regions, which together are Japan', () => {
    expect(JAPAN_REGIONS.map((r) => r.code)).toEqual([
      'JP-R-hokkaido',
      'JP-R-tohoku',
      'JP-R-kanto',
      'JP-R-chubu',
      'JP-R-kinki',
      'JP-R-chugoku',
      'JP-R-shikoku',
      'JP-R-kyushu',
    ]);
    // 1 + 6 + 7 + 9 + 7 + 5 + 4 + 8 = 47
    expect(JAPAN_REGIONS.map((r) => r.prefectures.length)).toEqual([1, 6, 7, 9, 7, 5, 4, 8]);
    const all = JAPAN_REGIONS.flatMap((r) => r.prefectures);
    expect(all).toHaveLength(47);
    expect(new Set(all)).toEqual(new Set(PREFECTURES.map((p) => p.code)));
    for (const p of PREFECTURES) expect(JAPAN_REGIONS.filter((r) => r.prefectures.includes(p.code)).map((r) => r.code)).toEqual([p.region]);
    expect(JAPAN_REGIONS.find((r) => r.code === 'JP-R-kinki')?.prefectures).toEqual(['JP-24', 'JP-25', 'JP-26', 'JP-27', 'JP-28', 'JP-29', 'JP-30']);
  });

  it('suggest other countries by their ISO codes, never Japan', () => {
    expect(OTHER_COUNTRY_SUGGESTIONS).toContain('KR');
    expect(OTHER_COUNTRY_SUGGESTIONS).not.toContain('JP');
    for (const c of OTHER_COUNTRY_SUGGESTIONS) expect(c).toMatch(/^[A-Z]{2}$/);
  });
});

describe('expandTerritory and foldTerritory', () => {
  it('expand Japan, regions and prefectures, and keep other countries', () => {
    expect(expandTerritory(['JP']).size).toBe(47);
    expect([...expandTerritory(['JP-R-shikoku', 'JP-13', 'KR'])]).toEqual(['JP-36', 'JP-37', 'JP-38', 'JP-39', 'JP-13', 'KR']);
  });

  it('fold whole regions and all of Japan back, in JIS order, other countries last', () => {
    expect(foldTerritory(['JP-30', 'JP-24', 'JP-25', 'JP-26', 'JP-27', 'JP-28', 'JP-29'])).toEqual(['JP-R-kinki']);
    expect(foldTerritory(['TW', 'JP-27', 'JP-R-kanto', 'KR'])).toEqual(['JP-R-kanto', 'JP-27', 'KR', 'TW']);
    expect(foldTerritory(JAPAN_REGIONS.map((r) => r.code))).toEqual(['JP']);
    expect(foldTerritory(['JP-R-kinki', 'JP-27'])).toEqual(['JP-R-kinki']);
  });

  it('round-trip every region and Japan', () => {
    for (const r of JAPAN_REGIONS) expect(foldTerritory(expandTerritory([r.code]))).toEqual([r.code]);
    expect(foldTerritory(expandTerritory(['JP']))).toEqual(['JP']);
  });

  it('fold to the same set of places (property)', () => {
    const codes = fc.constantFrom('JP', 'KR', 'US', ...JAPAN_REGIONS.map((r) => r.code), ...PREFECTURES.map((p) => p.code));
    fc.assert(
      fc.property(fc.array(codes, { maxLength: 20 }), (xs) => {
        const folded = foldTerritory(xs);
        expect(expandTerritory(folded)).toEqual(expandTerritory(xs));
        expect(foldTerritory(folded)).toEqual(folded);
      }),
    );
  });
});

describe('placeName', () => {
  it('names prefectures, regions, Japan and other countries in each language', () => {
    expect(placeName('JP-27', 'en')).toBe('Osaka');
    expect(placeName('JP-27', 'ja')).toBe('大阪府');
    expect(placeName('JP-R-kinki', 'en')).toBe('Kinki');
    expect(placeName('JP-R-kyushu', 'ja')).toBe('九州・沖縄');
    expect(placeName('JP', 'en')).toBe('Japan');
    expect(placeName('JP', 'ja')).toBe('日本');
    expect(placeName('KR', 'en')).toBe('South Korea');
    expect(placeName('KR', 'ja')).toBe('韓国');
  });
});
