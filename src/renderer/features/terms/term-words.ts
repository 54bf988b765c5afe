/**
 * The words for the terms' closed sets (exclusivity, review status,
 * standings, severities, exit bands), written as literal keys so the
 * catalogue check sees every one in use.
 */
import { useTranslation } from 'react-i18next';
import type { Exclusivity, LegalReviewStatus } from '../../../shared/domain/terms';
import type { ExitDifficulty, MilestoneStanding, RiskSeverity, TriggerAsOf } from '../../../shared/terms/terms-evaluation';

export interface TermWords {
  exclusivity: Record<Exclusivity, string>;
  review: Record<LegalReviewStatus, string>;
  standing: Record<MilestoneStanding, string>;
  triggerStatus: Record<TriggerAsOf['status'], string>;
  severity: Record<RiskSeverity, string>;
  band: Record<ExitDifficulty['band'], string>;
}

export function useTermWords(): TermWords {
  const { t } = useTranslation('termsReview');
  return {
    exclusivity: { none: t('exclusivity.none'), conditional: t('exclusivity.conditional'), exclusive: t('exclusivity.exclusive') },
    review: {
      draft: t('review.draft'),
      in_review: t('review.in_review'),
      changes_requested: t('review.changes_requested'),
      approved: t('review.approved'),
    },
    standing: {
      pending: t('standing.pending'),
      overdue: t('standing.overdue'),
      met: t('standing.met'),
      missed: t('standing.missed'),
      waived: t('standing.waived'),
    },
    triggerStatus: { fired: t('triggerStatus.fired'), waiting: t('triggerStatus.waiting'), lapsed: t('triggerStatus.lapsed') },
    severity: { high: t('severity.high'), medium: t('severity.medium'), low: t('severity.low') },
    band: { low: t('band.low'), moderate: t('band.moderate'), high: t('band.high') },
  };
}

/** Badge tones: decoration only, the word carries the meaning. */
export const REVIEW_TONE = { draft: 'neutral', in_review: 'accent', changes_requested: 'warn', approved: 'good' } as const;
export const STANDING_TONE = { pending: 'neutral', overdue: 'warn', met: 'good', missed: 'bad', waived: 'neutral' } as const;
export const TRIGGER_TONE = { fired: 'accent', waiting: 'neutral', lapsed: 'warn' } as const;
export const SEVERITY_TONE = { high: 'bad', medium: 'warn', low: 'neutral' } as const;
/** A shape per severity so that the mark reads without colour. */
export const SEVERITY_ICON = { high: '▲', medium: '◆', low: '●' } as const;
