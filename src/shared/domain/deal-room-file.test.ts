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
