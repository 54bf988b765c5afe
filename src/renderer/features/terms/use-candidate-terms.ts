/**
 * Every candidate's terms for the screen, memoised so that moving the as-of
 * slider replays only the evaluation (pure, in memory) and the risk review
 * runs once per stored change.
 */
import { useMemo } from 'react';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { evaluateRoomTerms } from '../../../shared/terms/evaluate-term-sheet';
import { exitDifficulty } from '../../../shared/terms/exit-difficulty';
import { reviewTermSheet } from '../../../shared/terms/term-risks';
import { gatherCandidateTerms, recordsOfSheet, type CandidateTerms, type SheetReview } from './candidate-terms';

export function useSheetReviews(detail: DealRoomDetail): ReadonlyMap<string, SheetReview> {
  return useMemo(() => {
    const reviews = new Map<string, SheetReview>();
    for (const sheet of detail.termSheets) {
      const records = recordsOfSheet(detail, sheet);
      const flags = detail.flags.filter((f) => f.candidateId === sheet.candidateId);
      reviews.set(sheet.id, { risks: reviewTermSheet(records, flags), exit: exitDifficulty(sheet, records.phases) });
    }
    return reviews;
  }, [detail]);
}

export function useCandidateTerms(detail: DealRoomDetail, asOf: string, lang: Language): CandidateTerms[] {
  const reviews = useSheetReviews(detail);
  const evaluations = useMemo(() => evaluateRoomTerms(detail, asOf), [detail, asOf]);
  return useMemo(() => gatherCandidateTerms(detail, evaluations, reviews, lang), [detail, evaluations, reviews, lang]);
}
