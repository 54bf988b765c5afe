/**
 * The shape of the question bank (issue 5, "Questions before terms"): the
 * themes DOMAIN.md asks about before any terms are discussed, and questions
 * keyed by a stable key, each in English and Japanese, with what a good
 * answer shows and the criteria-library entries its answers are evidence for.
 */
import type { BilingualText } from '../domain/criteria-template';
import type { LibraryCriterionKey } from '../templates/criteria-library';

export const QUESTION_THEME_KEYS = [
  'foreign-brands',
  'sales-channels',
  'regulatory',
  'structure-and-decisions',
  'timeline',
  'past-performance',
  'product-lines',
  'co-investment',
  'localisation-and-education',
  'data-sharing',
  'succession-and-key-people',
] as const;
export type QuestionThemeKey = (typeof QUESTION_THEME_KEYS)[number];

export interface QuestionTheme {
  key: QuestionThemeKey;
  name: BilingualText;
}

export interface BankQuestion {
  /** Stable across versions: guides and answers stored in deal-room files refer to it. */
  key: string;
  theme: QuestionThemeKey;
  text: BilingualText;
  /** What a good answer shows: for the interviewer, not read out to the candidate. */
  goodAnswer?: BilingualText;
  /**
   * The criteria-library entries an answer informs. In a room built from a
   * template, the criteria carrying these keys are an answer's default links.
   */
  informs: readonly LibraryCriterionKey[];
}

/** Keeps a theme's list typed, so a question can only name criteria the library has. */
export function questionsOf<const T extends readonly BankQuestion[]>(list: T): T {
  return list;
}
