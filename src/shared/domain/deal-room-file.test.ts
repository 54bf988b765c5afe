import { describe, expect, it } from 'vitest';
import { validationError } from '../api/validation-message';
import { DealRoomFile, type DealRoomFileInput } from './deal-room-file';

function file(): DealRoomFileInput {
  return {
    format: 'shinrai.deal-room',
    version: 1,
    dealRoom: { name: 'Tohoku partner search' },
    candidates: [
      { id: 'yuki', nameJa: '雪国メディカル' },
      { id: 'hana', nameLatin: 'Hana Trading' },
    ],
    pillars: [{ id: 'comp', nameEn: 'Compliance', weight: 1, criteria: [{ id: 'licence', nameEn: 'Licence', weight: 1 }] }],
    evaluators: [{ id: 'aki', name: 'Aki Mori' }],
    scores: [
      { evaluator: 'aki', candidate: 'yuki', criterion: 'licence', value: 4 },
      { evaluator: 'aki', candidate: 'hana', criterion: 'licence', value: 2 },
    ],
  };
}

function messages(input: DealRoomFileInput): { en: string; ja: string } {
  const result = DealRoomFile.safeParse(input);
  if (result.success) throw new Error('expected the file to be refused');
  return {
    en: validationError(result.error, 'en', input, ['file']).message,
    ja: validationError(result.error, 'ja', input, ['file']).message,
  };
}

describe('DealRoomFile cross-checks', () => {
  it('accepts the base file', () => {
    expect(DealRoomFile.safeParse(file()).success).toBe(true);
  });

  it('says which rule a second score of the same cell breaks, in English and Japanese', () => {
    const twice = file();
    twice.scores!.push({ evaluator: 'aki', candidate: 'yuki', criterion: 'licence', value: 5 });
    expect(messages(twice)).toEqual({
      en: 'file.scores[2]: This evaluator has already scored this candidate on this criterion.',
      ja: 'file.scores[2]：この評価者は、同じ候補企業の同じ評価項目をすでに採点しています。',
    });
  });

  it('still calls a repeated id a duplicate', () => {
    const twice = file();
    twice.candidates.push({ id: 'yuki', nameLatin: 'Yuki again' });
    expect(messages(twice).en).toBe('file.candidates[2].id: This value appears twice; each must be unique.');
  });
});

describe('names and weights in a file', () => {
  it('refuses a nameless candidate or criterion, and a vanishing weight, naming the field', async () => {
    const { validationError } = await import('../api/validation-message');
    const base = {
      format: 'shinrai.deal-room',
      version: 1,
      dealRoom: { name: 'Test' },
      candidates: [{ id: 'a', nameLatin: 'Alpha KK' }],
      pillars: [{ id: 'p', nameEn: 'Fit', weight: 1, criteria: [{ id: 'k', nameEn: 'Reach', weight: 1 }] }],
      evaluators: [],
    };
    const nameless = { ...base, candidates: [{ id: 'a', nameLatin: '  ', nameJa: '' }] };
    const r1 = DealRoomFile.safeParse(nameless);
    expect(r1.success).toBe(false);
    if (!r1.success) expect(validationError(r1.error, 'en', nameless, ['file']).message).toBe('file.candidates[0].nameLatin: needs a name in at least one language or script');

    const tiny = { ...base, pillars: [{ id: 'p', nameEn: 'Fit', weight: 1, criteria: [{ id: 'k', nameJa: '到達力', weight: 1e-320 }] }] };
    const r2 = DealRoomFile.safeParse(tiny);
    expect(r2.success).toBe(false);
    if (!r2.success) {
      expect(validationError(r2.error, 'en', tiny, ['file']).message).toBe('file.pillars[0].criteria[0].weight: must be 0 or at least 0.000001');
      expect(validationError(r2.error, 'ja', tiny, ['file']).message).toBe('file.pillars[0].criteria[0].weight：0、または0.000001以上の値にしてください');
    }
    expect(DealRoomFile.safeParse({ ...base, pillars: [{ id: 'p', nameEn: 'Fit', weight: 0, criteria: [{ id: 'k', nameEn: 'Reach', weight: 0 }] }] }).success).toBe(true);
  });
});
