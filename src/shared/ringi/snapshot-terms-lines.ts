/**
 * A candidate's terms summary as the lines a proposal freezes, worded in
 * both languages with the matrix's own terms-section texts, so that the
 * approvers read in the snapshot what the matrix showed them. A candidate
 * without a term sheet has no lines (the matrix shows a dash there).
 */
import type { Language } from '../domain/entities';
import { translator } from '../i18n/translator';
import type { TermsSummary } from '../terms/terms-evaluation';

export interface SnapshotTermsLine {
  /** Which aspect: pilot, firstExclusivity, milestones, openRisks, exit, review. */
  key: string;
  en: string;
  ja: string;
}

const SEPARATOR: Record<Language, string> = { en: ': ', ja: '：' };

function line(summary: TermsSummary, key: string, lang: Language): string {
  const t = translator(lang);
  const labelled = (label: string, value: string) => `${label}${SEPARATOR[lang]}${value}`;
  switch (key) {
    case 'pilot':
      return labelled(
        t('termsReview:matrix.pilot'),
        summary.pilotMonths === null ? t('termsReview:matrix.noPilot') : t('termsReview:matrix.months', { count: summary.pilotMonths }),
      );
    case 'firstExclusivity':
      return labelled(t('termsReview:matrix.firstExclusivity'), summary.firstExclusivity ? summary.firstExclusivity.text[lang] : t('termsReview:matrix.noExclusivity'));
    case 'milestones':
      return labelled(t('termsReview:matrix.milestones'), String(summary.milestoneCount));
    case 'openRisks':
      return labelled(t('termsReview:matrix.openRisks'), String(summary.openRiskCount));
    case 'exit': {
      const exit = summary.exitDifficulty;
      const bands = { low: t('termsReview:band.low'), moderate: t('termsReview:band.moderate'), high: t('termsReview:band.high') };
      return labelled(t('termsReview:matrix.exit'), exit ? t('termsReview:matrix.exitScore', { score: exit.score, band: bands[exit.band] }) : '–');
    }
    default: {
      const words = {
        draft: t('termsReview:review.draft'),
        in_review: t('termsReview:review.in_review'),
        changes_requested: t('termsReview:review.changes_requested'),
        approved: t('termsReview:review.approved'),
      };
      return labelled(t('termsReview:matrix.review'), summary.reviewStatus ? words[summary.reviewStatus] : '–');
    }
  }
}

const KEYS = ['pilot', 'firstExclusivity', 'milestones', 'openRisks', 'exit', 'review'] as const;

export function snapshotTermsLines(summary: TermsSummary): SnapshotTermsLine[] {
  if (!summary.hasSheet) return [];
  return KEYS.map((key) => ({ key, en: line(summary, key, 'en'), ja: line(summary, key, 'ja') }));
}
