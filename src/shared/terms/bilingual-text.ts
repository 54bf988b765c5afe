/**
 * The term-risk review, the exit difficulty and the terms summary return
 * every sentence in both languages at once ({ en, ja }), because the print
 * layout and the CLI show both side by side. Each sentence is rendered once
 * per language so that lists and scopes are formatted for that language, not
 * translated after the fact.
 */
import type { Language } from '../domain/entities';
import { translator } from '../i18n/translator';
import type { CalendarDate } from './terms-evaluation';

export interface Bilingual {
  en: string;
  ja: string;
}

export type Translate = ReturnType<typeof translator>;

/** Renders a sentence in English and in Japanese with the same recipe. */
export function inBothLanguages(render: (t: Translate, lang: Language) => string): Bilingual {
  return { en: render(translator('en'), 'en'), ja: render(translator('ja'), 'ja') };
}

const listLocales: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

/** "A or B" / 「AまたはB」: alternatives, any one of which is enough. */
export function joinAlternatives(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(listLocales[lang], { type: 'disjunction', style: 'long' }).format(items);
}

/**
 * A contract date in a terms sentence. It stays YYYY-MM-DD, as the terms
 * engine's own sentences keep it (right-sentences.ts): the findings sit next
 * to those sentences on screen and in print, it reads the same in English and
 * Japanese, and it cannot be taken for a US or European day order.
 */
export function showDate(date: CalendarDate): string {
  return date;
}
