/**
 * The question bank: every question of every theme, in theme order. Guides
 * and answers store a question's key; its texts are read from here, so a
 * correction to a question reads the same in every deal-room.
 */
import type { BankQuestion, QuestionThemeKey } from './bank-types';
import { CO_INVESTMENT_QUESTIONS } from './bank/co-investment';
import { DATA_SHARING_QUESTIONS } from './bank/data-sharing';
import { FOREIGN_BRAND_QUESTIONS } from './bank/foreign-brands';
import { LOCALISATION_QUESTIONS } from './bank/localisation-and-education';
import { PAST_PERFORMANCE_QUESTIONS } from './bank/past-performance';
import { PRODUCT_LINE_QUESTIONS } from './bank/product-lines';
import { REGULATORY_QUESTIONS } from './bank/regulatory';
import { SALES_CHANNEL_QUESTIONS } from './bank/sales-channels';
import { STRUCTURE_QUESTIONS } from './bank/structure-and-decisions';
import { SUCCESSION_QUESTIONS } from './bank/succession-and-key-people';
import { TIMELINE_QUESTIONS } from './bank/timeline';

export const QUESTION_BANK: readonly BankQuestion[] = [
  ...FOREIGN_BRAND_QUESTIONS,
  ...SALES_CHANNEL_QUESTIONS,
  ...REGULATORY_QUESTIONS,
  ...STRUCTURE_QUESTIONS,
  ...TIMELINE_QUESTIONS,
  ...PAST_PERFORMANCE_QUESTIONS,
  ...PRODUCT_LINE_QUESTIONS,
  ...CO_INVESTMENT_QUESTIONS,
  ...LOCALISATION_QUESTIONS,
  ...DATA_SHARING_QUESTIONS,
  ...SUCCESSION_QUESTIONS,
];

const byKey = new Map<string, BankQuestion>(QUESTION_BANK.map((q) => [q.key, q]));

/** The bank's question with this key, or undefined (a key from a newer version, or a typo in a file). */
export function bankQuestion(key: string): BankQuestion | undefined {
  return byKey.get(key);
}

export function questionsOfTheme(theme: QuestionThemeKey): BankQuestion[] {
  return QUESTION_BANK.filter((q) => q.theme === theme);
}
