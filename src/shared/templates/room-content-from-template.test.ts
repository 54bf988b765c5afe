import { describe, expect, it } from 'vitest';
import { CriteriaTemplateFile } from '../domain/criteria-template';
import { builtInTemplate, MEDICAL_DISTRIBUTOR_TEMPLATE_ID } from './built-in-templates';
import { roomContentFromTemplate, textIn } from './room-content-from-template';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const small = CriteriaTemplateFile.parse({
  format: 'shinrai.criteria-template',
  version: 1,
  name: { en: 'Small' },
  pillars: [
    {
      key: 'p',
      name: { en: 'People', ja: '人材' },
      weight: 2,
      criteria: [
        {
          key: 'c1',
          name: { en: 'Team', ja: 'チーム' },
          description: { en: 'Who works on it.', ja: '担当者は誰か。' },
          anchor1: { en: '', ja: '誰もいない。' },
          anchor3: { en: 'Shared staff.', ja: '' },
          weight: 4,
          knockout: true,
          passMark: 2.5,
        },
        { key: 'c2', name: { ja: '予算' }, weight: 1 },
      ],
    },
  ],
});

describe('roomContentFromTemplate', () => {
  it('keeps both names and takes the other texts in the room’s language', () => {
    const { pillars, criteria } = roomContentFromTemplate(small, 'en', counter('id'));
    expect(pillars).toEqual([{ id: 'id-1', nameEn: 'People', nameJa: '人材', weight: 2, sortOrder: 0 }]);
    expect(criteria[0]).toEqual({
      id: 'id-2',
      pillarId: 'id-1',
      libraryKey: 'c1',
      nameEn: 'Team',
      nameJa: 'チーム',
      description: 'Who works on it.',
      // No English anchor 1: the Japanese one is better than none.
      anchor1: '誰もいない。',
      anchor3: 'Shared staff.',
      anchor5: '',
      weight: 4,
      knockout: true,
      passMark: 2.5,
      sortOrder: 0,
    });
    expect(criteria[1]).toMatchObject({ id: 'id-3', pillarId: 'id-1', nameEn: '', nameJa: '予算', weight: 1, knockout: false, passMark: 3, sortOrder: 1 });
  });

  it('writes Japanese texts for a Japanese room, falling back to English', () => {
    const { criteria } = roomContentFromTemplate(small, 'ja', counter('id'));
    expect(criteria[0]).toMatchObject({ description: '担当者は誰か。', anchor1: '誰もいない。', anchor3: 'Shared staff.' });
  });

  it('turns the medical template into 5 pillars and 33 criteria in order', () => {
    const medical = builtInTemplate(MEDICAL_DISTRIBUTOR_TEMPLATE_ID)!;
    const { pillars, criteria } = roomContentFromTemplate(medical, 'ja', counter('x'));
    expect(pillars.map((p) => p.nameJa)).toEqual(['営業・市場開拓力', 'コンプライアンス', '信頼性・透明性', '経営基盤とコミットメント', '戦略・ブランド適合性']);
    expect(pillars.map((p) => p.weight)).toEqual([25, 30, 20, 15, 10]);
    expect(criteria).toHaveLength(33);
    const compliance = pillars[1]!;
    const mah = criteria.find((c) => c.nameEn === 'Marketing authorisation holder licence')!;
    expect(mah).toMatchObject({ pillarId: compliance.id, nameJa: '製造販売業許可', weight: 20, knockout: true, passMark: 3, sortOrder: 0 });
    expect(mah.description).toContain('薬機法');
    expect(new Set(criteria.map((c) => c.id)).size).toBe(33);
  });
});

describe('textIn', () => {
  it('falls back only when the wanted text is blank', () => {
    expect(textIn({ en: 'A', ja: 'あ' }, 'ja')).toBe('あ');
    expect(textIn({ en: 'A', ja: '  ' }, 'ja')).toBe('A');
    expect(textIn({ en: '', ja: '' }, 'en')).toBe('');
  });
});
