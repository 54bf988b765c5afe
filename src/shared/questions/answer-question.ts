/** The question an answer replies to, as a reader sees it: the bank's text in their language, or the text written for it. */
import type { Language } from '../domain/entities';
import type { Answer, InterviewItem } from '../domain/vetting';
import { bankQuestion } from './question-bank';

export function answerQuestionText(answer: Pick<Answer, 'questionKey' | 'questionText'>, lang: Language): string {
  if (answer.questionKey === '') return answer.questionText;
  // A key this version's bank does not know (a newer file) is shown as it is rather than hidden.
  return bankQuestion(answer.questionKey)?.text[lang] ?? answer.questionKey;
}

/** Whether an answer replies to this guide question: the same bank question, or the same question of our own. */
export function answersGuideItem(answer: Pick<Answer, 'candidateId' | 'questionKey' | 'questionText'>, item: InterviewItem): boolean {
  if (answer.candidateId !== item.candidateId) return false;
  return item.questionKey !== '' ? answer.questionKey === item.questionKey : answer.questionKey === '' && answer.questionText === item.customText;
}
