import { describe, expect, it } from 'vitest';
import { CriteriaTemplateFile } from '../domain/criteria-template';
import type { Criterion, Pillar } from '../domain/entities';
import { roomContentFromTemplate } from './room-content-from-template';
import { templateFromRoom } from './template-from-room';

const pillars: Pillar[] = [
  // Listed out of order: sortOrder decides.
  { id: 'p2', nameEn: 'Fit', nameJa: '適合性', weight: 1, sortOrder: 1 },
  { id: 'p1', nameEn: 'Reach', nameJa: '', weight: 3, sortOrder: 0 },
];

const criterion = (over: Partial<Criterion> & Pick<Criterion, 'id' | 'pillarId'>): Criterion => ({
  nameEn: '',
  nameJa: '',
  description: '',
  anchor1: '',
  anchor3: '',
  anchor5: '',
  weight: 1,
  knockout: false,
  passMark: 3,
  sortOrder: 0,
  libraryKey: '',
  ...over,
});

const criteria: Criterion[] = [
  criterion({ id: 'c3', pillarId: 'p2', nameEn: 'Brand', nameJa: 'ブランド', weight: 0, sortOrder: 0 }),
  criterion({ id: 'c2', pillarId: 'p1', nameEn: 'Licences', nameJa: '許認可', weight: 2.5, knockout: true, passMark: 4, sortOrder: 1, description: 'Holds the licences.', anchor1: 'None.', anchor3: 'Some.', anchor5: 'All.' }),
  criterion({ id: 'c1', pillarId: 'p1', nameEn: '', nameJa: '主要顧客', weight: 7, sortOrder: 0 }),
  // A criterion whose pillar is not in the room never shows; it is not saved either.
  criterion({ id: 'stray', pillarId: 'gone', nameEn: 'Stray' }),
];

describe('templateFromRoom', () => {
  const template = templateFromRoom({ pillars, criteria }, 'en', { name: { en: ' Our template ', ja: '当社テンプレート' }, description: 'What we use.' });

  it('writes a valid template file in the room’s order', () => {
    expect(CriteriaTemplateFile.parse(template)).toEqual(template);
    expect(template.name).toEqual({ en: 'Our template', ja: '当社テンプレート' });
    expect(template.description).toEqual({ en: 'What we use.', ja: '' });
    expect(template.pillars.map((p) => p.key)).toEqual(['p1', 'p2']);
    expect(template.pillars[0]!.criteria.map((c) => c.key)).toEqual(['c1', 'c2']);
  });

  it('puts the room’s single-language texts in the saving user’s language', () => {
    const licences = template.pillars[0]!.criteria[1]!;
    expect(licences.description).toEqual({ en: 'Holds the licences.', ja: '' });
    expect(licences.anchor5).toEqual({ en: 'All.', ja: '' });
    const inJapanese = templateFromRoom({ pillars, criteria }, 'ja', { name: { en: '', ja: 'テンプレート' }, description: '説明' });
    expect(inJapanese.pillars[0]!.criteria[1]!.description).toEqual({ en: '', ja: 'Holds the licences.' });
    expect(inJapanese.description).toEqual({ en: '', ja: '説明' });
  });

  it('round-trips room → template → room keeping names, weights, knock-outs, pass marks and texts', () => {
    let n = 0;
    const again = roomContentFromTemplate(CriteriaTemplateFile.parse(template), 'ja', () => `new-${++n}`);
    const strip = (p: { pillars: Pillar[]; criteria: Criterion[] }) => {
      const pillarIndex = new Map([...p.pillars].sort((a, b) => a.sortOrder - b.sortOrder).map((x, i) => [x.id, i]));
      return {
        pillars: [...p.pillars].sort((a, b) => a.sortOrder - b.sortOrder).map(({ nameEn, nameJa, weight }) => ({ nameEn, nameJa, weight })),
        criteria: p.criteria
          .filter((c) => pillarIndex.has(c.pillarId))
          .sort((a, b) => pillarIndex.get(a.pillarId)! - pillarIndex.get(b.pillarId)! || a.sortOrder - b.sortOrder)
          .map(({ id: _id, pillarId, sortOrder: _s, libraryKey: _k, ...rest }) => ({ pillar: pillarIndex.get(pillarId), ...rest })),
      };
    };
    // Started in Japanese, the English-only texts come back by fallback.
    expect(strip(again)).toEqual(strip({ pillars, criteria }));
  });
});
