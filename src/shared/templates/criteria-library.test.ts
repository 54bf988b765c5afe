import { describe, expect, it } from 'vitest';
import { ShortText } from '../domain/entities';
import { CRITERIA_LIBRARY, libraryCriterion } from './criteria-library';
import { LIBRARY_PILLARS } from './library-pillars';
import { PILLAR_KEYS } from './library-types';

const TEXT_FIELDS = ['name', 'description', 'anchor1', 'anchor3', 'anchor5'] as const;
/** Hiragana, katakana or kanji: a Japanese text has at least some. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the criteria library', () => {
  it('has at least 30 criteria, 40 in this version', () => {
    expect(CRITERIA_LIBRARY.length).toBeGreaterThanOrEqual(30);
    expect(CRITERIA_LIBRARY).toHaveLength(40);
  });

  it('has unique keys', () => {
    const keys = CRITERIA_LIBRARY.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every criterion a name, a description and the 1/3/5 anchors in English and Japanese', () => {
    const gaps: string[] = [];
    for (const c of CRITERIA_LIBRARY) {
      for (const field of TEXT_FIELDS) {
        if (c[field].en.trim() === '') gaps.push(`${c.key}.${field}.en`);
        if (!JAPANESE.test(c[field].ja)) gaps.push(`${c.key}.${field}.ja`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('describes three different levels on every scale', () => {
    const same = CRITERIA_LIBRARY.filter(
      (c) => new Set([c.anchor1.en, c.anchor3.en, c.anchor5.en]).size < 3 || new Set([c.anchor1.ja, c.anchor3.ja, c.anchor5.ja]).size < 3,
    );
    expect(same.map((c) => c.key)).toEqual([]);
  });

  it('keeps names within what a room accepts', () => {
    const tooLong = CRITERIA_LIBRARY.filter((c) => !ShortText.safeParse(c.name.en).success || !ShortText.safeParse(c.name.ja).success);
    expect(tooLong.map((c) => c.key)).toEqual([]);
  });

  it('covers the five pillars of DOMAIN.md, each with several criteria', () => {
    expect(LIBRARY_PILLARS.map((p) => p.key)).toEqual([...PILLAR_KEYS]);
    const counts = Object.fromEntries(PILLAR_KEYS.map((k) => [k, CRITERIA_LIBRARY.filter((c) => c.pillar === k).length]));
    expect(counts).toEqual({ effectiveness: 8, compliance: 12, trustworthiness: 6, capability: 8, 'strategic-fit': 6 });
  });

  it('suggests a positive weight for every criterion', () => {
    expect(CRITERIA_LIBRARY.filter((c) => !(c.suggestedWeight > 0)).map((c) => c.key)).toEqual([]);
  });

  it('suggests the licences and a clean record as knock-outs, and nothing else', () => {
    const knockouts = CRITERIA_LIBRARY.filter((c) => c.suggestedKnockout).map((c) => c.key);
    expect(knockouts.sort()).toEqual(['business-licences', 'clean-compliance-record', 'mah-licence', 'sales-licence']);
  });

  it('marks the criteria that only regulated medical products need', () => {
    const medical = CRITERIA_LIBRARY.filter((c) => c.scope === 'medical').map((c) => c.key);
    expect(medical.sort()).toEqual([
      'fair-promotion',
      'mah-licence',
      'quality-and-vigilance',
      'regulatory-affairs',
      'sales-licence',
      'traceability-recall',
      'transferable-approvals',
    ]);
    // The medical licences name the Japanese licences they mean.
    expect(libraryCriterion('mah-licence').description.ja).toContain('製造販売業許可');
    expect(libraryCriterion('sales-licence').description.ja).toContain('高度管理医療機器等販売業');
  });
});
