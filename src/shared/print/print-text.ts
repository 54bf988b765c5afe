/**
 * The words of the printed sheet in its print language. For 'both', each
 * label carries English and Japanese together ("Rank / 順位"), so one sheet
 * serves both sides of the table; sentences are printed one per language by
 * the document itself. Works without React (translator.ts), so the same
 * texts come out of the app's preview and the main process's PDF.
 */
import type { Language } from '../domain/entities';
import { translator } from '../i18n/translator';
import type { BilingualName } from './print-model';
import { printLanguages, type PrintLanguage, type PrintOptions } from './print-options';

/** Options may depend on the language (a date formatted in each): pass a function of it. */
export type PrintTextOptions = Record<string, unknown> | ((lang: Language) => Record<string, unknown>);
export type PrintText = (key: string, options?: PrintTextOptions) => string;

/** Joins what the languages say, dropping a repeat (a number, a code) so "A4 / A4" prints as "A4". */
export function joinLanguages(texts: readonly string[]): string {
  return [...new Set(texts.filter((x) => x !== ''))].join(' / ');
}

export function printText(lang: PrintLanguage): PrintText {
  const langs = printLanguages(lang);
  return (key, options) => joinLanguages(langs.map((l) => translator(l)(key, typeof options === 'function' ? options(l) : options)));
}

/** A name in the print language: "Asanagi Medical K.K. / 朝凪メディカル株式会社" for both. */
export function printName(name: BilingualName, lang: PrintLanguage): string {
  return joinLanguages(printLanguages(lang).map((l: Language) => name[l]));
}

/** The approval boxes: the person's labels, else the print language's usual ones (paired up for both). */
export function approvalLabels(options: Pick<PrintOptions, 'approvalLabels' | 'lang'>): string[] {
  if (options.approvalLabels.length > 0) return options.approvalLabels;
  const perLanguage = printLanguages(options.lang).map((l) => translator(l)('print:defaults.approvals').split('|'));
  const count = Math.max(...perLanguage.map((labels) => labels.length));
  // A stamp box is narrow: on a bilingual sheet the two words of a box go one above the other.
  return Array.from({ length: count }, (_, i) => [...new Set(perLanguage.map((labels) => labels[i] ?? '').filter((x) => x !== ''))].join('\n'));
}

/** The confidentiality line: the person's words, else the usual one in each print language. */
export function confidentialityLines(options: Pick<PrintOptions, 'confidentiality' | 'lang'>): string[] {
  if (options.confidentiality !== '') return [options.confidentiality];
  return printLanguages(options.lang).map((l) => translator(l)('print:defaults.confidentiality'));
}
