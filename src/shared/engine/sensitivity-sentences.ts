/**
 * The plain-words summary shown under the matrix, and the "what it would
 * take" cell of the sensitivity table. Every sentence comes from the engine
 * namespace of the catalogues; numbers go through the one formatting helper.
 */
import { candidateName, labelName } from '../domain/display-names';
import type { DealRoomDetail, Language } from '../domain/entities';
import { formatPercent, formatPointChange, formatPoints } from '../i18n/format';
import { translator } from '../i18n/translator';
import type { DealRoomAnalysis } from './analyse-deal-room';
import type { WeightThreshold } from './types';

/** Below this (in points of a 0–100 total), one decimal would print "0.0": say "less than 0.1" instead. */
const SMALLEST_SHOWN_POINTS = 0.05;

const listLocales: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

/** "A, B and C" / 「A、B、C」: lists joined the way the reader's language joins them. */
function joinNames(names: readonly string[], lang: Language): string {
  return new Intl.ListFormat(listLocales[lang], { type: 'conjunction', style: 'long' }).format(names);
}

/** Name lookups over the deal-room; an id stands in when a name is missing in both scripts. */
class Names {
  private readonly candidates: Map<string, DealRoomDetail['candidates'][number]>;
  private readonly criteria: Map<string, DealRoomDetail['criteria'][number]>;
  private readonly pillars: Map<string, DealRoomDetail['pillars'][number]>;

  constructor(
    detail: DealRoomDetail,
    private readonly lang: Language,
  ) {
    this.candidates = new Map(detail.candidates.map((c) => [c.id, c]));
    this.criteria = new Map(detail.criteria.map((c) => [c.id, c]));
    this.pillars = new Map(detail.pillars.map((p) => [p.id, p]));
  }

  candidate(id: string): string {
    const c = this.candidates.get(id);
    return (c && candidateName(c, this.lang)) || id;
  }

  criterion(id: string): string {
    const c = this.criteria.get(id);
    return (c && labelName(c, this.lang)) || id;
  }

  pillar(id: string): string {
    const p = this.pillars.get(id);
    return (p && labelName(p, this.lang)) || id;
  }
}

/** A margin in points, with a decimal only when it has one: 0.05 → "5", 0.025 → "2.5". */
function marginPoints(margin: number, lang: Language): string {
  const points = margin * 100;
  const whole = Math.abs(points - Math.round(points)) < 1e-9;
  return formatPoints(points, lang, whole ? 0 : 1);
}

/** A relative change with its sign: +31.3% / -20.0%. */
function signedPercent(fraction: number, lang: Language, digits = 1): string {
  return `${fraction > 0 ? '+' : ''}${formatPercent(fraction, lang, digits)}`;
}

/** Beyond this many decimals a move is too small to matter; the verdict already says "less than 0.1 points". */
const MAX_WEIGHT_DIGITS = 3;

/**
 * The fewest decimals (at least one) at which a threshold and the current
 * weight print differently, so that no sentence reads "25.0% instead of
 * 25.0% (0.0 points)". The change in points uses the same decimals; the
 * relative change, |change| / current with current ≤ 1, is never smaller.
 */
function weightDigits(threshold: number, current: number, lang: Language): number {
  for (let digits = 1; digits < MAX_WEIGHT_DIGITS; digits++) {
    if (formatPercent(threshold, lang, digits) !== formatPercent(current, lang, digits)) return digits;
  }
  return MAX_WEIGHT_DIGITS;
}

