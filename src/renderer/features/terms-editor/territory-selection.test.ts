import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JAPAN_REGIONS, PREFECTURES, expandTerritory, foldTerritory } from '../../../shared/terms/japan-geography';
import { countryCodeFromText, otherCountries, selectionState, setGroup, togglePlace } from './territory-selection';

// Shikoku's four prefectures (JIS codes 36–39), enough to show a region's states.
const SHIKOKU = ['JP-36', 'JP-37', 'JP-38', 'JP-39'];

describe('territory selection', () => {
  it('says whether a region is whole, partly or not selected', () => {
    expect(selectionState(SHIKOKU, new Set(SHIKOKU))).toBe('all');
    expect(selectionState(SHIKOKU, new Set(['JP-37', 'JP-13']))).toBe('some');
    expect(selectionState(SHIKOKU, new Set(['JP-13']))).toBe('none');
  });

  it('completes a partly selected region when its checkbox is ticked, and clears it when unticked', () => {
    const partly = new Set(['JP-37', 'JP-13']);
    expect([...setGroup(partly, SHIKOKU, true)].sort()).toEqual(['JP-13', ...SHIKOKU]);
    expect([...setGroup(partly, SHIKOKU, false)]).toEqual(['JP-13']);
  });

  it('toggles one prefecture without touching the rest', () => {
    expect([...togglePlace(new Set(['JP-27']), 'JP-26')].sort()).toEqual(['JP-26', 'JP-27']);
    expect([...togglePlace(new Set(['JP-26', 'JP-27']), 'JP-26')]).toEqual(['JP-27']);
  });

  it('lists the foreign countries apart from Japan', () => {
    expect(otherCountries(['JP-13', 'KR', 'JP-R-kinki', 'TW', 'JP'])).toEqual(['KR', 'TW']);
  });

  it('reads typed country codes, full-width included, and refuses anything else', () => {
    expect(countryCodeFromText(' kr ')).toBe('KR');
    expect(countryCodeFromText('ＴＷ')).toBe('TW');
    expect(countryCodeFromText('jp')).toBeNull();
    expect(countryCodeFromText('Korea')).toBeNull();
    expect(countryCodeFromText('')).toBeNull();
  });

  it('ticking then unticking a group leaves only what was outside it', () => {
    const code = fc.constantFrom('JP-13', 'JP-27', 'JP-36', 'JP-37', 'JP-38', 'JP-39', 'KR');
    fc.assert(
      fc.property(fc.uniqueArray(code), (start) => {
        const after = setGroup(setGroup(new Set(start), SHIKOKU, true), SHIKOKU, false);
        expect([...after].sort()).toEqual(start.filter((c) => !SHIKOKU.includes(c)).sort());
        expect(selectionState(SHIKOKU, setGroup(new Set(start), SHIKOKU, true))).toBe('all');
      }),
    );
  });

  it('stores Kinki without Osaka as its six other prefectures, and a completed Kinki as the region again', () => {
    // Kinki is JP-24 (Mie) … JP-30 (Wakayama); Osaka is JP-27. 7 − 1 = 6 prefectures stay.
    const kinki = JAPAN_REGIONS.find((r) => r.code === 'JP-R-kinki')!;
    const withoutOsaka = togglePlace(expandTerritory(['JP-R-kinki', 'KR']), 'JP-27');
    expect(selectionState(kinki.prefectures, withoutOsaka)).toBe('some');
    expect(foldTerritory(withoutOsaka)).toEqual(['JP-24', 'JP-25', 'JP-26', 'JP-28', 'JP-29', 'JP-30', 'KR']);
    expect(foldTerritory(setGroup(withoutOsaka, kinki.prefectures, true))).toEqual(['JP-R-kinki', 'KR']);
  });

  it('folds every region ticked one by one into all of Japan', () => {
    const all = JAPAN_REGIONS.reduce<Set<string>>((acc, r) => setGroup(acc, r.prefectures, true), new Set());
    expect(all.size).toBe(PREFECTURES.length);
    expect(foldTerritory(all)).toEqual(['JP']);
  });
});
