/**
 * What the panel review shows for one cell: each evaluator with their score
 * (value, confidence, rationale), or that they have not scored it, or that
 * they are excluded for a declared conflict of interest, plus the consensus
 * and the dissent recorded against it. Evaluators in the reader's collation
 * order, so the list reads the same as the evaluators screen.
 */
import type { Consensus, DealRoomDetail, Dissent, Evaluator, Language, Score } from '../../../shared/domain/entities';
import { collator } from '../../../shared/i18n/format';

export interface CellRef {
  candidateId: string;
  criterionId: string;
}

export type ReviewEntry =
  | { kind: 'scored'; evaluator: Evaluator; score: Score }
  | { kind: 'unscored'; evaluator: Evaluator }
  | { kind: 'excluded'; evaluator: Evaluator; note: string };

export interface CellReview {
  entries: ReviewEntry[];
  consensus: Consensus | undefined;
  /** Dissent recorded on the cell, with who recorded it (in the order of `entries`). */
  dissent: { evaluator: Evaluator; dissent: Dissent }[];
  /** Evaluators who may record dissent: everyone not excluded by a conflict. */
  mayDissent: Evaluator[];
}

export function cellReview(detail: DealRoomDetail, cell: CellRef, lang: Language): CellReview {
  const byName = collator(lang);
  const evaluators = [...detail.evaluators].sort((a, b) => byName.compare(a.name, b.name));
  const conflictOf = (evaluatorId: string) =>
    detail.conflicts.find((d) => d.evaluatorId === evaluatorId && d.candidateId === cell.candidateId && d.status === 'conflict');
  const inCell = <T extends CellRef>(x: T) => x.candidateId === cell.candidateId && x.criterionId === cell.criterionId;

  const entries = evaluators.map((evaluator): ReviewEntry => {
    const conflict = conflictOf(evaluator.id);
    if (conflict) return { kind: 'excluded', evaluator, note: conflict.note };
    const score = detail.scores.find((s) => s.evaluatorId === evaluator.id && inCell(s));
    return score ? { kind: 'scored', evaluator, score } : { kind: 'unscored', evaluator };
  });
  const dissent = evaluators.flatMap((evaluator) => {
    const d = detail.dissent.find((x) => x.evaluatorId === evaluator.id && inCell(x));
    return d ? [{ evaluator, dissent: d }] : [];
  });
  return {
    entries,
    consensus: detail.consensus.find(inCell),
    dissent,
    mayDissent: entries.filter((e) => e.kind !== 'excluded').map((e) => e.evaluator),
  };
}
