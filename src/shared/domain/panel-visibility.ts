/**
 * Who may see which scores while a panel scores (issue 4). In `open` mode
 * every score is visible as it is entered. In `independent` mode an evaluator
 * whose sheet is still open sees only their own scores, and no consensus, so
 * that the first opinion voiced does not anchor the others; once their sheet
 * is submitted they see everyone's. The panel as a whole is "revealed" when
 * every evaluator has submitted.
 *
 * Pure functions of a deal-room's detail: the scoring screen, the panel
 * review and the tests all decide visibility here and nowhere else.
 */
import type { Consensus, DealRoomDetail, Score } from './entities';

type PanelDetail = Pick<DealRoomDetail, 'dealRoom' | 'evaluators'>;

/** How many evaluators have submitted their sheet, of how many. */
export function sheetsSubmitted(detail: Pick<DealRoomDetail, 'evaluators'>): { submitted: number; total: number } {
  return {
    submitted: detail.evaluators.filter((e) => e.submittedAt !== null).length,
    total: detail.evaluators.length,
  };
}

/**
 * Whether everyone may see everyone's scores: always in open mode; in
 * independent mode once every evaluator has submitted. A room without
 * evaluators has nothing to hide.
 */
export function panelIsRevealed(detail: PanelDetail): boolean {
  if (detail.dealRoom.scoringMode === 'open') return true;
  const { submitted, total } = sheetsSubmitted(detail);
  return submitted === total;
}

/**
 * Whether the viewer sees only their own scores. `null` is nobody in
 * particular (a facilitator who has not chosen an evaluator): in independent
 * mode they see nothing of the panel until it is revealed.
 */
export function scoresArePrivateTo(detail: PanelDetail, viewerEvaluatorId: string | null): boolean {
  if (panelIsRevealed(detail)) return false;
  const viewer = viewerEvaluatorId === null ? undefined : detail.evaluators.find((e) => e.id === viewerEvaluatorId);
  return viewer?.submittedAt == null;
}

/** The scores the viewer may see: everyone's, or only their own while their sheet is private. */
export function visibleScores(detail: PanelDetail & Pick<DealRoomDetail, 'scores'>, viewerEvaluatorId: string | null): Score[] {
  if (!scoresArePrivateTo(detail, viewerEvaluatorId)) return detail.scores;
  return detail.scores.filter((s) => s.evaluatorId === viewerEvaluatorId);
}

/** The consensus the viewer may see: a consensus summarises others' scores, so it is hidden with them. */
export function visibleConsensus(detail: PanelDetail & Pick<DealRoomDetail, 'consensus'>, viewerEvaluatorId: string | null): Consensus[] {
  return scoresArePrivateTo(detail, viewerEvaluatorId) ? [] : detail.consensus;
}
