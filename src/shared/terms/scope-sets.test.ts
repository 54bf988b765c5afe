import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../domain/terms';
import { BUILT_IN_CHANNELS } from './channels';
import { expandTerritory } from './japan-geography';
import { describeScope, intersectScopes, sameScope, scopeUniverse, subtractScope } from './scope-sets';
import { scope } from './testing/term-sheet-builders';

/** Every (place, channel, segment, product) point a scope of explicit lists covers. */
function points(s: Scope): Set<string> {
  const out = new Set<string>();
  for (const p of expandTerritory(s.territory)) for (const c of s.channels) for (const g of s.segments) for (const x of s.products) out.add(`${p}|${c}|${g}|${x}`);
  return out;
}

describe('intersectScopes', () => {
  it('takes a region and its own prefecture to the prefecture', () => {
    expect(intersectScopes(scope(['JP-R-kinki']), scope(['JP-27'], ['hospitals']))).toEqual(scope(['JP-27'], ['hospitals']));
  });

  it('is null for a prefecture elsewhere, or for channels with nothing in common', () => {
    expect(intersectScopes(scope(['JP-R-kinki']), scope(['JP-13']))).toBeNull();
    expect(intersectScopes(scope(['JP'], ['hospitals']), scope(['JP'], ['retail']))).toBeNull();
    expect(intersectScopes(scope(['JP'], [], ['ICU']), scope(['JP'], [], ['icu']))).toBeNull();
  });

  it('treats an empty list as every label', () => {
    expect(intersectScopes(scope(['JP'], [], [], ['cardiac monitors']), scope(['JP-R-kanto', 'KR'], ['hospitals', 'clinics']))).toEqual(
      scope(['JP-R-kanto'], ['hospitals', 'clinics'], [], ['cardiac monitors']),
    );
  });

  it('is symmetric (property)', () => {
    fc.assert(
      fc.property(arbitraryScope(true), arbitraryScope(true), (a, b) => {
        const ab = intersectScopes(a, b);
        const ba = intersectScopes(b, a);
        expect(ab === null).toBe(ba === null);
        if (ab && ba) expect(sameScope(ab, ba)).toBe(true);
      }),
    );
  });
});

describe('subtractScope', () => {
  it('takes a prefecture out of its region', () => {
    expect(subtractScope(scope(['JP-R-kinki']), scope(['JP-27']))).toEqual([scope(['JP-24', 'JP-25', 'JP-26', 'JP-28', 'JP-29', 'JP-30'])]);
  });

  it('returns a unchanged when they do not overlap, and nothing when b covers a', () => {
    expect(subtractScope(scope(['JP-13'], ['retail']), scope(['JP-R-kinki']))).toEqual([scope(['JP-13'], ['retail'])]);
    expect(subtractScope(scope(['JP-27'], ['hospitals']), scope(['JP-R-kinki']))).toEqual([]);
  });

  it('slices explicit lists exactly, dimension by dimension', () => {
    const a = scope(['JP-R-shikoku'], ['hospitals', 'clinics'], ['ICU', 'cardiology']);
    const b = scope(['JP-37'], ['hospitals'], ['ICU']);
    // Territory outside b: Shikoku minus Kagawa (all of a's lists); then Kagawa with a's channels minus hospitals;
    // then Kagawa, hospitals, with a's segments minus ICU.
    expect(subtractScope(a, b)).toEqual([
      scope(['JP-36', 'JP-38', 'JP-39'], ['hospitals', 'clinics'], ['ICU', 'cardiology']),
      scope(['JP-37'], ['clinics'], ['ICU', 'cardiology']),
      scope(['JP-37'], ['hospitals'], ['cardiology']),
    ]);
  });

  it('expresses "every channel except hospitals" as the known channels other than hospitals (the documented rule)', () => {
    const known = scopeUniverse([scope(['JP'], ['Veterinary clinics'])]);
    const [piece, ...rest] = subtractScope(scope(['JP-27']), scope(['JP-27'], ['hospitals']), known);
    expect(rest).toEqual([]);
    expect(piece?.territory).toEqual(['JP-27']);
    expect(piece?.channels).toEqual([...BUILT_IN_CHANNELS.map((c) => c.key).filter((k) => k !== 'hospitals'), 'Veterinary clinics']);
    // Free segments with no known label other than b's leave nothing on that dimension.
    expect(subtractScope(scope(['JP-27']), scope(['JP-27'], [], ['ICU']), scopeUniverse([]))).toEqual([]);
  });

  it('gives pieces disjoint from b and from each other that, with a ∩ b, cover a (property, explicit lists)', () => {
    fc.assert(
      fc.property(arbitraryScope(false), arbitraryScope(false), (a, b) => {
        const pieces = subtractScope(a, b);
        const pa = points(a);
        const pb = points(b);
        const seen = new Set<string>();
        for (const piece of pieces) {
          for (const pt of points(piece)) {
            expect(pb.has(pt)).toBe(false);
            expect(pa.has(pt)).toBe(true);
            expect(seen.has(pt)).toBe(false);
            seen.add(pt);
          }
        }
        const shared = intersectScopes(a, b);
        for (const pt of shared ? points(shared) : []) seen.add(pt);
        expect(seen).toEqual(pa);
      }),
    );
  });
});

describe('describeScope', () => {
  it('folds territory and lists channels, segments and products in each language', () => {
    const s = scope(['JP-24', 'JP-25', 'JP-26', 'JP-27', 'JP-28', 'JP-29', 'JP-30'], ['hospitals', 'clinics'], [], ['cardiac monitors']);
    expect(describeScope(s, 'en')).toBe('Kinki, hospitals and clinics, cardiac monitors');
    expect(describeScope(s, 'ja')).toBe('近畿・病院、診療所・cardiac monitors');
  });

  it('says "all channels" for an empty channel list and names other countries', () => {
    expect(describeScope(scope(['JP-R-kanto', 'KR']), 'en')).toBe('Kanto and South Korea, all channels');
    expect(describeScope(scope(['JP-R-kanto', 'KR']), 'ja')).toBe('関東、韓国・全チャネル');
  });

  it('reads a region or Japan missing a few prefectures as "except"', () => {
    expect(describeScope(scope(['JP-24', 'JP-25', 'JP-26', 'JP-28', 'JP-29', 'JP-30']), 'en')).toBe('Kinki except Osaka, all channels');
    const allButOkinawa = expandTerritory(['JP']);
    allButOkinawa.delete('JP-47');
    expect(describeScope(scope([...allButOkinawa], ['hospitals']), 'en')).toBe('Japan except Okinawa, hospitals');
    expect(describeScope(scope([...allButOkinawa], ['hospitals']), 'ja')).toBe('日本（沖縄県を除く）・病院');
  });
});

/**
 * Scopes over a small world so that overlaps are common: a few Kinki and
 * Kanto codes, two channels, two segments, two products. With `allowEvery`,
 * label lists may be empty (every).
 */
function arbitraryScope(allowEvery: boolean): fc.Arbitrary<Scope> {
  const labels = (pool: string[]) => fc.subarray(pool, { minLength: allowEvery ? 0 : 1 });
  return fc.record({
    territory: fc.subarray(['JP-R-kinki', 'JP-27', 'JP-26', 'JP-R-kanto', 'JP-13', 'KR'], { minLength: 1 }),
    channels: labels(['hospitals', 'clinics', 'retail']),
    segments: labels(['ICU', 'cardiology']),
    products: labels(['cardiac monitors', 'pulse oximeters']),
  });
}
