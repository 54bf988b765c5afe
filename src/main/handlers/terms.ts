/** Staged terms (issue 6): being built this session. */
import type { Handlers, OperationName } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';

type TermsOps = Extract<OperationName, `terms.${string}`>;

export function termsHandlers(_store: DataDir): Pick<Handlers, TermsOps> {
  const pending = () => {
    throw new Error('terms handlers are being written');
  };
  return {
    'terms.createSheet': pending,
    'terms.updateSheet': pending,
    'terms.setReviewStatus': pending,
    'terms.deleteSheet': pending,
    'terms.addPhase': pending,
    'terms.updatePhase': pending,
    'terms.deletePhase': pending,
    'terms.addMilestone': pending,
    'terms.updateMilestone': pending,
    'terms.recordOutcome': pending,
    'terms.deleteMilestone': pending,
    'terms.addTrigger': pending,
    'terms.updateTrigger': pending,
    'terms.deleteTrigger': pending,
    'terms.addComment': pending,
    'terms.resolveComment': pending,
    'terms.deleteComment': pending,
    'terms.commitmentsElsewhere': pending,
  };
}
