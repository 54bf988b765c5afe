import { describe, expect, it } from 'vitest';
import type { InterviewItem } from '../domain/vetting';
import { guideMarkdown } from './guide-markdown';
import { guideLines } from './guide-sheet';

const item = (id: string, sortOrder: number, questionKey: string, customText = ''): InterviewItem => ({ id, candidateId: 'c1', questionKey, customText, sortOrder });

// Stored out of order on purpose: the guide reads by sortOrder.
const ITEMS = [
  item('b', 5, '', 'How many of your staff visited Medica in Düsseldorf last year?'),
  item('a', 2, 'structure.who-decides'),
  item('c', 9, 'future.question-from-a-newer-version'),
];

describe('the guide sheet', () => {
  it('numbers the questions in the guide’s order, bank questions in both languages, our own as written', () => {
    const lines = guideLines(ITEMS);
    expect(lines.map((l) => [l.number, l.kind, l.itemId])).toEqual([
      [1, 'bank', 'a'],
      [2, 'own', 'b'],
      [3, 'own', 'c'],
    ]);
    const first = lines[0];
    expect(first?.kind === 'bank' && first.text.ja).toBe('当社のような新しい商材の取扱いは、社内のどなたが決定しますか。その方はこれまでの協議に加わっていますか。');
    expect(first?.kind === 'bank' && first.theme).toEqual({ en: 'Internal structure and who decides', ja: '社内体制と意思決定者' });
    // A key this version does not know still prints, as its key.
    expect(lines[2]?.kind === 'own' && lines[2].text).toBe('future.question-from-a-newer-version');
  });
});

describe('the exported guide', () => {
  const text = guideMarkdown({
    roomName: 'Japan distribution partner for patient monitors, 2027',
    candidate: { nameLatin: 'Hayate HealthTech Inc.', nameJa: '株式会社ハヤテ・ヘルステック' },
    items: ITEMS,
    preparedOn: '2027-01-14',
  });

  it('is bilingual from the title to the last question', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# Interview guide / ヒアリングシート',
      '',
      '- **Candidate / 候補企業:** Hayate HealthTech Inc. / 株式会社ハヤテ・ヘルステック',
      '- **Deal-room / 案件:** Japan distribution partner for patient monitors, 2027',
      '- **Prepared on / 作成日:** 2027-01-14',
    ]);
    const q1 = lines.indexOf('## 1. Internal structure and who decides / 社内体制と意思決定者');
    expect(q1).toBeGreaterThan(5);
    // English first, the Japanese beneath it.
    expect(lines.slice(q1 + 2, q1 + 5)).toEqual([
      'Who in your company decides to take on a new line like ours, and has that person been part of our talks so far?',
      '',
      '当社のような新しい商材の取扱いは、社内のどなたが決定しますか。その方はこれまでの協議に加わっていますか。',
    ]);
    expect(lines).toContain('- *What a good answer shows:* Names the decision maker, who has met us or has approved the talks in writing.');
    expect(lines).toContain('- *良い回答の目安:* 決裁者の名前を挙げられ、その方が面談に同席しているか、協議を書面で承認している。');
    const q2 = lines.indexOf('## 2. Our own question / 独自の質問');
    expect(lines[q2 + 2]).toBe('How many of your staff visited Medica in Düsseldorf last year?');
    expect(text).toContain('## 3. Our own question / 独自の質問');
    expect(text.endsWith('future.question-from-a-newer-version\n')).toBe(true);
  });

  it('reminds the interviewer, in both languages, why a one-to-one matters', () => {
    expect(text).toContain('> Ask the questions that matter most again in a one-to-one conversation');
    expect(text).toContain('> 特に重要な質問は、1対1の場でも改めて確認してください。');
  });

  it('says so when the guide has no questions, and names a candidate known in one script only once', () => {
    const empty = guideMarkdown({ roomName: 'R', candidate: { nameLatin: '', nameJa: '株式会社ツムギ' }, items: [], preparedOn: '2027-01-14' });
    expect(empty).toContain('- **Candidate / 候補企業:** 株式会社ツムギ\n');
    expect(empty).toContain('This guide has no questions yet. / このシートにはまだ質問がありません。');
    expect(empty).not.toContain('## ');
  });
});
