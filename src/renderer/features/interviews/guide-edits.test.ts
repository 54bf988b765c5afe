import { describe, expect, it } from 'vitest';
import type { InterviewItem } from '../../../shared/domain/vetting';
import { guideEntries, withEntryMoved, withEntryRemoved, withOwnQuestionAdded, withQuestionAdded } from './guide-edits';

const A = { questionKey: 'structure.who-decides', customText: '' };
const B = { questionKey: '', customText: 'Who pays for the booth?' };
const C = { questionKey: 'timeline.why-now', customText: '' };

describe('editing a guide', () => {
  it('reads the stored guide in its order', () => {
    const items: InterviewItem[] = [
      { id: '2', candidateId: 'c', ...C, sortOrder: 7 },
      { id: '1', candidateId: 'c', ...A, sortOrder: 1 },
      { id: '3', candidateId: 'c', ...B, sortOrder: 4 },
    ];
    expect(guideEntries(items)).toEqual([A, B, C]);
  });

  it('adds a bank question at the end, once', () => {
    expect(withQuestionAdded([A, B], C.questionKey)).toEqual([A, B, C]);
    expect(withQuestionAdded([A, B], A.questionKey)).toEqual([A, B]);
    expect(withOwnQuestionAdded([A], 'Why now?')).toEqual([A, { questionKey: '', customText: 'Why now?' }]);
  });

  it('moves a question one place up or down, and not past either end', () => {
    expect(withEntryMoved([A, B, C], 1, -1)).toEqual([B, A, C]);
    expect(withEntryMoved([A, B, C], 1, 1)).toEqual([A, C, B]);
    expect(withEntryMoved([A, B, C], 0, -1)).toEqual([A, B, C]);
    expect(withEntryMoved([A, B, C], 2, 1)).toEqual([A, B, C]);
  });

  it('removes the question at a place, leaving the others in order', () => {
    expect(withEntryRemoved([A, B, C], 1)).toEqual([A, C]);
    expect(withEntryRemoved([A, B, C], 5)).toEqual([A, B, C]);
  });
});
