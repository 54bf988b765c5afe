/**
 * A candidate's interview guide as it is printed or exported: its questions
 * in order, each bank question in both languages (interviews are often held
 * with both sides in the room, and the printed guide is read by both), and
 * questions of our own as they were written.
 */
import type { BilingualText } from '../domain/criteria-template';
import type { InterviewItem } from '../domain/vetting';
import { bankQuestion } from './question-bank';
import { questionTheme } from './question-themes';

export type GuideLine =
  | { kind: 'bank'; number: number; itemId: string; questionKey: string; theme: BilingualText; text: BilingualText; goodAnswer: BilingualText | null }
  | { kind: 'own'; number: number; itemId: string; text: string };

export function guideLines(items: readonly InterviewItem[]): GuideLine[] {
  return [...items]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((item, index): GuideLine => {
      const number = index + 1;
      const question = item.questionKey === '' ? undefined : bankQuestion(item.questionKey);
      if (!question) {
        // A key this version's bank does not know (a file from a newer version) still prints, as its key.
        return { kind: 'own', number, itemId: item.id, text: item.questionKey === '' ? item.customText : item.questionKey };
      }
      return {
        kind: 'bank',
        number,
        itemId: item.id,
        questionKey: question.key,
        theme: questionTheme(question.theme).name,
        text: question.text,
        goodAnswer: question.goodAnswer ?? null,
      };
    });
}
