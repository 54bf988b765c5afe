/**
 * The consistency of a set of AHP judgements in plain words (issue 4,
 * "Weighting methods": above 0.10 the app warns and names the comparison most
 * at odds with the rest).
 */
import type { Language } from '../domain/entities';
import { formatPoints, formatScore } from '../i18n/format';
import { translator } from '../i18n/translator';
import { CONSISTENCY_LIMIT, type AhpResult } from './ahp';

/** A judgement as it is entered on Saaty's scale: 5, 2.5, or 1/5 for a reciprocal. */
export function formatJudgement(value: number, lang: Language): string {
  return value >= 1 ? formatScore(value, lang) : `1/${formatScore(1 / value, lang)}`;
}

/**
 * The nearest whole judgement, for "the others imply about …": 1.13 → 1,
 * 3.4 → 3, 0.53 → 1/2. Ratios beyond the scale stay as they are (14, 1/14):
 * that the others imply more than 9 is worth saying.
 */
export function approximateJudgement(value: number, lang: Language): string {
  if (value >= 1) return formatScore(Math.round(value), lang);
  const reciprocal = Math.round(1 / value);
  return reciprocal <= 1 ? formatScore(1, lang) : `1/${formatScore(reciprocal, lang)}`;
}

export function describeConsistency(result: AhpResult, nameOf: (itemId: string) => string, lang: Language): string {
  const t = translator(lang);
  const n = result.itemIds.length;
  if (n <= 1) return t('engine:consistency.single');
  if (n === 2) return t('engine:consistency.pair');
  const limit = formatPoints(CONSISTENCY_LIMIT, lang, 2);
  if (result.consistent) return t('engine:consistency.consistent', { ratio: formatPoints(result.consistencyRatio, lang, 2), limit });

  // A ratio a hair above the limit would read "0.10 is above 0.10": one more decimal shows the difference.
  const twoDigits = formatPoints(result.consistencyRatio, lang, 2);
  const ratio = twoDigits === limit ? formatPoints(result.consistencyRatio, lang, 3) : twoDigits;
  const sentences = [t('engine:consistency.inconsistent', { ratio, limit })];
  const worst = result.mostInconsistent;
  if (worst) {
    sentences.push(
      t('engine:consistency.mostAtOdds', {
        a: nameOf(worst.a),
        b: nameOf(worst.b),
        given: formatJudgement(worst.given, lang),
        implied: approximateJudgement(worst.implied, lang),
      }),
    );
  }
  return sentences.join(lang === 'ja' ? '' : ' ');
}
