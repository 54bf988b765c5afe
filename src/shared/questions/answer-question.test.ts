import { describe, expect, it } from 'vitest';
import type { InterviewItem } from '../domain/vetting';
import { answerQuestionText, answersGuideItem } from './answer-question';
import { criteriaInformedBy } from './informed-criteria';

describe('the question an answer replies to', () => {
  it('is the bank’s text in the reader’s language, or the text written for it', () => {
    const bank = { questionKey: 'data-sharing.audit-right', questionText: '' };
    expect(answerQuestionText(bank, 'en')).toBe('Would you accept that we, or an auditor we appoint, check your reports against your records once a year?');
    expect(answerQuestionText(bank, 'ja')).toBe('年に一度、当社または当社が指定する監査人が、報告内容を御社の記録と照合することを受け入れていただけますか。');
    expect(answerQuestionText({ questionKey: '', questionText: '展示会の出展費用は誰が負担しますか。' }, 'en')).toBe('展示会の出展費用は誰が負担しますか。');
    expect(answerQuestionText({ questionKey: 'gone.away', questionText: '' }, 'en')).toBe('gone.away');
  });

  it('matches a guide question by bank key, or by the exact text of our own, for the same candidate only', () => {
    const bankItem: InterviewItem = { id: 'i1', candidateId: 'c1', questionKey: 'timeline.why-now', customText: '', sortOrder: 0 };
    const ownItem: InterviewItem = { id: 'i2', candidateId: 'c1', questionKey: '', customText: 'Who pays for the booth?', sortOrder: 1 };
    expect(answersGuideItem({ candidateId: 'c1', questionKey: 'timeline.why-now', questionText: '' }, bankItem)).toBe(true);
    expect(answersGuideItem({ candidateId: 'c2', questionKey: 'timeline.why-now', questionText: '' }, bankItem)).toBe(false);
    expect(answersGuideItem({ candidateId: 'c1', questionKey: '', questionText: 'Who pays for the booth?' }, ownItem)).toBe(true);
    expect(answersGuideItem({ candidateId: 'c1', questionKey: '', questionText: 'Who pays for the stand?' }, ownItem)).toBe(false);
    expect(answersGuideItem({ candidateId: 'c1', questionKey: 'timeline.why-now', questionText: '' }, ownItem)).toBe(false);
  });
});

describe('the criteria a question informs in a room', () => {
  const criteria = [
    { id: 'k3', libraryKey: 'mah-licence', sortOrder: 3 },
    { id: 'k1', libraryKey: 'sales-licence', sortOrder: 1 },
    { id: 'k2', libraryKey: '', sortOrder: 2 },
    { id: 'k0', libraryKey: 'reputation', sortOrder: 0 },
  ];

  it('are the criteria made from the library entries it names, in the room’s order', () => {
    // regulatory.licences-held informs business-licences, sales-licence and mah-licence; this room has two of them.
    expect(criteriaInformedBy('regulatory.licences-held', criteria)).toEqual(['k1', 'k3']);
  });

  it('are none for a question of our own, an unknown key, or a room whose criteria were written by hand', () => {
    expect(criteriaInformedBy('', criteria)).toEqual([]);
    expect(criteriaInformedBy('no.such-question', criteria)).toEqual([]);
    expect(criteriaInformedBy('regulatory.licences-held', [{ id: 'x', libraryKey: '', sortOrder: 0 }])).toEqual([]);
  });
});
