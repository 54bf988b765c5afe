/**
 * Which of a room's criteria a bank question informs: those created from the
 * criteria library entries the question names (Criterion.libraryKey). A room
 * whose criteria were written by hand has no such links; its users link
 * answers to criteria themselves.
 */
import type { Criterion } from '../domain/entities';
import { bankQuestion } from './question-bank';

/** The ids of the criteria a question informs, in the room's criteria order; none for a question of our own. */
export function criteriaInformedBy(questionKey: string, criteria: readonly Pick<Criterion, 'id' | 'libraryKey' | 'sortOrder'>[]): string[] {
  const question = bankQuestion(questionKey);
  if (!question) return [];
  const informs = new Set<string>(question.informs);
  return [...criteria]
    .filter((c) => c.libraryKey !== '' && informs.has(c.libraryKey))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((c) => c.id);
}
