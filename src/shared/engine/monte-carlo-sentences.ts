/**
 * A Monte Carlo run in one sentence (issue 4, "Uncertainty"): "Asanagi
 * Medical ranks first in 81% of 10,000 draws; Tsumugi Life Science in 17%;
 * the others in under 1%." Candidates that never rank first are named after
 * it, and candidates knocked out in some draws in a last sentence, since a
 * share of first places means little without them.
 */
import type { Language } from '../domain/entities';
import { formatPercent, formatPoints } from '../i18n/format';
import { translator } from '../i18n/translator';
import type { MonteCarloCandidate, MonteCarloResult } from './monte-carlo';

const listLocales: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

function joinNames(names: readonly string[], lang: Language): string {
  return new Intl.ListFormat(listLocales[lang], { type: 'conjunction', style: 'long' }).format(names);
}

/** Shares are shown as whole percentages; these keep "0%" and "100%" for what is truly none or all. */
const SMALLEST_SHOWN = 0.005;
const LARGEST_SHOWN = 0.995;

/** "81%", or "under 1%" / "over 99%" where rounding would claim never or always. */
export function formatShare(share: number, lang: Language): string {
  const t = translator(lang);
  if (share > 0 && share < SMALLEST_SHOWN) return t('engine:monteCarlo.under', { percent: formatPercent(0.01, lang, 0) });
  if (share < 1 && share >= LARGEST_SHOWN) return t('engine:monteCarlo.over', { percent: formatPercent(0.99, lang, 0) });
  return formatPercent(share, lang, 0);
}

export function describeMonteCarlo(result: MonteCarloResult, nameOf: (candidateId: string) => string, lang: Language): string {
  const t = translator(lang);
  if (result.candidates.length === 0) return t('engine:monteCarlo.noCandidates');
  if (result.draws === 0) return t('engine:monteCarlo.noDraws');
  const draws = formatPoints(result.draws, lang, 0);

  // Most first places first; equal shares keep the input (display) order, as sort is stable.
  const byFirst = [...result.candidates].sort((a, b) => b.firstShare - a.firstShare);
  const leader = byFirst[0];
  if (!leader || leader.firstShare === 0) return t('engine:monteCarlo.noneRanked', { count: result.draws, draws });

  const shown: MonteCarloCandidate[] = [leader];
  const under: MonteCarloCandidate[] = [];
  const never: MonteCarloCandidate[] = [];
  for (const c of byFirst.slice(1)) {
    if (c.firstShare === 0) never.push(c);
    else if (c.firstShare < SMALLEST_SHOWN) under.push(c);
    else shown.push(c);
  }

  const parts = [t('engine:monteCarlo.lead', { count: result.draws, draws, name: nameOf(leader.candidateId), share: formatShare(leader.firstShare, lang) })];
  for (const c of shown.slice(1)) parts.push(t('engine:monteCarlo.next', { name: nameOf(c.candidateId), share: formatShare(c.firstShare, lang) }));
  // One candidate under 1% is named; several are "the others" (none of them is a real contender).
  if (under.length === 1 && under[0]) parts.push(t('engine:monteCarlo.next', { name: nameOf(under[0].candidateId), share: formatShare(under[0].firstShare, lang) }));
  else if (under.length > 1) parts.push(t('engine:monteCarlo.othersUnder', { percent: formatPercent(0.01, lang, 0) }));

  const sentences = [parts.join(t('engine:monteCarlo.separator')) + t('engine:monteCarlo.end')];
  if (never.length > 0)
    sentences.push(t('engine:monteCarlo.never', { count: never.length, names: joinNames(never.map((c) => nameOf(c.candidateId)), lang) }));

  const knockedOut = result.candidates.filter((c) => c.knockedOutShare > 0);
  if (knockedOut.length > 0) {
    const list = knockedOut.map((c) => t('engine:monteCarlo.knockedOutItem', { name: nameOf(c.candidateId), share: formatShare(c.knockedOutShare, lang) }));
    sentences.push(t('engine:monteCarlo.knockedOut', { list: joinNames(list, lang) }));
  }
  // Japanese sentences run on without a space.
  return sentences.join(lang === 'ja' ? '' : ' ');
}
