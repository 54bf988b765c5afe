import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translator';
import { CRITERIA_LIBRARY } from '../templates/criteria-library';
import { CATEGORY_LABEL_KEYS, CHECKLIST_LABEL_KEYS } from './red-flag-labels';
import { CHECKLIST_ITEMS, checklistReferences, flagReference, libraryReferences, RED_FLAG_LIBRARY } from './red-flag-library';
import { CHECKLISTS, RED_FLAG_CATEGORIES, type SuggestedConsequence } from './red-flag-types';

const all = [...libraryReferences(), ...CHECKLISTS.flatMap((k) => checklistReferences(k))];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

function textsOf(consequence: SuggestedConsequence) {
  return consequence.kind === 'contract_condition' ? [consequence.condition] : [];
}

describe('the red-flag library', () => {
  it('has at least 30 entries, and every category has some', () => {
    expect(RED_FLAG_LIBRARY.length).toBeGreaterThanOrEqual(30);
    expect(RED_FLAG_LIBRARY).toHaveLength(36);
    const perCategory = Object.fromEntries(RED_FLAG_CATEGORIES.map((c) => [c, RED_FLAG_LIBRARY.filter((e) => e.category === c).length]));
    expect(perCategory).toEqual({
      'sales-and-market': 5,
      marketing: 4,
      'transparency-and-data': 5,
      strategy: 4,
      'legal-and-structure': 5,
      'culture-and-operations': 5,
      support: 4,
      commercial: 4,
    });
  });

  it('gives both checklists of DOMAIN.md: seven warning signs and five dependency signs', () => {
    expect(CHECKLIST_ITEMS['warning-signs']).toHaveLength(7);
    expect(CHECKLIST_ITEMS['dependency-risk']).toHaveLength(5);
    for (const kind of CHECKLISTS) expect(CHECKLIST_ITEMS[kind].every((i) => i.checklist === kind)).toBe(true);
  });

  it('has stable, unique, kebab-case keys across the library and the checklists', () => {
    const keys = all.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !/^[a-z]+(-[a-z]+)*$/.test(k))).toEqual([]);
    // A few keys other records point to; renaming one would orphan logged flags.
    expect(flagReference('gifts-are-customary')?.consequence).toEqual({ kind: 'knockout' });
    expect(flagReference('cannot-hold-stock')?.group).toBe('commercial');
    expect(flagReference('dependency-controls-customer-access')?.origin).toBe('checklist');
    expect(flagReference('no-such-flag')).toBeUndefined();
  });

  it('writes every text in English and in Japanese, neither empty nor a copy of the other', () => {
    const problems: string[] = [];
    for (const ref of all) {
      for (const [name, text] of [
        ['statement', ref.statement],
        ['signals', ref.signals],
        ['check', ref.check],
        ...textsOf(ref.consequence).map((c) => ['condition', c] as const),
      ] as const) {
        if (text.en.trim() === '' || text.ja.trim() === '') problems.push(`${ref.key}.${name}: empty`);
        if (!JAPANESE.test(text.ja)) problems.push(`${ref.key}.${name}: no Japanese in ja`);
        if (JAPANESE.test(text.en)) problems.push(`${ref.key}.${name}: Japanese in en`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('suggests penalties only on criteria the criteria library has, with 0 < points ≤ 5', () => {
    const criterionKeys = new Set<string>(CRITERIA_LIBRARY.map((c) => c.key));
    const penalties = all.flatMap((r) => (r.consequence.kind === 'penalty' ? [{ key: r.key, ...r.consequence }] : []));
    expect(penalties.length).toBeGreaterThan(20);
    expect(penalties.filter((p) => !criterionKeys.has(p.criterionKey)).map((p) => p.key)).toEqual([]);
    expect(penalties.filter((p) => !(p.points > 0 && p.points <= 5)).map((p) => p.key)).toEqual([]);
  });

  it('uses every kind of consequence somewhere', () => {
    const kinds = new Set(all.map((r) => r.consequence.kind));
    expect([...kinds].sort()).toEqual(['contract_condition', 'knockout', 'note', 'penalty']);
  });

  it('names every category and checklist in both catalogues', () => {
    for (const lang of ['en', 'ja'] as const) {
      const t = translator(lang);
      for (const key of [...Object.values(CATEGORY_LABEL_KEYS), ...Object.values(CHECKLIST_LABEL_KEYS)]) {
        const label = t(key);
        expect(label).not.toBe(key.split(':')[1]);
        expect(label.trim()).not.toBe('');
      }
    }
    expect(translator('ja')(CATEGORY_LABEL_KEYS['legal-and-structure'])).toBe('法務・体制');
  });
});