export function describeSensitivity(analysis: DealRoomAnalysis, detail: DealRoomDetail, lang: Language): string[] {
  const t = translator(lang);
  const names = new Names(detail, lang);
  const { scoring, sensitivity } = analysis;
  const ranked = scoring.candidates.filter((c) => c.rank !== null);
  const knockedOut = scoring.candidates.filter((c) => c.rank === null);
  const knockedOutNote = knockedOut.length
    ? [
        t('engine:summary.knockedOut', {
          count: knockedOut.length,
          names: joinNames(knockedOut.map((c) => names.candidate(c.candidateId)), lang),
        }),
      ]
    : [];

  const leader = ranked[0];
  if (scoring.candidates.length === 0) return [t('engine:summary.noCandidates')];
  if (!leader || sensitivity.leaderId === null) return [t('engine:summary.allKnockedOut')];
  const leaderName = names.candidate(leader.candidateId);

  if (ranked.length === 1) {
    return scoring.candidates.length === 1
      ? [t('engine:summary.onlyCandidate', { leader: leaderName })]
      : [t('engine:summary.onlyRanked', { leader: leaderName }), ...knockedOutNote];
  }
  if (scoring.activePillarIds.length === 0) return [t('engine:summary.noWeights'), ...knockedOutNote];
  if (ranked.every((c) => c.coverage === 0)) return [t('engine:summary.nothingScored'), ...knockedOutNote];

  const incomplete = ranked.filter((c) => c.incomplete);
  const incompleteNote = incomplete.length
    ? [t('engine:summary.incomplete', { names: joinNames(incomplete.map((c) => names.candidate(c.candidateId)), lang) })]
    : [];

  // A tie for first: the closest challenges would all read "x instead of x",
  // so the summary says what matters: nothing separates the leaders.
  const tied = ranked.filter((c) => c.rank === 1);
  if (tied.length > 1) {
    return [
      t('engine:summary.tie', { names: joinNames(tied.map((c) => names.candidate(c.candidateId)), lang) }),
      t('engine:summary.tieFragile'),
      ...knockedOutNote,
      ...incompleteNote,
    ];
  }

  const sentences: string[] = [];
  const lead = sensitivity.leadMargin ?? 0;
  sentences.push(
    lead < SMALLEST_SHOWN_POINTS
      ? t('engine:summary.leadsNarrowly', { leader: leaderName, points: formatPoints(0.1, lang) })
      : t('engine:summary.leads', { leader: leaderName, points: formatPoints(lead, lang) }),
  );

  const criterion = sensitivity.mostCriticalCriterion;
  if (criterion?.crossing) {
    const digits = weightDigits(criterion.crossing.threshold, criterion.current, lang);
    sentences.push(
      t('engine:summary.closestCriterion', {
        criterion: names.criterion(criterion.targetId),
        threshold: formatPercent(criterion.crossing.threshold, lang, digits),
        current: formatPercent(criterion.current, lang, digits),
        challenger: names.candidate(criterion.crossing.challengerId),
      }),
    );
  } else {
    sentences.push(t('engine:summary.noCriterionCrossing'));
  }

  const pillar = sensitivity.mostCriticalPillar;
  if (pillar?.crossing) {
    const digits = weightDigits(pillar.crossing.threshold, pillar.current, lang);
    sentences.push(
      t('engine:summary.closestPillar', {
        pillar: names.pillar(pillar.targetId),
        threshold: formatPercent(pillar.crossing.threshold, lang, digits),
        current: formatPercent(pillar.current, lang, digits),
        challenger: names.candidate(pillar.crossing.challengerId),
      }),
    );
  } else if (sensitivity.pillars.length > 0) {
    // With a single active pillar there is no pillar weight to move, and the
    // sentence would only repeat the criteria's: it is left out.
    sentences.push(t('engine:summary.noPillarCrossing'));
  }

  sentences.push(robustness(analysis, lang));
  return [...sentences, ...knockedOutNote, ...incompleteNote];
}

/** The verdict: robust or fragile at the deal-room's margin, with the smallest move that changes the winner. */
function robustness({ sensitivity }: DealRoomAnalysis, lang: Language): string {
  const t = translator(lang);
  if (sensitivity.margin <= 0) return t('engine:summary.noMargin');
  if (sensitivity.robust) return t('engine:summary.robust', { margin: marginPoints(sensitivity.margin, lang) });
  const moves = [sensitivity.mostCriticalCriterion, sensitivity.mostCriticalPillar]
    .map((m) => (m?.crossing ? Math.abs(m.crossing.change) * 100 : Number.POSITIVE_INFINITY))
    .filter(Number.isFinite);
  const smallest = Math.min(...moves);
  return smallest < SMALLEST_SHOWN_POINTS
    ? t('engine:summary.fragileTiny', { points: formatPoints(0.1, lang) })
    : t('engine:summary.fragile', { points: formatPoints(smallest, lang) });
}

/** The "what it would take" cell of one row of the sensitivity table. */
export function describeThreshold(
  threshold: WeightThreshold,
  kind: 'criterion' | 'pillar',
  detail: DealRoomDetail,
  lang: Language,
): string {
  const t = translator(lang);
  const crossing = threshold.crossing;
  if (!crossing) return t('engine:threshold.none');
  const challenger = new Names(detail, lang).candidate(crossing.challengerId);
  if (crossing.change === 0) return t('engine:threshold.level', { challenger });
  const digits = weightDigits(crossing.threshold, threshold.current, lang);
  return t(kind === 'criterion' ? 'engine:threshold.criterion' : 'engine:threshold.pillar', {
    threshold: formatPercent(crossing.threshold, lang, digits),
    current: formatPercent(threshold.current, lang, digits),
    change: formatPointChange(crossing.change, lang, digits),
    relative: signedPercent(crossing.relativeChange, lang, digits),
    challenger,
  });
}
